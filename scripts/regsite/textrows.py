"""An article's text as lines (paragraphs, items, sub-items) and as HTML rows for the pages.

``text_lines`` is the one place that decides how the official text and the translation are cut
into lines, labelled and identified; the article and embed pages, the search index
(``browserdata.search_paragraphs``) and the handouts all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from .annotate import annotate, erratum_spans, reference_spans
from .model import Article
from .references import Target
from .site import Site, paragraph_label
from .templating import erratum_text, strings
from .terms import find_terms
from .tips import PageTips
from .urls import cross_href, html_href


@dataclass(frozen=True)
class TextLine:
    """One line of an article's text in one language, with its id and label as printed."""

    id: str  # art-24-p-2-i-3
    cls: str  # para | item | subitem
    label: str  # （三） / (3) / 1. / ""
    text: str  # without the label; may hold "\n" (an item's own second line)
    paragraph: int
    item: int | None


def text_lines(site: Site, article: Article, text_lang: str) -> list[TextLine]:
    """The official text (``zh``) or the translation (``en``) line by line; ``[]`` when the
    article has no translation."""
    translation = site.entry(article).translation if text_lang == "en" else None
    if text_lang == "en" and translation is None:
        return []
    lines = []
    for para in article.paragraphs:
        tpara = translation[para.number - 1] if translation else None
        text = para.text if tpara is None else tpara.text
        if text:
            lines.append(TextLine(para.id, "para", "", text, para.number, None))
        for item in para.items:
            if tpara is not None:
                lines.append(
                    TextLine(
                        item.id, "item", f"({item.number}) ", tpara.items[item.number - 1], para.number, item.number
                    )
                )
                continue
            lines.append(TextLine(item.id, "item", item.label, item.text, para.number, item.number))
            lines += [
                TextLine(sub.id, "subitem", sub.label, sub.text, para.number, item.number) for sub in item.subitems
            ]
    return lines


def line_label(line: TextLine, lang: str) -> str:
    """第二款第三项 / paragraph 2, item (3): where a line stands in its article."""
    return paragraph_label(line.paragraph, line.item, lang)


@dataclass(frozen=True)
class Where:
    """The page a text block is made for: its docs-relative path, and the articles whose text
    stands on it (with the block's id prefix), which references link to within the page."""

    path: str
    on_page: frozenset[str] = frozenset()


def text_rows(
    site: Site,
    article: Article,
    lang: str,
    text_lang: str,
    prefix: str,
    where: Where,
    tips: PageTips | None = None,
) -> list[dict[str, Any]]:
    """The lines of one text block as HTML rows with explicit ids, errata marks and
    cross-reference links (within the page to the articles on it, else to the article's page).
    With ``tips`` (the block in the page's own language), glossary terms and reference previews
    are marked too."""
    s = strings()[lang]
    errata = [e for e in site.regulation.errata if e.article == article.key] if text_lang == "zh" else []
    refs = site.references[text_lang]
    # English marks only the terms the Chinese article itself uses (the one matcher of terms.py)
    allowed = frozenset(t.id for t in find_terms(article.text, site.editorial.glossary)) if text_lang == "en" else None

    def href_for(target: Target) -> str:
        if target.statute:  # another statute of the library: its article, or its home page
            other = site.statute(target.statute)
            if not target.article:
                return cross_href(site.place, where.path, lang, other.place, "home", None)
            anchor = other.page_anchor(other.regulation.article(target.article), target.id, lang)
            return cross_href(site.place, where.path, lang, other.place, "article", target.article, anchor)
        if target.article in where.on_page:
            return f"#{prefix}{target.id}"
        anchor = site.page_anchor(site.regulation.article(target.article), target.id, lang)
        return html_href(where.path, "article", target.article, anchor)

    def html(line: TextLine) -> Markup:
        mine = [e for e in errata if e.paragraph == line.paragraph]
        spans = erratum_spans(line.text, mine, s["erratum_marker"], lambda e: erratum_text(e, s))
        # References were found per paragraph and item text (site.references); a sub-item has none.
        located = [] if line.cls == "subitem" else refs.get((article.key, line.paragraph, line.item), [])
        if tips is None:
            spans += reference_spans(located, href_for)
        else:
            spans += tips.reference_spans(located, href_for)
            spans += tips.term_spans(line.text, spans, allowed)
        return Markup(str(annotate(line.text, spans)).replace("\n", "<br>\n"))

    link = {"para": s["para_link"], "item": s["item_link"], "subitem": s["item_link"]}
    numbered = len(article.paragraphs) > 1  # 款 numbers are shown when there is more than one

    def row(line: TextLine) -> dict[str, Any]:
        return {
            "id": prefix + line.id,
            "cls": line.cls,
            "label": line.label,
            "html": html(line),
            "link": link[line.cls],
            # the paragraph's number, as annotated editions print it (②), and its name (第二款)
            "num": CIRCLED[line.paragraph - 1] if numbered and line.cls == "para" and line.paragraph <= 20 else "",
            "num_name": paragraph_label(line.paragraph, None, lang),
            "cite": site.citation(article, line.paragraph, line.item, lang),
        }

    return [row(line) for line in text_lines(site, article, text_lang)]


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
