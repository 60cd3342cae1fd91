"""Run search query sets in a real browser (Debian's Chromium) against a built site.

Used by ``tests/test_search.py`` (targets) and ``scripts/bench.py`` (figures). A query is typed
into the site's search dialog on the home page of its language; it is *answered* when one of the
first three distinct result pages is an article that answers it. A query whose statute has no
provision on it (``jx: []`` in the blind sets) is answered when the dialog says so.

Two formats of query set:

* ``search-queries.yml`` (the older set, tuned on): ``{zh: [{q, kind, articles}], en: […]}``;
* ``search-sets/*.yml`` (written blind, see its README): ``{statutes: {key: content folder},
  queries: [{q, lang, kind, <key>: [articles], …}]}``, each statute's answering articles under
  its key.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

# an article page: [<statute folder>/][en/]articles/article-<key>.html
ARTICLE = re.compile(r"^(?:(?!en/)(?P<statute>[a-z0-9-]+)/)?(?:en/)?articles/article-(?P<key>\d+(?:-\d+)?)\.html")


@dataclass(frozen=True)
class Query:
    lang: str
    kind: str  # keyword | question
    text: str
    expected: tuple[tuple[str, str], ...]  # (statute folder, article key); () when none answers


@dataclass(frozen=True)
class Outcome:
    query: Query
    top: tuple[str, ...]  # first three distinct result pages (paths from the site root)
    notice: bool  # the dialog said that nothing specific answers the query
    seconds: float  # keystroke to the first results shown

    @property
    def answered(self) -> bool:
        if not self.query.expected:
            return self.notice
        for path in self.top:
            m = ARTICLE.search(path)
            if m and any(m["key"] == key and (m["statute"] in (None, statute)) for statute, key in self.query.expected):
                return True
        return False

    @property
    def group(self) -> str:
        """zh question / zh keyword / en (the targets of the search issue)."""
        return "en" if self.query.lang == "en" else f"zh {self.query.kind}"


def load_queries(path: Path, statutes: tuple[str, ...] | None = None) -> list[Query]:
    """The queries of a set; ``statutes`` (content folder names) limits the expected answers to
    the statutes a site holds (one statute alone, or the library)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    if "queries" in data:
        for e in data["queries"]:
            expected = tuple(
                (folder, str(a))
                for key, folder in data["statutes"].items()
                if statutes is None or folder in statutes
                for a in e.get(key, [])
            )
            out.append(Query(e["lang"], e["kind"], str(e["q"]), expected))
        return out
    folder = path.parent.name
    for lang in ("zh", "en"):
        for e in data.get(lang, []):
            out.append(Query(lang, e["kind"], str(e["q"]), tuple((folder, str(a)) for a in e["articles"])))
    return out


def run_queries(page, base_url: str, queries: list[Query], home: str = "") -> list[Outcome]:
    """Type each query into the search dialog of the home page of its language (``home``: the
    statute's folder in a library); read the first results."""
    outcomes = []
    current = None
    for q in queries:
        url = f"{base_url}/{home}{'en/' if q.lang == 'en' else ''}index.html"
        if current != url:
            page.goto(url)
            page.locator(".regsite-search-button").click()
            page.wait_for_selector(".rs-dialog[open]")
            current = url
        box = page.locator("#rs-input")
        box.fill("")
        start = time.perf_counter()
        box.fill(q.text)
        page.wait_for_function(
            "q => document.querySelector('[data-regsite-search]').getAttribute('data-shown') === q",
            arg=q.text,
            timeout=10_000,
        )
        seconds = time.perf_counter() - start
        page.wait_for_function(
            "q => document.querySelector('[data-regsite-search]').getAttribute('data-searched') === q",
            arg=q.text,
            timeout=10_000,
        )
        hrefs = page.eval_on_selector_all(".rs-results a", "els => els.map(e => e.href)")
        notice = page.eval_on_selector(".rs-notice", "e => !e.hidden")
        pages: list[str] = []
        for href in hrefs:
            path = href.split("#")[0].split("?")[0]
            path = path[len(base_url) + 1 :] if path.startswith(base_url) else path
            if path not in pages:
                pages.append(path)
        outcomes.append(Outcome(q, tuple(pages[:3]), notice, seconds))
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """group (zh question / zh keyword / en / none) -> (answered, total)."""
    table: dict[str, tuple[int, int]] = {}
    for o in outcomes:
        group = o.group if o.query.expected else "none"
        a, t = table.get(group, (0, 0))
        table[group] = (a + o.answered, t + 1)
    return table
