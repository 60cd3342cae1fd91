"""The join step of a library build (``sitebuild``): the library's home pages, its list of
statutes for search, a sitemap index, and the old addresses of a statute that used to be the
whole site.

The home pages are built with the same MkDocs configuration as the statutes (same header, search,
footer, reading settings), from a docs folder this module writes: ``index.md``, ``index.en.md``,
``search/library.js`` and the contract (``.site.yml``, ``.nav.yml``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml
from markupsafe import Markup

from .browserdata import render_browser_words
from .cjk import SEARCH_PUNCTUATION
from .library import Library
from .searchindex import library_entry, library_script, search_words
from .siteconfig import CONTRACT
from .templating import LANGS, render, strings, use_kind
from .urls import Place, page_url, root_href

LIBRARY_ROOT = Place("", "")  # the library's own pages, at its root

HOME = "_library"  # the work folder of the home pages (never a statute's slug: slugs have no "_")


def render_home_pages(library: Library, site_url: str | None) -> dict[str, str]:
    """The docs of the library's home: both languages, the search list, the contract."""
    assert library.meta is not None
    meta = library.meta
    featured = library.site(library.slugs[0])
    pages: dict[str, str] = {}
    with use_kind(featured.kind):
        for lang in LANGS:
            s = strings()[lang]
            statutes = []
            for slug, site in library.sites.items():
                with use_kind(site.kind):
                    statutes.append(
                        {
                            "title": site.title(lang),
                            "home": root_href("index.md", lang, LIBRARY_ROOT, site.place.url("home", None, lang)),
                            "full_text": root_href(
                                "index.md", lang, LIBRARY_ROOT, site.place.url("full-text", None, lang)
                            ),
                            "articles": len(site.regulation.articles),
                            "chapters": len(site.regulation.chapters),
                            "status": site.status(lang),
                            "translated": site.editorial.has_translation,
                            "description": (
                                site.editorial.meta.description_zh
                                if lang == "zh"
                                else site.editorial.meta.description_en
                            )
                            or "",
                            "related": len(library.links.get(slug, [])),
                        }
                    )
            report = featured.reporting(page_url("home", None, lang), lang)
            if report:  # the featured statute's reporting box: its links from the library's root
                target = featured.place.url("article", meta_article(featured), lang)
                report["article_href"] = root_href("index.md", lang, LIBRARY_ROOT, target)
                report["article_label"] = featured.cited_label(report["article_label"], lang)
            pages["index.md" if lang == "zh" else "index.en.md"] = render(
                "library_home.md.j2",
                s=s,
                title=meta.title_zh if lang == "zh" else meta.title_en,
                description=(meta.description_zh if lang == "zh" else meta.description_en) or "",
                statutes=statutes,
                report=report,
                featured=statutes[0],
            )
    pages["search/library.js"] = library_script(
        [library_entry(s, slug, s.place.root) for slug, s in library.sites.items()]
    )
    pages[CONTRACT] = yaml.safe_dump(_contract(library, site_url), allow_unicode=True, sort_keys=False)
    pages[".nav.yml"] = yaml.safe_dump(
        {lang: [{strings()[lang]["library_home"]: "index.md"}] for lang in LANGS}, allow_unicode=True
    )
    import json

    pages[".words.json"] = json.dumps(render_browser_words(), ensure_ascii=False, indent=1, sort_keys=True)
    return pages


def meta_article(site: Any) -> str:
    reporting = site.editorial.meta.reporting
    return str(reporting.article) if reporting else site.regulation.articles[0].key


