"""CJK-safe glossary term matching, and the terminology consistency check built on it.

Python-Markdown's ``abbr`` cannot match Chinese terms inside Chinese text (``\\b`` never falls
between two Han characters), so terms are found with one longest-first alternation: at each
position the longest glossary term wins, and matches never overlap, so 单位 inside
用人单位 is not counted as a term of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .editorial import Editorial, Term
from .model import Regulation


def term_pattern(terms: Iterable[Term]) -> re.Pattern[str]:
    """One alternation of all Chinese terms, longest first."""
    ordered = sorted({t.zh for t in terms}, key=len, reverse=True)
    return re.compile("|".join(re.escape(z) for z in ordered))


def find_terms(text: str, terms: list[Term]) -> list[Term]:
    """Terms occurring in ``text`` (longest match wins, no overlaps), each once, in order of first use."""
    if not terms:
        return []  # an empty alternation would match the empty string everywhere
    by_zh = {t.zh: t for t in terms}
    seen: dict[str, Term] = {}
    for match in term_pattern(terms).finditer(text):
        seen.setdefault(match.group(0), by_zh[match.group(0)])
    return list(seen.values())


def rendering_pattern(rendering: str) -> re.Pattern[str]:
    """An English rendering as a case-insensitive whole-word pattern; ``...`` stands for a gap
    ("order ... to make corrections"), and a plural ``s``/``es`` may follow the last word."""
    parts = [re.escape(p.strip()) for p in rendering.split("...")]
    body = r"\b.{1,80}?\b".join(parts)
    return re.compile(rf"(?<![A-Za-z]){body}(?:s|es)?(?![A-Za-z])", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class TermUse:
    article: str
    term: Term
    found: bool


def terminology_report(regulation: Regulation, editorial: Editorial) -> list[TermUse]:
    """For every article and every glossary term in its Chinese text: is the canonical English
    (or a declared variant) in that article's translation?"""
    uses = []
    for article in regulation.articles:
        entry = editorial.article(article.key)
        english = "\n".join([p.text for p in entry.translation] + [i for p in entry.translation for i in p.items])
        for term in find_terms(article.text, editorial.glossary):
            renderings = [term.en, *term.en_variants]
            found = any(rendering_pattern(r).search(english) for r in renderings)
            uses.append(TermUse(article.key, term, found))
    return uses
