"""The search index of one statute, per language: what ``regsite-search.js`` searches.

The site does not use Material's search (lunr, one index for everything): each statute writes
its own small index per language (``search/zh.js``, ``search/en.js``, a script so that it loads
from ``file://`` too), and a library lists them (``search/library.js``), so a query loads only
the indexes it needs. The browser ranks with MiniSearch (BM25).

Documents, each linking to the place that answers:

* ``text``: every paragraph, item and sub-item of the text in the language (the official
  Chinese, the English translation), linked to the paragraph;
* ``summary``: each article's heading and plain summary (everyday words lead to the article);
* ``faq``: each question of the FAQ with its answer, and the articles it rests on;
* ``term``: each glossary entry, found by the term and its everyday names (its definition is
  shown, not searched: every word of a definition would make the glossary answer everything);
* ``quiz``: each self-test question, and each question of ``asked/*.yml`` (what readers ask when
  an article is the answer), never shown: readers' words that lead to the provisions.

A FAQ entry, a glossary entry or a self-test question that matches a query lends part of its
score to the articles it names, so an article is found through the questions asked about it.

The vocabulary of the Chinese text is found here, with jieba and the glossary's terms as whole
words; the browser cuts both the text and the query into those words the same way (the best
coverage), and adds their character pairs, so a word jieba does not know (in a query, or as part
of a longer word of the text) is still found. Everyday names (电信公司 → 电信业务经营者)
come from the glossary's ``everyday_*`` words and ``search.yml``; filler words (怎么办, how) from
``search.yml``.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from typing import Any

import jieba

from .cjk import HAN, HAN_SEQUENCE
from .site import Site
from .templating import strings
from .textrows import line_label, text_lines
from .urls import page_file

# jieba: glossary terms and search.yml words are one word each (约谈, not 约 + 谈)
WORD_FREQ = 100000


@cache
def _tokenizer(words: frozenset[str]) -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    for word in sorted(words):
        tokenizer.add_word(word, WORD_FREQ)
    return tokenizer


def kept_words(site: Site) -> frozenset[str]:
    """The words jieba must keep whole: glossary terms (and their parts between 、 and brackets)
    and ``search.yml``'s ``words_zh``."""
    words = {part for t in site.editorial.glossary for part in re.split(r"[、（）《》()]", t.zh) if len(part) > 1}
    return frozenset(words | set(site.editorial.search.words_zh))


@lru_cache(maxsize=1 << 16)
def cut(words: frozenset[str], text: str) -> str:
    """The Chinese words of ``text`` (Han runs only), space-separated, ``words`` kept whole
    (``kept_words``). Kept between builds of one process: under ``make serve`` an edit cuts only
    the texts it changed."""
    tokenizer = _tokenizer(words)
    return " ".join(w for run in HAN_SEQUENCE.findall(text) for w in tokenizer.cut(run))


def synonyms(site: Site, lang: str) -> dict[str, list[str]]:
    """Everyday word -> the words the text uses: the glossary's everyday names (each to its term)
    and ``search.yml``. (A target found in most articles, 国家安全机关, weighs little in the
    ranking, as BM25 weighs every common word, but it still tells that the query was understood.)"""
    articles = site.regulation.articles
    whole = "\n".join(a.text if lang == "zh" else site.english_text(a).lower() for a in articles)
    mapping: dict[str, list[str]] = {}
    for t in site.editorial.glossary:
        target = t.zh if lang == "zh" else t.en.removeprefix("the ").replace("...", " ").lower()
        for word in t.everyday_zh if lang == "zh" else t.everyday_en:
            word = word if lang == "zh" else word.lower()
            if (HAN.search(word) if lang == "zh" else True) and word not in whole:
                mapping.setdefault(word, []).append(target)
    for word, targets in site.editorial.search.synonyms.get(lang, {}).items():
        mapping.setdefault(word.lower(), []).extend(t if lang == "zh" else t.lower() for t in targets)
    return {word: sorted(set(targets)) for word, targets in mapping.items()}


