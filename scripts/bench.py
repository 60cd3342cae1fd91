"""Benchmark (``make bench``): build cost, page weight, Lighthouse, search quality and latency,
rebuild time under ``mkdocs serve``, and a scale run. Prints a report with the budgets met or
missed and writes it to ``bench/results.md``. Nothing here is a test: timings vary."""

from __future__ import annotations

import gzip
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from pageweight import measure, page_types, serve  # beside this script (the script's folder is on sys.path)
from peer import build_peer

from regsite.build import build
from regsite.editorial import load_editorial
from regsite.handouts import publish_handouts
from regsite.library import first_statute
from regsite.load import load
from regsite.localweb import CHROMIUM, CHROMIUM_ARGS, launch_chromium
from regsite.searcheval import load_queries, run_queries, summary
from regsite.site import Site
from regsite.synthetic import synthesize_code

ROOT = Path(__file__).resolve().parent.parent

# The regulation measured: `make bench SOURCE=…`, else the library's first statute (the one we polish).
SOURCE = Path(os.environ.get("SOURCE") or first_statute(ROOT / "content" / "library.yml")).resolve()
CONTENT = SOURCE.parent
LIGHTHOUSE = ROOT / "build/tools/node_modules/.bin/lighthouse"
# The whole-text page of a code is split by 编 (README, "Reading the law"): the largest stays under this
WHOLE_TEXT_BUDGET = 400 * 1024  # bytes with gzip
SITE_URL = "https://example.org/regsite/"  # a public address, so the handouts carry their QR codes
_loaded = load(SOURCE)
SOURCE_SAMPLE = Site(_loaded, load_editorial(CONTENT, _loaded.regulation)).sample_article  # the article edited


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def project(tmp: Path, handouts: bool = False, regulation: str | None = None) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in ("hooks", "overrides", "scripts"):
        (tmp / name).symlink_to(ROOT / name)
    if not handouts:
        (tmp / "build/handouts").mkdir(parents=True)
        listing = {"regulation": regulation or CONTENT.name, "files": []}
        (tmp / "build/handouts/handouts.json").write_text(json.dumps(listing) + "\n", encoding="utf-8")
    return tmp


def env(tmp: Path, **extra: str) -> dict[str, str]:
    return {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp), "SITE_URL": SITE_URL, **extra}


def mkdocs_build(proj: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(proj / "site")],
        cwd=proj,
        check=True,
        env=env(proj),
        capture_output=True,
    )
    return time.perf_counter() - start


def site_build(tmp: Path) -> dict[str, float]:
    proj = project(tmp, handouts=True)
    t0 = time.perf_counter()
    report = build(SOURCE, proj / "docs")
    t_generate = time.perf_counter() - t0
    loaded = load(SOURCE)
    site = Site(loaded, load_editorial(CONTENT, loaded.regulation))
    t0 = time.perf_counter()
    written, _ = publish_handouts(site, proj / "build/handouts", SITE_URL)
    t_handouts = time.perf_counter() - t0
    t0 = time.perf_counter()
    publish_handouts(site, proj / "build/handouts", SITE_URL)
    t_handouts_again = time.perf_counter() - t0
    t_mkdocs = mkdocs_build(proj)
    pages = len(list((proj / "site").rglob("*.html")))
    return {
        "generate": t_generate,
        "files": report.pages,
        "handouts": t_handouts,
        "handouts_n": written,
        "handouts_again": t_handouts_again,
        "mkdocs": t_mkdocs,
        "pages": pages,
    }


