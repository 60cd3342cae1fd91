"""One render-blocking stylesheet, and only the rules the site can use: the site's own rules
(``overrides/assets/stylesheets/regsite.css``) are appended to Material's stylesheet, instead of a
second ``<link>`` that every page would wait for, and both lose the selectors no built page or
script can match (``regsite.cssprune``). regsite.css is therefore not in ``extra_css``; a page's
``<head>`` names only Material's stylesheet, which now carries both.

Priority -250: after every hook that writes pages or scripts (-200: search, handouts), before
minify.py (-300). The i18n plugin builds the other language inside the default language's
``on_post_build``; that inner pass is skipped (the plugin's ``building`` is set during it), and the
default language's pass, which comes last with every page written, prunes once. It starts from the
sheets in the theme, so a sheet is never pruned twice.

Under ``make serve`` the two sheets are joined whole: a preview styles every element as the pruned
sheet does (tests/test_stylesheet.py compares them), and is spared a scan of every page on each
language's pass of every edit (about a second)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from regsite.cssprune import StylesheetError, Vocabulary, prune


def _theme_file(config: MkDocsConfig, rel: str) -> Path:
    for folder in config.theme.dirs:
        if (Path(folder) / rel).is_file():
            return Path(folder) / rel
    raise PluginError(f"{rel} is in no theme folder ({', '.join(config.theme.dirs)})")


_previewing = False  # hooks are loaded once per process: this holds across the preview's rebuilds


def on_startup(*, command: str, dirty: bool) -> None:
    global _previewing
    _previewing = command == "serve"


def _pruned(path: Path, vocabulary: Vocabulary | None) -> str:
    if vocabulary is None:
        return path.read_text(encoding="utf-8")
    try:
        return prune(path.read_text(encoding="utf-8"), vocabulary)
    except StylesheetError as error:
        raise PluginError(f"{path}: {error}") from error


@event_priority(-250)
def on_post_build(*, config: MkDocsConfig) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return  # another language's pass: the last pass writes the sheet
    site = Path(config.site_dir)
    sheets = sorted(site.glob("assets/stylesheets/main.*.min.css"))
    if not sheets:
        raise PluginError("Material's main stylesheet was not found: cannot add regsite.css to it")
    own = _theme_file(config, "assets/stylesheets/regsite.css")
    vocabulary = None if _previewing else Vocabulary.of_site(site)
    for sheet in sheets:
        original = _theme_file(config, sheet.relative_to(site).as_posix())
        sheet.write_text(f"{_pruned(original, vocabulary)}\n{_pruned(own, vocabulary)}", encoding="utf-8")
