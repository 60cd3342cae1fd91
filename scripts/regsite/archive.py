"""A single zip of the whole built site, for offline hand-over (unpack, open index.html)."""

from __future__ import annotations

import zipfile
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # reproducible archives: same content, same bytes (zip's epoch)
SKIPPED = (".gz", ".br")  # pre-compressed copies are for web servers, not for a file:// reader


def make_archive(site: Path, target: Path, folder: str) -> Path:
    """Zip ``site`` into ``target``, every file under ``folder/`` inside the archive."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(p for p in site.rglob("*") if p.is_file() and p.suffix not in SKIPPED):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    tmp.replace(target)
    return target
