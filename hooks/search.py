"""Search that finds what readers mean: post-process Material's search index and worker.

Material's search plugin segments Chinese with jieba at build time; three things are added here
(see PITFALLS 3 and 4, and the README's design notes):

1. **Paragraph-level results.** The "text" section of every article page is replaced by one
   search document per paragraph and item (from ``docs/.search-paragraphs.json``, written by the
   generator with the labels the pages use), so a result links to the paragraph; the Chinese
   original on English pages is left out, so English results stay English.
2. **Query segmentation in the browser.** Material segments a Chinese query with a greedy
   prefix scan that drops the last word of a run; the worker is patched to use
   ``regsite-segment.js``: a best-coverage segmentation over the index vocabulary whose words are
   searched as *contained* in index tokens (``*安全*``), so 安全 finds 国家安全 and 安全防范 without
   splitting the index. Filler words, synonyms and result ordering by language are handled on the
   page (``regsite-search.js``).

It also writes the built ``regsite.js`` (the reading aids, with the interface words at its top):
the words come from the same generated data as the search helpers'.

Runs last (priority -200), after the i18n plugin has built every language and the offline
plugin has inlined the index, and rewrites both ``search_index.json`` and ``search_index.js``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from regsite.cjk import HAN_SEQUENCE, SEARCH_PUNCTUATION, search_separator

# Zero-width separators next to punctuation, spaces or tags: the tokenizer splits there anyway.
# (·, < and > stand next to markup, where the text is cut anyway.)
REDUNDANT_ZWSP = re.compile(rf"\u200b*([\s·<>{re.escape(SEARCH_PUNCTUATION)}])\u200b*")
# Material's query segmentation in the minified worker (9.8.2):
#   e=e.replace(new RegExp("\\p{sc=Han}+","gu"),s=>[...fe(s,this.index.invertedIndex)].join("* "))
WORKER_SEGMENT = re.compile(r'(?P<v>\w+)=>\[\.\.\.(?P<fn>\w+)\((?P=v),this\.index\.invertedIndex\)\]\.join\("\* "\)')


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The index tokenizer splits where the query preparation does (one punctuation list)."""
    search = config.plugins.get("material/search")
    if search is None:
        raise PluginError("hooks/search.py needs Material's search plugin")
    search.config.separator = search_separator()
    return config


def segment(text: str) -> str:
    """Plain text -> the index's form, as Material's plugin makes it: jieba tokens between
    zero-width spaces."""
    return HAN_SEQUENCE.sub(lambda m: "\u200b" + "\u200b".join(jieba.cut(m.group(0))) + "\u200b", text).strip("\u200b")


@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    index_path = site / "search" / "search_index.json"
    if not index_path.exists():
        return  # a language sub-build: the combined index is written by the main build
    data = json.loads(index_path.read_text(encoding="utf-8"))
    # The article text per paragraph, in each page's language, as the generator cut and labelled it.
    paragraphs = json.loads((Path(config.docs_dir) / ".search-paragraphs.json").read_text(encoding="utf-8"))
    docs = []
    titles = {d["location"]: d["title"] for d in data["docs"] if "#" not in d["location"]}
    for doc in data["docs"]:
        location = doc["location"]
        page_url, _, anchor = location.partition("#")
        if anchor == "original":
            continue  # the Chinese copy on an English page: Chinese readers get the Chinese page
        if anchor == "text" and page_url in paragraphs:
            zh = not page_url.startswith("en/")
            for pid, label, text in paragraphs[page_url]:
                title = titles.get(page_url, "") + " · " + label
                docs.append({"location": f"{page_url}#{pid}", "title": title, "text": segment(text) if zh else text})
            continue
        docs.append(doc)
    for doc in docs:  # smaller index, same tokens
        doc["title"] = REDUNDANT_ZWSP.sub(r"\1", doc["title"])
        doc["text"] = REDUNDANT_ZWSP.sub(r"\1", doc["text"])
    data["docs"] = docs
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    index_path.write_text(text, encoding="utf-8")
    (site / "search" / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")
    _patch_worker(site, Path(config.theme.custom_dir or "overrides"))
    _patch_bundle(site)
    # Loaded by the inline stand-in worker when search is first used (overrides/main.html):
    # the iframe-worker shim (for file://), the search data, the query helpers.
    scripts = Path(config.theme.custom_dir or "overrides") / "assets" / "javascripts"
    docs_dir = Path(config.docs_dir)
    helpers = [
        (scripts / "vendor" / "iframe-worker-shim.js").read_text(encoding="utf-8"),
        "window.REGSITE_SEARCH = " + _compact_json(docs_dir / ".search.json") + ";",
        (scripts / "regsite-search.js").read_text(encoding="utf-8"),
    ]
    (site / "assets" / "javascripts" / "regsite-search.js").write_text("\n".join(helpers), encoding="utf-8")
    # The reading aids, loaded after the page has painted, with their interface words.
    aids = [
        "window.REGSITE_WORDS = " + _compact_json(docs_dir / ".words.json") + ";",
        (scripts / "regsite.js").read_text(encoding="utf-8"),
    ]
    (site / "assets" / "javascripts" / "regsite.js").write_text("\n".join(aids), encoding="utf-8")


def _compact_json(path: Path) -> str:
    """A generated JSON file, as compact JavaScript."""
    return json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False, separators=(",", ":"))


