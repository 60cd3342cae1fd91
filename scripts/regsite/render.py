"""Model + editorial -> Markdown pages (and the nav), as a ``{path: text}`` mapping.

Markup lives in ``templates/``; interface words in ``templates/strings.yml``; content in the
regulation's content folder. This module only decides which data goes to which template.
Chinese pages are ``X.md`` (the default language, at the site root); English pages ``X.en.md``.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape
from pypinyin import Style, lazy_pinyin, pinyin

from .annotate import annotate, erratum_spans, reference_spans
from .editorial import Editorial
from .errata import article_at_line
from .load import Loaded
from .model import Article, Erratum
from .numerals import to_chinese
from .references import Reference, Target, find_en, find_zh, resolve
from .terms import find_terms

TEMPLATES = Path(__file__).parent / "templates"
LANGS = ("zh", "en")


@cache
def strings() -> dict[str, dict[str, str]]:
    """Interface words per language (``templates/strings.yml``)."""
    return yaml.safe_load((TEMPLATES / "strings.yml").read_text(encoding="utf-8"))


def _erratum_sentence(e: Erratum | dict[str, Any], s: dict[str, str]) -> Markup:
    """The reader-facing sentence for an erratum; the quoted Chinese is marked ``lang="zh"``."""
    get = e.get if isinstance(e, dict) else lambda k: getattr(e, k)
    zh = Markup('<span lang="zh">{}</span>')
    return Markup(escape(s["erratum_sentence"])).format(
        paragraph=get("paragraph"), source=zh.format(get("source")), correction=zh.format(get("correction"))
    )


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters["erratum_sentence"] = _erratum_sentence
    env.globals["zip"] = zip
    return env


def page_path(kind: str, key: str | int | None, lang: str) -> str:
    """Docs-relative source path of a page: ``articles/article-29.md`` / ``….en.md``."""
    base = {
        "home": "index",
        "about": "about",
        "glossary": "glossary",
        "faq": "faq",
        "chapter": f"chapters/chapter-{key}",
        "article": f"articles/article-{key}",
        "audience": f"audiences/{key}",
        "index": "articles",
        "embed": f"embed/{key}",
        "embed-builder": "embed",
        "data": "data",
    }[kind]
    return f"{base}.md" if lang == "zh" else f"{base}.en.md"


def href(from_page: str, kind: str, key: str | int | None = None, anchor: str = "") -> str:
    """Relative Markdown link from one page to another, always to the default-language file name
    (the i18n plugin points it at the reader's language)."""
    target = page_path(kind, key, "zh")
    rel = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


Located = tuple[str, int, int | None]  # (article key, paragraph, item or None)


@dataclass
class Site:
    loaded: Loaded
    editorial: Editorial
    editorial_path: str = "editorial"

    @cached_property
    def references(self) -> dict[str, dict[Located, list[tuple[Reference, Target]]]]:
        """Every cross-reference, resolved, per language and per paragraph / item."""
        out: dict[str, dict[Located, list[tuple[Reference, Target]]]] = {"zh": {}, "en": {}}
        for article in self.regulation.articles:
            entry = self.editorial.article(article.key)
            for para, tpara in zip(article.paragraphs, entry.translation, strict=True):
                texts = [("zh", None, para.text, find_zh), ("en", None, tpara.text, find_en)]
                for item, titem in zip(para.items, tpara.items, strict=True):
                    texts += [("zh", item.number, item.text, find_zh), ("en", item.number, titem, find_en)]
                for lang, item_no, text, finder in texts:
                    where = str(self.loaded.source) if lang == "zh" else f"{self.editorial_path}/articles/chapter-{article.chapter}.yml"
                    refs = [(r, resolve(r, self.regulation, where)) for r in finder(text, article.key, para.number, item_no)]
                    if refs:
                        out[lang][(article.key, para.number, item_no)] = refs
        return out

    @cached_property
    def cited_by(self) -> dict[str, list[str]]:
        """Article key -> keys of the other articles whose Chinese text refers to it."""
        out: dict[str, list[str]] = {}
        for (source, _, _), refs in self.references["zh"].items():
            for _, target in refs:
                if target.article != source and source not in out.setdefault(target.article, []):
                    out[target.article].append(source)
        return out

    @property
    def regulation(self):
        return self.loaded.regulation

    # --- labels -----------------------------------------------------------------
    def article_label(self, article: Article, lang: str) -> str:
        return article.label if lang == "zh" else f"Article {article.key}"

    def chapter_title(self, number: int, lang: str) -> str:
        chapter = self.regulation.chapter(number)
        if lang == "zh":
            return f"{chapter.label} {chapter.title}"
        return f"Chapter {number} {self.editorial.chapters[number].meta.title_en}"

    def heading(self, article: Article, lang: str) -> str:
        entry = self.editorial.article(article.key)
        return entry.heading_zh if lang == "zh" else entry.heading_en

    def summary(self, article: Article, lang: str) -> str:
        entry = self.editorial.article(article.key)
        return entry.summary_zh if lang == "zh" else entry.summary_en

    def audience_label(self, key: str, lang: str) -> str:
        return next(getattr(a, lang) for a in self.editorial.audiences if a.key == key)

    def article_ref(self, from_page: str, article: Article, lang: str) -> dict[str, str]:
        return {
            "label": self.article_label(article, lang),
            "heading": self.heading(article, lang),
            "summary": self.summary(article, lang),
            "href": href(from_page, "article", article.key),
        }


def _front(**meta: Any) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n"


def _render(template: str, **context: Any) -> str:
    text = environment().get_template(template).render(**context)
    if text.startswith("---\n") and "title:" in text.split("---\n", 2)[1]:
        # Front matter is produced by the template with quoted values; re-emit it as safe YAML.
        _, head, body = text.split("---\n", 2)
        meta = yaml.safe_load(head.replace("&#34;", '\\"').replace("&#39;", "'").replace("&amp;", "&"))
        return _front(**meta) + body
    return text


def _rows(site: Site, article: Article, lang: str, text_lang: str, prefix: str, other_pages: str = "") -> list[dict[str, Any]]:
    """The lines of one text block (official Chinese or English translation) as HTML rows with
    explicit ids, errata marks and cross-reference links."""
    s = strings()[lang]
    errata = [e for e in site.regulation.errata if e.article == article.key] if text_lang == "zh" else []
    refs = site.references[text_lang]
    entry = site.editorial.article(article.key)

    def href_for(target: Target) -> str:
        if target.article == article.key:
            return f"#{prefix}{target.id}"
        return f"{other_pages}article-{target.article}.html#{target.id}"

    def html(text: str, para: int, item: int | None) -> Markup:
        spans = erratum_spans(text, [e for e in errata if e.paragraph == para], s["erratum_marker"], s["erratum_sentence"])
        spans += reference_spans(refs.get((article.key, para, item), []), href_for)
        return annotate(text, spans)

    rows = []
    for para, tpara in zip(article.paragraphs, entry.translation, strict=True):
        text = para.text if text_lang == "zh" else tpara.text
        if text:
            rows.append({"id": prefix + para.id, "cls": "para", "label": "", "html": html(text, para.number, None), "link": s["para_link"]})
        for item, titem in zip(para.items, tpara.items, strict=True):
            label = item.label if text_lang == "zh" else f"({item.number}) "
            rows.append(
                {"id": prefix + item.id, "cls": "item", "label": label, "html": html(item.text if text_lang == "zh" else titem, para.number, item.number), "link": s["item_link"]}
            )
            if text_lang == "zh":
                rows += [{"id": prefix + sub.id, "cls": "subitem", "label": sub.label, "html": escape(sub.text), "link": s["item_link"]} for sub in item.subitems]
    return rows


def render_article(site: Site, article: Article, lang: str) -> str:
    s = strings()[lang]
    path = page_path("article", article.key, lang)
    entry = site.editorial.article(article.key)
    articles = site.regulation.articles
    index = articles.index(article)
    label = site.article_label(article, lang)
    heading = f"{label} {site.heading(article, lang)}"
    chapter_link = f"[{site.chapter_title(article.chapter, lang)}]({href(path, 'chapter', article.chapter)})"
    audiences = "、".join if lang == "zh" else ", ".join
    neighbours = {
        name: ({"label": site.article_label(a, lang), "href": href(path, "article", a.key)} if a else None)
        for name, a in (("previous", articles[index - 1] if index else None), ("next", articles[index + 1] if index + 1 < len(articles) else None))
    }
    return _render(
        "article.md.j2",
        s=s,
        title=heading,
        heading=heading,
        article=article,
        entry=entry,
        chapter_link=Markup(chapter_link),
        audiences=audiences(site.audience_label(k, lang) for k in entry.audiences),
        errata=[e for e in site.regulation.errata if e.article == article.key],
        about=href(path, "about"),
        official_rows=_rows(site, article, lang, "zh", "zh-" if lang == "en" else ""),
        translation_rows=_rows(site, article, lang, "en", "") if lang == "en" else [],
        cited_by=[{"label": site.article_label(site.regulation.article(k), lang), "href": href(path, "article", k)} for k in site.cited_by.get(article.key, [])],
        **neighbours,
    )


def handout_href(from_page: str, name: str, lang: str) -> str:
    """Relative link from a page to a handout; handouts live at the site root, outside docs/,
    so English pages (built under en/) go one level further up."""
    depth = from_page.count("/") + (1 if lang != "zh" else 0)
    return "../" * depth + f"handouts/{name}.{lang}.pdf"


def render_home(site: Site, lang: str) -> str:
    """The home guide, followed by the list of printable handouts."""
    s = strings()[lang]
    path = page_path("home", None, lang)
    items = [{"label": s["handout_link_whole"], "href": handout_href(path, "regulation", lang)}]
    items += [{"label": site.chapter_title(c.number, lang), "href": handout_href(path, f"chapter-{c.number}", lang)} for c in site.regulation.chapters]
    return site.editorial.guides[f"home.{lang}"].rstrip() + "\n" + _render("home_handouts.md.j2", s=s, items=items)


def render_chapter(site: Site, number: int, lang: str) -> str:
    s = strings()[lang]
    path = page_path("chapter", number, lang)
    meta = site.editorial.chapters[number].meta
    return _render(
        "chapter.md.j2",
        s=s,
        title=site.chapter_title(number, lang),
        chapter=site.regulation.chapter(number),
        overview=meta.overview_zh if lang == "zh" else meta.overview_en,
        articles=[site.article_ref(path, a, lang) for a in site.regulation.chapter_articles(number)],
        handout_href=handout_href(path, f"chapter-{number}", lang),
    )


def _pinyin_key(text: str) -> list[str]:
    return lazy_pinyin(text, style=Style.TONE3)


def render_glossary(site: Site, lang: str, embed: bool = False) -> str:
    s = strings()[lang]
    path = page_path("embed", "glossary", lang) if embed else page_path("glossary", None, lang)
    terms = []
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
                "sort": _pinyin_key(t.zh) if lang == "zh" else [t.en.lower()],
            }
        )
    uses: dict[str, list[dict[str, str]]] = {}
    for article in site.regulation.articles:
        for term in find_terms(article.text, site.editorial.glossary):
            uses.setdefault(term.id, []).append({"label": site.article_label(article, lang), "href": href(path, "article", article.key)})
    for t in terms:
        t["used_in"] = uses.get(t["id"], [])
    terms.sort(key=lambda t: t["sort"])
    groups: list[dict[str, Any]] = []
    for t in terms:
        letter = t["sort"][0][0].upper()
        if not groups or groups[-1]["letter"] != letter:
            groups.append({"letter": letter, "terms": []})
        groups[-1]["terms"].append(t)
    text = _render("glossary.md.j2", s=s, groups=groups)
    if embed:
        text = text.replace("search:\n  boost: 0.5\n", "template: embed.html\nsearch:\n  exclude: true\n", 1)
    return text


