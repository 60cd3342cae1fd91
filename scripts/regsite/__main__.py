"""Command line: ``python -m regsite parse SOURCE`` and ``… build``.

Exit codes: 0 success, 1 bad input (the message names file and line), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import SourceError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="regsite", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_parse = sub.add_parser("parse", help="print the parsed model as JSON")
    p_parse.add_argument("source", type=Path, help="the regulation's source.txt (content/<slug>/source.txt)")
    p_parse.add_argument("--errata", type=Path, default=None, help="errata file (default: errata.yml beside SOURCE)")
    p_site = sub.add_parser("site", help="build a whole site: a library (library.yml) or one statute (source.txt)")
    p_site.add_argument("target", type=Path, help="content/library.yml, or content/<slug>/source.txt")
    p_site.add_argument("--out", type=Path, default=Path("site"))
    p_site.add_argument("--work", type=Path, default=Path("build/work"), help="kept between builds (docs, handouts)")
    p_site.add_argument("--site-url", default=None, help="the public address of the site's root (https://…/)")
    p_site.add_argument("--draft", action="store_true", help="build with visible 'missing' markers instead of failing")
    p_site.add_argument("--no-compress", action="store_true", help="no .gz / .br copies")
    p_site.add_argument("--jobs", type=int, default=2, help="statutes built at once (processes)")
    p_site.add_argument("--archive", type=Path, default=None, help="also write the offline archive (zip) here")
    p_site.add_argument(
        "--csp", type=Path, default=None, help="write the Content-Security-Policy header the site needs here"
    )
    p_build = sub.add_parser("build", help="generate the Markdown pages into DOCS (atomically)")
    p_build.add_argument("source", type=Path)
    p_build.add_argument("--docs", type=Path, default=Path("docs"))
    p_build.add_argument("--draft", action="store_true", help="build with visible 'missing' markers instead of failing")
    p_build.add_argument("--site-url", default=None, help="the public address of the statute's site")
    p_hand = sub.add_parser("handouts", help="write the PDF handouts (only those whose content changed)")
    p_hand.add_argument("source", type=Path)
    p_hand.add_argument("--out", type=Path, default=Path("build/handouts"))
    p_hand.add_argument("--draft", action="store_true", help="with visible 'missing' markers instead of failing")
    p_hand.add_argument(
        "--site-url",
        default=None,
        help="public URL of the site, for the QR codes (default: public_url in regulation.yml)",
    )
    p_gz = sub.add_parser("compress", help="write .gz (zopfli) and .br copies beside the site's text files")
    p_gz.add_argument("site", type=Path)
    p_gz.add_argument("--cache", type=Path, default=Path("build/compress-cache"))
    p_zip = sub.add_parser("archive", help="zip the built site for offline hand-over (without .gz / .br)")
    p_zip.add_argument("site", type=Path)
    p_zip.add_argument("target", type=Path)
    # the editors' tools (editing.py, exchange.py)
    p_new = sub.add_parser("new", help="create content/<slug>/ from a source text, regulation.yml filled from it")
    p_new.add_argument("slug")
    p_new.add_argument("text", type=Path, help="the statute's text as the official database prints it")
    p_new.add_argument("--content", type=Path, default=Path("content"))
    p_scaffold = sub.add_parser("scaffold", help="write the editorial skeletons that do not exist yet")
    p_scaffold.add_argument("source", type=Path)
    p_status = sub.add_parser("status", help="what is written, per chapter (headings, summaries, translation …)")
    p_status.add_argument("source", type=Path)
    p_stale = sub.add_parser("stale", help="list the entries written for an earlier text of their article")
    p_stale.add_argument("source", type=Path)
    p_fp = sub.add_parser("fingerprint", help="record that entries were checked against the current text")
    p_fp.add_argument("source", type=Path)
    p_fp.add_argument("--article", action="append", default=None, help="only this article (repeatable)")
    p_xo = sub.add_parser("xliff-export", help="the translation units as XLIFF 2.0 (Chinese -> English)")
    p_xo.add_argument("source", type=Path)
    p_xo.add_argument("out", type=Path)
    p_xi = sub.add_parser("xliff-import", help="write an XLIFF 2.0 file's translations back (validated first)")
    p_xi.add_argument("source", type=Path)
    p_xi.add_argument("xliff", type=Path)
    args = parser.parse_args(argv)
    if getattr(args, "source", None) is not None and args.source.suffix == ".yml" and args.command != "site":
        from .library import first_statute

        args.source = first_statute(args.source)  # a library: its first statute, alone

    try:
        if args.command == "parse":
            from .export import regulation_json
            from .load import load

            loaded = load(args.source, args.errata)
            for warning in loaded.regulation.warnings:
                print(f"warning: {args.source}: {warning}", file=sys.stderr)
            json.dump(regulation_json(loaded.regulation), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        elif args.command == "site":
            from .sitebuild import BuildOptions, build_site

            options = BuildOptions(
                site_url=args.site_url,
                draft=args.draft,
                compress=not args.no_compress,
                jobs=args.jobs,
                archive=args.archive,
                csp=args.csp,
            )
            site_report = build_site(args.target, args.out, args.work, options)
            for warning in site_report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            times = ", ".join(f"{k} {v:.1f} s" for k, v in site_report.seconds.items())
            kept = f"; unchanged, not built again: {', '.join(site_report.kept)}" if site_report.kept else ""
            print(f"site built in {args.out} ({site_report.pages} HTML pages; {times}{kept})", file=sys.stderr)
        elif args.command == "build":
            from .build import build
            from .siteconfig import SiteOptions

            report = build(args.source, args.docs, draft=args.draft, options=SiteOptions(site_url=args.site_url))
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            print(f"wrote {report.pages} pages ({report.written} changed) to {args.docs}", file=sys.stderr)
        elif args.command == "handouts":
            import time

            from .editorial import load_editorial
            from .handouts import publish_handouts
            from .load import load
            from .site import Site
            from .siteconfig import SiteOptions, public_url

            start = time.perf_counter()
            loaded = load(args.source)
            site = Site(loaded, load_editorial(args.source.parent, loaded.regulation, draft=args.draft))
            url = public_url(site, SiteOptions(site_url=args.site_url))
            if not url:
                print(
                    "note: no public address (SITE_URL or public_url in regulation.yml): handouts carry no QR code",
                    file=sys.stderr,
                )
            written, unchanged = publish_handouts(site, args.out, url)
            print(
                f"handouts: {written} written, {unchanged} unchanged in {args.out} "
                f"({time.perf_counter() - start:.1f} s)",
                file=sys.stderr,
            )
        elif args.command == "compress":
            from .compress import compress_site

            done, cached = compress_site(args.site, args.cache)
            print(f"compress: {done} files compressed, {cached} from the cache ({args.cache})", file=sys.stderr)
        elif args.command == "archive":
            from .archive import make_archive

            target = make_archive(args.site, args.target, args.target.stem)
            print(f"archive: {target} ({target.stat().st_size / 2**20:.1f} MiB)", file=sys.stderr)
        elif args.command == "new":
            from .editing import new_statute

            folder = new_statute(args.slug, args.text, args.content)
            print(f"created {folder} (source.txt, regulation.yml); next: regsite scaffold {folder}/source.txt")
        elif args.command == "scaffold":
            from .editing import scaffold

            skeletons = scaffold(args.source)
            for path in skeletons:
                print(f"wrote {path}")
            if not skeletons:
                print("every editorial file exists already; nothing written")
        elif args.command == "status":
            from .editing import coverage, coverage_table

            print(coverage_table(coverage(args.source)))
        elif args.command == "stale":
            from .editing import stale_list

            lines = stale_list(args.source)
            print("\n".join(lines) if lines else "no stale entries")
        elif args.command == "fingerprint":
            from .editing import record_fingerprints

            changed = record_fingerprints(args.source, set(args.article) if args.article else None)
            print(f"recorded the text's fingerprint for {len(changed)} article(s)")
        elif args.command == "xliff-export":
            from .exchange import export_xliff

            print(f"{export_xliff(args.source, args.out)} units written to {args.out}")
        elif args.command == "xliff-import":
            from .exchange import import_xliff

            imported = import_xliff(args.source, args.xliff)
            for key in imported.incomplete:
                print(f"article {key}: not every paragraph and item is translated; not imported", file=sys.stderr)
            print(f"{len(imported.articles)} article(s) changed in {len(imported.changed_files)} file(s)")
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