# Material loads the search index at once over HTTP and only on opening search from file://:
#   L($(location.protocol!=="file:"),Je("search"))  (merge(of(not file), watchToggle("search")))
# Made "only on opening search" everywhere: most readers never search (PITFALLS 13).
# The search highlight (search.highlight, for pages opened from a result with ?h=) subscribes to
# the index on every page: combineLatest([index$, location$.pipe(startWith, filter(has h))]).
# Made: only when the page has ?h=, then the index (switchMap).
# The bundle is loaded after the page has painted (hooks/material_fixes.py), when the document has
# long been parsed; its document$ waits for DOMContentLoaded, which has then passed, so nothing
# would mount (code blocks, header, palette, …):
#   function an(){let e=new It(1);return h(document,"DOMContentLoaded",{once:!0}).subscribe(…),e}
# Made: emit at once when the document is already parsed.
PATCHES = {
    'h(document,"DOMContentLoaded",{once:!0}).subscribe(()=>e.next(document))': (
        '(document.readyState!=="loading"?e.next(document):'
        'h(document,"DOMContentLoaded",{once:!0}).subscribe(()=>e.next(document)))'
    ),
    'L($(location.protocol!=="file:"),Je("search"))': 'L($(!1),Je("search"))',
    # The language links in the head (hreflang, partials/regsite-share.html) are for search
    # engines; Material would fetch a sitemap.xml beside each (another host's, on a deployed
    # site read offline): only its own language selector's links are followed.
    'b(()=>M("link[rel=alternate]"))': 'b(()=>M("link[rel=alternate][data-md-sitemap]"))',
    'z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])': (
        'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n]))))'
    ),
}


def _patch_bundle(site: Path) -> None:
    """Load the search index when the reader first opens search, not with every page; start
    the components when the bundle is loaded after the document was parsed."""
    bundles = list(site.rglob("assets/javascripts/bundle.*.min.js"))
    if not bundles:
        raise PluginError("Material's bundle was not found: cannot make the search index load on demand")
    for bundle in bundles:
        code = bundle.read_text(encoding="utf-8")
        for eager, lazy in PATCHES.items():
            if lazy in code:
                continue
            if code.count(eager) != 1:
                raise PluginError(f"{bundle}: {eager!r} not found: was mkdocs-material upgraded? See hooks/search.py")
            code = code.replace(eager, lazy)
        bundle.write_text(code, encoding="utf-8")


def _patch_worker(site: Path, custom_dir: Path) -> None:
    """Make Material's worker call our segmentation (regsite-segment.js, prepended)."""
    segmenter = (custom_dir / "assets" / "javascripts" / "regsite-segment.js").read_text(encoding="utf-8")
    workers = list(site.rglob("assets/javascripts/workers/search.*.min.js"))
    if not workers:
        raise PluginError("Material's search worker was not found: cannot add Chinese query segmentation")
    for worker in workers:
        code = worker.read_text(encoding="utf-8")
        if code.startswith("/* regsite-segment */"):
            continue
        patched, count = WORKER_SEGMENT.subn(
            lambda m: f'{m["v"]}=>regsiteSegment({m["v"]},this.index.invertedIndex).join("* ")', code
        )
        if count != 1:
            raise PluginError(
                f"{worker}: Material's query segmentation not found ({count} matches); "
                "was mkdocs-material upgraded? See hooks/search.py"
            )
        worker.write_text("/* regsite-segment */\n" + segmenter + "\n" + patched, encoding="utf-8")