def render_faq(site: Site, lang: str) -> str:
    s = strings()[lang]
    path = page_path("faq", None, lang)
    questions = [
        {
            "id": q.id,
            "question": q.question_zh if lang == "zh" else q.question_en,
            "answer": q.answer_zh if lang == "zh" else q.answer_en,
            "articles": [
                {"label": site.article_label(site.regulation.article(str(k)), lang), "href": href(path, "article", str(k))} for k in q.articles
            ],
        }
        for q in site.editorial.faq
    ]
    return _render("faq.md.j2", s=s, questions=questions)


def render_index(site: Site, lang: str) -> str:
    """All articles, with their audiences, filterable in the browser (audience pages without JS)."""
    s = strings()[lang]
    path = page_path("index", None, lang)
    chapters = []
    for chapter in site.regulation.chapters:
        rows = []
        for a in site.regulation.chapter_articles(chapter.number):
            ref = site.article_ref(path, a, lang)
            ref["audiences"] = " ".join(site.editorial.article(a.key).audiences)
            rows.append(ref)
        chapters.append({"title": site.chapter_title(chapter.number, lang), "id": chapter.id, "href": href(path, "chapter", chapter.number), "articles": rows})
    audiences = [{"key": a.key, "label": getattr(a, lang), "href": href(path, "audience", a.key)} for a in site.editorial.audiences]
    return _render("index.md.j2", s=s, chapters=chapters, audiences=audiences)


