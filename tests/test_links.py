"""Every internal link and fragment on every built page (both languages) resolves."""

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

HREF = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"')
SRC = re.compile(r'<(?:script|img|iframe|source)\b[^>]*?\bsrc="([^"]*)"')
ID = re.compile(r'\bid="([^"]+)"')


@cache
def ids(path: Path) -> frozenset[str]:
    return frozenset(ID.findall(path.read_text(encoding="utf-8")))


def broken_links(root: Path) -> tuple[list[str], int]:
    """Every internal link and fragment of every page under ``root`` that leads nowhere, and how
    many were checked."""
    built_site = root
    broken = []
    checked = 0
    for page in sorted(built_site.rglob("*.html")):
        if page.name == "404.html":
            continue  # served at any URL: its links are absolute by design (hooks/notfound.py)
        text = page.read_text(encoding="utf-8")
        for url in HREF.findall(text) + SRC.findall(text):
            parts = urlsplit(url)
            if parts.scheme or url.startswith("//") or url.startswith("mailto:"):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)}: {url} (no file)")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids(target):
                broken.append(f"{page.relative_to(built_site)}: {url} (no id)")
    return broken, checked


def test_no_broken_internal_links_or_fragments(built_site):
    broken, checked = broken_links(built_site)
    assert checked > 5000
    assert broken == []


def test_no_markdown_link_is_left_unrendered(built_site):
    leftovers = [
        f"{p.relative_to(built_site)}: {m.group(0)}"
        for p in built_site.rglob("*.html")
        for m in re.finditer(r"\]\([^)\s]*\.md(?:#[^)]*)?\)", p.read_text(encoding="utf-8"))
    ]
    assert leftovers == []
