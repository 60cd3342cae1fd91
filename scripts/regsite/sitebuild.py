"""Build a whole site: one statute alone, or a library of statutes. The one build function that
``make site``, the tests and the bench call (``build_site``); the package reads no environment.

A library is built as independent jobs, one per statute, then joined:

1. **Each statute** (``build_statute``, in its own process, up to ``jobs`` at once): its pages are
   generated into ``work/docs/<slug>`` (only changed files rewritten), its handouts into
   ``work/handouts/<slug>`` (only changed PDFs rewritten), and MkDocs builds it into
   ``work/site/<slug>``. A job needs the statutes' texts and editorial data (to link and preview
   across them, and to show related provisions), never another job's output: any CI or batch
   runner could run the jobs on other machines.
2. **The join** (``join``): the library's own home pages and its list of statutes for search
   (built the same way, from ``libraryhome.py``), each statute's site under ``<slug>/``, a
   sitemap index, and for the statute whose single-statute site the library replaces, a static
   page at each of its old addresses that leads to the same page at its new one.
3. **Publishing**: ``.gz`` / ``.br`` copies (``compress``), then the finished site replaces
   ``out`` in one move (a failed build leaves the old site as it was), and the offline archive.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SourceError

ROOT = Path(__file__).resolve().parents[2]  # the project: mkdocs.yml, hooks/, overrides/
MKDOCS_YML = ROOT / "mkdocs.yml"


@dataclass(frozen=True)
class BuildOptions:
    """What the caller decides: the site's public address (its root), draft markers, the
    compressed copies, how many statutes are built at once, the offline archive."""

    site_url: str | None = None
    draft: bool = False
    compress: bool = True
    jobs: int = 2
    archive: Path | None = None
    embeds: bool = True
    csp: Path | None = None  # where to write the Content-Security-Policy header the site needs


@dataclass
class BuildReport:
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per statute, and the join
    built: list[str] = field(default_factory=list)  # the statutes built
    kept: list[str] = field(default_factory=list)  # those not built again: nothing they depend on changed


CODE = ("scripts/regsite", "hooks", "overrides", "mkdocs.yml")


def _files_digest(paths: list[Path], base: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for root in paths for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _shown_elsewhere(site: Any) -> str:
    """What other statutes' pages show of ``site`` (names, texts, headings, translations), so
    that a change to, say, its summaries rebuilds it alone."""
    data = {
        "names": [site.title(lang) for lang in ("zh", "en")] + [site.short_title(lang) for lang in ("zh", "en")],
        "kind": site.kind,
        "articles": [
            [a.key, a.text, site.heading(a, "zh"), site.heading(a, "en"), site.english_text(a)]
            for a in site.regulation.articles
        ],
    }
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def fingerprints(library: Any, target: Path, options: BuildOptions) -> dict[str, str]:
    """Each statute's job, as a digest of everything its output depends on: the code, its own
    content folder, what it shows of the other statutes, every related.yml and the library file,
    and the options. A job whose digest is that of its last build is not run again."""
    code = _files_digest([ROOT / c for c in CODE], ROOT)
    shared = [target] if target.suffix == ".yml" else []
    shared += [s.loaded.source.parent / "editorial" / "related.yml" for s in library.sites.values()]
    common = _files_digest([p for p in shared if p.exists()], target.parent.parent)
    shown = {slug: _shown_elsewhere(site) for slug, site in library.sites.items()}
    out = {}
    for slug, site in library.sites.items():
        folder = site.loaded.source.parent
        parts = [code, common, _files_digest([folder], folder.parent), repr((options.site_url, options.draft))]
        parts += [f"{other}:{digest}" for other, digest in sorted(shown.items()) if other != slug]
        out[slug] = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return out


def _url(site_url: str | None, root: str) -> str | None:
    return (site_url.rstrip("/") + "/" + root) if site_url else None


def build_statute(target: str, slug: str, work: str, site_url: str | None, draft: bool) -> tuple[list[str], float]:
    """One statute's job (run in a worker process): pages, handouts, MkDocs. ``target``: the
    library file or the statute's source. Returns its warnings and seconds."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from .build import generate_site, sync
    from .handouts import publish_handouts
    from .library import alone, load_library
    from .siteconfig import SiteOptions

    start = time.perf_counter()
    path = Path(target)
    library = load_library(path, draft=draft, focus=slug) if path.suffix == ".yml" else alone(path, draft=draft)
    site = library.site(slug)
    folder = Path(work)
    docs, handouts, built = folder / "docs" / slug, folder / "handouts" / slug, folder / "site" / slug
    in_library = library.meta is not None
    url = _url(site_url, site.place.root)
    options = SiteOptions(
        site_url=url,
        handouts=str(handouts.resolve()),
        library_root="../" if in_library else "",
        library=tuple(
            (s.slug, (("zh", s.short_title("zh")), ("en", s.short_title("en")))) for s in library.sites.values()
        )
        if in_library
        else (),
        library_home="../index.html" if in_library else None,
    )
    pages, warnings = generate_site(site, options)
    sync(pages, docs)
    publish_handouts(site, handouts, url)
    config = load_config(str(MKDOCS_YML), docs_dir=str(docs), site_dir=str(built), strict=True)
    mkdocs_build(config)
    return warnings, time.perf_counter() - start


