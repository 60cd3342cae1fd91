"""Under ``make serve``, regenerate docs/ from the regulation's content folder as it is edited.

``make serve`` sets ``REGSITE_SOURCE``. MkDocs then watches the content folder instead of docs/
(which only the generator writes), and every build first regenerates the pages
(``on_pre_build``, before MkDocs reads docs/): an edit is one rebuild, and only files whose
content changed are rewritten (``regsite.build.sync``). A content error is logged and the last
good pages stay served. ``mkdocs build`` without ``REGSITE_SOURCE`` does not regenerate:
``make site`` runs the generator first.

MkDocs reloads its configuration and makes a new Jinja environment for every rebuild, so each
edit would compile the theme's templates again (about a fifth of a rebuild); under ``make serve``
the compiled templates are kept in Jinja's bytecode cache (checked against each template's
source, so an edited override is compiled afresh).

The preview leaves out the embed pages (``embed/``: a third of the pages and over half of the
Markdown, as each chapter and the glossary are embedded whole): they repeat the reading pages
without the site's frame, and ``make site`` builds them. An edit shows in about two seconds
instead of three and a half. (Also kept quick elsewhere: the search texts' cuts are cached between
rebuilds in ``regsite.searchindex``, and ``hooks/stylesheet.py`` does not prune under serve.)
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.hooks.regenerate")


def _source() -> Path | None:
    value = os.environ.get("REGSITE_SOURCE")
    return Path(value).resolve() if value else None


def _fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The content folder's files as (path, size, mtime): what a regeneration depends on."""
    return tuple(sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()))


_generated_from: tuple[tuple[str, int, int], ...] | None = None  # per build: the i18n plugin builds twice


def on_pre_build(*, config: MkDocsConfig) -> None:
    global _generated_from
    source = _source()
    if source is None:
        return
    fingerprint = _fingerprint(source.parent)
    if fingerprint == _generated_from:
        return  # the other language's build of the same edit
    _generated_from = fingerprint
    from regsite.build import build
    from regsite.errors import SourceError

    try:
        report = build(source, Path(config.docs_dir))
    except SourceError as exc:  # keep serving the last good pages, say what is wrong
        log.error("regsite: %s", exc)
        return
    for warning in report.warnings:  # shown, not raised: the preview goes on
        log.info("regsite warning: %s", warning)
    if report.written:
        log.info("regsite: %d pages regenerated", report.written)


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    if _source() is None:
        return files
    from regsite.urls import KEYED_PAGES

    embeds = KEYED_PAGES["embed"].split("/")[0] + "/"
    kept = [f for f in files if not f.src_uri.startswith(embeds)]
    if len(kept) < len(files):
        log.info("regsite: preview without the %d embed pages (`make site` builds them)", len(files) - len(kept))
    return Files(kept)


def on_env(env: jinja2.Environment, *, config: MkDocsConfig, files: Any) -> jinja2.Environment:
    if _source() is not None:
        env.bytecode_cache = jinja2.FileSystemBytecodeCache()  # the user's own folder in the temp dir
    return env


def on_serve(server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
    source = _source()
    if source is None:
        raise PluginError(
            "REGSITE_SOURCE is not set: start the preview with `make serve` (SOURCE=content/<slug>/source.txt)"
        )
    server.unwatch(config.docs_dir)  # generated: watching it too would build every edit twice
    server.watch(str(source.parent))
    return server