def render_audience(site: Site, key: str, lang: str) -> str:
    s = strings()[lang]
    path = page_path("audience", key, lang)
    articles = [site.article_ref(path, a, lang) for a in site.regulation.articles if key in site.editorial.article(a.key).audiences]
    return _render("audience.md.j2", s=s, key=key, audience_label=site.audience_label(key, lang), articles=articles)


def render_about(site: Site, lang: str) -> str:
    s = strings()[lang]
    path = page_path("about", None, lang)
    errata = [
        {
            "id": e.id,
            "paragraph": e.paragraph,
            "source": e.source,
            "correction": e.correction,
            "reason": e.reason_zh if lang == "zh" else e.reason_en,
            "article_label": site.article_label(site.regulation.article(e.article), lang),
            "href": href(path, "article", e.article, f"erratum-{e.id}"),
        }
        for e in site.regulation.errata
    ]
    changes = []
    for kind in ("join", "punctuation", "spacing", "toc"):
        items = []
        for c in site.loaded.normalized.changes:
            if c.kind != kind:
                continue
            key = article_at_line(site.regulation, c.line)
            items.append(
                {
                    "line": c.line,
                    "before": c.before,
                    "after": c.after if kind != "join" else "",
                    "article_label": site.article_label(site.regulation.article(key), lang) if key else "",
                    "href": href(path, "article", key) if key else "",
                }
            )
        if items:
            changes.append({"kind": kind, "title": s[{"join": "joins"}.get(kind, kind)], "entries": items})
    generated = _render("about_generated.md.j2", s=s, errata=errata, changes=changes)
    return site.editorial.guides[f"about.{lang}"].rstrip() + "\n" + generated


