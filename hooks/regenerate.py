"""Under ``mkdocs serve``, regenerate docs/ from content/ before every rebuild.

Only files whose content changed are rewritten (``regsite.build.sync``), so editing one
summary rebuilds the site once, without loops. ``mkdocs build`` does not regenerate: ``make site``
runs the generator first, so a build never mixes old and new pages.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.regenerate")
_serving = False


def on_startup(*, command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(*, config: MkDocsConfig) -> None:
    if not _serving:
        return
    from regsite.build import build
    from regsite.errors import SourceError

    if "REGSITE_SOURCE" not in os.environ:
        raise PluginError(
            "REGSITE_SOURCE is not set: start the preview with `make serve` (SOURCE=content/<slug>/source.txt)"
        )
    source = Path(os.environ["REGSITE_SOURCE"])
    try:
        report = build(source, Path(config.docs_dir))
    except SourceError as exc:  # keep serving the last good pages, say what is wrong
        raise PluginError(str(exc)) from None
    # Shown, not raised: under `mkdocs serve` (strict) a warning would stop the preview.
    for warning in report.warnings:
        log.info("regsite warning: %s", warning)
