"""The real strict build: every article on its own page word for word, both languages, no stale
pages, no request to another host, and a failed generation leaves docs/ untouched."""

import re

import pytest
from conftest import SITE_URL, SOURCE
from htmltext import official_lines

from regsite.build import MARKER, build, generate, sync
from regsite.errors import SourceError


def page(site, rel):
    return (site / rel).read_text(encoding="utf-8")


def test_every_article_is_on_its_own_chinese_page_word_for_word(built_site, regulation):
    for article in regulation.articles:
        html = page(built_site, f"articles/article-{article.key}.html")
        assert "\n".join(official_lines(html)) == article.text, f"article {article.key}"
        assert f'id="{article.id}"' in html


def test_every_english_article_page_carries_the_chinese_original(built_site, regulation):
    for article in regulation.articles:
        html = page(built_site, f"en/articles/article-{article.key}.html")
        assert "\n".join(official_lines(html)) == article.text, f"article {article.key}"
        assert f"Article {article.key} " in html
        assert "Unofficial translation" in html


def test_urls_are_the_same_in_both_languages(built_site, regulation):
    for article in regulation.articles:
        assert (built_site / f"articles/article-{article.key}.html").exists()
        assert (built_site / f"en/articles/article-{article.key}.html").exists()
    for chapter in regulation.chapters:
        assert (built_site / f"chapters/chapter-{chapter.number}.html").exists()
        assert (built_site / f"en/chapters/chapter-{chapter.number}.html").exists()


def test_paragraph_and_item_anchors_are_explicit(built_site):
    html = page(built_site, "articles/article-24.html")
    for anchor in ("art-24-p-1", "art-24-p-2", "art-24-p-2-i-1", "art-24-p-2-i-6"):
        assert f'id="{anchor}"' in html
    en = page(built_site, "en/articles/article-24.html")
    assert 'id="art-24-p-2-i-3"' in en and 'id="zh-art-24-p-2-i-3"' in en


def test_article_35_shows_its_correction_on_the_page_and_on_the_about_page(built_site):
    html = page(built_site, "articles/article-35.html")
    assert '<mark class="erratum"' in html and 'id="erratum-art-35-doubled-character"' in html
    assert "相关法律律责任" in html  # what the source said is shown in the note
    for about in ("about.html", "en/about.html"):
        text = page(built_site, about)
        assert 'id="errata"' in text and "相关法律律责任" in text and "相关法律责任" in text


def test_language_switcher_points_to_the_same_article(built_site):
    zh = page(built_site, "articles/article-29.html")
    en = page(built_site, "en/articles/article-29.html")
    assert 'href="../en/articles/article-29.html" hreflang="en"' in zh
    assert 'href="../../articles/article-29.html" hreflang="zh"' in en
    # for search engines: the page in both languages, by absolute address (a relative one is an error)
    for html in (zh, en):
        assert f'<link rel="alternate" hreflang="en" href="{SITE_URL}en/articles/article-29.html">' in html
        assert f'<link rel="alternate" hreflang="zh" href="{SITE_URL}articles/article-29.html">' in html


def test_no_page_loads_anything_from_another_host(built_site):
    offenders = []
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'<(?:script|link|img|iframe|source)\b[^>]*?(?:src|href)="(https?:)?//[^"]*"', text):
            if 'rel="canonical"' in match.group(0) or 'rel="alternate"' in match.group(0):
                continue
            offenders.append(f"{path.relative_to(built_site)}: {match.group(0)[:120]}")
    assert offenders == []
    # What scripts fetch at run time is checked in the browser (test_browser.py records requests).


