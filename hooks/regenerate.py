"""Under ``mkdocs serve``, regenerate docs/ from the regulation's content folder as it is edited.

A watcher thread (watchdog, which MkDocs itself uses) regenerates the pages when a file in the
content folder changes; only files whose content changed are rewritten (``regsite.build.sync``),
and MkDocs, which watches docs/, rebuilds the site once. (Regenerating inside a build would
change docs/ during the build and make MkDocs build twice.) A content error is logged and the
last good pages stay served. ``mkdocs build`` does not regenerate: ``make site`` runs the
generator first, so a build never mixes old and new pages.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.hooks.regenerate")
DEBOUNCE = 0.1  # seconds: an editor's save is often several events
POLL = 0.1  # seconds; polling (as MkDocs' own watcher does) sees writes only, not the reads of a build


def _regenerate(source: Path, docs: Path) -> None:
    from regsite.build import build
    from regsite.errors import SourceError

    try:
        report = build(source, docs)
    except SourceError as exc:  # keep serving the last good pages, say what is wrong
        log.error("regsite: %s", exc)
        return
    for warning in report.warnings:  # shown, not raised: the preview goes on
        log.info("regsite warning: %s", warning)
    log.info("regsite: %d pages regenerated", report.written)


class _Regenerate(FileSystemEventHandler):
    def __init__(self, source: Path, docs: Path) -> None:
        self.source, self.docs = source, docs
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or str(event.src_path).endswith((".tmp", "~")):
            return
        with self.lock:
            if self.timer:
                self.timer.cancel()
            self.timer = threading.Timer(DEBOUNCE, _regenerate, (self.source, self.docs))
            self.timer.daemon = True
            self.timer.start()


def on_serve(server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
    if "REGSITE_SOURCE" not in os.environ:
        raise PluginError(
            "REGSITE_SOURCE is not set: start the preview with `make serve` (SOURCE=content/<slug>/source.txt)"
        )
    source = Path(os.environ["REGSITE_SOURCE"]).resolve()
    docs = Path(config.docs_dir)
    _regenerate(source, docs)  # the pages match the content before the first request
    observer = PollingObserver(timeout=POLL)
    observer.schedule(_Regenerate(source, docs), str(source.parent), recursive=True)
    observer.daemon = True
    observer.start()
    return server
