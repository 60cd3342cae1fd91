"""Normalised text -> ``Regulation`` model, with errors that name the line and what was expected.

The layouts understood are those of PRC statutes. The head (promulgation notice, title, notes;
see ``preamble.py``) is followed by the body: optional 第X编 parts and 第X分编 sub-parts,
optional 第X章 chapters (numbered continuously, or restarting in every part as in the civil
code), optional 第X节 sections (restarting in every chapter), an unnumbered 附则 division after
the last part, 第X条 (and 第X条之Y) articles numbered continuously from 1, paragraphs (款) one
per line, items （一） and sub-items 1. on lines of their own, and annexes (附件 …) after the last
article. A statute without chapters has its articles straight under the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .drafts import (
    DraftArticle,
    DraftChapter,
    DraftItem,
    DraftParagraph,
    DraftPart,
    inside,
    part_articles,
    to_article,
    to_chapter,
)
from .errors import SourceError
from .model import (
    Annex,
    Part,
    Regulation,
    article_label,
)
from .normalize import Line, Normalized
from .numerals import to_chinese, to_int
from .patterns import (
    ANNEX,
    ARTICLE,
    CHAPTER,
    HEADING_LIKE,
    ITEM,
    ITEM_CITATION,
    PART,
    SECTION,
    SUBITEM,
    SUBPART,
    UNNUMBERED,
    last_article_index,
    starts_body,
)
from .preamble import Head, split_head


@dataclass(frozen=True)
class Layout:
    """What the whole body shows, decided once before it is read line by line."""

    has_parts: bool
    has_chapters: bool
    chapters_restart: bool  # chapter numbers restart in every 编 (civil code)


def parse(normalized: Normalized, path: Path | str = "<input>") -> Regulation:
    """Build the model; raise ``SourceError`` at the first line that fits no expected form."""
    lines = list(normalized.lines)
    if not lines:
        raise SourceError("the file has no text", path=path)
    start = next((i for i, ln in enumerate(lines) if starts_body(ln.text)), None)
    if start is None:
        raise SourceError("no heading (第一章 …) or article (第一条 …) found", path=path)
    head = split_head(lines[:start], path, lines[start].number)
    last = last_article_index([ln.text for ln in lines])
    after = len(lines) if last is None else last + 1
    # Annexes (from the first 附件 … line after the last article on) may hold anything: not the layout.
    annexes = next((i for i in range(after, len(lines)) if ANNEX.match(lines[i].text)), len(lines))
    body = _Body(path, _layout([ln.text for ln in lines[start:annexes]]))
    for index in range(start, len(lines)):
        body.read(lines[index], after_last_article=index >= after)
    body.check()
    return body.build(head)


def _layout(texts: list[str]) -> Layout:
    """Chapters restart when a part's first chapter is 第一章 although an earlier part had chapters."""
    restart = earlier = current = False  # chapters seen in earlier parts / in the current part
    for text in texts:
        if PART.match(text):
            earlier, current = earlier or current, False
        elif m := CHAPTER.match(text):
            restart = restart or (earlier and not current and m["num"] == "一")
            current = True
    has_parts = any(PART.match(t) for t in texts)
    return Layout(has_parts, any(CHAPTER.match(t) for t in texts), restart)


