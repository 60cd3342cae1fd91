"""Benchmark (``make bench``): build cost, page weight, Lighthouse, search quality and latency,
rebuild time under ``mkdocs serve``, and a scale run. Prints a report with the budgets met or
missed and writes it to ``bench/results.md``. Nothing here is a test: timings vary."""

from __future__ import annotations

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

from pageweight import measure, page_types, serve  # beside this script (the script's folder is on sys.path)

from regsite.build import build
from regsite.editorial import load_editorial
from regsite.handouts import all_handouts, write_handouts
from regsite.load import load
from regsite.localweb import CHROMIUM, CHROMIUM_ARGS, launch_chromium
from regsite.searcheval import load_queries, run_queries, summary
from regsite.site import Site
from regsite.synthetic import synthesize

ROOT = Path(__file__).resolve().parent.parent

# The regulation measured: `make bench SOURCE=…` (the Makefile passes its SOURCE).
SOURCE = Path(os.environ.get("SOURCE") or sys.exit("set SOURCE=content/<slug>/source.txt (make bench does)")).resolve()
CONTENT = SOURCE.parent
LIGHTHOUSE = ROOT / "build/tools/node_modules/.bin/lighthouse"
SITE_URL = "https://example.org/regsite/"  # a public address, so the handouts carry their QR codes


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def project(tmp: Path, handouts: bool = False) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in ("hooks", "overrides", "scripts"):
        (tmp / name).symlink_to(ROOT / name)
    if not handouts:
        (tmp / "build/handouts").mkdir(parents=True)
        listing = {"regulation": CONTENT.name, "files": []}
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
    written, _ = write_handouts(all_handouts(site, SITE_URL), proj / "build/handouts", CONTENT.name)
    t_handouts = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_handouts(all_handouts(site, SITE_URL), proj / "build/handouts", CONTENT.name)
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
    content = tmp / "content"
    shutil.copytree(CONTENT, content)
    proj = project(tmp / "proj")
    build(content / "source.txt", proj / "docs")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(  # live reload on: without it `mkdocs serve` does not rebuild at all
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "--watch", str(content)],
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


