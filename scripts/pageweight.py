"""Page weight as a reader's browser sees it: the site served on loopback with gzip, each page
type loaded in headless Chromium with an empty cache, transferred bytes and requests counted
(search index included: Material fetches it when a page loads over HTTP)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from regsite.localweb import launch_chromium, serve_folder


def page_types(site: Path) -> dict[str, str]:
    """The page of each type to measure, in the built ``site``: the sample article (the one the
    embed builder shows, read from its default iframe) and the chapter that holds it."""
    import re

    builder = (site / "embed.html").read_text(encoding="utf-8")
    article = re.search(r'id="embed-preview"[^>]*src="embed/article-([^".]+)\.html"', builder)
    key = article.group(1) if article else "1"
    page = (site / f"articles/article-{key}.html").read_text(encoding="utf-8")
    chapter = re.search(r'href="\.\./chapters/(chapter-[^"]+\.html)"', page)
    types = {
        "home": "index.html",
        "article": f"articles/article-{key}.html",
        "article (en)": f"en/articles/article-{key}.html",
    }
    if chapter:
        types["chapter"] = f"chapters/{chapter.group(1)}"
    if (site / "glossary.html").exists():
        types["glossary"] = "glossary.html"
    types["embed"] = f"embed/article-{key}.html"
    return types


def serve(site: Path) -> tuple[Any, str]:
    """The site on loopback with gzip, as a production server sends it."""
    return serve_folder(site, compress=True)


def measure(site: Path) -> dict[str, tuple[int, int]]:
    """Page type -> (bytes transferred, requests)."""
    from playwright.sync_api import Request, sync_playwright

    httpd, base = serve(site)
    out = {}
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, rel in page_types(site).items():
            context = browser.new_context()
            page = context.new_page()
            finished: list[Request] = []
            page.on("requestfinished", functools.partial(list.append, finished))
            page.goto(f"{base}/{rel}", wait_until="networkidle")
            page.wait_for_timeout(500)
            total = 0
            for request in finished:
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            out[name] = (total, len(finished))
            context.close()
        browser.close()
    httpd.shutdown()
    return out


if __name__ == "__main__":
    import sys

    for name, (size, n) in measure(Path(sys.argv[1] if len(sys.argv) > 1 else "site")).items():
        print(f"{name:14} {size / 1024:7.1f} KiB  {n:3d} requests")
