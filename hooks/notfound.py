"""The 404 page's language links.

404.html is served at whatever URL was not found, so relative links cannot work there, and the
i18n plugin leaves it with absolute links to whichever page it built last (static-i18n issue,
see PITFALLS 9). Point each language link at that language's home page under ``site_url``.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

LINK = re.compile(r'(<a href=")[^"]*(" hreflang="(?P<lang>[a-z]{2})" class="md-select__link")')


@event_priority(-200)  # after the i18n plugin has built every language
def on_post_build(*, config: MkDocsConfig) -> None:
    root = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
    default = "zh"
    for page in Path(config.site_dir).glob("**/404.html"):
        html = page.read_text(encoding="utf-8")
        fixed = LINK.sub(
            lambda m: f"{m.group(1)}{root}{'' if m['lang'] == default else m['lang'] + '/'}index.html{m.group(2)}", html
        )
        page.write_text(fixed, encoding="utf-8")
