"""The Content-Security-Policy the built site needs: no ``'unsafe-inline'`` or ``'unsafe-eval'``.
The few inline scripts that remain (Material's theme and palette set-up, which must run before
the page paints, and the site's early loader) and the two inline style sheets (the embeds' and
the 404 page's, which must look right with no request) are allowed by their SHA-256 hashes,
collected from every built page; the policy is written as one header value
(``build/csp-header.txt``) for the web server. ``frame-ancestors 'self'``: a host that lets a
portal embed the ``embed/`` pages adds the portal's origin there (see the README)."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# an inline script: no src; a type that runs (none, or JavaScript); JSON data blocks never run
SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
STYLE = re.compile(r"<style[^>]*>(?P<body>.*?)</style>", re.S)
RUNS = re.compile(r"""\btype=["']?(?:text/javascript|module|application/javascript)["']?""")

DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self' {hashes}",
    "style-src 'self' {styles}",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
)


def _source(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def inline_hashes(site: Path) -> tuple[list[str], list[str]]:
    """The ``'sha256-…'`` sources of every distinct inline script and style sheet of the site."""
    scripts: set[str] = set()
    styles: set[str] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for m in SCRIPT.finditer(html):
            attrs = m["attrs"]
            if re.search(r"\bsrc=", attrs) or ("type=" in attrs and not RUNS.search(attrs)):
                continue
            scripts.add(_source(m["body"]))
        styles.update(_source(m["body"]) for m in STYLE.finditer(html))
    return sorted(scripts), sorted(styles)


def policy(site: Path) -> str:
    """The header value for ``site``."""
    scripts, styles = inline_hashes(site)
    return "; ".join(DIRECTIVES).format(hashes=" ".join(scripts), styles=" ".join(styles)).replace("  ", " ")


def write_policy(site: Path, out: Path) -> str:
    value = policy(site)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(value + "\n", encoding="utf-8")
    return value