def test_pages_do_not_use_position_based_heading_ids(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 140
    offenders = [
        str(p.relative_to(built_site)) for p in pages if re.search(r'<h[1-6] id="_\d+"', p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_rebuild_leaves_nothing_stale(tmp_path):
    docs = tmp_path / "docs"
    build(SOURCE, docs)
    stale = docs / "articles" / "article-99.md"
    stale.write_text("# 旧页面\n", encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md") if p != stale}
    report = build(SOURCE, docs)
    assert not stale.exists() and report.removed == 1
    assert report.written == 0  # unchanged pages are not rewritten (no serve loops)
    assert {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")} == before


def test_bad_input_leaves_the_existing_docs_as_they_were(tmp_path):
    docs = tmp_path / "docs"
    build(SOURCE, docs)
    snapshot = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    bad = tmp_path / "content" / "source.txt"
    bad.parent.mkdir()
    bad.write_text("标题\n\n第一章 总则\n\n第一条 甲。\n\n第三条 丙。\n", encoding="utf-8")
    with pytest.raises(SourceError):
        build(bad, docs)
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == snapshot


def test_the_generator_refuses_to_overwrite_a_folder_it_did_not_make(tmp_path):
    (tmp_path / "notes.md").write_text("mine", encoding="utf-8")
    pages, _ = generate(SOURCE)
    with pytest.raises(SourceError, match=MARKER):
        sync(pages, tmp_path)
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "mine"


def test_chinese_text_on_english_pages_is_marked_lang_zh(built_site):
    from htmltext import han_text_marked_as

    pages = sorted(p.relative_to(built_site / "en") for p in (built_site / "en").rglob("*.html"))
    assert len(pages) > 70
    problems = {}
    for rel in pages:
        bad = han_text_marked_as(page(built_site, f"en/{rel}"), "en")
        if bad:
            problems[rel] = bad[:5]
    assert problems == {}


def test_make_site_switches_regulation_cleanly_and_bad_input_keeps_the_built_site(tmp_path):
    """`make site` as a user runs it: `SOURCE=` switches to another regulation with nothing left
    of the first; a bad source stops it with the line number, and the site built before is left
    exactly as it was (it builds into a temporary folder, then swaps)."""
    import shutil
    import subprocess

    from conftest import CONTENT, ROOT

    project = tmp_path / "project"
    project.mkdir()
    for name in ("Makefile", "pyproject.toml", "constraints.txt", "mkdocs.yml"):
        shutil.copy(ROOT / name, project / name)
    for name in (".venv", "scripts", "hooks", "overrides", "content"):
        (project / name).symlink_to(ROOT / name)
    (project / ".venv" / "bin" / ".installed").touch()  # the venv is already set up
    first = f"SOURCE={CONTENT / 'source.txt'}"  # one statute alone (the library has a test of its own)
    good = subprocess.run(["make", "-s", "site", first], cwd=project, capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    assert (project / "site" / "handouts" / "chapter-4.zh.pdf").exists()
    assert (project / "site" / "articles" / "article-29.html.gz").exists()  # pre-compressed copies
    assert (project / "site" / "search" / "zh.js.br").exists()
    # Another regulation, from nothing but its source.txt, with the README's command: its site
    # keeps nothing of the one built before (pages, data or handouts).
    other = ROOT / "tests" / "fixtures" / "regulations" / "national-anthem-law-2017" / "source.txt"
    second = subprocess.run(["make", "-s", "site", f"SOURCE={other}"], cwd=project, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert sorted(p.name for p in (project / "site" / "handouts").iterdir()) == [
        "regulation.en.pdf",
        "regulation.zh.pdf",
        "share.en.png",
        "share.zh.png",
    ]
    assert not (project / "site" / "chapters").exists() and not (project / "site" / "glossary.html").exists()
    assert "<title>中华人民共和国国歌法</title>" in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert not [p for p in (project / "site").rglob("*.html") if "江西" in p.read_text(encoding="utf-8")]
    snapshot = {p.relative_to(project): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    bad = tmp_path / "bad.txt"
    bad.write_text("标题\n\n第一章 总则\n\n第一条 甲。\n\n第一条 乙。\n", encoding="utf-8")
    result = subprocess.run(["make", "-s", "site", f"SOURCE={bad}"], cwd=project, capture_output=True, text=True)
    assert result.returncode != 0
    assert f"{bad}:7: duplicated article 第一条" in result.stderr
    assert {p.relative_to(project): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()} == snapshot


def shard(built_site, lang):
    """The search index of a language (search/zh.js: regsiteSearchShard({...}))."""
    import json

    text = page(built_site, f"search/{lang}.js")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def test_tooltip_definitions_and_previews_stay_out_of_the_search_index(built_site, editorial):
    """Tooltips are in the pages (marked at generation) but not in what search finds: the text
    documents hold the article text only."""
    article = page(built_site, "articles/article-50.html")
    assert article.count('class="term"') >= 5 and "data-search-exclude><strong>" in article
    texts = [d["t"] for lang in ("zh", "en") for d in shard(built_site, lang)["docs"] if d["k"] == "text"]
    assert len(texts) > 150  # one document per paragraph and item, both languages
    definitions = [t.definition_zh for t in editorial.glossary] + [t.definition_en for t in editorial.glossary]
    assert [d for d in definitions if any(d in text for text in texts)] == []


def test_search_documents_are_labelled_as_the_pages_label_paragraphs(built_site):
    labels = {(lang, d["u"]): d.get("l") for lang in ("zh", "en") for d in shard(built_site, lang)["docs"]}
    assert labels[("zh", "articles/article-24.html#art-24-p-2-i-3")] == "第二款第三项"
    assert labels[("en", "articles/article-24.html#art-24-p-2-i-3")] == "paragraph 2, item (3)"


def test_the_live_preview_shows_an_edited_summary_and_leaves_out_the_embeds(tmp_path):
    """`make serve`: MkDocs watches the content folder; an edit regenerates the pages and the
    served article shows it. The embed pages are left out of the preview (hooks/regenerate.py), and
    the stylesheets are joined whole (hooks/stylesheet.py)."""
    import json
    import os
    import shutil
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    import yaml
    from conftest import make_project

    content = tmp_path / "content" / SOURCE.parent.name
    shutil.copytree(SOURCE.parent, content)
    project = make_project(tmp_path / "proj")
    build(content / "source.txt", project / "docs")
    listing = {"regulation": content.name, "files": []}  # no PDFs: they are not what is tested here
    (project / "build" / "handouts").mkdir(parents=True)
    (project / "build" / "handouts" / "handouts.json").write_text(json.dumps(listing), encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(project)}
    env["REGSITE_SOURCE"] = str(content / "source.txt")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"

    def fetch(path: str) -> str:
        return urllib.request.urlopen(base + path, timeout=30).read().decode()

    def wait_for(path: str, text: str) -> bool:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                if text in fetch(path):
                    return True
            except OSError:
                pass
            time.sleep(0.3)
        return False

    try:
        assert wait_for("/articles/article-1.html", "第一条"), "the preview did not start"
        path = content / "editorial" / "articles" / "chapter-1.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        entry = next(e for e in data["articles"] if str(e["number"]) == "1")
        entry["summary_zh"] = "预览测试：" + entry["summary_zh"]
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        assert wait_for("/articles/article-1.html", "预览测试："), "the edit did not reach the served page"
        with pytest.raises(urllib.error.HTTPError) as missing:
            fetch("/embed/article-1.html")
        assert missing.value.code == 404
        page = fetch("/articles/article-1.html")
        sheet = fetch("/" + re.search(r'href="\.\./(assets/stylesheets/main\.[^"]+\.css)"', page).group(1))
        assert ".md-banner" in sheet  # joined whole: no page has a banner, a built site drops it
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
