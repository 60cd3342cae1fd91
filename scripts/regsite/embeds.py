"""Chrome-less pages for portals (iframes), the embed builder and the data/embedding page."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .quiz import WHOLE, questions, quiz_keys, quiz_title
from .site import Site
from .templating import TEMPLATES, page, render, strings
from .textrows import Where, text_rows
from .tips import PageTips
from .urls import html_href, page_file, page_path, page_url

# The address the data page's examples stand the site at.
EXAMPLE_HOST = {"zh": "https://本站地址", "en": "https://SITE/en"}


def quiz_portal_example(site_root: str, src: str, title: str, endpoint: str, lang: str) -> Markup:
    """The portal code for a quiz embed that records each completed quiz (POST to ``endpoint``,
    the portal's own address): shown on the data page, and used as is by the browser test."""
    s = strings()[lang]
    origin = "/".join(site_root.split("/")[:3])
    return Markup(
        render(
            "quiz_portal.html.j2",
            snippet=embed_snippet(f"{site_root}/{src}", title),
            site=site_root,
            origin=origin,
            endpoint=endpoint,
            comment_record=s["quiz_portal_record"],
            comment_origin=s["quiz_portal_origin"],
        ).strip()
    )


def render_embed(site: Site, kind: str, key: str, lang: str) -> str:
    """One article (``kind="article"``) or one chapter (``"chapter"``) for an iframe."""
    s = strings()[lang]
    path = page_path("embed", f"{kind}-{key}", lang)
    reg = site.regulation
    chapter = reg.chapter(key) if kind == "chapter" else None
    chosen = reg.chapter_articles(key) if chapter else [reg.article(key)]
    tips = PageTips(site, lang, html_href(path, "glossary"))  # one page: each term marked once
    articles = []
    for a in chosen:
        where = Where(path, frozenset({a.key}))
        translation_rows = text_rows(site, a, lang, "en", "", where, tips) if lang == "en" else []
        official_tips = tips if lang == "zh" else None
        articles.append(
            {
                "id": a.id,
                "heading": site.full_heading(a, lang),
                "summary": site.summary(a, lang),
                "official_rows": text_rows(site, a, lang, "zh", "zh-" if lang == "en" else "", where, official_tips),
                "translation_rows": translation_rows,
                "errata": [e for e in reg.errata if e.article == a.key],
            }
        )
    title = site.chapter_title(chapter, lang) if chapter else articles[0]["heading"]
    meta = site.editorial.chapter(key) if chapter else None
    return page(
        "embed_article.md.j2",
        {"title": title, "template": "embed.html", "search": {"exclude": True}},
        s=s,
        chapter={"id": chapter.id, "title": title, "overview": meta.overview_zh if lang == "zh" else meta.overview_en}
        if chapter and meta
        else None,
        articles=articles,
        level=2 if chapter else 1,
        full_href=html_href(path, kind, key),
        print_terms=tips.print_list(),
    )


def embed_snippet(src: str, title: str) -> Markup:
    """The iframe code a portal pastes: one template, for the embed builder (its default code
    and the pattern its script fills in) and the example on the data page."""
    return Markup(render("embed_snippet.html.j2", src=src, title=title).strip())


def render_embed_builder(site: Site, lang: str) -> str:
    s = strings()[lang]
    sample = site.sample_article
    src = page_file("embed", f"article-{sample.key}")
    return page(
        "embed_builder.md.j2",
        {"title": s["embed_title"], "search": {"exclude": True}},
        s=s,
        root="." if lang == "zh" else "..",
        articles=[{"key": a.key, "label": site.full_heading(a, lang)} for a in site.regulation.articles],
        chapters=[{"key": c.key, "title": site.chapter_title(c, lang)} for c in site.regulation.chapters],
        glossary=bool(site.editorial.glossary),
        quizzes=[{"key": k, "title": quiz_title(site, k, lang)} for k in quiz_keys(site)],
        default_src=src,
        default_snippet=embed_snippet(
            page_url("embed", f"article-{sample.key}", lang), site.article_label(sample, lang)
        ),
        snippet_pattern=embed_snippet("__SRC__", "__TITLE__"),
    )


def render_data_page(site: Site, lang: str) -> str:
    s = strings()[lang]
    sample = site.sample_article
    csp = (TEMPLATES / "csp.txt").read_text(encoding="utf-8").strip().format(portal="https://portal.example.gov.cn")
    slug = site.editorial.meta.slug or site.loaded.source.parent.name
    return page(
        f"data.{lang}.md.j2",
        {"title": s["data_page"], "search": {"exclude": True}},
        s=s,
        csp=Markup(csp),  # shown in a code block, which Markdown escapes itself
        slug=slug,
        sample=sample.key,
        sample_label=site.article_label(sample, lang),
        snippet=embed_snippet(
            f"{EXAMPLE_HOST[lang]}/{page_file('embed', f'article-{sample.key}')}", site.article_label(sample, lang)
        ),
        has_chapters=bool(site.regulation.chapters),
        sample_chapter=site.regulation.chapters[0].key if site.regulation.chapters else "",
        glossary=bool(site.editorial.glossary),
        quiz=_quiz_docs(site, lang),
    )


def _quiz_docs(site: Site, lang: str) -> dict[str, Any] | None:
    """What the data page says about quiz embeds (None without quiz data)."""
    keys = quiz_keys(site)
    if not keys:
        return None
    chapter = next((k for k in keys if k != WHOLE), WHOLE)
    host = EXAMPLE_HOST[lang]
    return {
        "key": chapter,
        "total": len(questions(site, chapter, lang)),
        "whole": page_file("embed", f"quiz-{WHOLE}"),
        "chapter": page_file("embed", f"quiz-{chapter}"),
        "example": quiz_portal_example(
            host.removesuffix("/en"),
            page_url("embed", f"quiz-{chapter}", lang),
            quiz_title(site, chapter, lang),
            "/training/quiz-results",
            lang,
        ),
    }
