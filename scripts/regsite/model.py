"""The regulation as data: frozen dataclasses, no I/O.

Ids are stable and independent of language and position in the file: ``chap-3``,
``chap-3-sec-1``, ``art-35``, ``art-12-1`` (第十二条之一), ``art-35-p-2`` (款),
``art-24-p-2-i-3`` (项), ``art-24-p-2-i-3-s-1`` (目). Numbers are 1-based as in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .numerals import to_chinese


def article_key(number: int, suffix: int = 0) -> str:
    """``12`` for 第十二条, ``12-1`` for 第十二条之一: the key used in ids and file names."""
    return f"{number}-{suffix}" if suffix else str(number)


def article_label(number: int, suffix: int = 0) -> str:
    """The Chinese label as printed: 第十二条, 第十二条之一."""
    return f"第{to_chinese(number)}条" + (f"之{to_chinese(suffix)}" if suffix else "")


@dataclass(frozen=True)
class SubItem:
    """目: a numbered sub-item ``1.`` inside an item."""

    number: int
    text: str
    id: str

    @property
    def label(self) -> str:
        return f"{self.number}."


@dataclass(frozen=True)
class Item:
    """项: an item labelled （一） inside a paragraph."""

    number: int
    text: str
    id: str
    subitems: tuple[SubItem, ...] = ()

    @property
    def label(self) -> str:
        return f"（{to_chinese(self.number)}）"


@dataclass(frozen=True)
class Paragraph:
    """款: a paragraph; ``text`` is its own sentence(s), items follow it."""

    number: int
    text: str
    id: str
    items: tuple[Item, ...] = ()

    def lines(self) -> list[str]:
        """The paragraph as printed, one line per paragraph / item / sub-item, labels included."""
        out = [self.text] if self.text else []
        for item in self.items:
            out.append(item.label + item.text)
            out.extend(s.label + s.text for s in item.subitems)
        return out


@dataclass(frozen=True)
class Article:
    """条: one article, with the chapter and section it belongs to."""

    number: int
    suffix: int
    chapter: int
    section: int | None
    paragraphs: tuple[Paragraph, ...]
    line: int  # line of the 第X条 heading in the source file

    @property
    def key(self) -> str:
        return article_key(self.number, self.suffix)

    @property
    def id(self) -> str:
        return f"art-{self.key}"

    @property
    def label(self) -> str:
        return article_label(self.number, self.suffix)

    @property
    def text(self) -> str:
        """The whole text without the 第X条 label; paragraphs, items and sub-items joined by ``\\n``."""
        return "\n".join(line for p in self.paragraphs for line in p.lines())


@dataclass(frozen=True)
class Section:
    """节: an optional level between chapter and article."""

    number: int
    title: str
    chapter: int
    article_keys: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"chap-{self.chapter}-sec-{self.number}"

    @property
    def label(self) -> str:
        return f"第{to_chinese(self.number)}节"


@dataclass(frozen=True)
class Chapter:
    """章: a chapter; ``article_keys`` lists every article in it, sections included."""

    number: int
    title: str
    sections: tuple[Section, ...]
    article_keys: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"chap-{self.number}"

    @property
    def label(self) -> str:
        return f"第{to_chinese(self.number)}章"


@dataclass(frozen=True)
class Erratum:
    """A correction applied to the official text, with where and why (from ``errata.yml``)."""

    article: str  # article key
    paragraph: int
    source: str  # what the source says (a snippet that occurs once in the article)
    correction: str  # what it should say
    reason_zh: str
    reason_en: str
    id: str
    source_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Regulation:
    """The whole regulation. ``articles`` is the flat list in order; chapters refer to them by key."""

    title: str
    notes: tuple[str, ...]  # adoption / amendment notes, without the brackets
    chapters: tuple[Chapter, ...]
    articles: tuple[Article, ...]
    errata: tuple[Erratum, ...] = ()
    warnings: tuple[str, ...] = ()
    _index: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({a.key: a for a in self.articles})

    def article(self, key: str | int) -> Article:
        """The article with this key (``35`` or ``"12-1"``); ``KeyError`` names it if absent."""
        try:
            return self._index[str(key)]
        except KeyError:
            raise KeyError(f"no article {key} in {self.title}") from None

    def chapter(self, number: int) -> Chapter:
        for chapter in self.chapters:
            if chapter.number == number:
                return chapter
        raise KeyError(f"no chapter {number} in {self.title}")

    def chapter_articles(self, number: int) -> list[Article]:
        return [self.article(k) for k in self.chapter(number).article_keys]
