"""Pre-compressed copies of the built site's text files, for servers that send them as they are
(nginx ``gzip_static`` / ``brotli_static``, Apache with ``mod_rewrite``; see the README).

Beside every text file ``x`` go ``x.gz`` (zopfli: gzip format, a few per cent smaller than
``gzip -9``) and ``x.br`` (brotli, quality 11). Zopfli is slow (about half a second for an article
page), so compressed bytes are cached by the content's SHA-256 in a folder that survives rebuilds:
a rebuild compresses only what changed. The offline archive leaves these copies out.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

TEXT = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
COMPRESSED = (".gz", ".br")
MIN_SIZE = 512  # bytes: smaller files gain nothing worth a request header


def _compress(data: bytes) -> tuple[bytes, bytes]:
    import brotli
    import zopfli.gzip

    return zopfli.gzip.compress(data), brotli.compress(data, quality=11)


def _job(args: tuple[str, str]) -> str:
    source, cached = args
    gz, br = _compress(Path(source).read_bytes())
    Path(cached + ".gz.tmp").write_bytes(gz)
    Path(cached + ".br.tmp").write_bytes(br)
    Path(cached + ".gz.tmp").replace(cached + ".gz")
    Path(cached + ".br.tmp").replace(cached + ".br")
    return source


def compress_site(site: Path, cache: Path, workers: int = 2) -> tuple[int, int]:
    """Write ``.gz`` and ``.br`` beside every text file of ``site``; return (compressed now,
    taken from the cache)."""
    cache.mkdir(parents=True, exist_ok=True)
    files = [p for p in sorted(site.rglob("*")) if p.is_file() and p.suffix in TEXT and p.stat().st_size >= MIN_SIZE]
    keyed = [(p, cache / hashlib.sha256(p.read_bytes()).hexdigest()) for p in files]
    todo = {
        str(c): (str(p), str(c))
        for p, c in keyed
        if not (c.with_suffix(".gz").exists() and c.with_suffix(".br").exists())
    }
    if todo:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_job, todo.values(), chunksize=8))
    for path, cached in keyed:
        for suffix in COMPRESSED:
            path.with_name(path.name + suffix).write_bytes(cached.with_suffix(suffix).read_bytes())
    return len(todo), len(keyed) - len(todo)
