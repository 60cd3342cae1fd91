"""Embed pages (template ``embed.html``): every link that leaves the page opens the full site
in a new browsing context, never inside the portal's frame."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

# An <a> start tag whose href is not an in-page anchor and has no target yet.
LINK = re.compile(r'<a (?![^>]*\btarget=)([^>]*\bhref="(?!#)[^"]*"[^>]*)>')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    if page.meta.get("template") != "embed.html":
        return output
    start = output.find('<div class="md-content"')
    head, body = (output[:start], output[start:]) if start >= 0 else ("", output)
    return head + LINK.sub(r'<a \1 target="_blank" rel="noopener">', body)
