"""The law library (content/library.yml): the regulation with the national laws it rests on, each
at its own path, linked provision to provision, one search across them; the regulation's old
single-statute addresses still lead to the same pages.

The oracles here are written from the texts, not from the generator: the names each statute is
cited by, the related provisions as related.yml states them, the old site as built alone.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from conftest import ROOT, SITE_URL, make_project
from playwright.sync_api import expect
from test_links import broken_links

LIBRARY = ROOT / "content" / "library.yml"
SLUGS: list[str] = yaml.safe_load(LIBRARY.read_text(encoding="utf-8"))["statutes"]
JX, CEL, NSL, RRM = (
    "jiangxi-counter-espionage-2024",
    "counterespionage-law",
    "national-security-law",
    "reporting-rewards-measures",
)

# The names each statute of the library is cited by in the four texts and their translations
# (longest first). 《中华人民共和国反间谍法实施细则》 is another law: it must not link to the Law.
ZH_NAMES = {
    CEL: ["中华人民共和国反间谍法", "反间谍法"],
    NSL: ["中华人民共和国国家安全法", "国家安全法"],
    RRM: ["公民举报危害国家安全行为奖励办法"],
    JX: ["江西省反间谍工作条例"],
}
EN_NAMES = {
    CEL: ["Counterespionage Law of the People's Republic of China", "Counterespionage Law"],
    NSL: ["National Security Law of the People's Republic of China", "National Security Law"],
    RRM: ["Measures for Rewarding Citizens' Reports of Acts Endangering National Security"],
    JX: ["Regulations of Jiangxi Province on Counterespionage Work"],
}
UNTRANSLATED = {NSL, RRM}  # only headings in English so far
ZH_SELF = {CEL: "本法", NSL: "本法", RRM: "本办法", JX: "本条例"}
EN_SELF = {CEL: "this Law", NSL: "this Law", RRM: "these Measures", JX: "these Regulations"}
NUM = "[零〇一二三四五六七八九十百]+"
NOT_TEXT = {"tip", "erratum-ref", "para-anchor", "para-tools"}


@pytest.fixture(scope="module")
def library_build(tmp_path_factory):
    """The library built from a copy of content/ (a later test changes one statute in the copy)."""
    from regsite.sitebuild import BuildOptions, build_site

    project = make_project(tmp_path_factory.mktemp("library"))
    shutil.copytree(ROOT / "content", project / "content")
    report = build_site(
        project / "content" / "library.yml",
        project / "site",
        project / "build",
        BuildOptions(site_url=SITE_URL, compress=False, jobs=2, csp=project / "build" / "csp-header.txt"),
    )
    return project, report


@pytest.fixture(scope="module")
def library_site(library_build) -> Path:
    return library_build[0] / "site"


# ---- the reference grammar: the three mis-links of the issue, and lists ----------------------


@pytest.fixture(scope="module")
def library():
    from regsite.library import load_library

    return load_library(LIBRARY)


def targets(library, text: str, lang: str = "zh", here: str = JX) -> list[tuple[str, str | None]]:
    from regsite.references import find_en, find_zh, resolve

    regulation = library.site(here).regulation
    found = (find_zh if lang == "zh" else find_en)(text, "1", 1)
    out = []
    for ref in found:
        target = resolve(ref, regulation, "", library.laws(here))
        out.append((ref.text, None if target is None else f"{target.statute or here}:{target.article}"))
    return out


def test_a_law_named_before_a_list_is_the_law_of_every_article_in_it(library):
    assert targets(library, "违反《中华人民共和国反间谍法》第五十四条、第五十五条规定的") == [
        ("第五十四条", f"{CEL}:54"),
        ("第五十五条", f"{CEL}:55"),
    ]
    assert targets(library, "依照反间谍法第五十四条或者第五十五条处理") == [
        ("第五十四条", f"{CEL}:54"),
        ("第五十五条", f"{CEL}:55"),
    ]


def test_a_law_outside_the_library_stays_text_and_never_links_to_this_statute(library):
    assert targets(library, "依照刑法第一百一十条的规定") == [("第一百一十条", None)]
    assert targets(library, "依照《中华人民共和国刑法》第十条的规定") == [("第十条", None)]
    # a list of this statute's articles, then another law's: each keeps its own
    assert targets(library, "本条例第三十一条和反间谍法第四十一条") == [
        ("第三十一条", f"{JX}:31"),
        ("第四十一条", f"{CEL}:41"),
    ]


def test_english_articles_before_a_law_belong_to_that_law(library):
    text = "under Article 54 or Article 55 of the Counterespionage Law of the People's Republic of China"
    assert [t for _, t in targets(library, text, "en")] == [f"{CEL}:54", f"{CEL}:55"]
    assert [t for _, t in targets(library, "Articles 54 and 55 of the Counterespionage Law", "en")] == [
        f"{CEL}:54",
        f"{CEL}:55",
    ]
    assert [t for _, t in targets(library, "Article 31 of these Regulations", "en")] == [f"{JX}:31"]


def test_a_missing_article_of_a_library_law_is_an_error(library):
    from regsite.errors import SourceError

    with pytest.raises(SourceError, match="no article 99"):
        targets(library, "依照《中华人民共和国反间谍法》第九十九条")


# ---- the built library ---------------------------------------------------------------------


def test_each_statute_has_its_own_folder_with_everything_a_statute_has(library_site):
    for slug in SLUGS:
        folder = library_site / slug
        for rel in (
            "index.html",
            "en/index.html",
            "full-text.html",
            "en/full-text.html",
            "articles/article-1.html",
            "en/articles/article-1.html",
            "embed/article-1.html",
            "data/regulation.json",
            "search/zh.js",
            "search/en.js",
        ):
            assert (folder / rel).is_file(), f"{slug}/{rel}"
        assert list((folder / "handouts").glob("*.pdf")), f"{slug}: no handouts"
    for slug in (JX, CEL):  # translated: the side-by-side view of each article
        assert (library_site / slug / "compare" / "article-1.html").is_file()


def test_the_library_home_lists_every_statute_in_both_languages(library_site):
    for lang, prefix in (("zh", ""), ("en", "en/")):
        home = (library_site / prefix / "index.html").read_text(encoding="utf-8")
        for slug in SLUGS:
            assert f'href="{"../" if prefix else ""}{slug}/{prefix}index.html"' in home, (lang, slug)


def test_no_broken_internal_links_or_fragments_in_the_library(library_site):
    broken, checked = broken_links(library_site)
    assert checked > 20000
    assert broken == []


class _Text(HTMLParser):
    """The text of a block, each character with the link it is in (or None)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: list[tuple[str, str | None]] = []
        self.stack: list[tuple[str, bool, str | None]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        skip = bool(set((a.get("class") or "").split()) & NOT_TEXT) or (self.stack and self.stack[-1][1])
        href = a.get("href") if tag == "a" and "xref" in (a.get("class") or "") else None
        self.stack.append((tag, bool(skip), href or (self.stack[-1][2] if self.stack else None)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][1]:
            return
        href = self.stack[-1][2] if self.stack else None
        self.chars.extend((c, href) for c in data)


BLOCK = re.compile(r'<div class="(?:official-text|translation)" lang="[a-z]+"[^>]*>.*?</div>', re.S)


def text_blocks(page: Path) -> list[tuple[str, list[str | None]]]:
    out = []
    for m in BLOCK.finditer(page.read_text(encoding="utf-8")):
        parser = _Text()
        parser.feed(m.group(0))
        out.append(("".join(c for c, _ in parser.chars), [h for _, h in parser.chars]))
    return out


def lands(page: Path, href: str | None, root: Path) -> str | None:
    """Where a link leads: "<statute folder>/<page>#<fragment>" from the library's root."""
    if href is None:
        return None
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve()
    rel = target.relative_to(root.resolve()).as_posix()
    return rel + (f"#{parts.fragment}" if parts.fragment else "")


def citations(text: str, lang: str, here: str):
    """(start, end, statute, article or None) of each citation the oracle knows in ``text``."""
    found = []
    taken: list[tuple[int, int]] = []
    names = ZH_NAMES if lang == "zh" else EN_NAMES
    candidates = sorted(((n, s) for s, ns in names.items() for n in ns), key=lambda x: -len(x[0]))
    for name, slug in candidates:
        for m in re.finditer(re.escape(name), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            after = text[m.end() : m.end() + 6]
            if lang == "zh" and (
                after.startswith(("实施细则", "律", "规"))
                or (text[m.end() : m.end() + 1] == "》" and text[m.end() + 1 :].startswith("实施"))
            ):
                continue  # another law (反间谍法实施细则) or a longer word (国家安全法律)
            if slug == here:
                continue  # a statute naming itself by its title: no link needed
            found.append((m.start(), m.end(), slug, None))
            if lang == "zh":  # 《…》第X条、第Y条
                pos = m.end() + (1 if text[m.end() : m.end() + 1] == "》" else 0)
                rest = text[pos:]
                first = True
                while True:
                    a = re.match(rf"(?:{'' if first else '(?:、|和|或者|及)'})第({NUM})条", rest)
                    if not a:
                        break
                    found.append((pos + a.start(1) - 1, pos + a.end(), slug, a.group(1)))
                    pos += a.end()
                    rest = text[pos:]
                    first = False
    # 本法第X条 / Article N of this Law: the statute itself
    if lang == "zh":
        for m in re.finditer(rf"{ZH_SELF[here]}第({NUM})条", text):
            found.append((m.start() + len(ZH_SELF[here]), m.end(), here, m.group(1)))
    else:
        for m in re.finditer(rf"Article (\d+) of {EN_SELF[here]}", text):
            found.append((m.start(), m.start() + len(f"Article {m.group(1)}"), here, m.group(1)))
        for slug, ns in EN_NAMES.items():
            for n in ns:
                for m in re.finditer(rf"Articles? (\d+) of the {re.escape(n)}", text):
                    if slug != here:
                        found.append((m.start(), m.start() + len(m.group(0)) - len(n) - 8, slug, m.group(1)))
    return found


def test_every_citation_of_a_library_statute_links_to_the_right_provision(library_site):
    from regsite.numerals import to_int

    checked, wrong = 0, []
    for here in SLUGS:
        for page in sorted((library_site / here).glob("**/articles/article-*.html")):
            lang = "en" if "/en/" in page.as_posix() else "zh"
            for text, hrefs in text_blocks(page):
                block_lang = "zh" if re.search(r"[\u4e00-\u9fff]{4}", text) else "en"
                for start, end, slug, article in citations(text, block_lang, here):
                    checked += 1
                    links = {lands(page, h, library_site) for h in hrefs[start:end]}
                    if article is None:
                        want = {f"{slug}/{'en/' if lang == 'en' else ''}index.html"}
                    else:
                        key = str(to_int(article)) if block_lang == "zh" else article
                        want = {f"{slug}/{'en/' if lang == 'en' else ''}articles/article-{key}.html#art-{key}"}
                    if links != want:
                        wrong.append(f"{page.relative_to(library_site)}: {text[start:end]!r} -> {links}, want {want}")
    assert checked >= 20, checked
    assert wrong == []


def test_a_law_outside_the_library_is_not_linked_anywhere(library_site):
    """《中华人民共和国反间谍法实施细则》 (rewards measures, article 1) is not the Counterespionage Law."""
    page = library_site / RRM / "articles" / "article-1.html"
    for text, hrefs in text_blocks(page):
        i = text.find("反间谍法实施细则")
        if i >= 0:
            assert set(hrefs[i : i + 8]) == {None}
            return
    pytest.fail("the rewards measures' article 1 no longer names the implementing rules")


def related_entries():
    data = yaml.safe_load((ROOT / "content" / JX / "editorial" / "related.yml").read_text(encoding="utf-8"))
    return data["articles"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_regulation_article_shows_its_related_national_provisions_and_they_show_it(library_site, lang):
    prefix = "en/" if lang == "en" else ""
    with_links = 0
    for entry in related_entries():
        page = library_site / JX / prefix / "articles" / f"article-{entry['article']}.html"
        html = page.read_text(encoding="utf-8")
        section = re.search(r'<section class="related".*?</section>', html, re.S)
        if not entry["provisions"]:
            note = entry["note_zh" if lang == "zh" else "note_en"]
            assert section and note.split("；")[0][:20] in section.group(0).replace("&#34;", '"').replace("&#39;", "'")
            continue
        assert section, f"article {entry['article']}: no related provisions"
        links = {lands(page, h, library_site) for h in re.findall(r'href="([^"]+)"', section.group(0))}
        for p in entry["provisions"]:
            anchor = f"art-{p['article']}" + (f"-p-{p['paragraph']}" if p.get("paragraph") else "")
            if lang == "en" and p.get("paragraph") and p["statute"] in UNTRANSLATED:
                anchor = "zh-" + anchor  # its English page shows the Chinese original
            assert f"{p['statute']}/{prefix}articles/article-{p['article']}.html#{anchor}" in links, (
                entry["article"],
                p,
            )
            with_links += 1
            back = library_site / p["statute"] / prefix / "articles" / f"article-{p['article']}.html"
            back_html = back.read_text(encoding="utf-8")
            back_section = re.search(r'<section class="related".*?</section>', back_html, re.S)
            assert back_section, f"{p['statute']} article {p['article']}: no reverse link"
            back_links = {lands(back, h, library_site) for h in re.findall(r'href="([^"]+)"', back_section.group(0))}
            assert f"{JX}/{prefix}articles/article-{entry['article']}.html#art-{entry['article']}" in back_links
    assert with_links >= 70


def test_the_compare_view_shows_the_related_national_text(library_site):
    html = (library_site / JX / "compare" / "article-7.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="related".*?</section>', html, re.S).group(0)
    # the Counterespionage Law's article 9, quoted in full
    assert "对举报间谍行为或者在反间谍工作中做出重大贡献的个人和组织，按照国家有关规定给予表彰和奖励。" in section


def test_interface_words_follow_the_kind_of_each_statute(library_site):
    assert "法律全文（PDF）" in (library_site / CEL / "index.html").read_text(encoding="utf-8")
    assert "办法全文（PDF）" in (library_site / RRM / "index.html").read_text(encoding="utf-8")
    assert "条例全文（PDF）" in (library_site / JX / "index.html").read_text(encoding="utf-8")
    assert "条例全文" not in (library_site / CEL / "index.html").read_text(encoding="utf-8")


# ---- the old addresses ------------------------------------------------------------------------

REDIRECT = re.compile(r'<script src="[^"]*regsite-redirect\.js" data-target="([^"]+)"')
H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)


def h1(path: Path) -> str:
    m = H1.search(path.read_text(encoding="utf-8"))
    return re.sub(r"<[^>]+>", "", m.group(1)).strip() if m else ""


def test_every_address_of_the_old_single_statute_site_still_leads_to_the_same_page(built_site, library_site):
    """Every file the regulation's own site had (it is built alone here, as it was published):
    its pages and embeds lead to the same page of the library (kept, or a static page that moves
    on), its downloads and assets are still there. Only the two search shards of the old site
    are gone (the library's search loads each statute's own), and the sitemap at the root is now
    a sitemap index naming the regulation's."""
    problems, pages = [], 0
    for old in sorted(built_site.rglob("*")):
        if not old.is_file():
            continue
        rel = old.relative_to(built_site).as_posix()
        new = library_site / rel
        if rel in ("search/zh.js", "search/en.js"):
            continue
        if not new.exists():
            problems.append(f"{rel}: gone")
            continue
        if rel == "sitemap.xml":
            assert f"{SITE_URL}{JX}/sitemap.xml" in new.read_text(encoding="utf-8")
            continue
        if old.suffix != ".html" or rel == "404.html":
            continue
        pages += 1
        html = new.read_text(encoding="utf-8")
        redirect = REDIRECT.search(html)
        if rel in ("index.html", "en/index.html"):  # the library's home: it leads with the regulation
            assert not redirect
            assert f'href="{"../" if rel.startswith("en/") else ""}{JX}/{rel}"' in html
            continue
        if not redirect:
            problems.append(f"{rel}: neither kept nor moved")
            continue
        target = (new.parent / redirect.group(1)).resolve()
        if target != (library_site / JX / rel).resolve() or not target.exists():
            problems.append(f"{rel}: leads to {redirect.group(1)}")
        elif h1(target) != h1(old):
            problems.append(f"{rel}: {h1(old)!r} became {h1(target)!r}")
    assert pages > 400
    assert problems == []


# ---- search across the library ------------------------------------------------------------------


@pytest.fixture(scope="module")
def library_server(library_site):
    from regsite.localweb import serve_folder

    httpd, base = serve_folder(library_site)
    yield base
    httpd.shutdown()


def results(chromium, base: str, page: str, query: str, statute: str = "") -> list[str]:
    """The result links (paths from the library's root) for ``query`` typed on ``page``."""
    tab = chromium.new_page(viewport={"width": 1280, "height": 900})
    tab.goto(f"{base}/{page}")
    tab.locator(".regsite-search-button").click()
    tab.wait_for_selector(".rs-dialog[open]")
    if statute:
        tab.locator(".rs-filter select").select_option(statute)
    tab.locator("#rs-input").fill(query)
    tab.wait_for_function(
        "q => document.querySelector('[data-regsite-search]').getAttribute('data-searched') === q", arg=query
    )
    hrefs = tab.eval_on_selector_all(".rs-results a", "els => els.map(e => e.href)")
    tab.close()
    return [h[len(base) + 1 :].split("#")[0] for h in hrefs]


@pytest.mark.browser
def test_a_question_about_the_reward_for_reporting_finds_the_rewards_measures_first(chromium, library_server):
    for page in ("index.html", f"{JX}/index.html", f"{CEL}/articles/article-16.html"):
        assert results(chromium, library_server, page, "举报奖金有多少")[0].startswith(f"{RRM}/articles/"), page
    for page in ("en/index.html", f"{JX}/en/index.html"):
        found = results(chromium, library_server, page, "reward for reporting espionage")
        assert found[0].startswith(f"{RRM}/en/articles/"), page


@pytest.mark.browser
def test_one_search_finds_provisions_of_several_statutes(chromium, library_server):
    found = results(chromium, library_server, f"{JX}/index.html", "举报间谍行为")
    statutes = {f.split("/")[0] for f in found[:6]}
    assert {JX, CEL} <= statutes


@pytest.mark.browser
def test_the_filter_keeps_to_one_statute(chromium, library_server):
    found = results(chromium, library_server, f"{JX}/index.html", "举报", statute=CEL)
    assert found and all(f.startswith(f"{CEL}/") for f in found)
    found = results(chromium, library_server, "index.html", "国家安全", statute=NSL)
    assert found and all(f.startswith(f"{NSL}/") for f in found)


@pytest.mark.browser
def test_an_old_embed_address_keeps_its_view_and_paragraph(chromium, library_server):
    tab = chromium.new_page()
    tab.goto(f"{library_server}/embed/article-29.html?view=text#art-29-p-2")
    tab.wait_for_url(re.compile(rf"/{JX}/embed/article-29\.html\?view=text#art-29-p-2$"))
    assert tab.locator("#art-29-p-2").count() == 1
    tab.close()


LIBRARY_PAGES = [
    "index.html",
    f"{JX}/articles/article-7.html",
    f"{JX}/compare/article-7.html",
    f"{CEL}/articles/article-8.html",
    f"{CEL}/index.html",
    f"{NSL}/articles/article-52.html",
    f"{RRM}/full-text.html",
]


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_library_pages_have_no_axe_violations(chromium, library_server, lang):
    from test_a11y import violations

    page = chromium.new_page()
    found = {}
    for rel in LIBRARY_PAGES:
        if lang and "/" in rel:
            rel = rel.replace("/", "/en/", 1)
        elif lang:
            rel = "en/" + rel
        page.goto(f"{library_server}/{rel}")
        if v := violations(page):
            found[rel] = v
    page.close()
    assert found == {}


@pytest.mark.browser
def test_the_library_runs_under_the_policy_the_build_wrote(chromium, library_build):
    project, _ = library_build
    from regsite.localweb import serve_folder

    policy = (project / "build" / "csp-header.txt").read_text(encoding="utf-8").strip()
    assert "'unsafe-inline'" not in policy
    httpd, base = serve_folder(project / "site", {"Content-Security-Policy": policy})
    page = chromium.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    for rel in ("index.html", "en/index.html", f"{JX}/articles/article-7.html", f"{CEL}/en/articles/article-8.html"):
        page.goto(f"{base}/{rel}", wait_until="load")
    page.goto(f"{base}/articles/article-29.html#art-29-p-2")  # an old address: moved on by a file script
    page.wait_for_url(re.compile(rf"/{JX}/articles/article-29\.html#art-29-p-2$"))
    page.locator(".regsite-search-button").click()
    page.locator("#rs-input").fill("举报")
    # A locator waits without evaluating a string, which the policy (rightly) forbids.
    expect(page.locator("[data-regsite-search]")).to_have_attribute("data-searched", "举报", timeout=15000)
    assert page.locator(".rs-results .rs-item").count() > 0
    page.close()
    httpd.shutdown()
    assert violations == []


# ---- cost: a statute that has not changed is not built again --------------------------------


def test_a_statutes_job_reads_the_others_editorial_data_only_where_its_pages_use_it():
    from regsite.editorial import DeferredEditorial
    from regsite.library import load_library

    library = load_library(LIBRARY, focus=NSL)
    deferred = {slug: site.editorial for slug, site in library.sites.items() if slug != NSL}
    assert all(isinstance(e, DeferredEditorial) for e in deferred.values())
    assert not isinstance(library.site(NSL).editorial, DeferredEditorial)
    # names, titles and the citation table need only regulation.yml
    assert library.slug_for("反间谍法") == CEL and library.site(JX).short_title("en")
    assert [slug for slug, e in deferred.items() if e._full is not None] == []
    # a heading of another statute (a citation's preview) reads that statute, and only that one
    full = load_library(LIBRARY)
    article = full.regulation(CEL).article("54")
    assert library.site(CEL).heading(article, "zh") == full.site(CEL).heading(article, "zh")
    assert [slug for slug, e in deferred.items() if e._full is not None] == [CEL]


def test_an_unchanged_statute_is_not_built_again_and_a_changed_one_is(library_build, tmp_path):
    from regsite.sitebuild import BuildOptions, build_site

    project, first = library_build
    assert sorted(first.built) == sorted(SLUGS)
    options = BuildOptions(site_url=SITE_URL, compress=False, jobs=2)
    again = build_site(project / "content" / "library.yml", tmp_path / "site", project / "build", options)
    assert again.built == []
    meta = project / "content" / NSL / "regulation.yml"
    meta.write_text(meta.read_text(encoding="utf-8") + "\n# touched by a test\n", encoding="utf-8")
    changed = build_site(project / "content" / "library.yml", tmp_path / "site", project / "build", options)
    assert changed.built == [NSL]
    # the site is whole all the same: every statute is there
    assert all((tmp_path / "site" / slug / "index.html").is_file() for slug in SLUGS)


# ---- the pruned stylesheet of each part of the library ----------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "phone"),
    [
        ("index.html", False),
        ("en/index.html", True),
        (f"{JX}/articles/article-1.html", False),
        (f"{JX}/compare/article-1.html", False),
        (f"{CEL}/en/articles/article-16.html", True),
        (f"{CEL}/changes/2014-11-01.html", False),
    ],
)
def test_library_pages_are_styled_as_by_the_whole_stylesheet(chromium, library_server, library_site, path, phone):
    from test_stylesheet import DESKTOP, PHONE, assert_styled_as_by_the_whole_sheet, whole_sheet_of

    statute = path.split("/")[0]
    site = library_site / statute if (library_site / statute / "assets").is_dir() else library_site
    viewport = PHONE if phone else DESKTOP
    assert_styled_as_by_the_whole_sheet(chromium, f"{library_server}/{path}", viewport, None, whole_sheet_of(site))