def serve_rebuild(tmp: Path) -> float:
    """Edit one summary while `mkdocs serve` runs; seconds until the served page shows it."""
    content = tmp / "content" / CONTENT.name  # the folder name identifies the regulation (handouts)
    shutil.copytree(CONTENT, content)
    proj = project(tmp / "proj")
    build(content / "source.txt", proj / "docs")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(  # live reload on: without it `mkdocs serve` does not rebuild at all
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=proj,
        env={**env(proj, REGSITE_SOURCE=str(content / "source.txt")), "SITE_URL": f"http://127.0.0.1:{port}/"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    loaded = load(content / "source.txt")
    sample = Site(loaded, load_editorial(content, loaded.regulation)).sample_article
    url = f"http://127.0.0.1:{port}/articles/article-{sample.key}.html"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if sample.label in urllib.request.urlopen(url, timeout=2).read().decode():
                    break
            except OSError:
                time.sleep(0.5)
        time.sleep(2)
        marker = edit_summary(content, sample.key, sample.chapter)
        start = time.perf_counter()
        while time.perf_counter() - start < 120:
            try:
                if marker in urllib.request.urlopen(url, timeout=5).read().decode():
                    return time.perf_counter() - start
            except OSError:
                pass
            time.sleep(0.1)
        return float("nan")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def edit_summary(content: Path, key: str, chapter: str | None) -> str:
    """Change the last character of one article's Chinese summary; return the new summary."""
    import yaml

    path = content / "editorial" / "articles" / (f"chapter-{chapter}.yml" if chapter else "articles.yml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in data["articles"] if str(e["number"]) == key)
    entry["summary_zh"] = entry["summary_zh"][:-1] + ("！" if entry["summary_zh"][-1] != "！" else "。")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return entry["summary_zh"]


def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(ROOT / "build/tools"),
                "--no-audit",
                "--no-fund",
                "-E",
                "lighthouse@12.2.3",
            ],
            check=True,
            capture_output=True,
        )


def lighthouse(url: str) -> dict[str, float]:
    """One Lighthouse run (mobile preset, the default): performance score, largest contentful
    paint, bytes transferred and requests."""
    out = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            f"--chrome-path={CHROMIUM}",
            "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS),
            "--output=json",
            "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(out.stdout)
    audits = report["audits"]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "best-practices": round(report["categories"]["best-practices"]["score"] * 100),
        "seo": round(report["categories"]["seo"]["score"] * 100),
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(audits["network-requests"]["details"]["items"]),
    }


def spread(values: list[float], fmt: str) -> str:
    """Median, and the range of the runs."""
    med = statistics.median(values)
    return f"{fmt.format(med)} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def first_results(base: str, page: str, query: str, ours: bool, runs: int = 5) -> list[float]:
    """Milliseconds from the first keystroke to the first results, on a fresh page each run
    (empty cache): search is opened (ours: the header button; Material: its search box), then the
    query typed at once, so the time includes fetching whatever the search needs."""
    from playwright.sync_api import sync_playwright

    opener, results = (
        (".regsite-search-button", ".rs-results .rs-item")
        if ours
        else ("input.md-search__input", ".md-search-result__item")
    )
    times = []
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            tab = context.new_page()
            tab.goto(f"{base}/{page}", wait_until="networkidle")
            tab.locator(opener).click()
            if ours:
                tab.locator("#rs-input").wait_for()
            start = time.perf_counter()
            tab.keyboard.type(query)
            tab.locator(results).first.wait_for(timeout=20_000)
            times.append((time.perf_counter() - start) * 1000)
            context.close()
        browser.close()
    return times


SEARCH_SETS = ("old", "tuning", "heldout")


def search_figures(site: Path) -> dict[str, list]:
    """Each query set typed into the site's search (the default statute's answers)."""
    from playwright.sync_api import sync_playwright

    httpd, base = serve(site)
    out = {}
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name in SEARCH_SETS:
            path = CONTENT / "search-queries.yml" if name == "old" else CONTENT / "search-sets" / f"{name}.yml"
            out[name] = run_queries(page, base, load_queries(path, (CONTENT.name,)))
        browser.close()
    httpd.shutdown()
    return out


