"""The parser's working records (mutable while the body is read) and their conversion to the
frozen model once the whole text has been read."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Article, Chapter, Item, Paragraph, Section, SubItem, article_key, article_label
from .numerals import to_chinese


@dataclass
class DraftItem:
    number: int
    text: str
    subitems: list[tuple[int, str, str]] = field(default_factory=list)  # (number, text, mark)


@dataclass
class DraftParagraph:
    text: str
    items: list[DraftItem] = field(default_factory=list)


@dataclass
class DraftArticle:
    number: int
    suffix: int
    chapter: str | None
    section: int | None
    part: str | None  # innermost part key
    line: int
    paras: list[DraftParagraph] = field(default_factory=list)

    @property
    def key(self) -> str:
        return article_key(self.number, self.suffix)

    @property
    def label(self) -> str:
        return article_label(self.number, self.suffix)


@dataclass
class DraftPart:
    kind: str  # "part" | "subpart"
    number: int
    title: str
    key: str
    parent: str | None
    line: int

    @property
    def label(self) -> str:
        return f"第{to_chinese(self.number)}{'编' if self.kind == 'part' else '分编'}"


@dataclass
class DraftChapter:
    number: int | None
    title: str
    key: str
    part: str | None  # innermost part key
    book: str | None  # key of the 编 it lies in: chapter numbers may restart there
    line: int
    sections: list[tuple[int, str, int]] = field(default_factory=list)  # (number, title, line)


def inside(part_key: str | None, part: DraftPart, parts: list[DraftPart]) -> bool:
    """True when ``part_key`` is ``part`` or one of its sub-parts."""
    return part_key == part.key or any(p.key == part_key and p.parent == part.key for p in parts)


def part_articles(part: DraftPart, parts: list[DraftPart], articles: list[DraftArticle]) -> list[str]:
    return [a.key for a in articles if inside(a.part, part, parts)]


def to_article(a: DraftArticle) -> Article:
    paras = []
    for p_no, para in enumerate(a.paras, 1):
        pid = f"art-{a.key}-p-{p_no}"
        items = tuple(
            Item(
                it.number,
                it.text,
                f"{pid}-i-{it.number}",
                tuple(SubItem(sn, st, f"{pid}-i-{it.number}-s-{sn}", mark) for sn, st, mark in it.subitems),
            )
            for it in para.items
        )
        paras.append(Paragraph(p_no, para.text, pid, items))
    return Article(a.number, a.suffix, a.chapter, a.section, tuple(paras), a.line)


def to_chapter(c: DraftChapter, articles: list[DraftArticle]) -> Chapter:
    inside = [a for a in articles if a.chapter == c.key]
    sections = tuple(Section(n, t, c.key, tuple(a.key for a in inside if a.section == n)) for n, t, _ in c.sections)
    return Chapter(c.number, c.title, sections, tuple(a.key for a in inside), c.key, c.part)
