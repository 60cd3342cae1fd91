"""Turn one paragraph or item text into HTML with its marks: corrected words (errata) and
cross-reference links. Everything else is escaped; spans never overlap (checked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from .model import Erratum
from .references import Reference, Target


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    open: Markup
    close: Markup


def erratum_spans(text: str, errata: list[Erratum], marker: str, title: Callable[[Erratum], str]) -> list[Span]:
    """Mark where a correction was applied (its corrected words, titled ``title(erratum)``) and
    link the note."""
    spans = []
    for e in errata:
        at = text.find(e.correction) if e.correction else -1
        if at >= 0:
            spans.append(
                Span(
                    at,
                    at + len(e.correction),
                    Markup('<mark class="erratum" title="{}">').format(title(e)),
                    Markup('</mark><sup class="erratum-ref"><a href="#erratum-{}">[{}]</a></sup>').format(e.id, marker),
                )
            )
    return spans


def reference_spans(refs: list[tuple[Reference, Target]], href_for) -> list[Span]:
    """Links for resolved references; ``href_for(target)`` gives the relative URL."""
    return [
        Span(
            ref.start,
            ref.end,
            Markup('<a class="xref" href="{}" data-preview="{}">').format(href_for(target), target.id),
            Markup("</a>"),
        )
        for ref, target in refs
    ]


def annotate(text: str, spans: list[Span]) -> Markup:
    """``text`` escaped, with each span wrapped in its markup."""
    out = Markup("")
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            raise ValueError(f"overlapping marks in {text[:30]!r}…")
        out += escape(text[pos : span.start]) + span.open + escape(text[span.start : span.end]) + span.close
        pos = span.end
    return out + escape(text[pos:])