def search_docs(site: Site, lang: str) -> list[dict[str, Any]]:
    """Every document of the statute's index in ``lang`` (see the module's docstring)."""
    zh = lang == "zh"
    docs: list[dict[str, Any]] = []

    def add(kind: str, url: str, title: str, label: str, text: str, article: str = "", refs: list[str] | None = None):
        """One document (a paragraph's title is its article's: shown, not searched with it)."""
        doc: dict[str, Any] = {"k": kind, "u": url, "h": title, "t": text}
        if label:
            doc["l"] = label
        if article:
            doc["a"] = article
        if refs:
            doc["r"] = refs
        docs.append(doc)

    for article in site.regulation.articles:
        heading = site.full_heading(article, lang)
        for line in text_lines(site, article, lang):
            url = page_file("article", article.key, line.id)
            add("text", url, heading, line_label(line, lang), line.label + line.text, article.key)
        summary = site.summary(article, lang)
        if summary or (not zh and site.heading(article, lang)):
            add("summary", page_file("article", article.key), heading, "", summary or "", article.key)
    for q in site.editorial.faq:
        question, answer = (q.question_zh, q.answer_zh) if zh else (q.question_en, q.answer_en)
        add("faq", page_file("faq", None, q.id), question, "", answer, refs=[str(a) for a in q.articles])
    for item in site.editorial.quiz:
        text = item.question_zh if zh else item.question_en
        if text:  # not shown: the provisions it rests on are found through it
            refs = sorted({str(r.article) for r in item.refs})
            add("quiz", page_file("article", refs[0]), text, "", "", refs=refs)
    for key, asked in site.editorial.asked.items():
        for text in asked.zh if zh else asked.en:  # not shown: readers' words that lead to the article
            add("quiz", page_file("article", key), text, "", "", refs=[key])
    for term in site.editorial.glossary:
        title = term.zh if zh else term.en
        everyday = "、".join(term.everyday_zh) if zh else ", ".join(term.everyday_en)
        definition = term.definition_zh if zh else term.definition_en
        add("term", page_file("glossary", None, f"term-{term.id}"), title, everyday, definition, str(term.article))
    return docs


def search_shard(site: Site, slug: str, lang: str) -> dict[str, Any]:
    """One statute's index in one language, with what the query side needs: the vocabulary to
    cut a Chinese query into words, everyday names, filler words."""
    docs = search_docs(site, lang)
    tuning = site.editorial.search
    vocabulary: set[str] = set()
    if lang == "zh":
        words = kept_words(site)
        vocabulary = {w for d in docs for w in cut(words, f"{d['h']} {d.get('l', '')} {d['t']}").split() if len(w) > 1}
    return {
        "statute": slug,
        "lang": lang,
        "title": site.title(lang),
        "short": site.short_title(lang),
        "docs": docs,
        "vocabulary": sorted(vocabulary),
        "synonyms": synonyms(site, lang),
        "related": {w.lower(): ts for w, ts in site.editorial.search.related.get(lang, {}).items()},
        "stop": sorted(tuning.stop_zh, key=len, reverse=True) if lang == "zh" else tuning.stop_en,
    }


def shard_script(shard: dict[str, Any]) -> str:
    """The index as a script (``<script src>`` loads it from ``file://`` as well as over HTTP)."""
    return "regsiteSearchShard(" + json.dumps(shard, ensure_ascii=False, separators=(",", ":")) + ");\n"


def library_entry(site: Site, slug: str, root: str) -> dict[str, Any]:
    """A statute as the search's library lists it: where its indexes are (``root``: its folder
    from the library's root, "" for a statute built alone) and its names."""
    return {"slug": slug, "root": root, "title": {lang: site.title(lang) for lang in ("zh", "en")}}


def library_script(entries: list[dict[str, Any]]) -> str:
    """The library's list of statutes, as a script (``search/library.js``)."""
    return "regsiteSearchLibrary(" + json.dumps(entries, ensure_ascii=False, separators=(",", ":")) + ");\n"


def search_words(lang: str) -> dict[str, str]:
    """The search box's interface words (``search_*`` in strings.yml) for the page."""
    return {k.removeprefix("search_"): v for k, v in strings()[lang].items() if k.startswith("search_")}
