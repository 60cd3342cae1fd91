"""Model + editorial -> the Markdown pages of the site, as a ``{path: text}`` mapping.

Markup lives in ``templates/``; interface words in ``templates/strings.yml``; content in the
regulation's content folder. This module only decides which data goes to which template and
which pages exist: a regulation without chapters has no chapter pages, one without a glossary
no glossary page, and so on, so that a bare ``source.txt`` gives a complete site.
"""

from __future__ import annotations

import json

import yaml

from .browserdata import render_browser_words, render_jieba_dict, render_search, search_paragraphs
from .embeds import render_data_page, render_embed, render_embed_builder
from .errata import article_at_line
from .findingaids import GUIDE_SEARCH, render_audience, render_faq, render_glossary, render_index
from .model import Article
from .navigation import render_nav
from .opendata import open_data
from .quiz import quiz_keys, render_quiz_pages
from .site import Site, handout_href, href, html_href, page_path
from .siteconfig import render_site_config
from .templating import LANGS, front_matter, page, render, strings
from .textrows import text_rows
from .tips import PageTips


def render_article(site: Site, article: Article, lang: str) -> str:
    s = strings()[lang]
    path = page_path("article", article.key, lang)
    heading = site.full_heading(article, lang)
    chapter = article.chapter
    reporting = site.editorial.meta.reporting
    # the how-to-report box on the article that carries it
    report = site.reporting(path, lang) if reporting and str(reporting.article) == article.key else None
    summary = site.summary(article, lang)
    tips = PageTips(site, lang, html_href(path, "glossary"))
    translation_rows = text_rows(site, article, lang, "en", "", tips=tips) if lang == "en" else []
    official_rows = text_rows(
        site, article, lang, "zh", "zh-" if lang == "en" else "", tips=tips if lang == "zh" else None
    )
    return page(
        "article.md.j2",
        # no contents sidebar: an article page has one or two headings, and the text gets the width
        {"title": heading, **({"description": summary} if summary else {}), "hide": ["toc"]},
        s=s,
        heading=heading,
        article=article,
        summary=summary,
        chapter={"title": site.chapter_title(chapter, lang), "href": href(path, "chapter", chapter)}
        if chapter
        else None,
        audiences=s["list_separator"].join(site.audience_label(k, lang) for k in site.entry(article).audiences),
        errata=[e for e in site.regulation.errata if e.article == article.key],
        about=href(path, "about"),
        official_rows=official_rows,
        print_terms=tips.print_list(),
        translation_rows=translation_rows,
        has_translation=bool(translation_rows) or (lang == "zh" and site.entry(article).translation is not None),
        cited_by=[
            {"label": site.article_label(site.regulation.article(k), lang), "href": href(path, "article", k)}
            for k in site.cited_by.get(article.key, [])
        ],
        status=site.status(lang),
        report=report,  # (previous / next: Material's footer)
    )


def render_compare(site: Site, article: Article, lang: str) -> str:
    """An article's official Chinese and English translation row by row, in the page chrome of
    ``lang`` (only for an article with a translation): what the Chinese pages' 中英对照 opens."""
    s = strings()[lang]
    path = page_path("compare", article.key, lang)
    zh = text_rows(site, article, lang, "zh", "", "../articles/")
    en = text_rows(site, article, lang, "en", "en-", "../articles/")
    heading = s["compare_title"].format(heading=site.full_heading(article, lang))
    return page(
        "compare.md.j2",
        {"title": heading, "hide": ["navigation", "toc"], "search": {"exclude": True}},
        s=s,
        heading=heading,
        rows=list(zip(zh, en, strict=True)),
        label=site.article_label(article, lang),
        back_href=html_href(path, "article", article.key),
        errata=[e for e in site.regulation.errata if e.article == article.key],
        about=href(path, "about"),
    )


def handout_items(site: Site, path: str, lang: str) -> list[dict[str, str]]:
    s = strings()[lang]
    items = [{"label": s["handout_link_whole"], "href": handout_href(path, "regulation", lang)}]
    if site.editorial.meta.handouts.chapters:
        items += [
            {"label": site.chapter_title(c, lang), "href": handout_href(path, f"chapter-{c.key}", lang)}
            for c in site.regulation.chapters
        ]
    return items


def under_title(guide: str, block: str) -> str:
    """A guide page (Markdown, its first line the title) with ``block`` right under the title."""
    title, _, rest = guide.partition("\n")
    return title + "\n\n" + block + "\n" + rest


def render_home(site: Site, lang: str) -> str:
    """The home guide (or a default one made from the model), then the list of handouts."""
    s = strings()[lang]
    path = page_path("home", None, lang)
    guide = site.editorial.guides.get(f"home.{lang}")
    if guide is None:
        reg = site.regulation
        guide = render(
            "home_default.md.j2",
            s=s,
            title=site.title(lang),
            notes=reg.notes if lang == "zh" else (site.editorial.meta.notes_en or reg.notes),
            chapters=[
                {"title": site.chapter_title(c, lang), "href": href(path, "chapter", c.key)} for c in reg.chapters
            ],
            articles_href=href(path, "index"),
            count=len(reg.articles),
            has_translation=site.editorial.has_translation,
        )
    report = site.reporting(path, lang)
    if report:  # first thing under the title: above the fold on a phone
        guide = under_title(guide, render("report.md.j2", s=s, r=report))
    quiz_href = href(path, "quiz-index") if quiz_keys(site) else ""
    handouts = render("home_handouts.md.j2", s=s, items=handout_items(site, path, lang), quiz_href=quiz_href)
    return front_matter(search=GUIDE_SEARCH) + guide.rstrip() + "\n" + handouts


