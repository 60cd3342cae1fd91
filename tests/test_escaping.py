"""Editorial text cannot inject markup (issue 26). Markup and script are put into every kind of
editorial field that is shown (article headings, summaries, translation, chapter overviews,
glossary definitions, FAQ, quiz, audiences, the site's description, the reporting box); each must
come out as text: on the pages, in the embeds, in search results and in the PDFs.

Markdown is taken only by the guides (home and about pages), which are whole Markdown documents
written by the editors; no field here is documented to take it."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import CONTENT, build_site, handouts_of, make_project

from regsite.localweb import serve_folder

MARK = "XSSMARK"
PAYLOAD = f' {MARK}"></title><img src=x onerror=alert(1)><script>alert(2)</script>'
SHOWN = "&lt;script&gt;alert(2)&lt;/script&gt;"  # the payload shown as text in HTML
NO_SPACE = '"><script>alert(2)</script>'  # for fields whose pattern allows no space (addresses)


def poison(content: Path) -> None:
    """Append the payload to one field of each kind."""

    def edit(rel: str, change) -> None:
        path = content / rel
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def chapter(data):
        data["chapter"]["overview_zh"] += PAYLOAD
        data["chapter"]["overview_en"] += PAYLOAD
        entry = next(a for a in data["articles"] if a["number"] == 29)
        for field in ("heading_zh", "heading_en"):
            entry[field] += PAYLOAD
        for field in ("summary_zh", "summary_en"):  # kept short: a summary has at most 200 characters
            entry[field] = entry[field][:60] + PAYLOAD
        entry["translation"][0]["text"] += PAYLOAD

    def glossary(data):
        for field in ("definition_zh", "definition_en"):
            data["terms"][0][field] += PAYLOAD

    def faq(data):
        for field in ("question_zh", "question_en", "answer_zh", "answer_en"):
            data["questions"][0][field] += PAYLOAD

    def quiz(data):
        q = data["questions"][0]
        for field in ("question_zh", "question_en", "explanation_zh", "explanation_en"):
            q[field] += PAYLOAD
        q["options"][0]["zh"] += PAYLOAD
        q["options"][0]["en"] += PAYLOAD

    def audiences(data):
        data["audiences"][0]["zh"] += PAYLOAD
        data["audiences"][0]["en"] += PAYLOAD

    def meta(data):
        for field in ("description_zh", "description_en"):
            data[field] += PAYLOAD
        for field in ("lead_zh", "lead_en", "note_zh", "note_en"):
            data["reporting"][field] += PAYLOAD
        # every way to reach the publisher, each with the payload where its pattern lets one in
        data["publisher"].update(
            name_zh=data["publisher"]["name_zh"] + PAYLOAD,
            name_en=data["publisher"]["name_en"] + PAYLOAD,
            contact_zh="南昌市示例路1号" + PAYLOAD,
            contact_en="1 Example Road, Nanchang" + PAYLOAD,
            email="editors@example.org",
            sponsor_zh="示例主办单位" + PAYLOAD,
            icp="赣ICP备12345678号" + PAYLOAD,
            police_record=NO_SPACE + "36010202000001号",
        )
        data["feedback_url"] = "https://example.org/feedback?x=" + NO_SPACE
        data["source_url"] = "https://example.org/regulation.pdf?x=" + NO_SPACE

    edit("editorial/articles/chapter-4.yml", chapter)
    edit("editorial/glossary.yml", glossary)
    edit("editorial/faq.yml", faq)
    edit("editorial/quiz.yml", quiz)
    edit("editorial/audiences.yml", audiences)
    edit("regulation.yml", meta)


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory) -> tuple[Path, Path]:
    """A site built from the regulation's content with the payload in its editorial fields."""
    root = tmp_path_factory.mktemp("poisoned")
    content = root / "content" / CONTENT.name
    shutil.copytree(CONTENT, content, ignore=shutil.ignore_patterns("related.yml"))
    poison(content)
    site = build_site(content / "source.txt", make_project(root / "project"))
    return site, content


