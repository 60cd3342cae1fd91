"""Shared fixtures: paths, the parsed shipped regulation, and one real site build per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from regsite.localweb import launch_chromium, serve_folder

ROOT = Path(__file__).resolve().parent.parent

CONTENT = ROOT / "content" / "jiangxi-counter-espionage-2024"
SOURCE = CONTENT / "source.txt"
FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
# The public URL the test builds are deployed at (SITE_URL): QR codes and canonical links point there.
SITE_URL = "https://example.org/jiangxi-counter-espionage/"
# Other regulations, built with no code change: real statutes in other layouts.
REGULATIONS = Path(__file__).parent / "fixtures" / "regulations"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def loaded():
    from regsite.load import load

    return load(SOURCE)


@pytest.fixture(scope="session")
def regulation(loaded):
    return loaded.regulation


@pytest.fixture(scope="session")
def editorial(regulation):
    from regsite.editorial import load_editorial

    return load_editorial(CONTENT, regulation)


def make_project(tmp: Path) -> Path:
    """A throw-away copy of the site project (config, hooks, overrides) to build in."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in ("hooks", "overrides", "scripts"):
        (tmp / name).symlink_to(ROOT / name)
    return tmp


def build_site(source: Path, project: Path, site_url: str | None = SITE_URL) -> Path:
    """Build ``source`` alone with the build function `make site` calls (no compressed copies,
    one statute at a time); the site is ``project/site``, its handouts in
    ``project/build/handouts/<slug>``."""
    from regsite.sitebuild import BuildOptions
    from regsite.sitebuild import build_site as build

    out = project / "site"
    options = BuildOptions(site_url=site_url, compress=False, jobs=1, csp=project / "build" / "csp-header.txt")
    build(source, out, project / "build", options)
    return out


def handouts_of(site: Path, source: Path) -> Path:
    """Where ``build_site`` wrote the handouts of ``source``."""
    return site.parent / "build" / "handouts" / source.parent.name


def serve_portal(tmp: Path, site: str, src: str, title: str, style: str, phone: bool = False):
    """An intranet portal page (on its own loopback origin) that embeds ``src`` of the site at
    ``site`` with the documented iframe and resize script; returns (server, base URL)."""
    folder = tmp / "portal"
    folder.mkdir()
    viewport = '<meta name="viewport" content="width=device-width">' if phone else ""
    (folder / "index.html").write_text(
        f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>Portal</title>{viewport}</head><body>
        <h1>Intranet portal</h1>
        <iframe id="law" src="{site}/{src}" data-regsite-embed title="{title}" style="{style}"></iframe>
        <script src="{site}/assets/javascripts/regsite-embed-resize.js"></script></body></html>""",
        encoding="utf-8",
    )
    return serve_folder(folder)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default regulation, built as `make site` does; return site/."""
    return build_site(SOURCE, tmp_path_factory.mktemp("project"))


@pytest.fixture(scope="session")
def server(built_site: Path):
    """The built site over HTTP on loopback."""
    httpd, base = serve_folder(built_site)
    yield base
    httpd.shutdown()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium through Playwright (no browser download: it cannot happen here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        yield browser
        browser.close()
