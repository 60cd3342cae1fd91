"""Other regulations through the same generator, with no code change: a bare ``source.txt`` gives
a complete, strict-built Chinese site that carries nothing of the default regulation.

* ``national-anthem-law-2017``: a real national law as the databases print it: adoption note
  without brackets, no chapters, an item list interrupted by a line, an annex after the last
  article. Nothing but ``source.txt``.
* ``civil-procedure-law-2023``: a real national law with 编 / 章 / 节 and five unbracketed
  amendment notes (306 articles). Nothing but ``source.txt``.
* ``code-layout`` (built in a temporary folder from ``tests/fixtures/layouts/code-layout.txt``):
  编 / 分编 / 章 / 节 with chapters restarting in every 编, 第X条之一, an unnumbered 附则 part,
  a promulgation notice above the title and a 目录.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CONTENT, REGULATIONS, ROOT, build_site, handouts_of
from htmltext import official_lines

from regsite.load import load

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
DEFAULT_MARKERS = ("江西", "反间谍", "12339", "Jiangxi", "jiangxi", "Counterespionage")


@pytest.fixture(scope="module", params=["national-anthem-law-2017", "civil-procedure-law-2023", "code-layout"])
def regulation_site(request, tmp_path_factory):
    """(source, built site) for each regulation, each built from nothing but its source.txt."""
    if request.param == "code-layout":
        folder = tmp_path_factory.mktemp("content") / "code-layout"
        folder.mkdir()
        shutil.copy(LAYOUTS / "code-layout.txt", folder / "source.txt")
        source = folder / "source.txt"
    else:
        source = REGULATIONS / request.param / "source.txt"
    assert sorted(p.name for p in source.parent.iterdir()) == ["source.txt"], "these fixtures are bare"
    return source, build_site(source, tmp_path_factory.mktemp(request.param), site_url=None)


def html(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def test_every_article_is_on_its_page_word_for_word_in_both_languages(regulation_site):
    source, site = regulation_site
    regulation = load(source).regulation
    for article in regulation.articles:
        for prefix in ("", "en/"):
            page = html(site, f"{prefix}articles/article-{article.key}.html")
            assert "\n".join(official_lines(page)) == article.text, f"{prefix}article {article.key}"


def test_the_site_is_named_after_its_own_title(regulation_site):
    source, site = regulation_site
    title = load(source).regulation.title
    home = html(site, "index.html")
    assert f"<title>{title}</title>" in home
    assert title in html(site, "en/index.html")


def test_nothing_of_the_default_regulation_is_in_the_site(regulation_site):
    source, site = regulation_site
    for path in site.rglob("*"):
        if path.suffix in {".html", ".json", ".js", ".xml", ".txt"}:
            text = path.read_text(encoding="utf-8")
            found = [m for m in DEFAULT_MARKERS if m in text]
            assert not found, f"{path.relative_to(site)} contains {found}"
    listing = json.loads((handouts_of(site, source) / "handouts.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in (site / "handouts").iterdir()) == listing["files"]


def test_english_pages_say_there_is_no_translation_yet(regulation_site):
    source, site = regulation_site
    first = load(source).regulation.articles[0]
    page = html(site, f"en/articles/article-{first.key}.html")
    assert "There is no English translation of this article yet" in page
    assert 'class="translation"' not in page


def test_pages_that_need_editorial_data_are_absent_and_not_linked(regulation_site):
    _, site = regulation_site
    for name in ("glossary.html", "faq.html", "embed/glossary.html", "embed/quiz-all.html"):
        assert not (site / name).exists(), name
    assert not (site / "audiences").exists()
    assert not (site / "quiz").exists()
    assert not list((site / "handouts").glob("quiz-*"))
    for page in ("index.html", "articles.html", "embed.html", "data.html"):
        assert "glossary.html" not in html(site, page)
        assert "quiz" not in html(site, page), page


def test_handouts_hold_the_whole_text_without_a_qr_code_when_no_address_is_set(regulation_site):
    import subprocess

    source, site = regulation_site
    regulation = load(source).regulation
    pdf = site / "handouts" / "regulation.zh.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert regulation.title in text
    assert regulation.articles[-1].label in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "example.org" not in text and "http" not in text
    assert len(images.splitlines()) <= 2  # header lines only: no QR image
    chapters = [c.key for c in regulation.chapters]
    assert sorted(p.name for p in (site / "handouts").glob("chapter-*.zh.pdf")) == sorted(
        f"chapter-{k}.zh.pdf" for k in chapters
    )


def test_national_anthem_law_lists_its_articles_and_its_annex(tmp_path_factory):
    source = REGULATIONS / "national-anthem-law-2017" / "source.txt"
    regulation = load(source).regulation
    assert regulation.chapters == () and len(regulation.articles) == 16
    assert [a.heading for a in regulation.annexes] == ["附件：中华人民共和国国歌（五线谱版、简谱版）"]


def test_structure_pages_follow_the_layout(regulation_site):
    source, site = regulation_site
    regulation = load(source).regulation
    nav = html(site, "index.html")
    if not regulation.chapters:
        assert not (site / "chapters").exists()
        assert "条文" in nav
    for chapter in regulation.chapters:
        page = html(site, f"chapters/chapter-{chapter.key}.html")
        assert chapter.title in page
    for part in regulation.parts:  # each part heads the navigation of the pages inside it
        inside = html(site, f"articles/article-{part.article_keys[0]}.html")
        assert f"{part.label} {part.title}" in inside
    top = [p for p in regulation.parts if p.parent is None]
    assert all(f"{p.label} {p.title}" in nav for p in top)
    for annex in regulation.annexes:
        assert annex.heading in html(site, f"annexes/annex-{annex.number}.html")


def test_the_default_regulation_names_no_other_and_code_names_none():
    """mkdocs.yml, hooks, templates, scripts and the browser code name no regulation: what is
    particular to one lives in its content folder."""
    checked = [
        ROOT / "mkdocs.yml",
        *(ROOT / "hooks").rglob("*.py"),
        *(ROOT / "overrides").rglob("*.*"),
        *(ROOT / "scripts").rglob("*.*"),
    ]
    offenders = {}
    for path in checked:
        if not path.is_file() or path.suffix in {".png", ".svg", ".pyc"} or "vendor" in path.parts:
            continue
        if any(part.endswith(".egg-info") or part == "__pycache__" for part in path.parts):
            continue  # made by pip and Python, not part of the project
        text = path.read_text(encoding="utf-8")
        found = [m for m in (*DEFAULT_MARKERS, CONTENT.name) if m in text]
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}
