"""The regulation as data: frozen dataclasses, no I/O.

Ids are stable and independent of language and position in the file: ``chap-3``,
``chap-3-sec-1``, ``art-35``, ``art-12-1`` (第十二条之一), ``art-35-p-2`` (款),
``art-24-p-2-i-3`` (项), ``art-24-p-2-i-3-s-1`` (目), ``part-2`` (编), ``part-2-sub-1`` (分编),
``annex-1`` (附件). Numbers are 1-based as in the text.

Layouts: a statute may have no chapters at all (``chapters`` is empty, every article's
``chapter`` is ``None``); it may group chapters into parts (编) and sub-parts (分编), listed in
``parts``. A chapter's ``key`` is its number, or ``<part>-<number>`` when chapter numbers
restart in every part (as in the civil code), so that keys and ids stay unique. An unnumbered
division that holds articles directly (附则 after the last 编) is a chapter with ``number`` None
and key ``u1`` (``u2`` …): it gets a page like any chapter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

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
    mark: str = "."  # the separator as printed: "1." or the full-width "1．"

    @property
    def label(self) -> str:
        return f"{self.number}{self.mark}"


@dataclass(frozen=True)
class Item:
    """项: an item labelled （一） inside a paragraph. ``text`` may hold several lines (joined by
    ``\n``) when the source prints a line of its own between this item and the next one."""

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
    chapter: str | None  # chapter key; None in a statute without chapters
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
    chapter: str  # chapter key
    article_keys: tuple[str, ...]

    @property
    def id(self) -> str:
        return f"chap-{self.chapter}-sec-{self.number}"

    @property
    def label(self) -> str:
        return f"第{to_chinese(self.number)}节"


@dataclass(frozen=True)
class Chapter:
    """章: a chapter; ``article_keys`` lists every article in it, sections included.

    ``number`` is None for an unnumbered division holding articles (附则 after the last 编);
    ``part`` is the key of the innermost part (编 or 分编) it belongs to, if any."""

    number: int | None
    title: str
    sections: tuple[Section, ...]
    article_keys: tuple[str, ...]
    key: str = ""
    part: str | None = None

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", str(self.number))

    @property
    def id(self) -> str:
        return f"chap-{self.key}"

    @property
    def label(self) -> str:
        """第三章; empty for an unnumbered division (its title says what it is)."""
        return f"第{to_chinese(self.number)}章" if self.number else ""


@dataclass(frozen=True)
class Part:
    """编 (``kind="part"``) or 分编 (``kind="subpart"``): a group of chapters.

    Keys: ``2`` for 第二编, ``2-1`` for its 第一分编; ``parent`` is the part key of a sub-part."""

    kind: str
    number: int
    title: str
    key: str
    chapter_keys: tuple[str, ...]
    article_keys: tuple[str, ...]
    parent: str | None = None

    @property
    def id(self) -> str:
        return f"part-{self.key}" if self.kind == "part" else f"part-{self.parent}-sub-{self.number}"

    @property
    def label(self) -> str:
        return f"第{to_chinese(self.number)}{'编' if self.kind == 'part' else '分编'}"


@dataclass(frozen=True)
class Annex:
    """附件 / 附表 / 附录 after the last article: its heading line and body lines as printed."""

    number: int  # 1-based position among the annexes
    heading: str  # the heading line as printed: 附件：中华人民共和国国歌（五线谱版、简谱版）
    lines: tuple[str, ...]
    line: int

    @property
    def id(self) -> str:
        return f"annex-{self.number}"

    @property
    def key(self) -> str:
        return str(self.number)


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
    notes: tuple[str, ...]  # adoption / amendment notes, without the outer brackets
    chapters: tuple[Chapter, ...]
    articles: tuple[Article, ...]
    errata: tuple[Erratum, ...] = ()
    warnings: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()  # 编 and 分编, in order (a sub-part follows its part)
    annexes: tuple[Annex, ...] = ()
    preamble: tuple[str, ...] = ()  # lines above the title: a promulgation notice (…公告 第X号)
    # Lookup table, derived from ``articles`` in __post_init__: never passed in, never shared
    # between two models (dataclasses.replace builds a new one).
    _index: Mapping[str, Article] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", MappingProxyType({a.key: a for a in self.articles}))

    def article(self, key: str | int) -> Article:
        """The article with this key (``35`` or ``"12-1"``); ``KeyError`` names it if absent."""
        try:
            return self._index[str(key)]
        except KeyError:
            raise KeyError(f"no article {key} in {self.title}") from None

    def chapter(self, key: str | int) -> Chapter:
        """The chapter with this key (``3``, ``"2-3"``, ``"u1"``); ``KeyError`` names it if absent."""
        for chapter in self.chapters:
            if chapter.key == str(key):
                return chapter
        raise KeyError(f"no chapter {key} in {self.title}")

    def chapter_articles(self, key: str | int) -> list[Article]:
        return [self.article(k) for k in self.chapter(key).article_keys]

    def part(self, key: str) -> Part:
        for part in self.parts:
            if part.key == key:
                return part
        raise KeyError(f"no part {key} in {self.title}")

    def parts_of(self, chapter: Chapter) -> list[Part]:
        """The parts a chapter lies in, outermost first (编, then 分编)."""
        out: list[Part] = []
        key = chapter.part
        while key is not None:
            part = self.part(key)
            out.insert(0, part)
            key = part.parent
        return out
