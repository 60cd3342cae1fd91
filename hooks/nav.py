"""Navigation from the generated ``docs/.nav.yml``: chapters as sections holding their articles.

The page generator knows the structure (it has the model); MkDocs only needs the result. This
hook copies it into ``config.nav`` (Chinese, the default language) and into the i18n plugin's
``nav`` for every other language, before the plugin reads them (it runs at priority -100).
"""

from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from regsite.siteconfig import FAST_LOADER


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    nav_file = Path(config.docs_dir) / ".nav.yml"
    if not nav_file.exists():
        raise PluginError(f"{nav_file} is missing: run `python -m regsite build` (or `make site`) first")
    navs = yaml.load(nav_file.read_text(encoding="utf-8"), Loader=FAST_LOADER)
    config.nav = navs["zh"]
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        for language in i18n.config.languages:
            if language.locale in navs and not language.default:
                language.nav = navs[language.locale]
    return config