def render_nav(site: Site) -> dict[str, list[Any]]:
    """The navigation for each language: chapters as sections holding their articles."""
    navs = {}
    for lang in LANGS:
        s = strings()[lang]
        nav: list[Any] = [{s["home"]: "index.md"}, {s["all_articles"]: "articles.md"}]
        for chapter in site.regulation.chapters:
            children = [{s["chapter_overview_nav"]: page_path("chapter", chapter.number, "zh")}] + [page_path("article", k, "zh") for k in chapter.article_keys]
            nav.append({site.chapter_title(chapter.number, lang): children})
        nav.append({s["glossary"]: "glossary.md"})
        nav.append({s["faq"]: "faq.md"})
        nav.append({s["audience_pages"]: [{site.audience_label(a.key, lang): page_path("audience", a.key, "zh")} for a in site.editorial.audiences]})
        nav.append({s["embed_title"]: "embed.md"})
        nav.append({s["data_page"]: "data.md"})
        nav.append({s["about"]: "about.md"})
        navs[lang] = nav
    return navs


def _preview_text(site: Site, article: Article, paragraph: int | None, item: int | None, lang: str) -> str:
    entry = site.editorial.article(article.key)
    if lang == "zh":
        if paragraph is None:
            text = article.text.replace("\n", "")
        else:
            para = article.paragraphs[paragraph - 1]
            text = para.items[item - 1].label + para.items[item - 1].text if item else para.text
    else:
        if paragraph is None:
            text = " ".join([p.text for p in entry.translation] + [i for p in entry.translation for i in p.items])
        else:
            tpara = entry.translation[paragraph - 1]
            text = f"({item}) {tpara.items[item - 1]}" if item else tpara.text
    limit = 120 if lang == "zh" else 300
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_tooltips(site: Site) -> dict[str, Any]:
    """Data for ``hooks/tooltips.py``: glossary terms and reference previews, per language.

    Kept out of the Markdown so that the search index does not contain every definition."""
    out: dict[str, Any] = {}
    for lang in LANGS:
        s = strings()[lang]
        terms = []
        for t in site.editorial.glossary:
            renderings = [t.zh] if lang == "zh" else [r for r in [t.en, *t.en_variants] if "..." not in r]
            terms.append({"id": t.id, "match": renderings, "title": t.zh if lang == "zh" else t.en, "definition": t.definition_zh if lang == "zh" else t.definition_en})
        previews = {}
        for refs in site.references[lang].values():
            for _, target in refs:
                article = site.regulation.article(target.article)
                label = site.article_label(article, lang)
                if target.paragraph:
                    label += f"第{to_chinese(target.paragraph)}款" if lang == "zh" else f", paragraph {target.paragraph}"
                if target.item:
                    label += f"第{to_chinese(target.item)}项" if lang == "zh" else f", item ({target.item})"
                previews[target.id] = {"label": label, "text": _preview_text(site, article, target.paragraph, target.item, lang)}
        out[lang] = {"terms": terms, "previews": previews, "glossary": s["glossary"], "terms_on_page": s["terms_on_page"], "see_glossary": s["see_glossary"]}
    return out


