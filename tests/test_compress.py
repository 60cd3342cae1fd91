"""Pre-compressed copies beside the text files: exact, cached across rebuilds, kept out of the
offline archive."""

import gzip
import zipfile

import brotli

from regsite.archive import make_archive
from regsite.compress import compress_site


def test_text_files_get_exact_gz_and_br_copies_and_a_rebuild_uses_the_cache(tmp_path):
    site = tmp_path / "site"
    (site / "articles").mkdir(parents=True)
    page = ("<p>第二十九条 任何公民和组织发现间谍行为，应当及时向国家安全机关举报。</p>\n" * 40).encode()
    (site / "articles" / "article-29.html").write_bytes(page)
    (site / "search.json").write_bytes(b'{"docs": []}' * 100)
    (site / "tiny.css").write_bytes(b"p{}")  # too small to be worth it
    (site / "logo.png").write_bytes(b"\x89PNG" * 300)  # not text
    cache = tmp_path / "cache"
    assert compress_site(site, cache) == (2, 0)
    assert gzip.decompress((site / "articles" / "article-29.html.gz").read_bytes()) == page
    assert brotli.decompress((site / "articles" / "article-29.html.br").read_bytes()) == page
    assert len((site / "articles" / "article-29.html.gz").read_bytes()) < len(gzip.compress(page, 6))
    assert not (site / "tiny.css.gz").exists() and not (site / "logo.png.gz").exists()
    for copy in site.rglob("*.gz"):
        copy.unlink()
    assert compress_site(site, cache) == (0, 2)  # same content: from the cache
    assert gzip.decompress((site / "articles" / "article-29.html.gz").read_bytes()) == page
    archive = make_archive(site, tmp_path / "site.zip", "site")
    names = zipfile.ZipFile(archive).namelist()
    assert "site/articles/article-29.html" in names
    assert not [n for n in names if n.endswith((".gz", ".br"))]
