"""The contract between the generator and the hooks: ``docs/.site.yml``, one statute's settings
for its MkDocs build (``SiteContract``, validated on both sides): its name and description in
each language, its public address, where its handouts are, its place in a library, the header's
and footer's words, the 404 page's words and links. ``mkdocs.yml`` names no statute; everything
particular to one comes from its content folder through here. The package reads no environment:
the public address and the folders come in as ``SiteOptions``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from .cjk import SEARCH_PUNCTUATION
from .searchindex import search_words
from .site import Site
from .templating import LANGS, strings
from .urls import page_url

CONTRACT = ".site.yml"
# The generator's own YAML (the contract, the navigation) is read on every build and preview
# rebuild: with libyaml when PyYAML has it (its wheels do), ten times faster than pure Python.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class SiteOptions:
    """What a statute's build is told from outside: its public address (None: none known), the
    folder its handouts are written to (from mkdocs.yml's folder, or absolute), and its library:
    the library's root from the statute's root ("" alone) and every statute the search offers
    (slug, short titles)."""

    site_url: str | None = None
    handouts: str = "build/handouts"
    library_root: str = ""
    library: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    library_home: str | None = None  # the library's home page from the statute's root


class LanguageSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_name: str
    site_description: str
    extra: dict[str, Any]


class SiteContract(BaseModel):
    """``docs/.site.yml``: what the hooks read (hooks/site_config.py, nav.py, handouts.py,
    notfound.py)."""

    model_config = ConfigDict(extra="forbid")

    regulation: str
    site_url: str | None
    languages: dict[str, LanguageSettings]
    has_translation: bool
    handouts: str
    notfound: dict[str, dict[str, str]]


def read_contract(docs_dir: Path) -> SiteContract:
    """The contract of the docs folder; raises ``SourceError`` when it is missing or malformed."""
    from .errors import SourceError

    path = docs_dir / CONTRACT
    if not path.exists():
        raise SourceError("missing: run `regsite build` (or `make site`) first", path=path)
    try:
        return SiteContract.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER))
    except Exception as exc:
        raise SourceError(f"not the generator's contract: {exc}", path=path) from None


def public_url(site: Site, options: SiteOptions) -> str | None:
    """The statute's public address: the build's (a deployment's choice) or ``public_url`` from
    ``regulation.yml``; None when neither is set."""
    return options.site_url or site.editorial.meta.public_url or None


# The share-preview image of each language (1200 x 630, drawn with the handouts: handouts.py).
SHARE_IMAGE = "handouts/share.{lang}.png"


def render_site_config(site: Site, options: SiteOptions | None = None) -> dict[str, Any]:
    """The contract of the statute's MkDocs build (``SiteContract``)."""
    options = options or SiteOptions()
    meta = site.editorial.meta
    library = [(slug, dict(short)) for slug, short in options.library] or [
        (site.slug, {lang: site.short_title(lang) for lang in LANGS})
    ]
    languages = {}
    for lang in ("zh", "en"):
        description = meta.description_zh if lang == "zh" else meta.description_en
        s = strings()[lang]
        languages[lang] = {
            "site_name": site.short_title(lang),
            "site_description": description or s["default_description"].format(title=site.title(lang)),
            # config.extra.regsite of the language's build: the header's reading settings, share previews
            "extra": {
                "reading": {k.removeprefix("reading_"): v for k, v in s.items() if k.startswith("reading_")},
                "og_locale": s["og_locale"],
                "share_image": f"{SHARE_IMAGE.format(lang=lang)}",
                # the search dialog (partials/regsite-search.html, regsite-search.js)
                "search": {
                    "lang": lang,
                    "statute": site.slug,
                    # the folder of search/library.js, from the statute's root (both languages'
                    # pages resolve it from there: the templates' url filter)
                    "library_root": options.library_root,
                    "punctuation": SEARCH_PUNCTUATION,
                    "words": search_words(lang),
                    "statutes": [{"slug": slug, "short": short[lang]} for slug, short in library],
                },
                # the link to the library's home in the header (partials/alternate.html)
                "library": {"home": options.library_home, "label": s["library_link"]} if options.library_home else None,
                # the footer of every page (partials/copyright.html)
                "footer": {
                    "publisher": site.publisher(lang),
                    "words": {k.removeprefix("footer_"): v for k, v in s.items() if k.startswith("footer_")},
                    "about": page_url("about", None, "zh"),
                },
            },
        }
    return {
        "regulation": site.slug,
        "site_url": public_url(site, options),
        "handouts": options.handouts,
        "languages": languages,
        "has_translation": site.editorial.has_translation,
        "notfound": render_notfound(site),
    }


def render_notfound(site: Site) -> dict[str, dict[str, str]]:
    """What the 404 page says and links to, in both languages at once (it is served at any
    missing URL, whatever the reader's language): the ``notfound_*`` words of ``strings.yml``,
    the site's name, and the home and all-articles pages as paths from the site root."""

    def url(kind: str, lang: str) -> str:
        return page_url(kind, None, lang)

    return {
        lang: {
            **{k.removeprefix("notfound_"): v for k, v in strings()[lang].items() if k.startswith("notfound_")},
            "site_name": site.short_title(lang),
            "home_href": url("home", lang),
            "articles_href": url("index", lang),
        }
        for lang in LANGS
    }
