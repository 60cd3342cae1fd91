"""The navigation for each language, as data for ``hooks/nav.py``.

Parts (编, 分编) and chapters are sections holding their children; a statute without chapters
lists its articles in one section. Annexes, glossary, FAQ, self-tests and audience pages appear only
when the regulation has them.
"""

from __future__ import annotations

from typing import Any

from markupsafe import escape

from .model import Chapter
from .quiz import quiz_keys, quiz_label
from .site import Site
from .templating import LANGS, strings
from .urls import page_path

NavEntry = dict[str, Any] | str


def _chapter_node(site: Site, chapter: Chapter, lang: str) -> NavEntry:
    s = strings()[lang]
    children: list[NavEntry] = [{s["chapter_overview_nav"]: page_path("chapter", chapter.key, "zh")}]
    children += [page_path("article", k, "zh") for k in chapter.article_keys]
    return {site.chapter_title(chapter, lang): children}


def _structure(site: Site, lang: str) -> list[NavEntry]:
    """Chapters, nested in their parts; the plain article list when there are no chapters."""
    reg = site.regulation
    s = strings()[lang]
    if not reg.chapters:
        return [{s["articles_nav"]: [page_path("article", a.key, "zh") for a in reg.articles]}]
    nodes: dict[str | None, list[NavEntry]] = {None: []}
    for part in reg.parts:
        children: list[NavEntry] = []
        nodes[part.key] = children
        nodes[part.parent].append({site.part_title(part.key, lang): children})
    for chapter in reg.chapters:
        nodes[chapter.part].append(_chapter_node(site, chapter, lang))
    return nodes[None]


def render_nav(site: Site) -> dict[str, list[NavEntry]]:
    navs = {}
    ed, reg = site.editorial, site.regulation
    for lang in LANGS:
        s = strings()[lang]
        nav: list[NavEntry] = [
            {s["home"]: "index.md"},
            {s["full_text_nav"]: page_path("full-text", None, "zh")},
            {s["all_articles"]: "articles.md"},
        ]
        nav += [  # what changed in each revision, the latest first
            {
                s["changes_title"].format(revision=site.revision_label(r, lang)): page_path(
                    "changes", r.old.date.isoformat(), "zh"
                )
            }
            for r in reversed(site.revisions)
        ]
        nav += _structure(site, lang)
        if reg.annexes:
            nav.append(
                {
                    s["annexes"]: [
                        {site.annex_title(a.number, lang): page_path("annex", a.number, "zh")} for a in reg.annexes
                    ]
                }
            )
        if ed.glossary:
            nav.append({s["glossary"]: "glossary.md"})
        if ed.faq:
            nav.append({s["faq"]: "faq.md"})
        if quiz_keys(site):
            quizzes: list[NavEntry] = [{s["quiz_nav_index"]: page_path("quiz-index", None, "zh")}]
            quizzes += [{quiz_label(site, k, lang): page_path("quiz", k, "zh")} for k in quiz_keys(site)]
            nav.append({s["quiz_nav"]: quizzes})
        if ed.audiences:
            nav.append(
                {
                    s["audience_pages"]: [
                        {site.audience_label(a.key, lang): page_path("audience", a.key, "zh")} for a in ed.audiences
                    ]
                }
            )
        nav.append({s["embed_title"]: "embed.md"})
        nav.append({s["data_page"]: "data.md"})
        nav.append({s["about"]: "about.md"})
        navs[lang] = [_escaped(entry) for entry in nav]
    return navs


def _escaped(entry: NavEntry) -> NavEntry:
    """Section and link titles as HTML text: the theme writes nav titles into the page as they
    are, and chapter titles, audience labels and the like are editorial text."""
    if isinstance(entry, str):
        return entry
    return {
        str(escape(title)): [_escaped(c) for c in value] if isinstance(value, list) else value
        for title, value in entry.items()
    }
