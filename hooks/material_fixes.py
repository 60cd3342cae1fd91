"""Small fixes to markup that Material for MkDocs renders, each for a measured problem:

* ``<link rel="alternate" hreflang>`` in the head: the i18n plugin makes them relative, which
  search engines reject (Lighthouse "hreflang"), and Material's bundle fetches ``sitemap.xml``
  next to each of them, which does not exist there (two 404s and console errors per page). The
  language switcher in the header is unaffected; it has its own links.
* The search dialog (``role="dialog"``) has no accessible name (axe/Lighthouse
  "aria-dialog-name"): it gets the search box's label.
* Material's bundle is loaded after the page has painted (``partials/regsite-early.html``), not
  by a ``<script src>`` the browser fetches while the page is still rendering. The header,
  drawer and navigation work without it (CSS); the bundle adds search and the header's
  behaviour. Its file name changes with each Material release, so the templates get it from here
  (``material_bundle``) instead of naming it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2
import material
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

# (No leading \s*: a pattern that may start at any white space is tried at every one of them.)
HREFLANG = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]+)"')


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Any) -> jinja2.Environment:
    bundles = sorted((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"expected one Material bundle, found {[b.name for b in bundles]}")
    env.globals["material_bundle"] = f"assets/javascripts/{bundles[0].name}"
    return env


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    output = HREFLANG.sub("", output)
    label = SEARCH_LABEL.search(output)
    if label:
        output = DIALOG.sub(rf'\1 aria-label="{label.group(1)}">', output, count=1)
    return output
