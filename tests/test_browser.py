"""Smoke tests in a real browser (Debian's Chromium through Playwright): read article 29,
switch language on the same article, search 12339, over HTTP and from file://, and record
every request the pages make."""

from __future__ import annotations

import pytest
from conftest import serve_folder

pytestmark = pytest.mark.browser


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


def switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_load_state()


def search(page, query: str):
    """Open the search dialog, type ``query``, wait until every index has answered; the results."""
    page.locator(".regsite-search-button").click()
    box = page.locator("#rs-input")
    box.fill(query)
    page.wait_for_function(
        "q => document.querySelector('[data-regsite-search]').getAttribute('data-searched') === q",
        arg=query,
        timeout=10_000,
    )
    return page.locator(".rs-results .rs-item")


def test_article_29_in_chinese_then_english_then_search(page, server):
    page.goto(f"{server}/articles/article-29.html")
    assert "12339举报电话" in page.locator(".official-text").inner_text()
    assert page.locator("h1").inner_text().startswith("第二十九条")

    switch_language(page, "en")
    assert page.url == f"{server}/en/articles/article-29.html"
    assert page.locator("h1").inner_text().startswith("Article 29")
    assert "12339" in page.locator(".translation").inner_text()

    switch_language(page, "zh")
    assert page.url == f"{server}/articles/article-29.html"

    results = search(page, "12339")
    first = results.first.locator("a").first.get_attribute("href")
    assert "article-29.html" in first

    foreign = [u for u in page.requests if not u.startswith(server)]
    assert foreign == []


def test_site_works_from_file_urls(page, built_site):
    root = built_site.resolve().as_uri()
    page.goto(f"{root}/articles/article-29.html")
    assert "12339举报电话" in page.locator(".official-text").inner_text()
    switch_language(page, "en")
    assert page.url == f"{root}/en/articles/article-29.html"
    results = search(page, "12339")
    assert "article-29.html" in results.first.locator("a").first.get_attribute("href")
    assert [u for u in page.requests if not u.startswith("file://")] == []


def test_site_works_under_a_sub_path(page, built_site, tmp_path_factory):
    import shutil

    root = tmp_path_factory.mktemp("host")
    shutil.copytree(built_site, root / "intranet" / "law")
    httpd, base = serve_folder(root)
    base += "/intranet/law"
    try:
        page.goto(f"{base}/articles/article-29.html")
        assert page.locator("h1").inner_text().startswith("第二十九条")
        switch_language(page, "en")
        assert page.url == f"{base}/en/articles/article-29.html"
        page.locator("a.md-header__button.md-logo").click()
        page.wait_for_load_state()
        assert page.url == f"{base}/en/index.html"
        results = search(page, "12339")
        assert "article-29.html" in results.first.locator("a").first.get_attribute("href")
        assert [u for u in page.requests if not u.startswith(base)] == []
    finally:
        httpd.shutdown()
