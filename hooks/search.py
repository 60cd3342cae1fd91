"""The built scripts of the site's own search and reading aids, and two fixes to Material's bundle.

The site searches with its own indexes (``search/zh.js`` …, written by the generator:
``regsite.searchindex``) and ``regsite-search.js``; Material's search plugin is not used.
After the build this hook writes:

* ``assets/javascripts/regsite-search.js``: MiniSearch (vendored, MIT), then the search dialog
  and ranking; loaded when the reader first opens or focuses search (``partials/regsite-early.html``);
* ``assets/javascripts/regsite.js``: the reading aids, with their interface words at the top
  (from ``docs/.words.json``, which the generator writes from ``strings.yml``).

Material's bundle is loaded after the page has painted (``hooks/material_fixes.py``), when the
document has long been parsed; its ``document$`` waits for DOMContentLoaded, which has then
passed, so nothing would mount (header, drawer, …):
  ``function an(){let e=new It(1);return h(document,"DOMContentLoaded",{once:!0}).subscribe(…),e}``
Patched: emit at once when the document is already parsed. And the language links in the head
(``hreflang``, ``partials/regsite-share.html``) are for search engines: Material would fetch a
``sitemap.xml`` beside each (another host's, on a deployed site read offline); only links marked
for it are followed. The patch fails the build loudly if a Material upgrade changes the bundle.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

PATCHES = {
    'h(document,"DOMContentLoaded",{once:!0}).subscribe(()=>e.next(document))': (
        '(document.readyState!=="loading"?e.next(document):'
        'h(document,"DOMContentLoaded",{once:!0}).subscribe(()=>e.next(document)))'
    ),
    'b(()=>M("link[rel=alternate]"))': 'b(()=>M("link[rel=alternate][data-md-sitemap]"))',
}


@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    scripts = Path(config.theme.custom_dir or "overrides") / "assets" / "javascripts"
    target = site / "assets" / "javascripts"
    if not target.exists():
        return  # a language sub-build: the assets live at the root
    search = [
        (scripts / "vendor" / "minisearch.js").read_text(encoding="utf-8"),
        (scripts / "regsite-search.js").read_text(encoding="utf-8"),
    ]
    (target / "regsite-search.js").write_text("\n".join(search), encoding="utf-8")
    aids = [
        "window.REGSITE_WORDS = " + _compact_json(Path(config.docs_dir) / ".words.json") + ";",
        (scripts / "regsite.js").read_text(encoding="utf-8"),
    ]
    (target / "regsite.js").write_text("\n".join(aids), encoding="utf-8")
    _patch_bundle(site)


def _compact_json(path: Path) -> str:
    """A generated JSON file, as compact JavaScript."""
    return json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=False, separators=(",", ":"))


def _patch_bundle(site: Path) -> None:
    bundles = list(site.rglob("assets/javascripts/bundle.*.min.js"))
    if not bundles:
        raise PluginError("Material's bundle was not found: cannot patch it (hooks/search.py)")
    for bundle in bundles:
        code = bundle.read_text(encoding="utf-8")
        for before, after in PATCHES.items():
            if after in code:
                continue
            if code.count(before) != 1:
                raise PluginError(f"{bundle}: {before!r} not found: was mkdocs-material upgraded? See hooks/search.py")
            code = code.replace(before, after)
        bundle.write_text(code, encoding="utf-8")
