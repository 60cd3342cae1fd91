"""The plain Material for MkDocs site of the same text, for ``make bench`` to compare against:
one page per article with its official text, a home page listing the articles, Material's
default theme and default search. Only the web fonts are off (``font: false``): this machine
reaches no font host, and waiting for one would only slow the peer down."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from regsite.model import Regulation

CONFIG = {
    "theme": {"name": "material", "language": "zh", "font": False},
    "plugins": ["search"],
    "use_directory_urls": False,
}


def peer_docs(regulation: Regulation, docs: Path) -> None:
    """Markdown pages of the peer: index.md and articles/article-N.md."""
    (docs / "articles").mkdir(parents=True, exist_ok=True)
    lines = [f"# {regulation.title}", ""]
    lines += [f"- [{a.label}](articles/article-{a.key}.md)" for a in regulation.articles]
    (docs / "index.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for article in regulation.articles:
        body = "\n\n".join(article.text.split("\n"))
        (docs / "articles" / f"article-{article.key}.md").write_text(f"# {article.label}\n\n{body}\n", encoding="utf-8")


def build_peer(regulation: Regulation, project: Path) -> Path:
    """Build the peer into ``project/site``; return it."""
    project.mkdir(parents=True, exist_ok=True)
    peer_docs(regulation, project / "docs")
    config = dict(CONFIG, site_name=regulation.title)
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(project / "site")],
        cwd=project,
        check=True,
        capture_output=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(project)},
    )
    return project / "site"
