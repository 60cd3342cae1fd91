"""Run the project's search query set in a real browser (Debian's Chromium) against a built site.

Used by ``tests/test_search.py`` (targets) and ``scripts/bench.py`` (figures). A query is
*answered* when one of the first three distinct result pages is an article that answers it.
"""

from __future__ import annotations

import contextlib
import re
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ARTICLE = re.compile(r"articles/article-(\d+(?:-\d+)?)\.html")


@dataclass(frozen=True)
class Outcome:
    lang: str
    kind: str
    query: str
    expected: tuple[str, ...]
    top: tuple[str, ...]  # first three distinct result pages (site-relative paths)
    seconds: float  # keystroke to first results

    @property
    def answered(self) -> bool:
        return any((m := ARTICLE.search(p)) and m.group(1) in self.expected for p in self.top)


def load_queries(path: Path) -> list[tuple[str, str, str, tuple[str, ...]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (lang, e["kind"], str(e["q"]), tuple(str(a) for a in e["articles"]))
        for lang in ("zh", "en")
        for e in data[lang]
    ]


def run_queries(page, base_url: str, queries) -> list[Outcome]:
    """Type each query into the search box of the home page of its language; read the results."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    outcomes = []
    current = None
    for lang, kind, query, expected in queries:
        home = f"{base_url}/index.html" if lang == "zh" else f"{base_url}/en/index.html"
        if current != home:
            page.goto(home)
            current = home
        box = page.locator("input.md-search__input")
        box.click()
        box.fill("")
        box.press("End")
        # Start from an empty result list, so that the timing below sees this query's results.
        page.wait_for_function(
            "() => document.querySelector('.md-search-result__list').children.length === 0", timeout=5_000
        )
        box.fill(query)
        start = time.perf_counter()
        box.press("End")  # Material reacts to key events, not to fill() alone
        with contextlib.suppress(PlaywrightTimeout):  # no result at all: record an empty answer, go on
            page.wait_for_function(
                "() => document.querySelector('.md-search-result__list').children.length > 0", timeout=5_000
            )
        seconds = time.perf_counter() - start
        hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
        pages: list[str] = []
        for href in hrefs:
            path = href.split("#")[0].split("?")[0]
            path = path[len(base_url) + 1 :] if path.startswith(base_url) else path
            if path not in pages:
                pages.append(path)
        outcomes.append(Outcome(lang, kind, query, expected, tuple(pages[:3]), seconds))
    return outcomes


def summary(outcomes: list[Outcome]) -> dict[tuple[str, str], tuple[int, int]]:
    """(lang, kind) -> (answered, total)."""
    table: dict[tuple[str, str], tuple[int, int]] = {}
    for o in outcomes:
        a, t = table.get((o.lang, o.kind), (0, 0))
        table[(o.lang, o.kind)] = (a + o.answered, t + 1)
    return table