def render_search(site: Site) -> dict[str, Any]:
    """Query-side search data for ``regsite-search.js``: filler words and synonyms, from
    ``search.yml`` and the glossary's everyday words (each mapped to the term itself)."""
    tuning = site.editorial.search
    synonyms: dict[str, dict[str, list[str]]] = {"zh": {}, "en": {}}
    chinese = "\n".join(a.text for a in site.regulation.articles)
    english = "\n".join(p.text + "\n" + "\n".join(p.items) for a in site.regulation.articles for p in site.editorial.article(a.key).translation).lower()
    for t in site.editorial.glossary:
        # An everyday word that the text itself uses needs no synonym: searching it finds it.
        for word in t.everyday_zh:
            if re.search(r"[\u3400-\u9fff]", word) and word not in chinese:
                synonyms["zh"].setdefault(word, []).append(t.zh)
        for word in t.everyday_en:
            if word.lower() not in english:
                synonyms["en"].setdefault(word.lower(), []).append(t.en.removeprefix("the ").replace("...", " "))
    for lang, mapping in tuning.synonyms.items():
        for word, targets in mapping.items():
            synonyms[lang].setdefault(word.lower(), []).extend(targets)
    # A target found in most articles (国家安全机关, national security authorities) tells results
    # apart no better than nothing and drowns the words that do: leave such targets out.
    texts = {
        "zh": [a.text for a in site.regulation.articles],
        "en": [" ".join(t for p in site.editorial.article(a.key).translation for t in [p.text, *p.items]).lower() for a in site.regulation.articles],
    }
    limit = 0.25 * len(site.regulation.articles)
    for lang, mapping in synonyms.items():
        for word in list(mapping):
            kept = [t for t in mapping[word] if sum((t if lang == "zh" else t.lower()) in text for text in texts[lang]) <= limit]
            if kept:
                mapping[word] = kept
            else:
                del mapping[word]
    return {
        "stop": {"zh": sorted(tuning.stop_zh, key=len, reverse=True), "en": tuning.stop_en},
        "synonyms": {lang: {w: sorted(set(v)) for w, v in m.items()} for lang, m in synonyms.items()},
    }


def render_jieba_dict(site: Site) -> str:
    """Glossary terms as jieba user words, so a legal term is one search token (约谈, not 约 + 谈).
    Their parts stay findable: Chinese query words are matched inside tokens (hooks/search.py)."""
    words = sorted({part for t in site.editorial.glossary for part in re.split(r"[、（）《》()]", t.zh) if len(part) > 1})
    return "".join(f"{w} 100000\n" for w in words)


