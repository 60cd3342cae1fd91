"""Small fixes to markup that Material for MkDocs renders, each for a measured problem:

* ``<link rel="alternate" href hreflang>`` in the head: Material's, relative, which search
  engines reject (Lighthouse "hreflang"). ``partials/regsite-share.html`` writes them instead
  (absolute when the site has a public address), ``hreflang`` first, so this leaves them alone.
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


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Any) -> jinja2.Environment:
    bundles = sorted((Path(material.__file__).parent / "templates" / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"expected one Material bundle, found {[b.name for b in bundles]}")
    env.globals["material_bundle"] = f"assets/javascripts/{bundles[0].name}"
    return env


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return HREFLANG.sub("", output)
