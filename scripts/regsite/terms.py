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
from functools import cache, lru_cache

from .editorial import Editorial
from .model import Regulation
from .schema import Term


def term_pattern(terms: Iterable[Term]) -> re.Pattern[str]:
    """One alternation of all Chinese terms, longest first."""
    return _longest_first(frozenset(t.zh for t in terms))


@cache
def _longest_first(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(z) for z in sorted(words, key=lambda w: (-len(w), w))))


def find_terms(text: str, terms: list[Term]) -> list[Term]:
    """Terms occurring in ``text`` (longest match wins, no overlaps), each once, in order of first use."""
    if not terms:
        return []  # an empty alternation would match the empty string everywhere
    by_zh = {t.zh: t for t in terms}
    seen: dict[str, Term] = {}
    for match in term_pattern(terms).finditer(text):
        seen.setdefault(match.group(0), by_zh[match.group(0)])
    return list(seen.values())


def _rendering_body(rendering: str) -> str:
    """The regex of one English rendering: its words as written, ``...`` standing for a gap of a
    few words inside one clause ("order ... to make corrections"), an optional plural ``s``/``es``
    after the last word, and no letter on either side (whole words)."""
    parts = [re.escape(p.strip()) for p in rendering.split("...")]
    body = r"\b[^.;:]{1,80}?\b".join(parts)
    return rf"(?<![A-Za-z-]){body}(?:s|es)?(?![A-Za-z-])"


def rendering_pattern(rendering: str) -> re.Pattern[str]:
    """An English rendering as a case-insensitive whole-word pattern (see ``_rendering_body``)."""
    return re.compile(_rendering_body(rendering), re.IGNORECASE)


def renderings(term: Term, lang: str) -> list[str]:
    """The forms a term takes in text of ``lang``: its Chinese, or its English and variants."""
    return [term.zh] if lang == "zh" else [term.en, *term.en_variants]


def marking_pattern(terms: list[Term], lang: str) -> re.Pattern[str] | None:
    """One alternation of every rendering of every term in ``lang``, longest first, for marking
    terms in running text; group ``t<N>`` names the term ``terms[N]``. None without terms (an
    empty alternation would match everywhere)."""
    forms = tuple(sorted(((r, n) for n, t in enumerate(terms) for r in renderings(t, lang)), key=lambda f: -len(f[0])))
    return _alternation(forms, lang) if forms else None


@lru_cache(maxsize=16)
def _alternation(forms: tuple[tuple[str, int], ...], lang: str) -> re.Pattern[str]:
    """The pattern of ``marking_pattern``, built once per glossary and language (every page asks)."""
    if lang == "zh":
        return re.compile("|".join(f"(?P<t{n}_{i}>{re.escape(r)})" for i, (r, n) in enumerate(forms)))
    return re.compile("|".join(f"(?P<t{n}_{i}>{_rendering_body(r)})" for i, (r, n) in enumerate(forms)), re.IGNORECASE)


def marked_index(match: re.Match[str]) -> int:
    """The index (in the list given to ``marking_pattern``) of the term a match stands for."""
    group = match.lastgroup or ""
    return int(group[1:].split("_")[0])


@dataclass(frozen=True)
class TermUse:
    article: str
    term: Term
    found: bool
    rejected: tuple[str, ...] = ()  # alternatives_en used in the translation instead


def terminology_report(regulation: Regulation, editorial: Editorial) -> list[TermUse]:
    """For every article and every glossary term in its Chinese text: is the canonical English
    (or a declared variant) in that article's translation, and which rejected renderings
    (``alternatives_en``) does the translation use instead?"""
    uses = []
    for article in regulation.articles:
        entry = editorial.article(article.key)
        if entry.translation is None:
            continue  # not translated yet: nothing to check
        english = "\n".join([p.text for p in entry.translation] + [i for p in entry.translation for i in p.items])
        # an alternative inside some term's own rendering ("state organs" in "state organs, people's
        # organizations, …") is that term, not the rejected rendering
        canonical = marking_pattern(editorial.glossary, "en")
        covered = [m.span() for m in canonical.finditer(english)] if canonical else []
        for term in find_terms(article.text, editorial.glossary):
            forms = [term.en, *term.en_variants]
            found = any(rendering_pattern(r).search(english) for r in forms)
            rejected = tuple(
                alt
                for alt in term.alternatives_en
                if any(
                    not any(a <= m.start() and m.end() <= b for a, b in covered)
                    for m in rendering_pattern(alt).finditer(english)
                )
            )
            uses.append(TermUse(article.key, term, found, rejected))
    return uses
