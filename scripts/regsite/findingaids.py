"""The finding aids: glossary, FAQ, the list of all articles (by chapter, filterable by audience)
and the audience pages. Each exists only when its editorial data does."""

from __future__ import annotations

from typing import Any

from pypinyin import Style, lazy_pinyin, pinyin

from .model import Article
from .site import Site
from .templating import page, strings
from .terms import find_terms
from .urls import href, page_path

GUIDE_SEARCH = {"boost": 0.5}  # pages that summarise the articles: rank the articles first


def render_glossary(site: Site, lang: str, embed: bool = False) -> str:
    s = strings()[lang]
    path = page_path("embed", "glossary", lang) if embed else page_path("glossary", None, lang)
    uses: dict[str, list[dict[str, str]]] = {}
    for article in site.regulation.articles:
        for term in find_terms(article.text, site.editorial.glossary):
            uses.setdefault(term.id, []).append(
                {"label": site.article_label(article, lang), "href": href(path, "article", article.key)}
            )
    terms: list[dict[str, Any]] = []
    for t in site.editorial.glossary:
        article = site.regulation.article(str(t.article))
        terms.append(
            {
                "id": t.id,
                "zh": t.zh,
                "en": t.en,
                "pinyin": " ".join(p[0] for p in pinyin(t.zh)) if lang == "zh" else "",
                "definition": t.definition_zh if lang == "zh" else t.definition_en,
                "article_label": site.article_label(article, lang),
                "article_href": href(path, "article", article.key),
                "alternatives": "; ".join(t.alternatives_en),
                "everyday": "、".join(t.everyday_zh) if lang == "zh" else ", ".join(t.everyday_en),
                "sort": lazy_pinyin(t.zh, style=Style.TONE3) if lang == "zh" else [t.en.lower()],
                "used_in": uses.get(t.id, []),
            }
        )
    terms.sort(key=lambda t: t["sort"])
    groups: list[dict[str, Any]] = []
    for entry in terms:
        letter = entry["sort"][0][0].upper()
        if not groups or groups[-1]["letter"] != letter:
            groups.append({"letter": letter, "terms": []})
        groups[-1]["terms"].append(entry)
    meta = (
        {"title": s["glossary"], "template": "embed.html", "search": {"exclude": True}}
        if embed
        else {"title": s["glossary"], "search": GUIDE_SEARCH}
    )
    return page("glossary.md.j2", meta, s=s, groups=groups)


def render_faq(site: Site, lang: str) -> str:
    s = strings()[lang]
    path = page_path("faq", None, lang)
    questions = [
        {
            "id": q.id,
            "question": q.question_zh if lang == "zh" else q.question_en,
            "answer": q.answer_zh if lang == "zh" else q.answer_en,
            "articles": [
                {
                    "label": site.article_label(site.regulation.article(str(k)), lang),
                    "href": href(path, "article", str(k)),
                }
                for k in q.articles
            ],
        }
        for q in site.editorial.faq
    ]
    report = site.reporting(path, lang)
    return page("faq.md.j2", {"title": s["faq"], "search": GUIDE_SEARCH}, s=s, questions=questions, report=report)


def render_index(site: Site, lang: str) -> str:
    """All articles by chapter (or in one list), with their audiences, filterable in the browser
    (audience pages without JS)."""
    s = strings()[lang]
    path = page_path("index", None, lang)
    reg = site.regulation

    def rows(articles: list[Article]) -> list[dict[str, str]]:
        return [dict(site.article_ref(path, a, lang), audiences=" ".join(site.entry(a).audiences)) for a in articles]

    if reg.chapters:
        groups = [
            {
                "title": site.chapter_title(c, lang),
                "id": c.id,
                "href": href(path, "chapter", c.key),
                "articles": rows(reg.chapter_articles(c.key)),
            }
            for c in reg.chapters
        ]
    else:
        groups = [{"title": "", "id": "", "href": "", "articles": rows(list(reg.articles))}]
    audiences = [
        {"key": a.key, "label": getattr(a, lang), "href": href(path, "audience", a.key)}
        for a in site.editorial.audiences
    ]
    annexes = [{"title": site.annex_title(a.number, lang), "href": href(path, "annex", a.number)} for a in reg.annexes]
    return page(
        "index.md.j2",
        {"title": s["all_articles"], "search": {"exclude": True}},
        s=s,
        chapters=groups,
        audiences=audiences,
        annexes=annexes,
    )


def render_audience(site: Site, key: str, lang: str) -> str:
    s = strings()[lang]
    path = page_path("audience", key, lang)
    label = site.audience_label(key, lang)
    articles = [site.article_ref(path, a, lang) for a in site.regulation.articles if key in site.entry(a).audiences]
    return page(
        "audience.md.j2",
        {"title": label, "search": {"exclude": True}},
        s=s,
        key=key,
        audience_label=label,
        articles=articles,
    )
