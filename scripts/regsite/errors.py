"""The one error type of the pipeline: every message names the file and, when known, the line."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """Bad input: the message says where (file, line or article) and what was expected."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.detail = message
        where = self.path or "<input>"
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {message}")