def render_embed(site: Site, key: str, lang: str) -> str:
    """A chrome-less page for iframes: one article (``article-29``) or a chapter (``chapter-4``)."""
    s = strings()[lang]
    path = page_path("embed", key, lang)
    kind, number = key.split("-", 1)
    if kind == "article":
        chosen, title, level = [site.regulation.article(number)], None, 1
        full = href(path, "article", number).replace(".md", ".html")
    else:
        chosen, title, level = site.regulation.chapter_articles(int(number)), site.chapter_title(int(number), lang), 2
        full = href(path, "chapter", int(number)).replace(".md", ".html")
    articles = []
    for a in chosen:
        articles.append(
            {
                "id": a.id,
                "heading": f"{site.article_label(a, lang)} {site.heading(a, lang)}",
                "summary": site.summary(a, lang),
                "official_rows": _rows(site, a, lang, "zh", "zh-" if lang == "en" else "", "../articles/"),
                "translation_rows": _rows(site, a, lang, "en", "", "../articles/") if lang == "en" else [],
                "errata": [e for e in site.regulation.errata if e.article == a.key],
            }
        )
    page_title = title or articles[0]["heading"]
    body = _render("embed_article.md.j2", s=s, title=page_title, articles=articles, level=level, full_href=full)
    if title:  # a chapter: its title and overview first
        meta = site.editorial.chapters[int(number)].meta
        head, _, rest = body.partition("---\n\n")
        overview = meta.overview_zh if lang == "zh" else meta.overview_en
        body = head + "---\n\n" + f"# {title} {{ #chap-{number} }}\n\n<div class=\"embed-summary\" markdown>\n{overview}\n</div>\n" + rest
    return body


def render_embed_builder(site: Site, lang: str) -> str:
    s = strings()[lang]
    src = "embed/article-29.html"
    return _render(
        "embed_builder.md.j2",
        s=s,
        root="." if lang == "zh" else "..",
        articles=[{"key": a.key, "label": f"{site.article_label(a, lang)} {site.heading(a, lang)}"} for a in site.regulation.articles],
        chapters=[{"number": c.number, "title": site.chapter_title(c.number, lang)} for c in site.regulation.chapters],
        default_src=src,
        default_snippet=(
            f'<iframe src="{("en/" if lang == "en" else "")}{src}" data-regsite-embed '
            f'title="{site.article_label(site.regulation.article(29), lang)}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>'
        ),
    )


def render_data_page(site: Site, lang: str) -> str:
    csp = (TEMPLATES / "csp.txt").read_text(encoding="utf-8").strip().format(portal="https://portal.example.gov.cn")
    return _render(f"data.{lang}.md.j2", csp=csp, slug=site.editorial.meta.slug)


def render_site(site: Site) -> dict[str, str]:
    """Every generated file, keyed by its path relative to the docs folder."""
    pages: dict[str, str] = {}
    for lang in LANGS:
        guide_meta = _front(search={"boost": 0.5})  # guides summarise the articles: rank the articles first
        pages[page_path("home", None, lang)] = guide_meta + render_home(site, lang)
        pages[page_path("about", None, lang)] = guide_meta + render_about(site, lang)
        pages[page_path("glossary", None, lang)] = render_glossary(site, lang)
        pages[page_path("faq", None, lang)] = render_faq(site, lang)
        pages[page_path("index", None, lang)] = render_index(site, lang)
        for chapter in site.regulation.chapters:
            pages[page_path("chapter", chapter.number, lang)] = render_chapter(site, chapter.number, lang)
        for article in site.regulation.articles:
            pages[page_path("article", article.key, lang)] = render_article(site, article, lang)
        for audience in site.editorial.audiences:
            pages[page_path("audience", audience.key, lang)] = render_audience(site, audience.key, lang)
        for article in site.regulation.articles:
            pages[page_path("embed", f"article-{article.key}", lang)] = render_embed(site, f"article-{article.key}", lang)
        for chapter in site.regulation.chapters:
            pages[page_path("embed", f"chapter-{chapter.number}", lang)] = render_embed(site, f"chapter-{chapter.number}", lang)
        pages[page_path("embed", "glossary", lang)] = render_glossary(site, lang, embed=True)
        pages[page_path("embed-builder", None, lang)] = render_embed_builder(site, lang)
        pages[page_path("data", None, lang)] = render_data_page(site, lang)
    pages[".nav.yml"] = yaml.safe_dump(render_nav(site), allow_unicode=True, sort_keys=False)
    pages[".tooltips.json"] = json.dumps(render_tooltips(site), ensure_ascii=False, indent=1, sort_keys=True)
    pages[".search.json"] = json.dumps(render_search(site), ensure_ascii=False, indent=1, sort_keys=True)
    pages[".jieba-user.txt"] = render_jieba_dict(site)
    from .opendata import open_data  # imports this module: keep the import here

    pages.update(open_data(site))
    return pages


__all__ = ["Site", "render_site", "page_path", "href", "strings", "to_chinese"]