def _contract(library: Library, site_url: str | None) -> dict[str, Any]:
    """The home's contract: the library's names, the search over every statute, the featured
    statute's publisher in the footer, no handouts."""
    assert library.meta is not None
    meta = library.meta
    featured = library.site(library.slugs[0])
    languages = {}
    for lang in LANGS:
        s = strings()[lang]
        languages[lang] = {
            "site_name": meta.title_zh if lang == "zh" else meta.title_en,
            "site_description": (meta.description_zh if lang == "zh" else meta.description_en) or "",
            "extra": {
                "reading": {k.removeprefix("reading_"): v for k, v in s.items() if k.startswith("reading_")},
                "og_locale": s["og_locale"],
                "share_image": None,
                "search": {
                    "lang": lang,
                    "statute": "",
                    "library_root": "",
                    "punctuation": SEARCH_PUNCTUATION,
                    "words": search_words(lang),
                    "statutes": [
                        {"slug": slug, "short": site.short_title(lang)} for slug, site in library.sites.items()
                    ],
                },
                "library": None,
                "footer": {
                    "publisher": featured.publisher(lang),
                    "words": {k.removeprefix("footer_"): v for k, v in s.items() if k.startswith("footer_")},
                    "about": featured.place.root + page_url("about", None, "zh"),
                },
            },
        }
    notfound = {
        lang: {
            **{k.removeprefix("notfound_"): v for k, v in strings()[lang].items() if k.startswith("notfound_")},
            "site_name": languages[lang]["site_name"],
            "home_href": page_url("home", None, lang),
            "articles_href": featured.place.root + page_url("index", None, lang),
        }
        for lang in LANGS
    }
    return {
        "regulation": HOME,
        "site_url": site_url,
        "handouts": "",
        "languages": languages,
        "has_translation": True,
        "notfound": notfound,
    }


def build_home(library: Library, work: Path, site_url: str | None) -> Path:
    """Generate and build the library's home pages into ``work/site/_library``."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from .build import sync
    from .sitebuild import MKDOCS_YML

    docs = work / "docs" / HOME
    pages = render_home_pages(library, site_url)
    pages[".generated-by-regsite"] = "This folder is generated by regsite; edit content/ instead.\n"
    sync(pages, docs)
    built = work / "site" / HOME
    mkdocs_build(load_config(str(MKDOCS_YML), docs_dir=str(docs), site_dir=str(built), strict=True))
    return built


# What an old address may be: a page, or a file a reader or a portal may have linked to.
KEPT_FILES = ("data/", "handouts/")


def redirect_page(target: str, title: str, canonical: str | None) -> str:
    """A page at an old address that leads to ``target`` (relative), keeping the query (embeds'
    ?view=) and the fragment (a paragraph); without script, the refresh and the link."""
    return render(
        "redirect.html.j2",
        target=target,
        title=title,
        canonical=canonical,
    )


def keep_old_addresses(site: Path, slug: str, site_url: str | None) -> int:
    """Every page of ``slug``'s site at the address it had when it was the whole site: a
    redirect page (unless the library's own page is there: its home, 404, search), and its data
    and handouts as files (hard links where the file system allows). Returns how many."""
    statute = site / slug
    count = 0
    for path in sorted(statute.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(statute).as_posix()
        old = site / rel
        if old.exists():
            continue  # the library's own page (index.html, en/index.html, 404.html …)
        old.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".html"):
            depth = rel.count("/")
            target = "../" * depth + f"{slug}/{rel}"
            canonical = f"{site_url.rstrip('/')}/{slug}/{rel}" if site_url else None
            old.write_text(redirect_page(target, rel, canonical), encoding="utf-8")
        elif rel.startswith(KEPT_FILES):
            try:
                os.link(path, old)
            except OSError:
                shutil.copy2(path, old)
        else:
            continue
        count += 1
    return count


def sitemap_index(site: Path, slugs: list[str], site_url: str | None) -> None:
    """A sitemap index at the root naming each statute's sitemap (only with a public address)."""
    if not site_url:
        return
    root = site_url.rstrip("/")
    entries = "".join(
        f"<sitemap><loc>{root}/{slug}/sitemap.xml</loc></sitemap>"
        for slug in slugs
        if (site / slug / "sitemap.xml").exists()
    )
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n',
        encoding="utf-8",
    )


__all__ = ["Markup", "build_home", "keep_old_addresses", "render_home_pages", "sitemap_index"]
