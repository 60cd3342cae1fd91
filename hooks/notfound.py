"""The 404 page (``overrides/404.html``), served by the web server at whatever URL was not found:
at any depth, and on whichever host and under whichever path the site was copied to.

* **A page of its own, styles inline.** Material's 404 template extends its base template: a
  stylesheet, scripts and header links that are either relative (right at one depth only, since
  the server answers at the missing URL) or absolute from ``site_url`` (unstyled and broken on
  any other host or path, and the i18n plugin leaves stale language links in it, PITFALLS 9).
  Making them relative "at any depth" is impossible without knowing the depth. So the page is
  plain HTML with a small inline ``<style>``: it needs no request to look right, anywhere, with
  or without JavaScript, and carries both languages (Chinese first), as its reader's language
  is unknown.
* **Links from the site root.** Each link carries its path from the site root (``data-path``);
  its ``href`` starts with the path of ``site_url`` (``/`` when none is set), which is right,
  without JavaScript, where the site is hosted at its configured address. An inline script then
  finds the real root from the current URL: it fetches the favicon (``theme.favicon``, a file
  every build has) from each ancestor folder, longest first, and points the links at the first
  folder that has it (from ``file://``: the page's own folder). The page's icon is set only
  then, so that nothing is requested from an address the site may not be at.
* **Search** is a GET form to the home page: Material opens its search with the ``q`` query
  parameter (the one its search sharing writes), so no script is needed; one button searches
  from the Chinese home page, the other from the English one.

The words and page paths come from ``docs/.site.yml`` (``regsite.siteconfig.render_notfound``,
``notfound_*`` in ``strings.yml``). Every language build renders the same page; the i18n plugin
writes it to ``site/404.html`` only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig

from regsite.siteconfig import read_contract


def on_template_context(context: dict[str, Any], *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    if template_name == "404.html":
        context["notfound"] = read_contract(Path(config.docs_dir)).notfound
        context["notfound_root"] = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
        context["notfound_probe"] = config.theme["favicon"]
    return context
