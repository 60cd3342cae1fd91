"""The pruned stylesheet (regsite.cssprune, hooks/stylesheet.py) styles every element exactly as
Material's whole stylesheet would: what it drops, nothing on the site can match."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_browser import search

from regsite.cssprune import StylesheetError, Vocabulary, prune

ROOT = Path(__file__).resolve().parent.parent


def test_a_selector_that_needs_an_unknown_class_goes_and_the_rest_stay_in_order():
    css = ".a{color:red}.gone{color:blue}.a .gone,.b>p{margin:0}p{padding:0}.b:hover{color:green}"
    assert prune(css, Vocabulary(["a", "b"])) == ".a{color:red}.b>p{margin:0}p{padding:0}.b:hover{color:green}"


def test_classes_inside_parentheses_never_drop_a_selector():
    css = ".a:not(.gone){color:red}:is(.gone,.a) p{color:blue}.a:has(.gone){margin:0}"
    assert prune(css, Vocabulary(["a"])) == css


def test_a_word_ending_in_a_hyphen_keeps_the_classes_a_script_builds_from_it():
    assert prune(".rs-item{x:1}.rs-law{x:2}.other{x:3}", Vocabulary(["rs-"])) == ".rs-item{x:1}.rs-law{x:2}"


def test_blocks_are_pruned_inside_and_dropped_when_empty():
    css = "@media print{.a{x:1}.gone{x:2}}@media screen{.gone{x:3}}@keyframes k{0%{x:1}}@font-face{src:url(f)}"
    assert prune(css, Vocabulary(["a"])) == "@media print{.a{x:1}}@keyframes k{0%{x:1}}@font-face{src:url(f)}"


def test_a_sheet_that_is_not_css_is_an_error_naming_the_line():
    with pytest.raises(StylesheetError, match="line 2"):
        prune(".a{x:1}\n}", Vocabulary(["a"]))


def test_the_vocabulary_holds_the_words_of_pages_and_scripts(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text('<p class="lead note">', encoding="utf-8")
    (tmp_path / "assets" / "app.js").write_text('li.className = "rs-" + kind;', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    words = Vocabulary.of_site(tmp_path)
    assert words.knows("lead") and words.knows("note") and words.knows("rs-law")
    assert not words.knows("ignored") and not words.knows("md-banner")


def test_the_built_site_serves_the_pruned_sheet(built_site):
    import material

    sheet = next((built_site / "assets" / "stylesheets").glob("main.*.min.css"))
    served = sheet.read_text(encoding="utf-8")
    theme = Path(material.__file__).parent / "templates" / "assets" / "stylesheets" / sheet.name
    assert ".md-banner" not in served and ".key-command" not in served  # no page has them
    assert ".md-nav__link" in served and ".official-text" in served
    assert len(served) < 0.8 * len(theme.read_text(encoding="utf-8"))


# ---- in the browser: every element styled as by the whole sheet ----------------------------------

# Each element's computed style and its ::before and ::after when drawn (every property, sorted),
# as a 32-bit FNV-1a hash per element in document order (elements the reader cannot see included:
# closed dialogs, the drawer, tooltips).
STYLES = """() => {
  const out = [];
  const hash = s => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
    return h >>> 0;
  };
  for (const el of document.querySelectorAll('*')) {
    const parts = [];
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && ['none', 'normal'].includes(cs.content)) { continue; }  // not drawn
      for (let i = 0; i < cs.length; i++) {
        parts.push((pseudo || '') + cs[i] + ':' + cs.getPropertyValue(cs[i]));
      }
    }
    out.push(hash(parts.sort().join(';')));
  }
  return out;
}"""

DESCRIBE = """i => {
  const el = document.querySelectorAll('*')[i];
  const style = {};
  for (const pseudo of [null, '::before', '::after']) {
    const cs = getComputedStyle(el, pseudo);
    for (let j = 0; j < cs.length; j++) { style[(pseudo || '') + cs[j]] = cs.getPropertyValue(cs[j]); }
  }
  return {tag: el.tagName, cls: el.className && el.className.baseVal === undefined ? el.className : '', style};
}"""

STILL = "*,*::before,*::after{transition:none!important;animation:none!important;caret-color:auto!important}"

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _dark_and_large(page) -> None:
    page.locator(".regsite-reading-button").click()
    page.check("input[name=regsite-size][value='1.45']")
    page.check("input[name=regsite-scheme][value=dark]")


STATES = [
    ("index.html", DESKTOP, None),
    ("articles/article-29.html", DESKTOP, None),
    ("articles/article-29.html", PHONE, None),
    ("en/articles/article-24.html", DESKTOP, None),
    ("en/articles/article-24.html", PHONE, None),
    ("chapters/chapter-4.html", DESKTOP, None),
    ("chapters/chapter-1.html", PHONE, None),
    ("en/glossary.html", DESKTOP, None),
    ("faq.html", PHONE, None),
    ("about.html", DESKTOP, None),
    ("compare/article-29.html", DESKTOP, None),
    ("quiz/chapter-4.html", PHONE, None),
    ("embed/article-29.html", PHONE, None),
    ("embed.html", DESKTOP, None),
    ("404.html", DESKTOP, None),
    ("articles/article-29.html", DESKTOP, lambda page: search(page, "举报")),
    ("en/index.html", PHONE, lambda page: search(page, "report espionage")),
    ("articles/article-29.html", PHONE, lambda page: page.locator(".md-header label[for=__drawer]").click()),
    ("articles/article-29.html", DESKTOP, lambda page: page.locator(".official-text .term").first.hover()),
    ("en/articles/article-24.html", PHONE, _dark_and_large),
    ("articles/article-29.html", DESKTOP, lambda page: page.emulate_media(media="print")),
    ("chapters/chapter-4.html", DESKTOP, lambda page: page.emulate_media(media="print")),
]


def whole_sheet_of(site: Path) -> str:
    """Material's whole stylesheet and the site's own rules, written as the hooks write the served
    sheet of ``site`` (the same parser and minifier) but with every rule kept."""
    import material
    import rcssmin

    from regsite.cssprune import CLASS

    sheet = next((site / "assets" / "stylesheets").glob("main.*.min.css")).name
    theme = (Path(material.__file__).parent / "templates" / "assets" / "stylesheets" / sheet).read_text(
        encoding="utf-8"
    )
    own = (ROOT / "overrides" / "assets" / "stylesheets" / "regsite.css").read_text(encoding="utf-8")
    everything = Vocabulary(CLASS.findall(theme) + CLASS.findall(own))
    return rcssmin.cssmin(prune(theme, everything) + "\n" + prune(own, everything))


def _styles(chromium, url: str, viewport, act, sheet: str | None):
    context = chromium.new_context(viewport=viewport, reduced_motion="reduce")
    page = context.new_page()
    if sheet is not None:
        page.route(
            "**/assets/stylesheets/main.*.min.css", lambda route: route.fulfill(body=sheet, content_type="text/css")
        )
    page.goto(url, wait_until="networkidle")
    page.add_style_tag(content=STILL)
    if act:
        act(page)
    page.wait_for_timeout(300)
    return context, page, page.evaluate(STYLES)


def assert_styled_as_by_the_whole_sheet(chromium, url: str, viewport, act, whole_sheet: str) -> None:
    """Every element of ``url`` (after ``act``) has the same computed style under the served sheet
    and under ``whole_sheet``."""
    served, served_page, pruned = _styles(chromium, url, viewport, act, None)
    whole, whole_page, expected = _styles(chromium, url, viewport, act, whole_sheet)
    try:
        assert len(pruned) == len(expected), "the page has other elements under the two sheets"
        differ = [i for i, (a, b) in enumerate(zip(pruned, expected, strict=True)) if a != b]
        problems = []
        for i in differ[:5]:
            a, b = served_page.evaluate(DESCRIBE, i), whole_page.evaluate(DESCRIBE, i)
            changed = {
                k: (a["style"].get(k), b["style"].get(k))
                for k in a["style"].keys() | b["style"].keys()
                if a["style"].get(k) != b["style"].get(k)
            }
            problems.append((a["tag"], a["cls"], dict(list(changed.items())[:6])))
        assert differ == [], f"{url}: {len(differ)} elements styled otherwise, first: {problems}"
    finally:
        served.close()
        whole.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "viewport", "act"), STATES, ids=[f"{p}-{v['width']}-{i}" for i, (p, v, _) in enumerate(STATES)]
)
def test_every_element_is_styled_as_by_materials_whole_stylesheet(chromium, server, built_site, path, viewport, act):
    assert_styled_as_by_the_whole_sheet(chromium, f"{server}/{path}", viewport, act, whole_sheet_of(built_site))
