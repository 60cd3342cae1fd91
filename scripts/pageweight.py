"""Page weight as a reader's browser sees it: the site served on loopback with gzip, each page
type loaded in headless Chromium with an empty cache, transferred bytes and requests counted
(search index included: Material fetches it when a page loads over HTTP)."""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path

COMPRESS = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def page_types(site: Path) -> dict[str, str]:
    """The page of each type to measure, in the built ``site``: the sample article (the one the
    embed builder shows, read from its default iframe) and the chapter that holds it."""
    import re

    builder = (site / "embed.html").read_text(encoding="utf-8")
    article = re.search(r'id="embed-preview"[^>]*src="embed/article-([^".]+)\.html"', builder)
    key = article.group(1) if article else "1"
    page = (site / f"articles/article-{key}.html").read_text(encoding="utf-8")
    chapter = re.search(r'href="\.\./chapters/(chapter-[^"]+\.html)"', page)
    types = {"home": "index.html", "article": f"articles/article-{key}.html", "article (en)": f"en/articles/article-{key}.html"}
    if chapter:
        types["chapter"] = f"chapters/{chapter.group(1)}"
    if (site / "glossary.html").exists():
        types["glossary"] = "glossary.html"
    types["embed"] = f"embed/article-{key}.html"
    return types


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the browser accepts it (as a production server would)."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):  # noqa: D102 - same contract as the base class
        path = Path(self.translate_path(self.path))
        if path.is_file() and path.suffix in COMPRESS and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return _Body(body)
        return super().send_head()


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_: object) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


def measure(site: Path) -> dict[str, tuple[int, int]]:
    """Page type -> (bytes transferred, requests)."""
    from playwright.sync_api import sync_playwright

    httpd, base = serve(site)
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for name, rel in page_types(site).items():
            context = browser.new_context()
            page = context.new_page()
            finished = []
            page.on("requestfinished", lambda request, done=finished: done.append(request))
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
