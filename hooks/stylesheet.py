"""One render-blocking stylesheet: the site's own rules (``overrides/assets/stylesheets/regsite.css``)
are appended to Material's stylesheet after the build, instead of a second ``<link>`` that every
page would wait for. regsite.css is therefore not in ``extra_css``; a page's ``<head>`` names only
Material's stylesheet, which now carries both."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

MARKER = "/* regsite.css */"


@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    own = (Path(config.theme.custom_dir or "overrides") / "assets" / "stylesheets" / "regsite.css").read_text(
        encoding="utf-8"
    )
    sheets = list(site.glob("assets/stylesheets/main.*.min.css"))
    if not sheets:
        raise PluginError("Material's main stylesheet was not found: cannot add regsite.css to it")
    for sheet in sheets:
        text = sheet.read_text(encoding="utf-8")
        if MARKER not in text:
            sheet.write_text(f"{text}\n{MARKER}\n{own}", encoding="utf-8")
