"""Embedding in portals, hosting anywhere, and no request leaving the host (issue: embeds)."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from conftest import serve_folder, serve_portal


def csp(built_site, portal: str | None = None) -> str:
    """The policy the build wrote for the site (build/csp-header.txt), the portal allowed to frame
    the embeds added."""
    value = (built_site.parent / "build" / "csp-header.txt").read_text(encoding="utf-8").strip()
    return value.replace("frame-ancestors 'self'", f"frame-ancestors 'self' {portal}") if portal else value


def test_every_article_chapter_and_the_glossary_has_an_embed_in_both_languages(built_site, regulation):
    for lang in ("", "en/"):
        for a in regulation.articles:
            assert (built_site / f"{lang}embed/article-{a.key}.html").exists()
        for c in regulation.chapters:
            assert (built_site / f"{lang}embed/chapter-{c.key}.html").exists()
        assert (built_site / f"{lang}embed/glossary.html").exists()


def test_embeds_have_no_site_chrome_and_every_link_leaves_the_frame(built_site):
    pages = [*(built_site / "embed").glob("*.html"), *(built_site / "en" / "embed").glob("*.html")]
    assert len(pages) > 120  # both languages: every article, every chapter, the glossary
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for chrome in ('class="md-header', 'class="md-sidebar', 'class="md-footer', "data-regsite-search"):
            assert chrome not in html, f"{page.name}: {chrome}"
        content = html[html.find('<div class="md-content"') :]
        for tag in re.findall(r"<a [^>]*>", content):
            href = re.search(r'href="([^"]*)"', tag)
            if href and not href.group(1).startswith("#"):
                assert 'target="_blank"' in tag, f"{page.name}: {tag}"


@pytest.mark.browser
def test_embed_of_article_29_in_a_portal_on_another_origin_resizes_and_links_out(chromium, built_site, tmp_path):
    site_httpd, site = serve_folder(built_site, {"Content-Security-Policy": csp(built_site, "http://127.0.0.1:*")})
    portal_httpd, portal = serve_portal(
        tmp_path, site, "embed/article-29.html", "第二十九条", "width:600px;height:150px;border:0"
    )
    assert portal != site  # another origin (port)
    context = chromium.new_context()
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{portal}/index.html")
    frame = page.frame_locator("#law")
    frame.locator("h1").wait_for()
    page.wait_for_function("() => document.getElementById('law').getBoundingClientRect().height > 150")
    inner = page.frames[1].evaluate("document.documentElement.scrollHeight")
    page.wait_for_function(
        f"() => Math.abs(document.getElementById('law').getBoundingClientRect().height - {inner}) <= 2"
    )
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".regsite-search"):
        assert frame.locator(chrome).count() == 0
    assert "12339" in frame.locator(".official-text").inner_text()
    with context.expect_page() as popup:
        frame.locator(".embed-source a").click()
    full = popup.value
    full.wait_for_load_state()
    assert full.url == f"{site}/articles/article-29.html"
    assert page.url == f"{portal}/index.html"  # the portal stays where it was
    assert violations == []
    context.close()
    site_httpd.shutdown()
    portal_httpd.shutdown()


@pytest.mark.browser
def test_view_parameter_shows_summary_or_text_only(chromium, server):
    page = chromium.new_page()
    page.goto(f"{server}/en/embed/article-29.html?view=summary")
    assert page.locator(".embed-summary").first.is_visible() and not page.locator(".embed-text").first.is_visible()
    page.goto(f"{server}/en/embed/article-29.html?view=text")
    assert not page.locator(".embed-summary").first.is_visible() and page.locator(".translation").first.is_visible()
    page.close()


@pytest.mark.browser
def test_embed_builder_makes_a_snippet_for_the_chosen_article(chromium, server):
    page = chromium.new_page()
    page.goto(f"{server}/embed.html?article=35")
    page.wait_for_function("document.getElementById('embed-code').value.includes('article-35')")  # regsite.js
    code = page.locator("#embed-code").input_value()
    assert f'src="{server}/embed/article-35.html"' in code and "regsite-embed-resize.js" in code
    page.select_option("#embed-lang", "en")
    page.select_option("#embed-view", "summary")
    assert f'src="{server}/en/embed/article-35.html?view=summary"' in page.locator("#embed-code").input_value()
    page.select_option("#embed-target", "chapter-4")
    assert 'title="第四章 安全防范"' in page.locator("#embed-code").input_value()
    page.click("#embed-copy")
    page.locator("#embed-status", has_text="已复制").wait_for()  # the page's interface words
    page.goto(f"{server}/articles/article-35.html")
    assert page.locator(".embed-link a").get_attribute("href") == "../embed.html?article=35"
    page.close()


@pytest.mark.browser
def test_offline_archive_navigates_and_searches_in_both_languages_from_file_urls(chromium, built_site, tmp_path):
    from test_browser import search

    from regsite.archive import make_archive

    archive = make_archive(built_site, tmp_path / "law-site.zip", "law-site")
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp_path / "unpacked")
    root = (tmp_path / "unpacked" / "law-site").resolve().as_uri()
    page = chromium.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{root}/index.html")
    page.locator(".md-nav__link", has_text="第四章").first.click()  # other chapters are one link each
    page.wait_for_load_state()
    assert page.url == f"{root}/chapters/chapter-4.html"
    page.locator(".md-nav__link[href$='article-29.html']").first.click()
    page.wait_for_load_state()
    assert page.url == f"{root}/articles/article-29.html"
    assert "article-29.html" in search(page, "12339").first.locator("a").first.get_attribute("href")
    page.keyboard.press("Escape")  # close the search dialog before using the header
    page.locator(".rs-dialog").wait_for(state="hidden")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_load_state()
    assert page.url == f"{root}/en/articles/article-29.html"
    hrefs = [search(page, "drone").first.locator("a").first.get_attribute("href")]
    assert "article-28" in hrefs[0] or "article-18" in hrefs[0]
    assert [u for u in requests if not u.startswith("file://")] == []
    page.close()


@pytest.mark.browser
def test_no_page_or_embed_requests_another_host(chromium, built_site):
    httpd, base = serve_folder(built_site)
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert len(pages) > 250
    context = chromium.new_context()
    page = context.new_page()
    foreign: list[str] = []
    page.on(
        "request",
        lambda r: foreign.append(r.url) if not r.url.startswith(base) and not r.url.startswith("data:") else None,
    )
    for rel in pages:
        page.goto(f"{base}/{rel}", wait_until="load")
    context.close()
    httpd.shutdown()
    assert foreign == []


def test_the_policy_allows_no_inline_code_and_no_eval(built_site):
    value = csp(built_site)
    script_src = next(d for d in value.split("; ") if d.startswith("script-src"))
    assert "'unsafe-inline'" not in value and "'unsafe-eval'" not in value
    assert script_src.count("'sha256-") >= 3  # the theme's set-up, the palette, the early loader


@pytest.mark.browser
def test_site_runs_under_the_policy_the_build_wrote_without_violations(chromium, built_site, tmp_path):
    """Every page type, search in use, a tooltip open, the reading settings, a quiz answered, the
    404 page, and the embeds inside a portal on another origin: no violation."""
    from test_browser import search

    httpd, base = serve_folder(built_site, {"Content-Security-Policy": csp(built_site, "http://127.0.0.1:*")})
    page = chromium.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text or "Refused to" in m.text else None,
    )
    for rel in (
        "index.html",
        "chapters/chapter-4.html",
        "articles/article-50.html",
        "full-text.html",
        "compare/article-24.html",
        "glossary.html",
        "faq.html",
        "quiz/chapter-4.html",
        "about.html",
        "data.html",
        "embed.html",
        "en/index.html",
        "en/articles/article-24.html",
        "en/full-text.html",
        "en/embed/chapter-4.html",
        "no/such/page.html",
    ):
        page.goto(f"{base}/{rel}", wait_until="load")
        page.wait_for_timeout(200)
    page.goto(f"{base}/quiz/chapter-4.html")
    page.locator("fieldset input").first.check()
    page.locator("fieldset button").first.click()
    page.goto(f"{base}/articles/article-29.html")
    assert search(page, "12339").count() > 0
    page.keyboard.press("Escape")
    page.locator(".official-text a.term").first.hover()
    page.locator(".regsite-reading-button").click()
    page.wait_for_timeout(300)
    page.close()
    portal_httpd, portal = serve_portal(
        tmp_path, base, "embed/article-29.html", "第二十九条", "width:600px;height:150px;border:0"
    )
    framed = chromium.new_page()
    framed.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    framed.goto(f"{portal}/index.html")
    framed.frame_locator("#law").locator(".official-text").wait_for()
    framed.frame_locator("#law").locator("a.term").first.hover()
    framed.wait_for_timeout(300)
    framed.close()
    portal_httpd.shutdown()
    httpd.shutdown()
    assert violations == []


def test_open_data_validates_against_the_published_schema(built_site, regulation):
    import jsonschema

    data_dir = built_site / "data"
    whole_schema = json.loads((data_dir / "schema/regulation.schema.json").read_text(encoding="utf-8"))
    article_schema = json.loads((data_dir / "schema/article.schema.json").read_text(encoding="utf-8"))
    whole = json.loads((data_dir / "regulation.json").read_text(encoding="utf-8"))
    jsonschema.validate(whole, whole_schema)
    assert len(whole["articles"]) == 56 and len(whole["chapters"]) == 8
    for article in regulation.articles:
        doc = json.loads((data_dir / f"articles/article-{article.key}.json").read_text(encoding="utf-8"))
        jsonschema.validate(doc, article_schema)
        assert doc["text_zh"] == article.text
    a51 = json.loads((data_dir / "articles/article-51.json").read_text(encoding="utf-8"))
    assert a51["references"][0]["target_id"] == "art-31"
    a31 = json.loads((data_dir / "articles/article-31.json").read_text(encoding="utf-8"))
    assert a31["cited_by"] == [51]
    broken = dict(a51, summary_en=42)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, article_schema)
