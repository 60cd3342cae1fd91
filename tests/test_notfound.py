"""The 404 page (hooks/notfound.py, overrides/404.html): one bilingual page that a web server sends
for any missing URL, at any depth, on a host and under a path other than the configured one,
styled without any stylesheet request, with links that lead back into the site."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import SITE_URL
from test_a11y import violations

from regsite.templating import strings

SUB_PATH = "/intranet/law"


def serve_with_404(root: Path, notfound: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``root`` on loopback; a missing file gets ``notfound`` with status 404, as a server
    configured with an error document does (nginx ``error_page 404``, Apache ``ErrorDocument``)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            if code != 404:
                super().send_error(code, message, explain)
                return
            body = notfound.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture(scope="module")
def host(built_site, tmp_path_factory):
    """The site copied under /intranet/law/ (not its configured path), and the same files also
    under the configured path of SITE_URL; the server sends the copy's 404.html."""
    root = tmp_path_factory.mktemp("host")
    copy = root / SUB_PATH.strip("/")
    shutil.copytree(built_site, copy, ignore=shutil.ignore_patterns("*.gz", "*.br", "handouts"))
    configured = root / urlsplit(SITE_URL).path.strip("/")
    configured.parent.mkdir(parents=True, exist_ok=True)
    configured.symlink_to(copy, target_is_directory=True)
    httpd, base = serve_with_404(root, copy / "404.html")
    yield base
    httpd.shutdown()


def words(lang: str) -> dict[str, str]:
    return {k.removeprefix("notfound_"): v for k, v in strings()[lang].items() if k.startswith("notfound_")}


def test_the_built_404_page_is_bilingual_and_needs_nothing_from_the_configured_address(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="zh">' in html
    zh, en = words("zh"), words("en")
    zh_block = html.split('<section lang="zh">', 1)[1].split("</section>", 1)[0]
    en_block = html.split('<section lang="en">', 1)[1].split("</section>", 1)[0]
    assert zh["title"] in zh_block and zh["home"] in zh_block and zh["articles"] in zh_block
    assert en["title"] in en_block and en["home"] in en_block and en["articles"] in en_block
    # no asset at all: styles inline, no stylesheet or script file; no absolute URL from site_url
    assert "<style>" in html
    assert 'rel="stylesheet"' not in html and "<script src" not in html
    assert urlsplit(SITE_URL).netloc not in html and "://" not in html
    # links start at the configured path (right without JavaScript at the configured address)
    assert f'href="{urlsplit(SITE_URL).path}index.html"' in html
    # the i18n plugin writes one 404 page; another would have to be the same
    other = built_site / "en" / "404.html"
    assert not other.exists() or other.read_text(encoding="utf-8") == html


@pytest.mark.browser
def test_404_two_levels_deep_under_another_path_leads_home_and_searches(chromium, host):
    base = host + SUB_PATH
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    response = page.goto(f"{base}/no-such/folder/page.html")
    assert response is not None and response.status == 404
    assert page.locator("html").get_attribute("lang") == "zh"
    zh, en = words("zh"), words("en")
    h1 = page.locator("section[lang=zh] h1")
    h2 = page.locator("section[lang=en] h2")
    assert h1.is_visible() and h1.inner_text() == zh["title"]
    assert h2.is_visible() and h2.inner_text() == en["title"]
    # styled by the page itself: not the browser's default heading (bold, 2em) or Times
    style = h1.evaluate("e => { const s = getComputedStyle(e); return [s.fontWeight, s.fontFamily] }")
    assert style[0] == "400" and "Times" not in style[1]
    assert page.locator("header").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    # the script finds the root from the URL and re-points the links there
    home = page.locator("section[lang=zh] a", has_text=zh["home"])
    page.wait_for_function("el => el.getAttribute('href').startsWith('/intranet/')", arg=home.element_handle())
    assert home.get_attribute("href") == f"{SUB_PATH}/index.html"
    assert page.locator("section[lang=en] a", has_text=en["home"]).get_attribute("href") == f"{SUB_PATH}/en/index.html"
    assert page.locator("section[lang=en] a", has_text=en["articles"]).get_attribute("href") == (
        f"{SUB_PATH}/en/articles.html"
    )
    assert violations(page) == []
    home.click()
    page.wait_for_load_state()
    assert page.url == f"{base}/index.html"
    assert page.locator(".md-content h1").first.is_visible()
    # search from the 404 page: the form opens the site's search on the home page (?q=)
    page.go_back()
    page.wait_for_function("document.querySelector('form').getAttribute('action').startsWith('/intranet/')")
    page.locator("#q").fill("12339")
    page.locator("form button", has_text=en["search_button"]).click()
    page.wait_for_url(f"{base}/en/index.html?q=12339")
    page.locator(".rs-results .rs-item").first.wait_for(timeout=10_000)
    assert [u for u in requests if not u.startswith(base)] == []
    context.close()


@pytest.mark.browser
def test_404_without_javascript_is_styled_and_links_to_the_configured_path(chromium, host):
    configured = urlsplit(SITE_URL).path
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{host}{configured}missing/deeper/page.html")
    assert page.locator("h1").evaluate("e => getComputedStyle(e).fontWeight") == "400"
    home = page.locator("section[lang=zh] a", has_text=words("zh")["home"])
    assert home.get_attribute("href") == f"{configured}index.html"
    home.click()
    page.wait_for_load_state()
    assert page.url == f"{host}{configured}index.html"
    context.close()
