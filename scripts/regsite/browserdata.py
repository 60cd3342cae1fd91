"""Data the browser side reads, written by the generator as JSON: glossary tooltips and
reference previews (``hooks/tooltips.py``), query-side search tuning (``regsite-search.js``),
and the jieba user dictionary (Material's search plugin)."""

from __future__ import annotations

import re
from typing import Any

from .model import Article
from .site import Site
from .templating import LANGS, strings

HAN = re.compile(r"[\u3400-\u9fff]")


def english_text(site: Site, article: Article) -> str:
    """The article's English translation as one string ("" when there is none)."""
    return " ".join(t for p in site.entry(article).translation or [] for t in [p.text, *p.items])


def _preview_text(site: Site, article: Article, paragraph: int | None, item: int | None, lang: str) -> str:
    translation = site.entry(article).translation
    if lang == "zh" or translation is None:
        if paragraph is None:
            text = article.text.replace("\n", "")
        else:
            para = article.paragraphs[paragraph - 1]
            text = para.items[item - 1].label + para.items[item - 1].text if item else para.text
    elif paragraph is None:
        text = english_text(site, article)
    else:
        tpara = translation[paragraph - 1]
        text = f"({item}) {tpara.items[item - 1]}" if item else tpara.text
    limit = 120 if lang == "zh" else 300
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_tooltips(site: Site) -> dict[str, Any]:
    """Glossary terms and reference previews, per language. Kept out of the Markdown so that the
    search index does not contain every definition."""
    out: dict[str, Any] = {}
    for lang in LANGS:
        s = strings()[lang]
        terms = []
        for t in site.editorial.glossary:
            renderings = [t.zh] if lang == "zh" else [r for r in [t.en, *t.en_variants] if "..." not in r]
            if renderings:
                terms.append({"id": t.id, "match": renderings, "title": t.zh if lang == "zh" else t.en, "definition": t.definition_zh if lang == "zh" else t.definition_en})
        previews = {}
        for refs in site.references[lang].values():
            for _, target in refs:
                article = site.regulation.article(target.article)
                previews[target.id] = {
                    "label": site.provision_label(article, target.paragraph, target.item, lang),
                    "text": _preview_text(site, article, target.paragraph, target.item, lang),
                }
        out[lang] = {"terms": terms, "previews": previews, "glossary": s["glossary"], "terms_on_page": s["terms_on_page"], "see_glossary": s["see_glossary"]}
    return out


def render_search(site: Site) -> dict[str, Any]:
    """Query-side search data for ``regsite-search.js``: filler words and synonyms, from
    ``search.yml`` and the glossary's everyday words (each mapped to the term itself)."""
    tuning = site.editorial.search
    articles = site.regulation.articles
    texts = {"zh": [a.text for a in articles], "en": [english_text(site, a).lower() for a in articles]}
    whole = {lang: "\n".join(t) for lang, t in texts.items()}
    synonyms: dict[str, dict[str, list[str]]] = {"zh": {}, "en": {}}
    for t in site.editorial.glossary:
        # An everyday word that the text itself uses needs no synonym: searching it finds it.
        for word in t.everyday_zh:
            if HAN.search(word) and word not in whole["zh"]:
                synonyms["zh"].setdefault(word, []).append(t.zh)
        for word in t.everyday_en:
            if word.lower() not in whole["en"]:
                synonyms["en"].setdefault(word.lower(), []).append(t.en.removeprefix("the ").replace("...", " "))
    for lang, mapping in tuning.synonyms.items():
        for word, targets in mapping.items():
            synonyms[lang].setdefault(word.lower(), []).extend(targets)
    # A target found in most articles (国家安全机关, national security authorities) tells results
    # apart no better than nothing and drowns the words that do: leave such targets out.
    limit = 0.25 * len(articles)
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
