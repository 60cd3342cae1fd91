"""Glossary tooltips and cross-reference previews, marked in the text when the page is generated.

What is marked, per page (``PageTips`` keeps the state of one page):

* Only the article text in the page's language: the official text on Chinese pages, the
  translation on English pages (the Chinese original on English pages stays plain).
* Each glossary term at its **first occurrence on the page**, found with the one matcher of
  ``terms.py``; the longest rendering wins at any position, matches never overlap, and never
  fall inside a cross-reference or an erratum mark.
* Every cross-reference gets a preview of the provision it points to.

Each mark is a link (to the glossary entry, or to the provision) described by a tooltip
(``aria-describedby``); the markup is in ``templates/_tips.j2``. Tooltip bodies carry
``data-search-exclude``, so definitions and previews stay out of the search index. A "terms on
this page" list closes the page for print, where tooltips cannot show.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from markupsafe import Markup

from .annotate import Span
from .model import Article
from .references import Reference, Target
from .schema import Term
from .site import Site
from .templating import environment, strings
from .terms import marked_index, marking_pattern

PREVIEW_LIMIT = {"zh": 120, "en": 300}  # characters of a provision shown in its preview


@cache
def _macros() -> Any:
    return environment().get_template("_tips.j2").module


def preview_text(site: Site, article: Article, paragraph: int | None, item: int | None, lang: str) -> str:
    """The provision a reference points to, shortened for its preview (Chinese where the English
    translation does not exist)."""
    text = site.provision_text(article, paragraph, item, lang).replace("\n", "")
    limit = PREVIEW_LIMIT[lang]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=8192)
def _term_matches(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, term index) of every term in ``text``: the same line appears on its article
    page and in two embeds, so the (costly) alternation runs once per line."""
    return tuple((m.start(), m.end(), marked_index(m)) for m in pattern.finditer(text))


@dataclass
class PageTips:
    """The marking state of one page: terms already marked, tooltip numbering."""

    site: Site
    lang: str
    glossary_href: str  # relative link to the glossary page from this page
    used: list[Term] = field(default_factory=list)
    _counter: int = 0

    @property
    def terms(self) -> list[Term]:
        return self.site.editorial.glossary

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        return marking_pattern(self.terms, self.lang)  # re caches the compiled alternation

    def term_spans(self, text: str, taken: list[Span], allowed: frozenset[str] | None = None) -> list[Span]:
        """Spans for the terms of ``text`` not marked yet on this page, outside ``taken``; only
        terms whose id is in ``allowed`` when given (an English translation marks only the terms
        its Chinese article uses: "report" is 举报 only where the article says 举报)."""
        pattern = self.pattern
        if pattern is None:
            return []
        s = strings()[self.lang]
        spans = []
        ends = {t.end for t in taken}
        for start, end, index in _term_matches(pattern, text):
            term = self.terms[index]
            if allowed is not None and term.id not in allowed:
                continue
            if term in self.used or any(t.start < end and start < t.end for t in taken):
                continue
            self.used.append(term)
            # a term right after another mark gets a hair of space, so two underlines do not run
            # together into one (国家安全机关举报)
            after = start in ends
            ends.add(end)
            tip_id = f"tip-{term.id}"
            href = f"{self.glossary_href}#term-{term.id}"
            title = term.zh if self.lang == "zh" else term.en
            definition = term.definition_zh if self.lang == "zh" else term.definition_en
            m = _macros()
            spans.append(
                Span(
                    start,
                    end,
                    Markup(m.term_open(href, tip_id, after)),
                    Markup(m.term_close(title, definition, href, tip_id, s["see_glossary"])),
                )
            )
        return spans

    def reference_spans(self, refs: list[tuple[Reference, Target]], href_for: Callable[[Target], str]) -> list[Span]:
        """Links for resolved references, each with a preview of its target."""
        spans = []
        m = _macros()
        for ref, target in refs:
            other = self.site.statute(target.statute)
            if not target.article:  # a law of the library named as a whole: its title and description
                label = other.title(self.lang)
                meta = other.editorial.meta
                text = (meta.description_zh if self.lang == "zh" else meta.description_en) or ""
            else:
                article = other.regulation.article(target.article)
                label = other.provision_label(article, target.paragraph, target.item, self.lang)
                if target.statute:  # another statute's article: say which
                    label = other.cited_label(label, self.lang)
                text = preview_text(other, article, target.paragraph, target.item, self.lang)
            self._counter += 1
            tip_id = f"tip-ref-{self._counter}"
            spans.append(
                Span(
                    ref.start,
                    ref.end,
                    Markup(m.ref_open(href_for(target), tip_id, label)),
                    Markup(m.ref_close(label, text, tip_id)),
                )
            )
        return spans

    def print_list(self) -> Markup:
        """The terms marked on this page with their definitions, for print ("" if none)."""
        if not self.used:
            return Markup("")
        lang = self.lang
        terms = [
            {
                "title": t.zh if lang == "zh" else t.en,
                "definition": t.definition_zh if lang == "zh" else t.definition_en,
            }
            for t in self.used
        ]
        return Markup(_macros().print_terms(strings()[lang]["terms_on_page"], terms))