class _Injected(HTMLParser):
    """Elements the payload would make if it were markup: an <img src=x>, a script running
    alert(2), an attribute broken out of (a quote in the payload ends it: the next attribute is
    ``<img``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_title = False
        self.script = False

    def handle_starttag(self, tag, attrs):
        if self.in_title:
            return  # <title> holds text only (RCDATA): a tag there is shown, not made
        names = [name for name, _ in attrs]
        if tag == "img" and dict(attrs).get("src") == "x":
            self.found.append("<img src=x>")
        if any(n.startswith("<img") or n == "onerror" for n in names if tag != "img"):
            self.found.append(f"attribute broken out of, in <{tag}>")
        self.in_title = tag == "title"
        self.script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        self.script = False

    def handle_data(self, data):
        if self.script and "alert(2)" in data:
            self.found.append("<script>alert(2)")


def injected(html: str) -> list[str]:
    parser = _Injected()
    parser.feed(html)
    return parser.found


def test_no_page_carries_the_payload_as_markup_and_each_field_shows_it_as_text(poisoned):
    site, _ = poisoned
    raw = [
        f"{p.relative_to(site)}: {found}"
        for p in site.rglob("*.html")
        if (found := injected(p.read_text(encoding="utf-8")))
    ]
    assert raw == []
    shown = {
        "articles/article-29.html": 3,  # heading (title and h1), summary
        "en/articles/article-29.html": 3,  # heading, summary, translation
        "chapters/chapter-4.html": 2,  # overview, summary
        "full-text.html": 1,
        "embed/article-29.html": 2,
        "en/embed/article-29.html": 2,
        "glossary.html": 1,
        "en/glossary.html": 1,
        "faq.html": 2,
        "en/faq.html": 2,
        "quiz/chapter-1.html": 2,
        "index.html": 2,  # the reporting box
        "audiences/public.html": 1,
    }
    few = {}
    for rel, least in shown.items():
        count = (site / rel).read_text(encoding="utf-8").count(SHOWN)
        if count < least:
            few[rel] = count
    assert few == {}


def test_the_publisher_and_every_way_to_reach_it_are_shown_on_every_page_and_on_the_about_page(poisoned):
    site, _ = poisoned
    for rel in ("articles/article-1.html", "en/articles/article-1.html", "about.html", "en/about.html"):
        page = (site / rel).read_text(encoding="utf-8")
        footer = page.split('class="md-copyright regsite-footer"')[1]
        contact = "南昌市示例路1号" if not rel.startswith("en/") else "1 Example Road, Nanchang"
        for shown in (contact + " XSSMARK", 'href="mailto:editors@example.org"', "赣ICP备12345678号 XSSMARK"):
            assert shown in footer, (rel, shown)
        # the address's quote stays inside the attribute
        assert 'href="https://example.org/feedback?x=&#34;&gt;&lt;script&gt;' in footer, rel
        assert "code=36010202000001" in footer, rel  # the public-security record links to its query page
    about = (site / "about.html").read_text(encoding="utf-8").split('class="provenance"')[1].split("</dl>")[0]
    assert "南昌市示例路1号 XSSMARK" in about and "editors@example.org" in about
    assert 'href="https://example.org/feedback?x=' in about and 'href="#reporting-errors"' in about


def test_titles_and_descriptions_carry_the_payload_as_text(poisoned):
    site, _ = poisoned
    head = (site / "articles" / "article-29.html").read_text(encoding="utf-8").split("</head>")[0]
    title = re.search(r"<title>(.*?)</title>", head, re.S).group(1)
    assert MARK in title and "&lt;/title&gt;" in title
    description = re.search(r'<meta name="description" content="([^"]*)"', head).group(1)
    assert "&#34;&gt;&lt;/title&gt;&lt;img" in description  # the quote stays inside the attribute


def test_the_search_index_holds_the_payload_as_data(poisoned):
    site, _ = poisoned
    index = (site / "search" / "zh.js").read_text(encoding="utf-8")
    # one call with JSON data: the words are searchable, nothing in them runs as code
    assert index.startswith("regsiteSearchShard(") and index.count("regsiteSearchShard(") == 1
    assert MARK in index


@pytest.mark.browser
def test_search_results_and_pages_show_the_payload_as_text_and_run_nothing(chromium, poisoned):
    from test_browser import search

    site, _ = poisoned
    httpd, base = serve_folder(site)
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    alerts: list[str] = []
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    pages = (
        "articles/article-29.html",
        "en/articles/article-29.html",
        "faq.html",
        "glossary.html",
        "quiz/chapter-1.html",
    )
    for rel in pages:
        page.goto(f"{base}/{rel}")
        page.wait_for_timeout(300)
        assert page.locator("img[src='x']").count() == 0, rel
    page.goto(f"{base}/articles/article-29.html")
    results = search(page, MARK)
    assert results.count() > 0
    assert page.locator(".rs-results img, .rs-results script").count() == 0
    assert "<script>alert(2)</script>" in page.locator(".rs-results").inner_text()
    page.close()
    httpd.shutdown()
    assert alerts == []


def test_the_handouts_print_the_payload_as_text(poisoned):
    site, content = poisoned
    folder = handouts_of(site, content / "source.txt")
    for name in ("chapter-4.zh.pdf", "chapter-4.en.pdf", "regulation.zh.pdf", "quiz-chapter-1.zh.pdf"):
        text = subprocess.run(["pdftotext", str(folder / name), "-"], capture_output=True, text=True, check=True).stdout
        assert "<script>alert(2)</script>" in text.replace("\n", ""), name
