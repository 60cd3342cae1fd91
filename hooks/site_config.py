"""The statute's own settings (name, description, public address) from its contract,
``docs/.site.yml`` (``regsite.siteconfig.SiteContract``, validated).

``mkdocs.yml`` is the same for every regulation; the generator writes ``.site.yml`` from the
content folder. This hook copies it into the config and into the i18n plugin's per-language
settings before the plugin reads them (it runs at priority -100, this hook at the default 0).
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from regsite.errors import SourceError
from regsite.siteconfig import read_contract


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        contract = read_contract(Path(config.docs_dir))
    except SourceError as exc:
        raise PluginError(str(exc)) from None
    default = contract.languages["zh"]
    # the theme writes these into the page as they are (<title>, the header, <meta> attributes):
    # they are editorial text, so HTML-escaped here
    config.site_name = str(escape(default.site_name))
    config.site_description = str(escape(default.site_description))
    config.site_url = contract.site_url or None
    config.extra["regsite"] = default.extra
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        for language in i18n.config.languages:
            settings = contract.languages.get(language.locale)
            if settings and not language.default:
                language.site_name = str(escape(settings.site_name))
                language.site_description = str(escape(settings.site_description))
                language.extra = {**(language.extra or {}), "regsite": settings.extra}
    return config


def on_post_build(*, config: MkDocsConfig) -> None:
    """A sitemap needs the public address: without one, MkDocs would list "Noneindex.html"."""
    if config.site_url:
        return
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        for path in Path(config.site_dir).glob(f"**/{name}"):
            path.unlink()
