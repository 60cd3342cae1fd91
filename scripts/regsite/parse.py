"""Normalised text -> ``Regulation`` model, with errors that name the line and what was expected.

The layout understood is the one of PRC statutes: a title, optional bracketed adoption notes,
an optional 目录 (removed by the normaliser), then 第X章 chapters, optional 第X节 sections,
第X条 (and 第X条之Y) articles numbered continuously from 1, paragraphs (款) one per line,
items （一） and sub-items 1. on lines of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import SourceError
from .model import Article, Chapter, Item, Paragraph, Regulation, Section, SubItem, article_label
from .normalize import Line, Normalized
from .numerals import to_chinese, to_int
from .patterns import ARTICLE, CHAPTER, HEADING_LIKE, ITEM, SECTION, SUBITEM


@dataclass
class _Para:
    text: str
    items: list[_Item] = field(default_factory=list)


@dataclass
class _Item:
    number: int
    text: str
    subitems: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Art:
    number: int
    suffix: int
    chapter: int
    section: int | None
    line: int
    paras: list[_Para] = field(default_factory=list)


def _num(text: str, path: Path | str, line: int) -> int:
    try:
        return to_int(text)
    except ValueError as exc:
        raise SourceError(f"bad Chinese numeral: {exc}", path=path, line=line) from None


def parse(normalized: Normalized, path: Path | str = "<input>") -> Regulation:
    """Build the model; raise ``SourceError`` at the first line that fits no expected form."""
    lines = list(normalized.lines)
    if not lines:
        raise SourceError("the file has no text", path=path)
    title, notes, start = _preamble(lines, path)

    chapters: list[tuple[int, str, int]] = []  # (number, title, line)
    sections: list[tuple[int, int, str, int]] = []  # (chapter, number, title, line)
    articles: list[_Art] = []
    current: _Art | None = None  # the article new paragraphs and items belong to
    for ln in lines[start:]:
        text, number = ln.text, ln.number
        if m := CHAPTER.match(text):
            n = _num(m["num"], path, number)
            expected = chapters[-1][0] + 1 if chapters else 1
            if n != expected:
                raise SourceError(f"chapter {m.group(0)[: m.end('num') + 1]} out of order: expected 第{to_chinese(expected)}章", path=path, line=number)
            if not m["title"]:
                raise SourceError(f"chapter heading 第{m['num']}章 has no title", path=path, line=number)
            chapters.append((n, m["title"], number))
            current = None
        elif m := SECTION.match(text):
            if not chapters:
                raise SourceError("section heading before any chapter heading (expected 第一章 … first)", path=path, line=number)
            n = _num(m["num"], path, number)
            in_chapter = [s for s in sections if s[0] == chapters[-1][0]]
            expected = in_chapter[-1][1] + 1 if in_chapter else 1
            if n != expected:
                raise SourceError(f"section 第{m['num']}节 out of order in chapter {chapters[-1][0]}: expected 第{to_chinese(expected)}节", path=path, line=number)
            if not m["title"]:
                raise SourceError(f"section heading 第{m['num']}节 has no title", path=path, line=number)
            sections.append((chapters[-1][0], n, m["title"], number))
            current = None
        elif m := ARTICLE.match(text):
            if not chapters:
                raise SourceError(f"article {text[: m.end('num') + 1]} before any chapter heading (expected 第一章 … first)", path=path, line=number)
            n = _num(m["num"], path, number)
            suffix = _num(m["suffix"], path, number) if m["suffix"] else 0
            _check_article_order(articles, n, suffix, path, number)
            chapter = chapters[-1][0]
            section = sections[-1][1] if sections and sections[-1][0] == chapter else None
            art = _Art(n, suffix, chapter, section, number)
            if m["body"]:
                art.paras.append(_Para(m["body"]))
            articles.append(art)
            current = art
        elif m := ITEM.match(text):
            if current is None:
                raise SourceError(f"item {text[:4]} outside any article (expected a 第X条 line before it)", path=path, line=number)
            art = current
            if not art.paras:
                raise SourceError(f"item {text[:4]} before the first paragraph of {article_label(art.number, art.suffix)}", path=path, line=number)
            para = art.paras[-1]
            n = _num(m["num"], path, number)
            expected = para.items[-1].number + 1 if para.items else 1
            if n != expected:
                raise SourceError(f"item （{m['num']}） out of order in {article_label(art.number, art.suffix)}: expected （{to_chinese(expected)}）", path=path, line=number)
            if not m["body"]:
                raise SourceError(f"item （{m['num']}） has no text", path=path, line=number)
            para.items.append(_Item(n, m["body"]))
        elif (m := SUBITEM.match(text)) and current and current.paras and current.paras[-1].items:
            item = current.paras[-1].items[-1]
            n = int(m["num"])
            expected = item.subitems[-1][0] + 1 if item.subitems else 1
            if n != expected:
                raise SourceError(f"sub-item {n}. out of order: expected {expected}.", path=path, line=number)
            item.subitems.append((n, m["body"]))
        elif HEADING_LIKE.match(text):
            raise SourceError(
                f"'{text[:20]}' looks like a heading but fits no known form (expected 第X章 title, 第X节 title or 第X条 text)",
                path=path,
                line=number,
            )
        else:
            if current is None:
                raise SourceError(f"text outside any article: '{text[:20]}…' (expected a 第X条 line)", path=path, line=number)
            current.paras.append(_Para(text))

    if not articles:
        raise SourceError("no article (第一条 …) found", path=path)
    for art in articles:
        if not art.paras:
            raise SourceError(f"{article_label(art.number, art.suffix)} has no text", path=path, line=art.line)
    for number, title_, line in chapters:
        if not any(a.chapter == number for a in articles):
            raise SourceError(f"chapter 第{to_chinese(number)}章 {title_} has no article", path=path, line=line)
    return _build(title, notes, chapters, sections, articles)


def _preamble(lines: list[Line], path: Path | str) -> tuple[str, tuple[str, ...], int]:
    """Title, bracketed notes, and the index of the first chapter (or article) line."""
    start = next((i for i, ln in enumerate(lines) if CHAPTER.match(ln.text) or ARTICLE.match(ln.text) or SECTION.match(ln.text)), None)
    if start is None:
        raise SourceError("no chapter (第一章 …) or article (第一条 …) found", path=path)
    head = lines[:start]
    if not head:
        raise SourceError("no title before the first chapter (expected the regulation's name on the first line)", path=path, line=lines[0].number)
    title = head[0].text
    if HEADING_LIKE.match(title) or title.startswith("（"):
        raise SourceError(f"'{title[:20]}' is not a title", path=path, line=head[0].number)
    notes = []
    for ln in head[1:]:
        if ln.text.startswith("（") and ln.text.endswith("）"):
            notes.append(ln.text[1:-1])
        else:
            raise SourceError(
                f"unexpected text before the first chapter: '{ln.text[:20]}' (expected a bracketed note such as （2024年5月30日…通过）)",
                path=path,
                line=ln.number,
            )
    return title, tuple(notes), start


def _check_article_order(articles: list[_Art], n: int, suffix: int, path: Path | str, line: int) -> None:
    label = article_label(n, suffix)
    if not articles:
        if (n, suffix) != (1, 0):
            raise SourceError(f"{label}: the first article must be 第一条", path=path, line=line)
        return
    last = articles[-1]
    prev = article_label(last.number, last.suffix)
    if any((a.number, a.suffix) == (n, suffix) for a in articles):
        raise SourceError(f"duplicated article {label} (already at line {next(a.line for a in articles if (a.number, a.suffix) == (n, suffix))})", path=path, line=line)
    if suffix:
        ok = n == last.number and suffix == last.suffix + 1
        expected = f"{article_label(last.number, last.suffix + 1)} or {article_label(last.number + 1)}"
    else:
        ok = n == last.number + 1
        expected = article_label(last.number + 1)
    if not ok:
        kind = "missing article before" if n > last.number + 1 else "out of order"
        raise SourceError(f"{kind} {label}: after {prev} expected {expected}", path=path, line=line)


def _build(title, notes, chapters, sections, articles) -> Regulation:
    built: list[Article] = []
    for a in articles:
        paras = []
        for p_no, para in enumerate(a.paras, 1):
            pid = f"art-{a.number}{'-' + str(a.suffix) if a.suffix else ''}-p-{p_no}"
            items = tuple(
                Item(
                    it.number,
                    it.text,
                    f"{pid}-i-{it.number}",
                    tuple(SubItem(sn, st, f"{pid}-i-{it.number}-s-{sn}") for sn, st in it.subitems),
                )
                for it in para.items
            )
            paras.append(Paragraph(p_no, para.text, pid, items))
        built.append(Article(a.number, a.suffix, a.chapter, a.section, tuple(paras), a.line))
    chapter_models = []
    for number, chapter_title, _ in chapters:
        keys = tuple(a.key for a in built if a.chapter == number)
        secs = tuple(
            Section(sn, st, number, tuple(a.key for a in built if a.chapter == number and a.section == sn))
            for (cn, sn, st, _) in sections
            if cn == number
        )
        chapter_models.append(Chapter(number, chapter_title, secs, keys))
    return Regulation(title, notes, tuple(chapter_models), tuple(built))
