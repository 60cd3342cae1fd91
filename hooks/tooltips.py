"""Glossary tooltips and cross-reference previews in the article text, CJK-safe.

Runs on the final page HTML (``on_post_page``), after the search plugin has read the page, so
definitions and previews do not end up in the search index. Data comes from
``docs/.tooltips.json`` (written by the page generator from the glossary and the model).

What is marked, and how often:

* Only the article text in the page's language: the official text on Chinese pages, the
  translation on English pages (the Chinese original on English pages stays plain).
* Each glossary term at its **first occurrence on the page**; the longest term wins at any
  position (单位 inside 用人单位 is not marked), matches never overlap, and
  nothing inside links, headings, code, superscripts or erratum marks is touched.
* Every cross-reference link gets a preview of the provision it points to.

Each mark is a link to the glossary entry (so it works without JavaScript) described by a
tooltip (``aria-describedby``) that shows on hover and keyboard focus; ``regsite.js`` adds tap
and Escape. A "terms on this page" list is appended for print, where tooltips cannot show.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from functools import cache
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

BLOCK = re.compile(r'(<div class="(?P<cls>official-text|translation)" lang="(?P<lang>[a-z]+)"[^>]*>)(?P<body>.*?)(</div>)', re.S)
TAG = re.compile(r"(<[^>]+>)")
XREF = re.compile(r'<a class="xref" href="(?P<href>[^"]*)" data-preview="(?P<id>[^"]+)">(?P<text>.*?)</a>', re.S)
SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "sup", "mark", "script", "style"}
HAN = re.compile(r"[\u3400-\u9fff]")


@cache
def _data(path: str, mtime: float) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _matcher(terms: list[dict], lang: str) -> tuple[re.Pattern[str], dict[str, dict]]:
    """One longest-first alternation over every rendering; English matches whole words only."""
    lookup = {}
    for term in terms:
        for rendering in term["match"]:
            lookup.setdefault(rendering.lower(), term)
    ordered = sorted(lookup, key=len, reverse=True)
    if lang == "zh":
        return re.compile("|".join(re.escape(r) for r in ordered)), lookup
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in ordered) + r")(?![\w-])", re.IGNORECASE), lookup


def _tip(tip_id: str, title: str, text: str, lang: str, link: str = "", link_text: str = "") -> str:
    def mark(s: str) -> str:  # Chinese inside an English tooltip keeps its language
        s = html.escape(s)
        return re.sub(r"[\u3400-\u9fff《》“”（）、，。；：]+", lambda m: f'<span lang="zh">{m.group(0)}</span>', s) if lang != "zh" else s

    more = f' <a class="tip-more" href="{link}">{html.escape(link_text)}</a>' if link else ""
    return f'<span class="tip" role="tooltip" id="{tip_id}"><strong>{mark(title)}</strong> {mark(text)}{more}</span>'


def mark_block(body: str, data: dict, lang: str, glossary_href: str, used: list[dict], counter) -> str:
    """Mark the first occurrence of each term and wrap cross-references with previews.
    ``counter`` numbers the preview tooltips across the whole page (ids stay unique)."""

    def preview(m: re.Match[str]) -> str:
        p = data["previews"].get(m["id"])
        if not p:
            return m.group(0)
        tip_id = f"tip-ref-{next(counter)}"
        return (
            f'<span class="tip-wrap"><a class="xref" href="{m["href"]}" aria-describedby="{tip_id}" data-label="{html.escape(p["label"])}">{m["text"]}</a>'
            + _tip(tip_id, p["label"], p["text"], lang)
            + "</span>"
        )

    body = XREF.sub(preview, body)
    if not data["terms"]:
        return body  # no glossary: an empty alternation would match everywhere
    pattern, lookup = _matcher(data["terms"], lang)
    seen = {t["id"] for t in used}
    out, stack = [], []
    for piece in TAG.split(body):
        if piece.startswith("<"):
            name = re.match(r"</?([a-zA-Z0-9]+)", piece)
            tag = name.group(1).lower() if name else ""
            if piece.startswith("</"):
                if tag in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(tag) :]
            elif not piece.endswith("/>") and tag not in ("br", "img", "wbr"):
                stack.append(tag)
            out.append(piece)
            continue
        if any(t in SKIP for t in stack) or "span" in stack:
            out.append(piece)
            continue

        def term(m: re.Match[str]) -> str:
            t = lookup[m.group(0).lower()]
            if t["id"] in seen:
                return m.group(0)
            seen.add(t["id"])
            used.append(t)
            tip_id = f"tip-{t['id']}"
            href = f"{glossary_href}#term-{t['id']}"
            return (
                f'<span class="tip-wrap"><a class="term" href="{href}" aria-describedby="{tip_id}">{m.group(0)}</a>'
                + _tip(tip_id, t["title"], t["definition"], lang, href, data["see_glossary"])
                + "</span>"
            )

        out.append(pattern.sub(term, piece))
    return "".join(out)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    path = Path(config.docs_dir) / ".tooltips.json"
    if not path.exists() or 'class="official-text"' not in output:
        return output
    lang = str(config.theme.get("language", "zh"))[:2]
    data = _data(str(path), path.stat().st_mtime)[lang]
    prefix = "" if lang == "zh" else f"{lang}/"
    here = posixpath.dirname(page.file.dest_uri)
    glossary_href = posixpath.relpath(f"{prefix}glossary.html" if not page.file.dest_uri.startswith(prefix) else f"{prefix}glossary.html", here or ".")
    wanted = "official-text" if lang == "zh" else "translation"
    used: list[dict] = []
    counter = iter(range(1, 100_000))

    def block(m: re.Match[str]) -> str:
        if m["cls"] != wanted:
            return m.group(0)
        return m.group(1) + mark_block(m["body"], data, lang, glossary_href, used, counter) + m.group(5)

    output = BLOCK.sub(block, output)
    if used:
        items = "".join(f"<dt>{html.escape(t['title'])}</dt><dd>{html.escape(t['definition'])}</dd>" for t in used)
        section = f'<section class="print-terms"><p class="print-terms-title">{html.escape(data["terms_on_page"])}</p><dl>{items}</dl></section>'
        output = output.replace("</article>", section + "</article>", 1)
    return output
