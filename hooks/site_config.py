"""The regulation's own settings (name, description, public address) from ``docs/.site.yml``.

``mkdocs.yml`` is the same for every regulation; the generator writes ``.site.yml`` from the
content folder. This hook copies it into the config and into the i18n plugin's per-language
settings before the plugin reads them (it runs at priority -100, this hook at the default 0).
"""

from __future__ import annotations

from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    path = Path(config.docs_dir) / ".site.yml"
    if not path.exists():
        raise PluginError(f"{path} is missing: run `python -m regsite build` (or `make site`) first")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    default = data["languages"]["zh"]
    config.site_name = default["site_name"]
    config.site_description = default["site_description"]
    config.site_url = data["site_url"] or None
    config.extra["regsite"] = default["extra"]
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        for language in i18n.config.languages:
            settings = data["languages"].get(language.locale)
            if settings and not language.default:
                language.site_name = settings["site_name"]
                language.site_description = settings["site_description"]
                language.extra = {**(language.extra or {}), "regsite": settings["extra"]}
    return config


def on_post_build(*, config: MkDocsConfig) -> None:
    """A sitemap needs the public address: without one, MkDocs would list "Noneindex.html"."""
    if config.site_url:
        return
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        for path in Path(config.site_dir).glob(f"**/{name}"):
            path.unlink()