def render_chapter(site: Site, key: str, lang: str) -> str:
    s = strings()[lang]
    path = page_path("chapter", key, lang)
    meta = site.editorial.chapter(key)
    chapter = site.regulation.chapter(key)
    title = site.chapter_title(chapter, lang)
    return page(
        "chapter.md.j2",
        {"title": title},
        s=s,
        title=title,
        chapter=chapter,
        overview=meta.overview_zh if lang == "zh" else meta.overview_en,
        articles=[site.article_ref(path, a, lang) for a in site.regulation.chapter_articles(key)],
        handout_href=handout_href(path, f"chapter-{key}", lang) if site.editorial.meta.handouts.chapters else "",
        quiz_href=html_href(path, "quiz", f"chapter-{key}") if f"chapter-{key}" in quiz_keys(site) else "",
        status=site.status(lang),
    )


def render_annex(site: Site, number: int, lang: str) -> str:
    s = strings()[lang]
    annex = site.regulation.annexes[number - 1]
    title = site.annex_title(number, lang)
    return page("annex.md.j2", {"title": title}, s=s, title=title, annex=annex)


def render_about(site: Site, lang: str) -> str:
    s = strings()[lang]
    path = page_path("about", None, lang)
    reg = site.regulation
    errata = [
        {
            "id": e.id,
            "paragraph": e.paragraph,
            "source": e.source,
            "correction": e.correction,
            "reason": e.reason_zh if lang == "zh" else e.reason_en,
            "article_label": site.article_label(reg.article(e.article), lang),
            "href": href(path, "article", e.article, f"erratum-{e.id}"),
        }
        for e in reg.errata
    ]
    changes = []
    for kind in ("join", "punctuation", "spacing", "toc"):
        items = []
        for c in site.loaded.normalized.changes:
            if c.kind != kind:
                continue
            key = article_at_line(reg, c.line)
            items.append(
                {
                    "line": c.line,
                    "before": c.before,
                    "after": c.after if kind != "join" else "",
                    "article_label": site.article_label(reg.article(key), lang) if key else "",
                    "href": href(path, "article", key) if key else "",
                }
            )
        if items:
            changes.append({"kind": kind, "title": s[{"join": "joins"}.get(kind, kind)], "entries": items})
    guide = site.editorial.guides.get(f"about.{lang}")
    meta = site.editorial.meta
    if guide is None:
        guide = render("about_default.md.j2", s=s, source=meta.source_zh if lang == "zh" else meta.source_en)
    generated = render(
        "about_generated.md.j2",
        s=s,
        title=reg.title,
        notes=reg.notes,
        preamble=reg.preamble,
        errata=errata,
        changes=changes,
    )
    provenance = render(
        "provenance.md.j2",
        s=s,
        title=site.title(lang),
        status=site.status(lang),
        source=meta.source_zh if lang == "zh" else meta.source_en,
        feedback=meta.feedback_url,
    )
    return front_matter(search=GUIDE_SEARCH) + under_title(guide, provenance).rstrip() + "\n" + generated


def render_pages(site: Site) -> dict[str, str]:
    """The Markdown pages in both languages."""
    reg, ed = site.regulation, site.editorial
    pages: dict[str, str] = {}
    for lang in LANGS:
        pages[page_path("home", None, lang)] = render_home(site, lang)
        pages[page_path("about", None, lang)] = render_about(site, lang)
        pages[page_path("index", None, lang)] = render_index(site, lang)
        if ed.glossary:
            pages[page_path("glossary", None, lang)] = render_glossary(site, lang)
            pages[page_path("embed", "glossary", lang)] = render_glossary(site, lang, embed=True)
        if ed.faq:
            pages[page_path("faq", None, lang)] = render_faq(site, lang)
        for chapter in reg.chapters:
            pages[page_path("chapter", chapter.key, lang)] = render_chapter(site, chapter.key, lang)
            pages[page_path("embed", f"chapter-{chapter.key}", lang)] = render_embed(site, "chapter", chapter.key, lang)
        for article in reg.articles:
            pages[page_path("article", article.key, lang)] = render_article(site, article, lang)
            if site.entry(article).translation is not None:
                pages[page_path("compare", article.key, lang)] = render_compare(site, article, lang)
            pages[page_path("embed", f"article-{article.key}", lang)] = render_embed(site, "article", article.key, lang)
        for annex in reg.annexes:
            pages[page_path("annex", annex.number, lang)] = render_annex(site, annex.number, lang)
        for audience in ed.audiences:
            pages[page_path("audience", audience.key, lang)] = render_audience(site, audience.key, lang)
        pages[page_path("embed-builder", None, lang)] = render_embed_builder(site, lang)
        pages[page_path("data", None, lang)] = render_data_page(site, lang)
    pages.update(render_quiz_pages(site))
    return pages


def render_site(site: Site) -> dict[str, str]:
    """Every generated file, keyed by its path relative to the docs folder: the pages, and the
    data files that the hooks and the browser read (names starting with a dot)."""
    pages = render_pages(site)
    pages[".nav.yml"] = yaml.safe_dump(render_nav(site), allow_unicode=True, sort_keys=False)
    pages[".site.yml"] = yaml.safe_dump(render_site_config(site), allow_unicode=True, sort_keys=False)
    pages[".search-paragraphs.json"] = json.dumps(search_paragraphs(site), ensure_ascii=False, indent=1, sort_keys=True)
    pages[".search.json"] = json.dumps(render_search(site), ensure_ascii=False, indent=1, sort_keys=True)
    pages[".jieba-user.txt"] = render_jieba_dict(site)
    pages[".words.json"] = json.dumps(render_browser_words(), ensure_ascii=False, indent=1, sort_keys=True)
    pages.update(open_data(site))
    return pages


__all__ = ["Site", "render_site", "text_rows"]
