"""Cross-references: find them in the text (Chinese and English), then resolve them to ids.

Two steps, as in laws.africa's ``analysis/refs``: ``find_*`` returns ``Reference`` records with
the span and what was written; ``resolve`` turns each into a target (article key, paragraph,
item) or raises ``SourceError`` naming the article that holds an unresolvable reference.

Chinese forms: 本条例第X条, 第X条, 第X条之Y, 第X条第Y款, 第X条第Y款第Z项, 第X条至第Y条,
前款, 前两款, 本条, 本款. A 第X条 right after a 《…》 law title cites that law, not this one,
and is not linked. English forms (the translation guide): "Article 31 (of these Regulations)",
"paragraph 2 of Article 31", "item (3) of paragraph 2 of Article 24", "Articles 5 to 7",
"the preceding paragraph", "the preceding two paragraphs", "this Article".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import SourceError
from .model import Regulation
from .numerals import NUMERAL_CHARS, to_int

N = f"[{NUMERAL_CHARS}]+"
COUNT = {"两": 2, "二": 2, "三": 3, "四": 4}

# 第三十一条(之一)(第一款)(第二项) / …至第三十三条 — an article reference, optionally narrowed
# to a paragraph and an item, optionally the start of a range. 本条例 before it is optional.
ZH_ARTICLE = re.compile(
    rf"(?P<law>》)?(?:本条例)?第(?P<art>{N})条(?:之(?P<suffix>{N}))?"
    rf"(?:第(?P<para>{N})款)?(?:第(?P<item>{N})项)?"
    rf"(?:至第(?P<art2>{N})条)?"
)
# 前款 / 前两款 — the paragraph(s) just before the one the reference is in.
ZH_PRECEDING = re.compile(r"前(?P<count>[两二三四])?款")
# 本条 (not 本条例) / 本款 — the article or paragraph the reference is in.
ZH_THIS = re.compile(r"本(?P<unit>条(?!例)|款)")

# "item (3) of paragraph 2 of Article 24", "paragraph 2 of Article 31", "Article 31", "Articles 5 to 7"
EN_ARTICLE = re.compile(
    r"(?:item \((?P<item>\d+)\) of )?(?:paragraph (?P<para>\d+) of )?"
    r"Articles? (?P<art>\d+)(?:-(?P<suffix>\d+))?(?: (?:to|through) (?P<art2>\d+))?"
    r"(?P<law> of the [A-Z][A-Za-z ]+Law)?"
)
EN_PRECEDING = re.compile(r"the preceding (?:(?P<count>two|three|four) )?paragraphs?")
EN_THIS = re.compile(r"this (?P<unit>Article|paragraph)")
EN_COUNT = {"two": 2, "three": 3, "four": 4}


@dataclass(frozen=True)
class Reference:
    """A reference as written: where it is (article, paragraph, item or None) and its span."""

    article: str
    paragraph: int
    item: int | None
    start: int
    end: int
    text: str
    target_article: str | None  # None: relative to where it stands (前款, 本条)
    target_paragraph: int | None = None
    target_item: int | None = None
    range_end: str | None = None
    preceding: int = 0  # 前款 = 1, 前两款 = 2
    this: str | None = None  # "article" | "paragraph"


@dataclass(frozen=True)
class Target:
    """What a reference points to: an article, and possibly a paragraph and item in it."""

    article: str
    paragraph: int | None = None
    item: int | None = None
    range_end: str | None = None
    paragraphs: tuple[int, ...] = ()  # 前两款: both paragraphs

    @property
    def id(self) -> str:
        anchor = f"art-{self.article}"
        if self.paragraph:
            anchor += f"-p-{self.paragraph}"
            if self.item:
                anchor += f"-i-{self.item}"
        return anchor


def _found(match: re.Match[str], where: tuple[str, int, int | None], *args: Any, **kwargs: Any) -> Reference:
    """A reference found by ``match`` in the text at ``where`` (article, paragraph, item)."""
    return Reference(*where, match.start(), match.end(), match.group(0), *args, **kwargs)


def find_zh(text: str, article: str, paragraph: int, item: int | None = None) -> list[Reference]:
    """References in a Chinese paragraph or item text, in order, not overlapping."""
    where = (article, paragraph, item)
    refs: list[Reference] = []
    taken: list[tuple[int, int]] = []
    for m in ZH_ARTICLE.finditer(text):
        if m["law"]:
            continue  # 《…法》第X条: another law's article
        suffix = to_int(m["suffix"]) if m["suffix"] else 0
        key = f"{to_int(m['art'])}-{suffix}" if suffix else str(to_int(m["art"]))
        refs.append(
            _found(
                m,
                where,
                key,
                to_int(m["para"]) if m["para"] else None,
                to_int(m["item"]) if m["item"] else None,
                str(to_int(m["art2"])) if m["art2"] else None,
            )
        )
        taken.append(m.span())
    for m in ZH_PRECEDING.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            refs.append(
                _found(
                    m,
                    where,
                    None,
                    preceding=COUNT.get(m["count"] or "", 1),
                )
            )
    for m in ZH_THIS.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            refs.append(
                _found(
                    m,
                    where,
                    None,
                    this="article" if m["unit"] == "条" else "paragraph",
                )
            )
    return sorted(refs, key=lambda r: r.start)


def find_en(text: str, article: str, paragraph: int, item: int | None = None) -> list[Reference]:
    """References in an English paragraph or item text (forms listed in the module docstring)."""
    where = (article, paragraph, item)
    refs: list[Reference] = []
    for m in EN_ARTICLE.finditer(text):
        if m["law"]:
            continue
        key = f"{m['art']}-{m['suffix']}" if m["suffix"] else m["art"]
        refs.append(
            _found(
                m,
                where,
                key,
                int(m["para"]) if m["para"] else None,
                int(m["item"]) if m["item"] else None,
                m["art2"],
            )
        )
    for m in EN_PRECEDING.finditer(text):
        refs.append(
            _found(
                m,
                where,
                None,
                preceding=EN_COUNT.get(m["count"] or "", 1),
            )
        )
    for m in EN_THIS.finditer(text):
        refs.append(_found(m, where, None, this=m["unit"].lower()))
    return sorted(refs, key=lambda r: r.start)


def resolve(ref: Reference, regulation: Regulation, where: str = "") -> Target:
    """The target of ``ref``; raises ``SourceError`` naming the article if there is none."""

    def fail(why: str) -> SourceError:
        return SourceError(
            f"article {ref.article}, paragraph {ref.paragraph}: reference '{ref.text}' cannot be resolved: {why}",
            path=where or None,
        )

    if ref.this:
        return Target(ref.article, ref.paragraph if ref.this == "paragraph" else None)
    if ref.preceding:
        first = ref.paragraph - ref.preceding
        if first < 1:
            raise fail(f"paragraph {ref.paragraph} has only {ref.paragraph - 1} paragraph(s) before it")
        return Target(ref.article, first, paragraphs=tuple(range(first, ref.paragraph)))
    if ref.target_article is None:
        raise fail("the reference names no article")
    try:
        article = regulation.article(ref.target_article)
    except KeyError:
        raise fail(f"there is no article {ref.target_article}") from None
    if ref.range_end is not None:
        try:
            regulation.article(ref.range_end)
        except KeyError:
            raise fail(f"there is no article {ref.range_end}") from None
        return Target(article.key, range_end=ref.range_end)
    if ref.target_paragraph is not None:
        if not 1 <= ref.target_paragraph <= len(article.paragraphs):
            raise fail(f"article {article.key} has {len(article.paragraphs)} paragraph(s)")
        para = article.paragraphs[ref.target_paragraph - 1]
        if ref.target_item is not None and not 1 <= ref.target_item <= len(para.items):
            raise fail(f"paragraph {ref.target_paragraph} of article {article.key} has {len(para.items)} item(s)")
    elif ref.target_item is not None:
        # 第二百一十一条第一项: statutes cite an item without its paragraph when only one
        # paragraph of the article has items; that paragraph is meant.
        with_items = [p for p in article.paragraphs if p.items]
        if len(with_items) != 1:
            raise fail(
                f"an item reference needs a paragraph: {len(with_items)} paragraphs of article {article.key} have items"
            )
        if not 1 <= ref.target_item <= len(with_items[0].items):
            raise fail(
                f"paragraph {with_items[0].number} of article {article.key} has {len(with_items[0].items)} item(s)"
            )
        return Target(article.key, with_items[0].number, ref.target_item)
    return Target(article.key, ref.target_paragraph, ref.target_item)
