"""Benchmark: build cost, sizes and search quality/latency, measured (``make bench``).

Prints a report and writes it to ``bench/results.md``. Budgets from the issues are reported as
met or missed; nothing here is a test (timings vary with the machine).
"""

from __future__ import annotations

import functools
import http.server
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.regsite.build import build  # noqa: E402
from scripts.regsite.searcheval import load_queries, run_queries, summary  # noqa: E402

SOURCE = ROOT / "content/jiangxi-counter-espionage-2024/source.txt"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def kib(n: int) -> str:
    return f"{n / 1024:.0f} KiB"


def main() -> int:
    lines = ["# Benchmark results", "", f"Machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; Python {sys.version.split()[0]}", ""]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        for name in ("hooks", "overrides", "scripts"):
            (project / name).symlink_to(ROOT / name)
        t0 = time.perf_counter()
        report = build(SOURCE, project / "docs")
        t_generate = time.perf_counter() - t0
        t0 = time.perf_counter()
        env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": tmp}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(project / "site")], cwd=project, check=True, env=env)
        t_mkdocs = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        site = project / "site"
        pages = len(list(site.rglob("*.html")))
        index = (site / "search/search_index.json").stat().st_size
        index_js = (site / "search/search_index.js").stat().st_size
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        lines += [
            "## Build",
            "",
            "| measure | value | budget |",
            "| --- | --- | --- |",
            f"| generate Markdown pages ({report.pages} files) | {t_generate:.2f} s | |",
            f"| MkDocs build, both languages ({pages} HTML pages) | {t_mkdocs:.2f} s | |",
            f"| full build without handouts | {t_generate + t_mkdocs:.2f} s | 20 s: {'met' if t_generate + t_mkdocs <= 20 else 'MISSED'} |",
            f"| peak memory of the MkDocs build | {peak / 2**20:.0f} MiB | |",
            f"| site size (uncompressed) | {kib(total)} | |",
            f"| search index, both languages (search_index.json / .js) | {kib(index)} / {kib(index_js)} | 1.5 MB: {'met' if max(index, index_js) <= 1.5e6 else 'MISSED'} |",
            "",
        ]

        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
        handler.log_message = lambda *a, **k: None
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        from playwright.sync_api import sync_playwright

        queries = load_queries(ROOT / "content/jiangxi-counter-espionage-2024/search-queries.yml")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            outcomes = run_queries(page, base, queries)
            browser.close()
        httpd.shutdown()
        table = summary(outcomes)
        target = {"keyword": 0.95, "question": 0.90}
        lines += ["## Search (query set in headless Chromium, top 3 result pages)", "", "| language | kind | answered | share | target |", "| --- | --- | --- | --- | --- |"]
        for (lang, kind), (answered, n) in sorted(table.items()):
            share = answered / n
            lines.append(f"| {lang} | {kind} | {answered}/{n} | {share:.0%} | {target[kind]:.0%}: {'met' if share >= target[kind] else 'MISSED'} |")
        latencies = sorted(o.seconds * 1000 for o in outcomes)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        lines += [
            "",
            f"Keystroke to first results (index loaded): median {statistics.median(latencies):.0f} ms, 95th percentile {p95:.0f} ms, "
            f"max {latencies[-1]:.0f} ms over {len(latencies)} queries (budget 100 ms: {'met' if p95 <= 100 else 'MISSED'} at the 95th percentile). "
            "Measured from the key event to the first result in the DOM, including Material's own debounce.",
            "",
            "Queries not answered in the top 3:",
            "",
        ]
        lines += [f"- {o.lang} {o.kind}: {o.query} -> {', '.join(o.top) or '(no result)'}; expected articles {', '.join(o.expected)}" for o in outcomes if not o.answered] or ["- none"]
    text = "\n".join(lines) + "\n"
    out = ROOT / "bench" / "results.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
