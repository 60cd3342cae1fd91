"""Data the search side reads, written by the generator: the article text paragraph by paragraph
(``hooks/search.py``), query-side search tuning (``regsite-search.js``), and the jieba user
dictionary (Material's search plugin)."""

from __future__ import annotations

import re
from typing import Any

from .cjk import HAN, SEARCH_PUNCTUATION
from .site import Site, page_path
from .templating import LANGS, strings
from .textrows import line_label, text_lines


def search_paragraphs(site: Site) -> dict[str, list[list[str]]]:
    """For ``hooks/search.py``: article page URL -> its text in the page's language, one
    ``[id, label, plain text]`` per paragraph, item and sub-item, so that search results link to
    the paragraph. English pages without a translation are left to the index as they are."""
    out: dict[str, list[list[str]]] = {}
    for article in site.regulation.articles:
        for lang in LANGS:
            lines = text_lines(site, article, lang)
            if lines:
                url = (
                    ("" if lang == "zh" else f"{lang}/")
                    + page_path("article", article.key, "zh").removesuffix(".md")
                    + ".html"
                )
                out[url] = [[line.id, line_label(line, lang), line.label + line.text] for line in lines]
    return out


def render_search(site: Site) -> dict[str, Any]:
    """Query-side search data for ``regsite-search.js``: filler words and synonyms, from
    ``search.yml`` and the glossary's everyday words (each mapped to the term itself)."""
    tuning = site.editorial.search
    articles = site.regulation.articles
    texts = {"zh": [a.text for a in articles], "en": [site.english_text(a).lower() for a in articles]}
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
            kept = [
                t
                for t in mapping[word]
                if sum((t if lang == "zh" else t.lower()) in text for text in texts[lang]) <= limit
            ]
            if kept:
                mapping[word] = kept
            else:
                del mapping[word]
    return {
        "punctuation": SEARCH_PUNCTUATION,
        "stop": {"zh": sorted(tuning.stop_zh, key=len, reverse=True), "en": tuning.stop_en},
        "synonyms": {lang: {w: sorted(set(v)) for w, v in m.items()} for lang, m in synonyms.items()},
    }


def render_browser_words() -> dict[str, dict[str, str]]:
    """The interface words ``regsite.js`` shows (``js_*`` in ``strings.yml``), per language."""
    return {
        lang: {k.removeprefix("js_"): v for k, v in strings()[lang].items() if k.startswith("js_")} for lang in LANGS
    }


def render_jieba_dict(site: Site) -> str:
    """Glossary terms as jieba user words, so a legal term is one search token (约谈, not 约 + 谈).
    Their parts stay findable: Chinese query words are matched inside tokens (hooks/search.py)."""
    words = {part for t in site.editorial.glossary for part in re.split(r"[、（）《》()]", t.zh) if len(part) > 1}
    words |= set(site.editorial.search.words_zh)  # phrases the regulation wants kept whole
    return "".join(f"{w} 100000\n" for w in sorted(words))
