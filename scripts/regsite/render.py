"""Model + editorial -> the Markdown pages of the site, as a ``{path: text}`` mapping.

Markup lives in ``templates/``; interface words in ``templates/strings.yml``; content in the
regulation's content folder. This module only decides which data goes to which template and
which pages exist: a regulation without chapters has no chapter pages, one without a glossary
no glossary page, and so on, so that a bare ``source.txt`` gives a complete site.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from . import versions
from .browserdata import render_browser_words
from .embeds import render_data_page, render_embed, render_embed_builder
from .errata import article_at_line
from .findingaids import GUIDE_SEARCH, render_audience, render_faq, render_glossary, render_index
from .model import Article, Chapter, Regulation
from .navigation import render_nav
from .opendata import open_data
from .plainness import sentences
from .quiz import quiz_keys, render_quiz_pages
from .searchindex import library_entry, library_script, search_shard, shard_script
from .site import Revision, Site, date_text
from .siteconfig import CONTRACT, SiteOptions, render_site_config
from .templating import LANGS, front_matter, page, render, strings
from .textrows import Where, text_rows
from .tips import PageTips
from .urls import handout_href, href, html_href, page_path


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
    where = Where(path, frozenset({article.key}))
    translation_rows = text_rows(site, article, lang, "en", "", where, tips) if lang == "en" else []
    official_rows = text_rows(
        site, article, lang, "zh", "zh-" if lang == "en" else "", where, tips if lang == "zh" else None
    )
    return page(
        "article.md.j2",
        # no contents sidebar: an article page has one or two headings, and the text gets the width
        {"title": heading, **({"description": summary} if summary else {}), "hide": ["toc"]},
        s=s,
        heading=heading,
        article=article,
        summary=summary,
        summary_parts=summary_parts(summary, lang),
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
        compare_href=html_href(path, "compare", article.key),
        related=site.related(article, path, lang),
        history=site.history(article, path, lang),
        embed_href=html_href(path, "embed-builder") + f"?article={article.key}",
    )


# A summary longer than this shows its first sentence above the text, the rest folded (on
# phones; wide screens show it whole), so that the text still starts on the first screen.
SUMMARY_FOLD = {"zh": 90, "en": 45}  # characters / words
ZH_SENTENCE_END = re.compile(r"(?<=[。！？])")


def summary_parts(summary: str | None, lang: str) -> tuple[str, str]:
    """(lead, rest) of a summary: the whole summary and "" when it is short."""
    if not summary:
        return "", ""
    size = len(summary) if lang == "zh" else len(summary.split())
    parts = [p for p in ZH_SENTENCE_END.split(summary) if p] if lang == "zh" else sentences(summary)
    if size <= SUMMARY_FOLD[lang] or len(parts) < 2:
        return summary, ""
    joiner = "" if lang == "zh" else " "
    return parts[0], joiner.join(parts[1:])


def render_compare(site: Site, article: Article, lang: str) -> str:
    """An article's official Chinese and English translation row by row, in the page chrome of
    ``lang`` (only for an article with a translation): what the Chinese pages' 中英对照 opens."""
    s = strings()[lang]
    path = page_path("compare", article.key, lang)
    where = Where(path, frozenset({article.key}))
    zh = text_rows(site, article, lang, "zh", "", where)
    en = text_rows(site, article, lang, "en", "en-", where)
    heading = s["compare_title"].format(heading=site.full_heading(article, lang))
    return page(
        "compare.md.j2",
        {"title": heading, "hide": ["navigation", "toc"], "search": {"exclude": True}},
        s=s,
        heading=heading,
        rows=list(zip(zh, en, strict=True)),
        label=site.article_label(article, lang),
        back_href=html_href(path, "article", article.key),
        related=site.related(article, path, lang),
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


def law_text(site: Site, articles: list[Article], path: str, lang: str, tips: PageTips) -> list[dict[str, Any]]:
    """The text of several articles on one page (chapter and full-text pages): in the page's
    language (the translation on English pages, or the Chinese where there is none), with the
    same paragraph ids, references and tooltips as the article pages; references to an article
    on the page stay on the page."""
    where = Where(path, frozenset(a.key for a in articles))
    out = []
    for a in articles:
        rows = text_rows(site, a, lang, "en", "", where, tips) if lang == "en" else []
        out.append(
            {
                "id": a.id,
                "label": site.article_label(a, lang),
                "heading": site.full_heading(a, lang),
                "summary": site.summary(a, lang),
                "translated": bool(rows),
                "rows": rows or text_rows(site, a, lang, "zh", "", where, tips if lang == "zh" else None),
                "errata": [e for e in site.regulation.errata if e.article == a.key],
                "href": html_href(path, "article", a.key),
                "compare_href": html_href(path, "compare", a.key) if site.entry(a).translation is not None else "",
            }
        )
    return out


def render_chapter(site: Site, key: str, lang: str) -> str:
    """A chapter: its overview, a contents list, then the text of every article (each summary
    folded above its article), so that a chapter reads as a whole."""
    s = strings()[lang]
    path = page_path("chapter", key, lang)
    meta = site.editorial.chapter(key)
    chapter = site.regulation.chapter(key)
    title = site.chapter_title(chapter, lang)
    tips = PageTips(site, lang, html_href(path, "glossary"))
    articles = law_text(site, site.regulation.chapter_articles(key), path, lang, tips)
    return page(
        "chapter.md.j2",
        {"title": title},
        s=s,
        title=title,
        chapter=chapter,
        overview=meta.overview_zh if lang == "zh" else meta.overview_en,
        articles=articles,
        untranslated=lang == "en" and not any(a["translated"] for a in articles),
        handout_href=handout_href(path, f"chapter-{key}", lang) if site.editorial.meta.handouts.chapters else "",
        quiz_href=html_href(path, "quiz", f"chapter-{key}") if f"chapter-{key}" in quiz_keys(site) else "",
        full_text_href=html_href(path, *full_text_page(site, chapter)),
        status=site.status(lang),
        print_terms=tips.print_list(),
    )


def full_text_page(site: Site, chapter: Chapter | None = None) -> tuple[str, str | None]:
    """The whole-text page that holds ``chapter`` (or the whole statute): one page, or for a
    code (编) one page per top-level part, so that a page stays a sensible size."""
    if chapter is None or chapter.part is None:
        return "full-text", None
    return "full-text-part", _top_part(site, chapter.part)


def full_text_pages(site: Site) -> list[tuple[str, str | None]]:
    """The whole-text pages: ``full-text`` (the whole statute, or the list of its parts), and
    one page per top-level part of a code."""
    reg = site.regulation
    tops = [p.key for p in reg.parts if p.parent is None]
    return [("full-text", None)] + [("full-text-part", k) for k in tops]


def render_changes(site: Site, revision: Revision, lang: str) -> str:
    """What changed between an earlier version and the text that replaced it: each article of
    the newer text beside its earlier wording (aligned by content), changes marked, grouped by
    the newer text's chapters; then the earlier articles deleted or taken into others."""
    s = strings()[lang]
    path = page_path("changes", revision.old.date.isoformat(), lang)
    old, new, a = revision.old.regulation, revision.new, revision.alignment
    current = new is site.regulation
    label = site.revision_label(revision, lang)

    def names(reg: Regulation, keys: list[str]) -> str:
        return s["list_separator"].join(site.article_label(reg.article(k), lang) for k in keys)

    def row(key: str) -> dict[str, Any]:
        article = new.article(key)
        before = a.new_to_old.get(key)
        notes = []
        if before is not None:
            status = "unchanged" if key in a.unchanged else "changed"
            if before != key:
                notes.append(s["changes_was"].format(old=names(old, [before])))
            old_lines, new_lines = versions.marked(old.article(before).text, article.text)
        else:
            status = "drawn" if key in a.drawn else "added"
            if key in a.drawn:
                notes.append(s["changes_drawn_from"].format(old=names(old, a.drawn[key])))
            old_lines, new_lines = [], [[("ins", line)] for line in article.text.split("\n")]
        merged = [o for o, news in a.carried.items() if key in news]
        if merged:
            notes.append(s["changes_merged_in"].format(old=names(old, merged)))
        heading = site.heading(article, lang) if current else ""
        return {
            "id": article.id,
            "label": site.article_label(article, lang),
            "heading": heading,
            "href": html_href(path, "article", key) if current else "",
            "status": status,
            "notes": notes,
            "old_label": site.article_label(old.article(before), lang) if before else "",
            "old": old_lines,
            "new": new_lines if status != "unchanged" else [],
        }

    groups = []
    if new.chapters:
        for chapter in new.chapters:
            title = site.chapter_title(chapter, lang) if current else chapter.title
            groups.append({"title": title, "rows": [row(k) for k in chapter.article_keys]})
    else:
        groups.append({"title": "", "rows": [row(x.key) for x in new.articles]})
    gone: list[dict[str, Any]] = []
    for key in sorted(a.removed + list(a.carried), key=lambda k: old.articles.index(old.article(k))):
        article = old.article(key)
        status = "carried" if key in a.carried else "removed"
        gone.append(
            {
                "id": f"old-{article.id}",
                "label": site.article_label(article, lang),
                "status": status,
                "notes": [s["changes_carried_into"].format(new=names(new, a.carried[key]))] if key in a.carried else [],
                "old": [[("del", line)] for line in article.text.split("\n")],
            }
        )
    title = s["changes_title"].format(revision=label)
    return page(
        "changes.md.j2",
        {"title": title, "hide": ["toc"], "search": {"exclude": True}},
        s=s,
        title=title,
        intro=s["changes_intro"].format(
            old_date=date_text(revision.old.date, lang), old_count=len(old.articles), new_count=len(new.articles)
        ),
        counts=s["changes_counts"].format(**a.counts()),
        groups=groups,
        gone=gone,
        old_year=revision.old.date.year,
        new_label=label,
    )


def render_full_text(site: Site, kind: str, key: str | None, lang: str) -> str:
    """The statute as one text (or one part of a code): title, notes, contents, then every
    chapter and article; no summaries: this is the law as it reads."""
    s = strings()[lang]
    reg = site.regulation
    path = page_path(kind, key, lang)
    tips = PageTips(site, lang, html_href(path, "glossary"))
    parts = [p for p in reg.parts if p.parent is None]
    if kind == "full-text" and parts:  # a code: the whole text is one page per part
        return page(
            "full_text.md.j2",
            {"title": s["full_text_title"].format(title=site.title(lang))},
            s=s,
            title=site.title(lang),
            notes=_notes(site, lang),
            status=site.status(lang),
            parts=[
                {"title": site.part_title(p.key, lang), "href": html_href(path, "full-text-part", p.key)} for p in parts
            ],
            sections=[],
            annexes=[],
            print_terms="",
        )
    if kind == "full-text-part":
        assert key is not None
        chapters = [c for c in reg.chapters if c.part is not None and _top_part(site, c.part) == key]
        title = site.part_title(key, lang)
    else:
        chapters = list(reg.chapters)
        title = site.title(lang)
    sections: list[dict[str, Any]] = []
    if chapters:
        for c in chapters:
            sections.append(
                {
                    "id": c.id,
                    "title": site.chapter_title(c, lang),
                    "articles": law_text(site, reg.chapter_articles(c.key), path, lang, tips),
                }
            )
    else:
        sections.append({"id": "", "title": "", "articles": law_text(site, list(reg.articles), path, lang, tips)})
    on_page = [a for sec in sections for a in sec["articles"]]
    return page(
        "full_text.md.j2",
        {"title": s["full_text_title"].format(title=title)},
        s=s,
        title=title,
        notes=_notes(site, lang) if kind == "full-text" else [],
        status=site.status(lang),
        parts=[],
        sections=sections,
        untranslated=lang == "en" and not any(a["translated"] for a in on_page),
        annexes=[
            {"title": site.annex_title(a.number, lang), "href": html_href(path, "annex", a.number)} for a in reg.annexes
        ]
        if kind == "full-text"
        else [],
        print_terms=tips.print_list(),
    )


def _top_part(site: Site, key: str) -> str:
    part = site.regulation.part(key)
    while part.parent is not None:
        part = site.regulation.part(part.parent)
    return part.key


def _notes(site: Site, lang: str) -> list[str]:
    """The adoption and amendment notes, in English where regulation.yml gives them."""
    return list(site.regulation.notes) if lang == "zh" else list(site.editorial.meta.notes_en or site.regulation.notes)


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
        title_en=site.title("en") if lang == "en" else "",
        notes=_notes(site, lang),
        preamble=reg.preamble,
        errata=errata,
        changes=changes,
    )
    provenance = render(
        "provenance.md.j2",
        s=s,
        title=site.title(lang),
        title_zh=site.title("zh"),
        publisher=site.publisher(lang),
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
        for kind, key in full_text_pages(site):
            pages[page_path(kind, key, lang)] = render_full_text(site, kind, key, lang)
        for revision in site.revisions:
            pages[page_path("changes", revision.old.date.isoformat(), lang)] = render_changes(site, revision, lang)
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


def render_site(site: Site, options: SiteOptions | None = None) -> dict[str, str]:
    """Every generated file, keyed by its path relative to the docs folder: the pages, and the
    data files that the hooks and the browser read (names starting with a dot). ``options``:
    what the build says of the site (its address, its handouts' folder, its library)."""
    options = options or SiteOptions()
    pages = render_pages(site)
    pages[".nav.yml"] = yaml.safe_dump(render_nav(site), allow_unicode=True, sort_keys=False)
    pages[CONTRACT] = yaml.safe_dump(render_site_config(site, options), allow_unicode=True, sort_keys=False)
    for lang in LANGS:
        pages[f"search/{lang}.js"] = shard_script(search_shard(site, site.slug, lang))
    if not options.library:  # alone: a library of one, its list at the statute's root
        pages["search/library.js"] = library_script([library_entry(site, site.slug, "")])
    pages[".words.json"] = json.dumps(render_browser_words(), ensure_ascii=False, indent=1, sort_keys=True)
    pages.update(open_data(site))
    return pages


__all__ = ["Site", "render_site", "text_rows"]
