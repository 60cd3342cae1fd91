"""The site on loopback, in Debian's Chromium: the one static server and the one browser launch
that the tests, the search evaluation and the benchmark share.

Playwright cannot download a browser here (PITFALLS 10): it drives Debian's ``chromium`` with
flags that keep it from calling any other host.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
# What a production server compresses: text assets.
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium, headless, through a running Playwright."""
    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: run `make system` (it installs Debian's chromium)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))


class _Body:
    """A file-like object over bytes, for ``send_head``."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_: object) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve_folder(
    directory: Path, headers: dict[str, str] | None = None, *, compress: bool = False
) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``directory`` on a free loopback port, quietly; optionally with extra response
    headers, and gzip-compressed text (level 6, as a production server would). Returns the
    server (call ``shutdown()``) and its base URL."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def end_headers(self) -> None:
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            super().end_headers()

        def send_head(self) -> Any:
            path = Path(self.translate_path(self.path))
            accepts = "gzip" in self.headers.get("Accept-Encoding", "")
            if compress and accepts and path.is_file() and path.suffix in COMPRESSIBLE:
                body = gzip.compress(path.read_bytes(), 6)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                return _Body(body)
            return super().send_head()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(directory)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
