"""How plain the summaries are: figures that a check in the tests holds to the targets.

* **Overlap** of a Chinese summary with its article: the share of the summary's pairs of
  adjacent Han characters that also occur in the article's text. A summary that repeats the
  article's wording in order scores near 100 %; one that explains in everyday words scores low.
* **Length** of a Chinese summary in characters (reported, not capped: the rubric sets no length),
  and of each English summary sentence in words.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cjk import HAN_SEQUENCE
from .model import Regulation

if TYPE_CHECKING:  # editorial.py runs the style checks, which use the figures below
    from .editorial import Editorial

# An English sentence ends at . ! or ? followed by a space or the end (not inside "e.g.").
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])")
OVERLAP_MAX_MEDIAN = 0.60  # the median summary shares at most 60 % of its character pairs
OVERLAP_HIGH = 0.75  # a summary above this repeats the article
AT_MOST_OVER = 5  # summaries allowed above OVERLAP_HIGH
SENTENCE_MAX_EN = 28  # words


def pairs(text: str) -> list[str]:
    """Adjacent Han character pairs, within runs of Han characters (punctuation breaks a run)."""
    return [run[i : i + 2] for run in HAN_SEQUENCE.findall(text) for i in range(len(run) - 1)]


def overlap(summary: str, article_text: str) -> float:
    """Share of the summary's character pairs found in the article (0 for a summary without any)."""
    mine = pairs(summary)
    if not mine:
        return 0.0
    theirs = set(pairs(article_text))
    return sum(p in theirs for p in mine) / len(mine)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text.strip()) if s]


@dataclass(frozen=True)
class SummaryFigures:
    article: str
    overlap: float
    length_zh: int
    longest_sentence_en: int


def figures(regulation: Regulation, editorial: Editorial) -> list[SummaryFigures]:
    """The figures of every article that has both summaries."""
    out = []
    for article in regulation.articles:
        entry = editorial.article(article.key)
        if not entry.summary_zh or not entry.summary_en:
            continue
        longest = max(len(s.split()) for s in sentences(entry.summary_en))
        out.append(SummaryFigures(article.key, overlap(entry.summary_zh, article.text), len(entry.summary_zh), longest))
    return out


def report(figs: list[SummaryFigures]) -> dict[str, float]:
    """The figures the targets speak of."""
    return {
        "summaries": len(figs),
        "median_overlap": statistics.median(f.overlap for f in figs) if figs else 0.0,
        "over": sum(f.overlap > OVERLAP_HIGH for f in figs),
        "long_sentences_en": sum(f.longest_sentence_en > SENTENCE_MAX_EN for f in figs),
    }
