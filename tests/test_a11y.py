"""Accessibility: axe-core (WCAG 2.2 AA rules) on the main page types in both languages, with
tooltips open and side-by-side on, and a keyboard-only walk through the reading aids."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = [
    "index.html",
    "chapters/chapter-4.html",
    "articles/article-50.html",
    "glossary.html",
    "faq.html",
    "embed/article-29.html",
    "articles.html",
    "embed.html",
    "about.html",
    "data.html",
    "articles/article-29.html",
    "compare/article-24.html",
    "quiz/index.html",
    "quiz/chapter-4.html",
    "embed/quiz-chapter-4.html",
    "full-text.html",
]


def violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_timeout(600)  # let Material's header and button transitions finish (opacity)
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    return [f"{v['id']}: {[n['target'] for n in v['nodes'][:3]]}" for v in result.response["violations"]]


@pytest.mark.parametrize("lang", ["", "en/"])
def test_main_pages_have_no_axe_violations(chromium, server, lang):
    page = chromium.new_page()
    found = {}
    for rel in PAGES:
        page.goto(f"{server}/{lang}{rel}")
        if v := violations(page):
            found[lang + rel] = v
    page.close()
    assert found == {}


def test_a_quiz_with_feedback_and_score_shown_has_no_axe_violations(chromium, server):
    page = chromium.new_page()
    for lang in ("", "en/"):
        page.goto(f"{server}/{lang}quiz/chapter-8.html")
        for q in page.locator("fieldset.quiz-q").all():
            q.locator("input").first.check()
            q.locator(".quiz-check").click()
        assert page.locator(".quiz-result .quiz-score").count() == 1
        assert violations(page) == [], lang
    page.close()


def test_article_with_a_tooltip_open_and_side_by_side_on_has_no_axe_violations(chromium, server):
    page = chromium.new_page()
    page.goto(f"{server}/articles/article-50.html")
    page.locator(".official-text a.term").first.focus()
    assert page.locator(".tip:visible").count() == 1
    assert violations(page) == []
    page.goto(f"{server}/en/articles/article-24.html")
    page.locator(".sbs-toggle").click()
    page.locator(".side-by-side a.term").first.hover()
    assert violations(page) == []
    page.locator(".sbs-toggle").click()  # leave the remembered setting off
    page.close()


def test_keyboard_only_walk_search_language_tooltips_side_by_side(chromium, server):
    context = chromium.new_context()
    page = context.new_page()
    page.goto(f"{server}/en/articles/article-24.html")

    def tab_to(predicate: str, limit: int = 400) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(predicate):
                return
        pytest.fail(f"not reachable with Tab: {predicate}")

    # side-by-side: Tab to the toggle, press Enter
    tab_to("document.activeElement.classList.contains('sbs-toggle')")
    page.keyboard.press("Enter")
    assert page.locator(".side-by-side .sbs-row").count() == 8
    page.keyboard.press("Enter")
    assert page.locator(".side-by-side").count() == 0
    # tooltips: Tab to a term, its definition shows; Escape hides it
    tab_to("document.activeElement.classList.contains('term')")
    tip = page.locator("#" + page.evaluate("document.activeElement.getAttribute('aria-describedby')"))
    assert tip.is_visible()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    # search: "/" opens the search dialog, type, Enter opens the first result
    page.keyboard.press("/")
    page.locator("#rs-input").wait_for()
    page.keyboard.type("drone")
    page.wait_for_function("document.querySelector('[data-regsite-search]').getAttribute('data-searched') === 'drone'")
    first = page.locator(".rs-results a").first.get_attribute("href").split("#")[0].split("/")[-1]
    assert first in {"article-28.html", "article-18.html", "faq.html"}
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/en/(articles/)?{re.escape(first)}"))
    # language switch: Tab to the language button, open it, follow the Chinese link
    tab_to("document.activeElement.closest('.md-select') !== null")
    tab_to("document.activeElement.getAttribute('hreflang') === 'zh'", 5)
    page.keyboard.press("Enter")
    # the Chinese page of the same article (the English one matches "/articles/…" too)
    page.wait_for_url(re.compile(r"^(?!.*/en/).*/articles/article-(28|18)\.html(#[\w-]+)?$"))
    context.close()