class _Body:
    """Reads the body line by line, keeping the current part, chapter, section and article."""

    def __init__(self, path: Path | str, layout: Layout) -> None:
        self.path, self.layout = path, layout
        self.parts: list[DraftPart] = []
        self.chapters: list[DraftChapter] = []
        self.articles: list[DraftArticle] = []
        self.annexes: list[Annex] = []
        self.book: DraftPart | None = None  # current 编
        self.subpart: DraftPart | None = None
        self.chapter: DraftChapter | None = None
        self.article: DraftArticle | None = None

    def error(self, message: str, line: int) -> SourceError:
        return SourceError(message, path=self.path, line=line)

    def num(self, text: str, line: int) -> int:
        try:
            return to_int(text)
        except ValueError as exc:
            raise self.error(f"bad Chinese numeral: {exc}", line) from None

    def read(self, ln: Line, *, after_last_article: bool) -> None:
        """Add one line to the model under construction."""
        text, line = ln.text, ln.number
        if self.annexes or (after_last_article and ANNEX.match(text)):
            self.on_annex(text, line)
        elif (m := PART.match(text)) or (m := SUBPART.match(text)):
            self.on_part(m, "part" if m.re is PART else "subpart", line)
        elif m := CHAPTER.match(text):
            self.on_chapter(m, line)
        elif m := SECTION.match(text):
            self.on_section(m, line)
        elif UNNUMBERED.match(text):
            self.on_unnumbered(text, line)
        elif m := ARTICLE.match(text):
            self.on_article(m, line)
        elif (m := ITEM.match(text)) and not ITEM_CITATION.match(text):
            self.on_item(m, text, line)
        elif (m := SUBITEM.match(text)) and (item := self.last_item()):
            self.on_subitem(m, item, line)
        elif HEADING_LIKE.match(text):
            raise self.error(
                f"'{text[:20]}' looks like a heading but fits no known form "
                "(expected 第X编, 第X分编, 第X章 title, 第X节 title or 第X条 text with a Chinese numeral)",
                line,
            )
        elif self.article is None:
            raise self.error(f"text outside any article: '{text[:20]}…' (expected a 第X条 line)", line)
        else:
            self.article.paras.append(DraftParagraph(text))

    def heading(self, m: re.Match[str], unit: str, expected: int, line: int) -> tuple[int, str]:
        """Number and title of a numbered heading, checked against the expected number."""
        n = self.num(m["num"], line)
        if n != expected:
            raise self.error(f"第{m['num']}{unit} out of order: expected 第{to_chinese(expected)}{unit}", line)
        if not m["title"]:
            raise self.error(f"heading 第{m['num']}{unit} has no title", line)
        return n, m["title"]

    def on_part(self, m: re.Match[str], kind: str, line: int) -> None:
        if kind == "part":
            books = [p for p in self.parts if p.kind == "part"]
            n, title = self.heading(m, "编", books[-1].number + 1 if books else 1, line)
            self.book = DraftPart(kind, n, title, str(n), None, line)
            self.parts.append(self.book)
        else:
            if self.book is None:
                raise self.error(f"sub-part 第{m['num']}分编 before any part heading (expected 第X编 … first)", line)
            siblings = [p for p in self.parts if p.parent == self.book.key]
            n, title = self.heading(m, "分编", siblings[-1].number + 1 if siblings else 1, line)
            self.parts.append(DraftPart(kind, n, title, f"{self.book.key}-{n}", self.book.key, line))
        self.subpart = self.parts[-1] if kind == "subpart" else None
        self.chapter = self.article = None

    def on_chapter(self, m: re.Match[str], line: int) -> None:
        if self.layout.has_parts and self.book is None:
            raise self.error(f"chapter 第{m['num']}章 outside any part (expected a 第X编 heading before it)", line)
        book = self.book.key if self.book else None
        restart = self.layout.chapters_restart
        earlier = [c.number for c in self.chapters if c.number and (not restart or c.book == book)]
        n, title = self.heading(m, "章", earlier[-1] + 1 if earlier else 1, line)
        key = f"{book}-{n}" if restart else str(n)
        part = self.subpart.key if self.subpart else book
        self.chapter = DraftChapter(n, title, key, part, book, line)
        self.chapters.append(self.chapter)
        self.article = None

    def on_section(self, m: re.Match[str], line: int) -> None:
        if self.chapter is None:
            raise self.error("section heading before any chapter heading (expected 第一章 … first)", line)
        sections = self.chapter.sections
        n, title = self.heading(m, "节", sections[-1][0] + 1 if sections else 1, line)
        sections.append((n, title, line))
        self.article = None

    def on_unnumbered(self, title: str, line: int) -> None:
        if not (self.layout.has_parts or self.layout.has_chapters):
            raise self.error(f"{title} heading in a statute without parts or chapters (expected 第X章 {title})", line)
        count = sum(1 for c in self.chapters if c.number is None)
        self.chapter = DraftChapter(None, title, f"u{count + 1}", None, None, line)
        self.chapters.append(self.chapter)
        self.book = self.subpart = self.article = None

    def on_article(self, m: re.Match[str], line: int) -> None:
        n = self.num(m["num"], line)
        suffix = self.num(m["suffix"], line) if m["suffix"] else 0
        label = article_label(n, suffix)
        if self.layout.has_chapters and self.chapter is None:
            where = f"in 第{to_chinese(self.book.number)}编" if self.book else "in this statute"
            raise self.error(f"article {label} before any chapter heading {where} (expected 第X章 … first)", line)
        if self.layout.has_parts and self.book is None and self.chapter is None:
            raise self.error(f"article {label} before any part heading (expected 第一编 … first)", line)
        self.check_order(n, suffix, line)
        chapter = self.chapter
        section = chapter.sections[-1][0] if chapter and chapter.sections else None
        if chapter:
            self.article = DraftArticle(n, suffix, chapter.key, section, chapter.part, line)
        else:
            part = self.subpart or self.book
            self.article = DraftArticle(n, suffix, None, None, part.key if part else None, line)
        if m["body"]:
            self.article.paras.append(DraftParagraph(m["body"]))
        self.articles.append(self.article)

    def check_order(self, n: int, suffix: int, line: int) -> None:
        """Articles run 第一条, 第二条 …, with 之一, 之二 … after the article they extend."""
        label = article_label(n, suffix)
        if not self.articles:
            if (n, suffix) != (1, 0):
                raise self.error(f"{label}: the first article must be 第一条", line)
            return
        same = next((a for a in self.articles if (a.number, a.suffix) == (n, suffix)), None)
        if same:
            raise self.error(f"duplicated article {label} (already at line {same.line})", line)
        last = self.articles[-1]
        if suffix:
            ok = n == last.number and suffix == last.suffix + 1
            expected = f"{article_label(last.number, last.suffix + 1)} or {article_label(last.number + 1)}"
        else:
            ok = n == last.number + 1
            expected = article_label(last.number + 1)
        if not ok:
            kind = "missing article before" if n > last.number + 1 else "out of order"
            raise self.error(f"{kind} {label}: after {last.label} expected {expected}", line)

    def last_item(self) -> DraftItem | None:
        """The item a sub-item line (1. …) would belong to."""
        if self.article and self.article.paras and self.article.paras[-1].items:
            return self.article.paras[-1].items[-1]
        return None

    def on_item(self, m: re.Match[str], text: str, line: int) -> None:
        art = self.article
        if art is None:
            raise self.error(f"item {text[:4]} outside any article (expected a 第X条 line before it)", line)
        if not art.paras:
            raise self.error(f"item {text[:4]} before the first paragraph of {art.label}", line)
        n = self.num(m["num"], line)
        para = art.paras[-1]
        if not para.items and n > 1:
            para = _resume_list(art, n) or para
        expected = para.items[-1].number + 1 if para.items else 1
        if n != expected:
            wanted = f"（{to_chinese(expected)}）"
            raise self.error(f"item （{m['num']}） out of order in {art.label}: expected {wanted}", line)
        if not m["body"]:
            raise self.error(f"item （{m['num']}） has no text", line)
        para.items.append(DraftItem(n, m["body"]))

    def on_subitem(self, m: re.Match[str], item: DraftItem, line: int) -> None:
        n = int(m["num"])
        expected = item.subitems[-1][0] + 1 if item.subitems else 1
        if n != expected:
            raise self.error(f"sub-item {n}{m['mark']} out of order: expected {expected}{m['mark']}", line)
        item.subitems.append((n, m["body"], m["mark"]))

    def on_annex(self, text: str, line: int) -> None:
        if ANNEX.match(text):
            self.annexes.append(Annex(len(self.annexes) + 1, text, (), line))
            self.article = None
        else:
            annex = self.annexes[-1]
            self.annexes[-1] = Annex(annex.number, annex.heading, (*annex.lines, text), annex.line)

    def check(self) -> None:
        """Whole-body checks: articles exist and have text; every division holds an article."""
        if not self.articles:
            raise SourceError("no article (第一条 …) found", path=self.path)
        for art in self.articles:
            if not art.paras:
                raise self.error(f"{art.label} has no text", art.line)
        for chapter in self.chapters:
            inside = [a for a in self.articles if a.chapter == chapter.key]
            if not inside:
                label = f"第{to_chinese(chapter.number)}章 " if chapter.number else ""
                raise self.error(f"chapter {label}{chapter.title} has no article", chapter.line)
            for n, title, line in chapter.sections:
                if not any(a.section == n for a in inside):
                    raise self.error(f"section 第{to_chinese(n)}节 {title} has no article", line)
        for part in self.parts:
            if not part_articles(part, self.parts, self.articles):
                raise self.error(f"part {part.label} {part.title} has no article", part.line)

    def build(self, head: Head) -> Regulation:
        """The frozen model."""
        articles = tuple(to_article(a) for a in self.articles)
        chapters = tuple(to_chapter(c, self.articles) for c in self.chapters)
        parts = tuple(
            Part(
                p.kind,
                p.number,
                p.title,
                p.key,
                tuple(c.key for c in self.chapters if inside(c.part, p, self.parts)),
                tuple(part_articles(p, self.parts, self.articles)),
                p.parent,
            )
            for p in self.parts
        )
        return Regulation(
            head.title, head.notes, chapters, articles, parts=parts, annexes=tuple(self.annexes), preamble=head.preamble
        )


def _resume_list(art: DraftArticle, n: int) -> DraftParagraph | None:
    """The paragraph whose list stopped at item n-1 before the last paragraph(s) of the article.

    The paragraphs printed between item n-1 and item n (national anthem law, art. 4) belong to
    item n-1: they move into its text, one line each, and the list goes on."""
    for i in range(len(art.paras) - 2, -1, -1):
        para = art.paras[i]
        if para.items:
            last = para.items[-1]
            if last.number != n - 1 or last.subitems:
                return None
            last.text = "\n".join([last.text, *(p.text for p in art.paras[i + 1 :])])
            del art.paras[i + 1 :]
            return para
    return None
