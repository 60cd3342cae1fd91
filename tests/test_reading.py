"""Reading aids in a real browser: glossary tooltips (hover, Tab, tap), cross-reference links
and previews, "cited by", copy-link buttons and the remembered side-by-side view."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def desktop(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_hovering_a_term_on_article_50_shows_its_definition(desktop, server):
    desktop.goto(f"{server}/articles/article-50.html")
    term = desktop.locator(".official-text a.term", has_text="责令改正").first
    tip = desktop.locator("#" + term.get_attribute("aria-describedby"))
    assert not tip.is_visible()
    term.hover()
    tip.wait_for(state="visible")
    assert "改正" in tip.inner_text()
    box, view = tip.bounding_box(), desktop.viewport_size
    assert box["x"] >= 0 and box["x"] + box["width"] <= view["width"]


def test_tabbing_to_a_term_on_article_50_shows_its_definition(desktop, server):
    desktop.goto(f"{server}/articles/article-50.html")
    for _ in range(300):
        desktop.keyboard.press("Tab")
        if desktop.evaluate("document.activeElement.classList.contains('term')"):
            break
    else:
        pytest.fail("no glossary term reachable with Tab")
    tip_id = desktop.evaluate("document.activeElement.getAttribute('aria-describedby')")
    tip = desktop.locator(f"#{tip_id}")
    assert tip.is_visible()
    assert tip.get_attribute("role") == "tooltip"
    desktop.keyboard.press("Escape")
    assert not tip.is_visible()


def test_tapping_a_term_on_a_phone_opens_then_follows(chromium, server):
    context = chromium.new_context(viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{server}/articles/article-50.html")
    term = page.locator(".official-text a.term").first
    tip = page.locator("#" + term.get_attribute("aria-describedby"))
    term.tap()
    tip.wait_for(state="visible")
    assert page.url.endswith("/articles/article-50.html")  # the first tap only opens the definition
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    term.tap()
    page.wait_for_url("**/glossary.html#term-*")
    context.close()


def test_terms_link_to_the_glossary_without_javascript(chromium, server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/articles/article-50.html")
    href = page.locator(".official-text a.term").first.get_attribute("href")
    page.locator(".official-text a.term").first.click()
    assert page.url.endswith(href.removeprefix(".."))
    assert page.locator(f"#{href.split('#')[1]}").is_visible()
    context.close()


def test_article_51_links_to_article_31_which_lists_51_as_citing_it(desktop, server):
    desktop.goto(f"{server}/articles/article-51.html")
    link = desktop.locator(".official-text a.xref", has_text="第三十一条")
    link.hover()
    assert "国家安全防范设施" in desktop.locator("#" + link.get_attribute("aria-describedby")).inner_text()
    link.click()
    desktop.wait_for_url("**/articles/article-31.html#art-31")
    cited = desktop.locator(".cited-by")
    assert "第五十一条" in cited.inner_text()
    cited.locator("a", has_text="第五十一条").click()
    desktop.wait_for_url("**/articles/article-51.html")


def test_article_45_preceding_paragraph_leads_to_its_first_paragraph(desktop, server):
    for path, prefix in (("articles/article-45.html", ""), ("en/articles/article-45.html", "")):
        desktop.goto(f"{server}/{path}")
        block = ".official-text" if not path.startswith("en/") else ".translation"
        link = desktop.locator(f"{block} a.xref").first
        assert link.inner_text() in ("前款", "the preceding paragraph")
        link.click()
        assert desktop.url.endswith(f"#{prefix}art-45-p-1")
        assert desktop.evaluate("document.querySelector(':target').id") == "art-45-p-1"


def test_side_by_side_is_remembered_across_pages(desktop, server):
    desktop.goto(f"{server}/en/articles/article-24.html")
    desktop.locator(".sbs-toggle").click()
    rows = desktop.locator(".side-by-side .sbs-row")
    assert rows.count() == 8  # 2 paragraphs + 6 items, each Chinese next to English
    first = rows.first.locator("p")
    assert first.nth(0).evaluate("e => e.closest('[lang]').lang") == "zh"
    assert first.nth(0).inner_text().startswith("国家机关")
    assert first.nth(1).evaluate("e => e.closest('[lang]').lang") == "en"
    assert first.nth(1).inner_text().startswith("State organs")
    desktop.goto(f"{server}/en/articles/article-25.html")
    assert desktop.locator(".side-by-side .sbs-row").count() > 0
    assert desktop.locator(".sbs-toggle").get_attribute("aria-pressed") == "true"
    desktop.locator(".sbs-toggle").click()
    desktop.goto(f"{server}/en/articles/article-26.html")
    assert desktop.locator(".side-by-side").count() == 0


def test_every_paragraph_has_a_copy_link_button(desktop, server):
    desktop.goto(f"{server}/articles/article-24.html")
    anchors = desktop.locator(".official-text a.para-anchor").count()
    assert anchors == 8
    assert desktop.locator(".official-text button.copy-link").count() == anchors