def lighthouse(site: Path) -> dict[str, dict[str, float]]:
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
    httpd, base = serve(site)
    scores = {}
    for name in ("home", "chapter", "article"):
        out = subprocess.run(
            [
                str(LIGHTHOUSE),
                f"{base}/{page_types(site)[name]}",
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
        scores[name] = {k: round(v["score"] * 100) for k, v in json.loads(out.stdout)["categories"].items()}
    httpd.shutdown()
    return scores


def search_figures(site: Path):
    from playwright.sync_api import sync_playwright

    httpd, base = serve(site)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        outcomes = run_queries(page, base, load_queries(CONTENT / "search-queries.yml"))
        browser.close()
    httpd.shutdown()
    return outcomes


def scale(tmp: Path, copies: int) -> dict[str, float]:
    """20 regulations of this size: (a) as 20 separate sites, the supported layout; (b) one
    synthetic regulation 20 times as long in one site."""
    separate_time, separate_pages = 0.0, 0
    for i in range(copies):
        proj = project(tmp / f"site-{i}")
        t0 = time.perf_counter()
        build(SOURCE, proj / "docs")
        separate_time += time.perf_counter() - t0 + mkdocs_build(proj)
        separate_pages += len(list((proj / "site").rglob("*.html")))
        shutil.rmtree(proj)
    proj = project(tmp / "long")
    source = synthesize(CONTENT, tmp / "content/long", copies)
    t0 = time.perf_counter()
    build(source, proj / "docs")
    long_time = time.perf_counter() - t0 + mkdocs_build(proj)
    long_pages = len(list((proj / "site").rglob("*.html")))
    return {
        "separate_time": separate_time,
        "separate_pages": separate_pages,
        "long_time": long_time,
        "long_pages": long_pages,
        "articles": 56 * copies,
    }


def main() -> int:
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}; "
        f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        b = site_build(tmp / "site")
        full = b["generate"] + b["mkdocs"]
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        site = tmp / "site" / "site"
        index = (site / "search/search_index.json").stat().st_size
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
            f"| search index, both languages | {index / 1024:.0f} KiB | 1.5 MB: {verdict(index <= 1.5e6)} |",
            "",
        ]
        weights = measure(site)
        lines += [
            "## Page weight (gzip, empty cache, search index included)",
            "",
            "| page | transferred | requests | budget (article) |",
            "| --- | --- | --- | --- |",
        ]
        for name, (size, n) in weights.items():
            budget = f"150 KiB / 12: {verdict(size <= 150 * 1024 and n <= 12)}" if name == "article" else ""
            lines.append(f"| {name} | {size / 1024:.1f} KiB | {n} | {budget} |")
        lines.append("")
        try:
            scores = lighthouse(site)
            lines += [
                "## Lighthouse (mobile, loopback)",
                "",
                "| page | performance | accessibility | best practices | SEO |",
                "| --- | --- | --- | --- | --- |",
            ]
            for name, s in scores.items():
                lines.append(
                    f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} |"
                )
            all_100 = all(v == 100 for s in scores.values() for v in s.values())
            lines += ["", f"Budget: 100 in every category: {verdict(all_100)}", ""]
        except (subprocess.CalledProcessError, OSError) as exc:
            lines += ["## Lighthouse", "", f"not run: {exc}", ""]
        outcomes = search_figures(site)
        table = summary(outcomes)
        target = {"keyword": 0.95, "question": 0.90}
        lines += [
            "## Search (query set in headless Chromium, top 3 result pages)",
            "",
            "| language | kind | answered | share | target |",
            "| --- | --- | --- | --- | --- |",
        ]
        for (lang, kind), (answered, n) in sorted(table.items()):
            share = answered / n
            lines.append(
                f"| {lang} | {kind} | {answered}/{n} | {share:.0%} | "
                f"{target[kind]:.0%}: {verdict(share >= target[kind])} |"
            )
        latencies = sorted(o.seconds * 1000 for o in outcomes)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        lines += [
            "",
            f"Keystroke to first results (index loaded): median {statistics.median(latencies):.0f} ms, "
            f"95th percentile {p95:.0f} ms, max {latencies[-1]:.0f} ms over {len(latencies)} queries "
            f"(budget 100 ms: {verdict(p95 <= 100)} at the 95th percentile, "
            f"max {'within' if latencies[-1] <= 100 else 'over'}).",
            "",
            "Queries not answered in the top 3:",
            "",
        ]
        lines += [
            f"- {o.lang} {o.kind}: {o.query} -> {', '.join(o.top) or '(no result)'}; "
            f"expected articles {', '.join(o.expected)}"
            for o in outcomes
            if not o.answered
        ] or ["- none"]
        rebuild = serve_rebuild(tmp / "serve")
        lines += [
            "",
            "## Editing under `make serve`",
            "",
            f"One summary edited: the served page shows it after {rebuild:.1f} s "
            f"(budget 3 s: {verdict(rebuild <= 3)}).",
            "",
        ]
        s = scale(tmp / "scale", 20)
        per_1 = full / b["pages"] * 1000
        per_sep = s["separate_time"] / s["separate_pages"] * 1000
        per_long = s["long_time"] / s["long_pages"] * 1000
        lines += [
            "## Scale run: 20 regulations of this size (1,120 articles in each language)",
            "",
            "| layout | pages | time | per page |",
            "| --- | --- | --- | --- |",
            f"| this site (1 regulation) | {b['pages']} | {full:.1f} s | {per_1:.1f} ms |",
            f"| 20 regulations, one site each (the supported layout) | {s['separate_pages']} "
            f"| {s['separate_time']:.1f} s | {per_sep:.1f} ms |",
            f"| one synthetic regulation 20 times as long, one site | {s['long_pages']} "
            f"| {s['long_time']:.1f} s | {per_long:.1f} ms |",
            "",
            f"Budget: scale run within 5 minutes: {verdict(max(s['separate_time'], s['long_time']) <= 300)}. "
            "Time per page stays flat across separate sites; in one very long site it grows, "
            "because Material renders the whole "
            "navigation (every article) into every page.",
        ]
    text = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "results.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
