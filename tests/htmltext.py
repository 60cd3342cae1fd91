"""Read the official text back out of a built page, as a reader's copy-paste would see it."""

from __future__ import annotations

import html
import re

OFFICIAL = re.compile(r'<div class="official-text" lang="zh"[^>]*>(.*?)</div>', re.S)
NOT_TEXT = re.compile(r'<sup class="erratum-ref">.*?</sup>|<a class="para-anchor"[^>]*>.*?</a>', re.S)
TAG = re.compile(r"<[^>]+>")


def official_lines(page_html: str) -> list[str]:
    """Each paragraph / item line of the page's official-text block, markup removed."""
    match = OFFICIAL.search(page_html)
    assert match, "no official-text block on the page"
    body = NOT_TEXT.sub("", match.group(1))
    return [html.unescape(TAG.sub("", p)).strip() for p in body.split("</p>") if TAG.sub("", p).strip()]
