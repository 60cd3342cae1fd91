"""The law first, as a reader sees it (issue 22): on a phone every article's text begins on the
first screen, no paragraph tool covers text, the keyboard stays on screen before the main
content, an embedded frame follows its portal's width, the language switch keeps the reader's
place, and every article is word for word on the whole-text page and on its chapter page."""

from __future__ import annotations

import pytest
from conftest import serve_portal
from htmltext import BLOCK, _block_lines

from regsite.localweb import serve_folder

PHONE = {"width": 390, "height": 844}


def blocks(html: str, cls: str) -> list[list[str]]:
    """The lines of every ``cls`` block of a page (official-text or translation), in order."""
    return [_block_lines(m.group(0)) for m in BLOCK.finditer(html) if m["cls"] == cls]


def test_every_article_is_word_for_word_on_the_whole_text_page_and_on_its_chapter_page(built_site, regulation):
    whole = blocks((built_site / "full-text.html").read_text(encoding="utf-8"), "official-text")
    assert ["\n".join(b) for b in whole] == [a.text for a in regulation.articles]
    for chapter in regulation.chapters:
        html = (built_site / "chapters" / f"chapter-{chapter.key}.html").read_text(encoding="utf-8")
        found = ["\n".join(b) for b in blocks(html, "official-text")]
        assert found == [a.text for a in regulation.articles if a.chapter == chapter.key], f"chapter {chapter.key}"


def test_the_english_whole_text_has_every_translated_article(built_site, regulation, editorial):
    html = (built_site / "en" / "full-text.html").read_text(encoding="utf-8")
    translated = blocks(html, "translation")
    assert len(translated) == len(regulation.articles)
    for article, lines in zip(regulation.articles, translated, strict=True):
        entry = editorial.articles[article.key]
        assert lines[0].endswith(entry.translation[0].text), f"article {article.key}"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_article_text_begins_on_the_first_phone_screen(chromium, server, regulation, lang):
    page = chromium.new_page(viewport=PHONE)
    first = ".translation p" if lang == "en" else ".official-text p"
    late = []
    for article in regulation.articles:
        page.goto(f"{server}/{'en/' if lang == 'en' else ''}articles/article-{article.key}.html")
        top = page.locator(first).first.bounding_box()
        if top is None or top["y"] + 20 > PHONE["height"]:  # its first line shows
            late.append(f"{article.key}: {top and round(top['y'])}")
    page.close()
    assert late == []


OVERLAPS = """() => {
  const boxes = el => Array.from(el.getClientRects());
  const tools = Array.from(document.querySelectorAll('.para-tools')).flatMap(boxes);
  const text = [];
  for (const p of document.querySelectorAll('.official-text p, .translation p')) {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest('.para-tools, .tip') || !n.textContent.trim()) continue;
      const range = document.createRange(); range.selectNodeContents(n);
      text.push(...range.getClientRects());
    }
  }
  const hits = [];
  for (const a of tools) for (const b of text) {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 1 && h > 1) hits.push([Math.round(a.left), Math.round(a.top), Math.round(b.left), Math.round(b.top)]);
  }
  return [tools.length, hits];
}"""


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desktop"])
def test_no_paragraph_tool_covers_text_on_articles_with_items(chromium, server, viewport):
    page = chromium.new_page(viewport=viewport)
    found = {}
    for lang in ("", "en/"):
        for key in (24, 25, 50, 51):
            page.goto(f"{server}/{lang}articles/article-{key}.html")
            page.wait_for_function("document.querySelector('.para-tools .copy-link') !== null")
            tools, hits = page.evaluate(OVERLAPS)
            assert tools > 0
            if hits:
                found[f"{lang}{key}"] = hits[:3]
    page.close()
    assert found == {}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["", "en/"])
def test_on_a_phone_no_tab_stop_before_the_main_content_is_off_screen(chromium, server, lang):
    page = chromium.new_page(viewport=PHONE)
    page.goto(f"{server}/{lang}articles/article-29.html")
    page.wait_for_timeout(500)  # Material's bundle
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        where = page.evaluate(
            """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
                 return [e.tagName + '.' + e.className, r.left, r.top, r.right, r.bottom,
                         !!e.closest('.md-content'), innerWidth, innerHeight]; }"""
        )
        name, left, top, right, bottom, in_main, width, height = where
        if in_main:
            break
        stops.append(name)
        assert right > 0 and bottom > 0 and left < width and top < height, f"off screen: {name} {where}"
    else:
        pytest.fail(f"the main content was not reached: {stops}")
    assert stops, "no Tab stop before the main content (skip link, header)"


@pytest.mark.browser
def test_an_embedded_frame_shrinks_when_the_portal_widens(chromium, built_site, tmp_path):
    site_httpd, site = serve_folder(built_site)
    portal_httpd, portal = serve_portal(tmp_path, site, "embed/article-24.html", "第二十四条", "width:320px;border:0")
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{portal}/index.html")
    page.frame_locator("#law").locator("h1").wait_for()
    height = "document.getElementById('law').getBoundingClientRect().height"
    page.wait_for_function(f"() => {height} > 400")
    narrow = page.evaluate(height)
    page.evaluate("document.getElementById('law').style.width = '1000px'")
    page.wait_for_function(f"() => {height} < {narrow} * 0.8")
    wide = page.evaluate(height)
    inner = page.frames[1].evaluate("document.documentElement.scrollHeight")
    assert abs(wide - inner) <= 2  # exactly its content, no gap below
    page.close()
    site_httpd.shutdown()
    portal_httpd.shutdown()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("start", "lang_link", "end"),
    [
        ("articles/article-29.html", "en", "en/articles/article-29.html"),
        ("en/articles/article-29.html", "zh", "articles/article-29.html"),
    ],
)
def test_the_language_switch_keeps_the_readers_paragraph(chromium, server, start, lang_link, end):
    page = chromium.new_page()
    page.goto(f"{server}/{start}#art-29-p-2")
    page.locator(f"a[hreflang='{lang_link}']").first.dispatch_event("click")
    page.wait_for_url(f"{server}/{end}#art-29-p-2")  # the whole address: en/… also ends in articles/…
    assert page.locator("#art-29-p-2").count() == 1
    page.close()
