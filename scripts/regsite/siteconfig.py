"""Per-regulation site settings for MkDocs (``docs/.site.yml``, read by ``hooks/site_config.py``):
the site's name and description in each language and its public address. ``mkdocs.yml`` names
no regulation; everything regulation-specific comes from the content folder through here."""

from __future__ import annotations

import os
from typing import Any

from .site import Site
from .templating import strings


def public_url(site: Site) -> str | None:
    """The public address: ``SITE_URL`` from the environment (a deployment's choice) or
    ``public_url`` from ``regulation.yml``; None when neither is set."""
    return os.environ.get("SITE_URL") or site.editorial.meta.public_url or None


def render_site_config(site: Site) -> dict[str, Any]:
    meta = site.editorial.meta
    languages = {}
    for lang in ("zh", "en"):
        description = meta.description_zh if lang == "zh" else meta.description_en
        languages[lang] = {
            "site_name": site.short_title(lang),
            "site_description": description or strings()[lang]["default_description"].format(title=site.title(lang)),
        }
    return {
        "regulation": regulation_id(site),
        "site_url": public_url(site),
        "languages": languages,
        "has_translation": site.editorial.has_translation,
    }


def regulation_id(site: Site) -> str:
    """Names the regulation a build belongs to (its content folder), so that the handouts of one
    regulation are never shipped with another's site."""
    return site.loaded.source.parent.name
