"""Per-regulation site settings for MkDocs (``docs/.site.yml``, read by ``hooks/site_config.py``):
the site's name and description in each language and its public address; also the 404 page's
words and links (read by ``hooks/notfound.py``). ``mkdocs.yml`` names no regulation; everything
regulation-specific comes from the content folder through here."""

from __future__ import annotations

import os
from typing import Any

from .cjk import SEARCH_PUNCTUATION
from .searchindex import search_words
from .site import Site
from .templating import LANGS, strings
from .urls import page_url


def public_url(site: Site) -> str | None:
    """The public address: ``SITE_URL`` from the environment (a deployment's choice) or
    ``public_url`` from ``regulation.yml``; None when neither is set."""
    return os.environ.get("SITE_URL") or site.editorial.meta.public_url or None


# The share-preview image of each language (1200 x 630, drawn with the handouts: handouts.py).
SHARE_IMAGE = "handouts/share.{lang}.png"


def render_site_config(
    site: Site, library_root: str = "", library: list[tuple[str, dict[str, str]]] | None = None
) -> dict[str, Any]:
    """The settings of the statute's MkDocs build. ``library_root``: the library's root from the
    statute's root ("" when the statute is built alone); ``library``: (slug, short title per
    language) of every statute the search offers."""
    meta = site.editorial.meta
    library = library or [(regulation_id(site), {lang: site.short_title(lang) for lang in LANGS})]
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
                    "statute": regulation_id(site),
                    # the folder of search/library.js, from the statute's root (both languages'
                    # pages resolve it from there: the templates' url filter)
                    "library_root": library_root,
                    "punctuation": SEARCH_PUNCTUATION,
                    "words": search_words(lang),
                    "statutes": [{"slug": slug, "short": short[lang]} for slug, short in library],
                },
                # the footer of every page (partials/copyright.html)
                "footer": {
                    "publisher": site.publisher(lang),
                    "words": {k.removeprefix("footer_"): v for k, v in s.items() if k.startswith("footer_")},
                    "about": page_url("about", None, "zh"),
                },
            },
        }
    return {
        "regulation": regulation_id(site),
        "site_url": public_url(site),
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


def regulation_id(site: Site) -> str:
    """Names the regulation a build belongs to (its content folder), so that the handouts of one
    regulation are never shipped with another's site."""
    return site.loaded.source.parent.name