def code_run(tmp: Path) -> dict[str, Any]:
    """A statute of the civil code's shape (1,260 articles, 编 / 分编 / 章 / 节), built the same way."""
    source = synthesize_code(SOURCE, tmp / "content" / "code")
    proj = project(tmp / "code", regulation="code")
    t0 = time.perf_counter()
    build(source, proj / "docs")
    seconds = time.perf_counter() - t0 + mkdocs_build(proj)
    site = proj / "site"
    whole = max([*site.glob("full-text*.html"), *site.glob("full-text/*.html")], key=lambda p: p.stat().st_size)
    return {
        "seconds": seconds,
        "pages": len(list(site.rglob("*.html"))),
        "article_size": median_article_size(site),
        "whole_page": whole.relative_to(site).as_posix(),
        "whole_raw": whole.stat().st_size,
        "whole_gz": len(gzip.compress(whole.read_bytes(), 6)),
    }


def median_article_size(site: Path) -> float:
    return statistics.median(p.stat().st_size for p in (site / "articles").glob("article-*.html"))


def sample_query() -> str:
    """The first Chinese keyword query of the regulation's query set (else a word every statute has)."""
    path = CONTENT / "search-queries.yml"
    queries = [q.text for q in load_queries(path) if q.lang == "zh" and q.kind == "keyword"] if path.exists() else []
    return queries[0] if queries else "本条例"


