"""Reading to legislation-site standard, in a browser: how to report (a tel: link above the fold
on a phone), paragraph numbers and cite-this, the status line, side by side for Chinese readers
in Chinese page chrome, an embed on a phone-sized portal with its tooltip on screen, and a build
without a public address."""

from __future__ import annotations

import re

import pytest
from conftest import SOURCE, build_site, handouts_of, serve_folder, serve_portal

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def test_home_on_a_phone_shows_how_to_report_above_the_fold_with_a_tel_link(chromium, server, editorial):
    reporting = editorial.meta.reporting
    phone = next(c for c in reporting.channels if c.href and c.href.startswith("tel:"))
    for lang, title in (("", reporting.title_zh), ("en/", reporting.title_en)):
        context = chromium.new_context(**PHONE)
        page = context.new_page()
        page.goto(f"{server}/{lang}index.html")
        box = page.locator(".report-box")
        assert box.locator(".report-title").inner_text() == title
        link = box.locator(f'a[href="{phone.href}"]')
        assert link.inner_text() == phone.value_zh
        top = link.bounding_box()
        assert top is not None and top["y"] + top["height"] <= 844, f"{lang}: the number is below the fold"
        assert link.bounding_box()["height"] >= 24
        web = [c for c in reporting.channels if c.href and c.href.startswith("http")]
        for c in web:
            assert box.locator(f'a[href="{c.href}"]').count() == 1
        context.close()


def test_the_reporting_article_and_the_faq_carry_the_box(chromium, server, editorial):
    key = str(editorial.meta.reporting.article)
    page = chromium.new_page()
    for rel in (f"articles/article-{key}.html", "faq.html", f"en/articles/article-{key}.html"):
        page.goto(f"{server}/{rel}")
        assert page.locator(".report-box a[href^='tel:']").count() == 1, rel
    page.goto(f"{server}/articles/article-1.html")
    assert page.locator(".report-box").count() == 0
    page.close()


def test_paragraphs_are_numbered_and_cite_this_copies_the_citation(chromium, server, regulation):
    context = chromium.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.goto(f"{server}/articles/article-29.html")
    page.wait_for_load_state("load")
    numbers = page.locator(".official-text .para-num")
    assert numbers.count() == 2
    second = page.locator("#art-29-p-2")
    assert second.locator(".para-num").get_attribute("aria-label") == "第二款"
    # the number is drawn by CSS: a reader's copy of the paragraph is the text alone
    assert (
        page.evaluate("getComputedStyle(document.querySelector('#art-29-p-2 .para-num'), '::before').content") == '"②"'
    )
    assert not second.inner_text().startswith("②")
    cite = second.locator("button.copy-cite")
    cite.wait_for()
    cite.click()
    title = regulation.title
    assert page.evaluate("navigator.clipboard.readText()") == f"《{title}》第二十九条第二款"
    assert page.locator("#regsite-status").inner_text() == "引用已复制"
    # controls: at least 24 x 24 px and 3:1 against the page
    for control in (second.locator("a.para-anchor"), second.locator("button.copy-link").first, cite):
        box = control.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24
        color = control.evaluate("e => getComputedStyle(e).color")
        assert contrast(color, "rgb(255, 255, 255)") >= 3, color
    page.goto(f"{server}/en/articles/article-29.html")
    page.wait_for_load_state("load")
    page.locator("#art-29-p-2 button.copy-cite").click()
    assert page.evaluate("navigator.clipboard.readText()").startswith("Article 29(2), ")
    context.close()


def contrast(a: str, b: str) -> float:
    def luminance(css: str) -> float:
        r, g, b_ = (int(x) / 255 for x in re.findall(r"\d+", css)[:3])
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b_)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_article_and_chapter_pages_show_their_status(chromium, server, editorial):
    page = chromium.new_page()
    for rel in ("articles/article-3.html", "chapters/chapter-2.html", "en/articles/article-3.html"):
        page.goto(f"{server}/{rel}")
        line = page.locator(".status-line")
        assert line.count() == 1, rel
        assert line.locator(f'a[href="{editorial.meta.status.official_url}"]').count() == 1
    page.goto(f"{server}/articles/article-3.html")
    assert page.locator(".status-short").inner_text().startswith("现行有效，2024年8月1日起施行")
    page.close()


def test_chinese_readers_get_side_by_side_in_chinese_chrome(chromium, server):
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/articles/article-24.html")
    page.locator(".sbs-link a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/compare/article-24.html")
    assert page.evaluate("document.documentElement.lang") == "zh"
    assert page.locator(".regsite-search-button").get_attribute("aria-label") == "搜索"
    rows = page.locator(".compare .sbs-row:not(.sbs-head)")
    assert rows.count() >= 5
    first = rows.nth(0)
    zh, en = first.locator("p[lang=zh]"), first.locator("p[lang=en]")
    assert en.inner_text().strip().startswith("State organs")
    # wide columns: no sidebars in this view, each column at least 450 px on a desktop
    assert zh.bounding_box()["width"] >= 450 and en.bounding_box()["width"] >= 450
    assert page.locator(".md-sidebar--secondary:visible").count() == 0
    # rows are kept together when printed
    page.emulate_media(media="print")
    assert first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    page.close()


def test_embed_on_a_phone_sized_portal_keeps_the_tooltip_on_screen(chromium, built_site, tmp_path):
    site_httpd, site = serve_folder(built_site)
    portal_httpd, portal = serve_portal(
        tmp_path, site, "en/embed/article-29.html", "Article 29", "width:100%;height:150px;border:0", phone=True
    )
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(f"{portal}/index.html")
        page.wait_for_function("document.getElementById('law').offsetHeight > 600")
        frame = page.frame_locator("#law")
        assert frame.locator(".sbs-toggle:visible, .sbs-link:visible").count() == 0
        term = frame.locator(".translation a.term").last
        term.scroll_into_view_if_needed()
        term.tap()
        tip = frame.locator(".tip-wrap.open .tip")
        tip.wait_for(state="visible")
        box, anchor = tip.bounding_box(), term.bounding_box()
        assert box is not None and anchor is not None
        assert box["y"] >= 0 and box["y"] + min(box["height"], 200) <= 844, box  # on screen
        assert abs(box["y"] - (anchor["y"] + anchor["height"])) < 40  # under its term
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
        assert not [e for e in errors if "Missing element" in e or "Uncaught" in e], errors
    finally:
        context.close()
        portal_httpd.shutdown()
        site_httpd.shutdown()


def test_a_build_without_a_public_address_says_so_and_carries_none(tmp_path_factory):
    import os
    import subprocess
    import sys

    tmp = tmp_path_factory.mktemp("noaddress")
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    out = subprocess.run(
        [sys.executable, "-m", "regsite", "handouts", str(SOURCE), "--out", str(tmp / "handouts")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "no public address" in out.stderr
    site = build_site(SOURCE, tmp / "project", site_url=None)
    for rel in ("index.html", "articles/article-29.html", "en/chapters/chapter-4.html"):
        page = (site / rel).read_text(encoding="utf-8")
        assert 'rel="canonical"' not in page, rel
        assert "example.org" not in page, rel
    pdfs = list(handouts_of(site, SOURCE).rglob("*.pdf"))
    assert pdfs and not any(b"example.org" in p.read_bytes() for p in pdfs)
