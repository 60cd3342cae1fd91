"""Small fixes to markup that Material for MkDocs renders, each for a measured problem:

* ``<link rel="alternate" hreflang>`` in the head: the i18n plugin makes them relative, which
  search engines reject (Lighthouse "hreflang"), and Material's bundle fetches ``sitemap.xml``
  next to each of them, which does not exist there (two 404s and console errors per page). The
  language switcher in the header is unaffected; it has its own links.
* The search dialog (``role="dialog"``) has no accessible name (axe/Lighthouse
  "aria-dialog-name"): it gets the search box's label.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

# (No leading \s*: a pattern that may start at any white space is tried at every one of them.)
HREFLANG = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]+)"')


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    output = HREFLANG.sub("", output)
    label = SEARCH_LABEL.search(output)
    if label:
        output = DIALOG.sub(rf'\1 aria-label="{label.group(1)}">', output, count=1)
    return output