def side_by_side(lines: list[str], ours: Path, peer: Path, tmp: Path) -> None:
    """Both sites under one loopback server (gzip level 6), measured in the same run."""
    root = tmp / "served"
    root.mkdir()
    (root / "ours").symlink_to(ours)
    (root / "peer").symlink_to(peer)
    httpd, base = serve(root)
    pages = page_types(ours)
    sample = pages["article"]
    runs = 3
    try:
        ensure_lighthouse()
        urls = {
            ("this site", "article"): f"{base}/ours/{sample}",
            ("plain Material", "article"): f"{base}/peer/{sample}",
            ("this site", "home"): f"{base}/ours/index.html",
            ("plain Material", "home"): f"{base}/peer/index.html",
        }
        if "chapter" in pages:
            urls[("this site", "chapter")] = f"{base}/ours/{pages['chapter']}"
        for url in urls.values():  # one discarded run each: first Chromium start, cold disk cache
            lighthouse(url)
        measured: dict[tuple[str, str], list[dict[str, float]]] = {key: [] for key in urls}
        for _ in range(runs):  # interleaved, so a slow spell of the machine hits both sites alike
            for key, url in urls.items():
                measured[key].append(lighthouse(url))
    except (subprocess.CalledProcessError, OSError) as exc:
        lines += ["## Side by side with the plain Material site", "", f"Lighthouse not run: {exc}", ""]
        httpd.shutdown()
        return
    lines += [
        "## Side by side with the plain Material site of the same text",
        "",
        f"Lighthouse 12, mobile preset, {runs} runs each, interleaved (this site, the peer, …) after one "
        "discarded warm-up run per page; both sites under one loopback server with gzip (level 6). "
        "Median (range of the runs).",
        "",
        "| site | page | performance | largest contentful paint | bytes transferred | requests |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for (site, page), results in measured.items():
        lines.append(
            f"| {site} | {page} | {spread([r['performance'] for r in results], '{:.0f}')} "
            f"| {spread([r['lcp'] for r in results], '{:.2f} s')} "
            f"| {spread([r['bytes'] / 1024 for r in results], '{:.1f} KiB')} "
            f"| {spread([r['requests'] for r in results], '{:.0f}')} |"
        )
    mine, theirs = measured[("this site", "article")], measured[("plain Material", "article")]

    def med(results: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in results)

    all_100 = [r["performance"] == 100 for (site, _), rs in measured.items() if site == "this site" for r in rs]
    other = {k: v for k, v in mine[0].items() if k in ("accessibility", "best-practices", "seo")}
    lines += [
        "",
        f"- article: largest contentful paint {med(mine, 'lcp'):.2f} s against {med(theirs, 'lcp'):.2f} s "
        f"(budget: not more than the peer's: {verdict(med(mine, 'lcp') <= med(theirs, 'lcp'))})",
        f"- article: {med(mine, 'bytes') / 1024:.1f} KiB against {med(theirs, 'bytes') / 1024:.1f} KiB "
        f"(budget: not more than the peer's: {verdict(med(mine, 'bytes') <= med(theirs, 'bytes'))})",
        f"- performance 100 in every run of every page of this site: {verdict(all(all_100))} "
        f"({sum(all_100)} of {len(all_100)} runs)",
        f"- this site's article, other categories (first run): {other}",
        "",
    ]
    query = sample_query()
    ours_ms = first_results(f"{base}/ours", sample, query, ours=True)
    peer_ms = first_results(f"{base}/peer", sample, query, ours=False)
    lines += [
        "### First search results on a fresh page",
        "",
        f"Search box focused, then `{query}` typed at once, empty cache, 5 runs; milliseconds from the first "
        "keystroke to the first result. This site loads the index and the worker only when search is first "
        "opened or focused; the plain site loads them with every page.",
        "",
        "| site | first results |",
        "| --- | --- |",
        f"| this site | {spread(ours_ms, '{:.0f} ms')} |",
        f"| plain Material | {spread(peer_ms, '{:.0f} ms')} |",
        "",
        f"Budget 300 ms: {verdict(statistics.median(ours_ms) <= 300)} (median), "
        f"{'every run within' if max(ours_ms) <= 300 else 'not every run within'}.",
        "",
    ]
    httpd.shutdown()


def cpu_seconds() -> float:
    """Processor time of this process and of every process it started that has ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def library_runs(tmp: Path) -> list[str]:
    """The regulation alone, the library of content/library.yml, and a synthetic library of 50
    statutes (copies of the regulation with their own titles), each built with the one build
    function (`regsite site`); then the 50 again with nothing changed, and with one changed."""
    import gzip

    from regsite.sitebuild import BuildOptions, build_site
    from regsite.synthetic import synthesize_library

    jobs = os.cpu_count() or 1

    def run(name: str, target: Path, statute_pages: str) -> dict[str, float]:
        out, work = tmp / name / "site", tmp / name / "work"
        cpu_before = cpu_seconds()
        start = time.perf_counter()
        report = build_site(target, out, work, BuildOptions(compress=False, jobs=jobs))
        wall = time.perf_counter() - start
        cpu = cpu_seconds() - cpu_before
        articles = sorted(out.glob(statute_pages))
        return {
            "statutes": len(report.built) + len(report.kept),
            "built": len(report.built),
            "pages": report.pages,
            "wall": wall,
            "cpu": cpu,
            "job": sum(report.seconds.values()),  # every statute's job and the join, as run
            "raw": statistics.median(p.stat().st_size for p in articles),
            "gz": statistics.median(len(gzip.compress(p.read_bytes(), 6)) for p in articles),
        }

    one = run("one", SOURCE, "articles/article-*.html")
    library = run("library", ROOT / "content" / "library.yml", "*/articles/article-*.html")
    target = synthesize_library(CONTENT, tmp / "fifty-content", 50)
    fifty = run("fifty", target, "*/articles/article-*.html")
    again = run("fifty", target, "*/articles/article-*.html")
    edit_summary(tmp / "fifty-content" / "sample-07", SOURCE_SAMPLE.key, SOURCE_SAMPLE.chapter)
    changed = run("fifty", target, "*/articles/article-*.html")
    rows = [("this regulation alone", one), ("the library (library.yml)", library), ("50 statutes", fifty)]
    lines = [
        "## Library: build cost and page weight as the library grows",
        "",
        f"Built with `regsite site` ({jobs} statutes at a time, no compressed copies). *Wall*: start to "
        "finish. *CPU*: processor time of the build and every process it started (statute jobs, PDF "
        "workers), which does not depend on how many jobs share the cores. *Job time*: each statute's "
        "job and the join, summed as they ran; jobs running side by side share the cores, so it grows "
        "with the number of jobs at a time, not with the library (one statute alone has both cores). "
        "The 50 statutes are copies of this regulation (own titles), so their pages cost what its pages cost.",
        "",
        "| site | statutes | HTML pages | wall | wall per page | CPU per page | job time | median article | gzip |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in rows:
        lines.append(
            f"| {name} | {r['statutes']:.0f} | {r['pages']:.0f} | {r['wall']:.1f} s "
            f"| {r['wall'] / r['pages'] * 1000:.1f} ms | {r['cpu'] / r['pages'] * 1000:.1f} ms | {r['job']:.1f} s "
            f"| {r['raw'] / 1024:.1f} KiB | {r['gz'] / 1024:.1f} KiB |"
        )

    def ratio(key: str) -> float:
        return (fifty[key] / fifty["pages"]) / (one[key] / one["pages"])

    lines += [
        "",
        f"Budgets (50 statutes at most 1.3 times the regulation alone): wall time per page "
        f"{ratio('wall'):.2f}x: {verdict(ratio('wall') <= 1.3)}; CPU time per page {ratio('cpu'):.2f}x: "
        f"{verdict(ratio('cpu') <= 1.3)}; median article page {fifty['raw'] / one['raw']:.2f}x: "
        f"{verdict(fifty['raw'] <= 1.3 * one['raw'])} (gzip {fifty['gz'] / one['gz']:.2f}x). Job time per page, "
        f"for comparison with earlier runs: {ratio('job'):.2f}x.",
        "",
        f"The 50 again, nothing changed: {again['wall']:.1f} s ({again['built']:.0f} statutes built, the join "
        f"only); one statute's summary changed: {changed['wall']:.1f} s ({changed['built']:.0f} statute built).",
        "",
    ]
    return lines


def main() -> int:
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}; "
        f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; regulation `{CONTENT.name}`",
        "",
    ]
    only = sys.argv[1:]  # `python scripts/bench.py library`: that part alone
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if only == ["library"]:
            lines += library_runs(tmp / "library")
            print("\n".join(lines))
            return 0
        if only == ["code"]:
            print(code_run(tmp / "scale"))
            return 0
        b = site_build(tmp / "site")
        full = b["generate"] + b["mkdocs"]
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        site = tmp / "site" / "site"
        index = sum(p.stat().st_size for p in (site / "search").glob("*.js"))
        lines += [
            "## Build",
            "",
            "| measure | value | budget |",
            "| --- | --- | --- |",
            f"| generate Markdown pages and data ({b['files']} files) | {b['generate']:.2f} s | |",
            f"| MkDocs build, both languages ({b['pages']} HTML pages) | {b['mkdocs']:.2f} s | |",
            f"| full build without handouts | {full:.2f} s | 20 s: {verdict(full <= 20)} |",
            f"| {b['handouts_n']} PDF handouts, from scratch (2 processes) | {b['handouts']:.2f} s | |",
            f"| handouts again, nothing changed | {b['handouts_again']:.2f} s | |",
            f"| peak memory of a child process (MkDocs or a PDF worker) | {peak:.0f} MiB | |",
            f"| search index, both languages (loaded on demand) | {index / 1024:.0f} KiB | |",
            "",
        ]
        peer = build_peer(load(SOURCE).regulation, tmp / "peer")
        side_by_side(lines, site, peer, tmp)
        weights = measure(site)
        lines += [
            "## Page weight as loaded (Playwright, gzip, empty cache)",
            "",
            "| page | transferred | requests |",
            "| --- | --- | --- |",
        ]
        lines += [f"| {name} | {size / 1024:.1f} KiB | {n} |" for name, (size, n) in weights.items()]
        lines.append("")
        figures = search_figures(site)
        target = {"zh question": 0.95, "zh keyword": 0.97, "en": 0.95, "none": 0.9}
        lines += [
            "## Search (typed into the search dialog in headless Chromium, top 3 result pages)",
            "",
            "Three sets: the older one the search was first tuned on, and the two halves of the set written",
            "blind (`search-sets/`): tuned on, and held out (never tuned on; only its totals are shown).",
            '"none": questions the regulation has no provision on, answered when the reader is told so.',
            "",
            "| set | group | answered | share | target (held-out half) |",
            "| --- | --- | --- | --- | --- |",
        ]
        for name, outcomes in figures.items():
            for group, (answered, n) in sorted(summary(outcomes).items()):
                share = answered / n
                goal = f"{target[group]:.0%}: {verdict(share >= target[group])}" if name == "heldout" else ""
                lines.append(f"| {name} | {group} | {answered}/{n} | {share:.0%} | {goal} |")
        latencies = sorted(o.seconds * 1000 for outcomes in figures.values() for o in outcomes)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        lines += [
            "",
            f"Keystroke to results once the index is loaded: median {statistics.median(latencies):.0f} ms, "
            f"95th percentile {p95:.0f} ms, max {latencies[-1]:.0f} ms over {len(latencies)} queries.",
            "",
            "Queries of the older and the tuning sets not answered in the top 3:",
            "",
        ]
        lines += [
            f"- {name}, {o.query.lang} {o.query.kind}: {o.query.text} -> {', '.join(o.top) or '(no result)'}; "
            f"expected {', '.join(k for _, k in o.query.expected) or 'a notice'}"
            for name in ("old", "tuning")
            for o in figures[name]
            if not o.answered
        ] or ["- none"]
        rebuilds = [serve_rebuild(tmp / f"serve-{i}") for i in range(3)]
        lines += [
            "",
            "## Editing under `make serve`",
            "",
            f"One summary edited: the served page shows it after {spread(rebuilds, '{:.1f} s')} "
            f"(3 runs; budget 3 s: {verdict(statistics.median(rebuilds) <= 3)}).",
            "",
        ]
        code = code_run(tmp / "scale")
        per_page = full / b["pages"] * 1000
        per_page_code = code["seconds"] / code["pages"] * 1000
        size = median_article_size(site)
        lines += [
            "## Scale: a statute of the civil code's shape (1,260 articles, 编 / 分编 / 章 / 节)",
            "",
            "Synthesised with the civil code's structure and this regulation's article texts "
            "(`regsite.synthetic.synthesize_code`); built the same way in the same run.",
            "",
            "| site | HTML pages | build | per page | median article page |",
            "| --- | --- | --- | --- | --- |",
            f"| this regulation | {b['pages']} | {full:.1f} s | {per_page:.1f} ms | {size / 1024:.1f} KiB |",
            f"| civil code shape | {code['pages']} | {code['seconds']:.1f} s | {per_page_code:.1f} ms "
            f"| {code['article_size'] / 1024:.1f} KiB |",
            "",
            f"Budgets (at most 1.3 times this regulation's): time per page {per_page_code / per_page:.2f}x: "
            f"{verdict(per_page_code <= 1.3 * per_page)}; article page size {code['article_size'] / size:.2f}x: "
            f"{verdict(code['article_size'] <= 1.3 * size)}.",
            "",
            f"Largest whole-text page of the civil code shape (`{code['whole_page']}`, one 编 of the code; "
            f"the code's own `full-text.html` lists the 编): {code['whole_raw'] / 1024:.0f} KiB, "
            f"{code['whole_gz'] / 1024:.0f} KiB with gzip (budget {WHOLE_TEXT_BUDGET // 1024} KiB with gzip, "
            f"README: {verdict(code['whole_gz'] <= WHOLE_TEXT_BUDGET)}).",
            "",
        ]
        lines += library_runs(tmp / "library")
    text = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "results.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