def build_site(target: Path, out: Path, work: Path, options: BuildOptions) -> BuildReport:
    """Build ``target`` (``content/library.yml``, or a statute's ``source.txt``) into ``out``."""
    from .library import alone, load_library

    report = BuildReport()
    library = (
        load_library(target, draft=options.draft) if target.suffix == ".yml" else alone(target, draft=options.draft)
    )
    report.warnings += library.warnings
    work.mkdir(parents=True, exist_ok=True)
    digests = fingerprints(library, target, options)
    stamps = {slug: work / "site" / f"{slug}.fingerprint" for slug in library.slugs}
    todo = [
        slug
        for slug in library.slugs
        if not (work / "site" / slug).is_dir()
        or not stamps[slug].exists()
        or stamps[slug].read_text(encoding="utf-8") != digests[slug]
    ]
    report.kept = [slug for slug in library.slugs if slug not in todo]
    jobs = [(str(target.resolve()), slug, str(work.resolve()), options.site_url, options.draft) for slug in todo]
    # a fresh process per statute: MkDocs keeps module state between builds
    context = multiprocessing.get_context("spawn")
    if jobs:
        with ProcessPoolExecutor(max_workers=max(1, options.jobs), mp_context=context, max_tasks_per_child=1) as pool:
            results = pool.map(build_statute, *zip(*jobs, strict=True))
            for (warnings, seconds), slug in zip(results, todo, strict=True):
                report.seconds[slug] = seconds
                stamps[slug].with_suffix(".warnings").write_text(
                    json.dumps(warnings, ensure_ascii=False), encoding="utf-8"
                )
                stamps[slug].write_text(digests[slug], encoding="utf-8")
                report.built.append(slug)
    for slug in library.slugs:  # a statute not built again still reports what its build found
        kept = stamps[slug].with_suffix(".warnings")
        report.warnings += [
            f"{slug}: {w}" for w in (json.loads(kept.read_text(encoding="utf-8")) if kept.exists() else [])
        ]
    start = time.perf_counter()
    staging = out.with_name(out.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    if library.meta is None:
        shutil.copytree(work / "site" / library.slugs[0], staging)
    else:
        from .libraryhome import build_home, keep_old_addresses, sitemap_index

        build_home(library, work, options.site_url)
        shutil.copytree(work / "site" / "_library", staging)
        for slug in library.slugs:
            shutil.copytree(work / "site" / slug, staging / slug)
        if library.meta.keeps_addresses_of:
            keep_old_addresses(staging, library.meta.keeps_addresses_of, options.site_url)
        sitemap_index(staging, library.slugs, options.site_url)
    report.pages = sum(1 for _ in staging.rglob("*.html"))
    if options.csp:
        from .csp import write_policy

        write_policy(staging, options.csp)
    if options.compress:
        from .compress import compress_site

        compress_site(staging, work / "compress-cache")
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        os.replace(out, old)
    os.replace(staging, out)
    shutil.rmtree(old, ignore_errors=True)
    report.seconds["join"] = time.perf_counter() - start
    if options.archive:
        from .archive import make_archive

        make_archive(out, options.archive, options.archive.stem)
    return report


__all__ = ["BuildOptions", "BuildReport", "SourceError", "build_site", "build_statute"]
