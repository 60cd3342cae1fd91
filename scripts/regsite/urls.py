"""Every address of the site, in one place: where each page of a statute lives, and the links
between pages, within a statute and across the statutes of a library.

Three forms of one address:

* the page's source in ``docs/`` (``page_path``): ``articles/article-29.md``, ``….en.md`` (the
  i18n plugin builds English pages under ``en/``);
* the built page from the statute's root (``page_url``): ``articles/article-29.html``, English
  ``en/articles/article-29.html``;
* a statute's root from the library's root (``Place.root``): ``""`` for a statute built alone,
  ``counterespionage-law/`` in a library.

Links from one page to another are relative (the site works from any sub-path and from
``file://``): ``href`` for Markdown (MkDocs points it at the reader's language), ``html_href`` for
raw HTML in the same statute, ``cross_href`` for raw HTML into another statute. Templates get
links as data; the browser scripts get them through data attributes.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

PAGES = {
    "home": "index",
    "about": "about",
    "glossary": "glossary",
    "faq": "faq",
    "index": "articles",
    "embed-builder": "embed",
    "data": "data",
    "quiz-index": "quiz/index",
    "full-text": "full-text",
}
KEYED_PAGES = {
    "chapter": "chapters/chapter-{}",
    "article": "articles/article-{}",
    "annex": "annexes/annex-{}",
    "audience": "audiences/{}",
    "embed": "embed/{}",
    "compare": "compare/article-{}",
    "quiz": "quiz/{}",
    "full-text-part": "full-text/part-{}",
    "changes": "changes/{}",  # what changed since the earlier version of that day
}


def _base(kind: str, key: str | int | None) -> str:
    return PAGES[kind] if kind in PAGES else KEYED_PAGES[kind].format(key)


def page_path(kind: str, key: str | int | None, lang: str) -> str:
    """Docs-relative source path of a page: ``articles/article-29.md`` / ``….en.md``."""
    base = _base(kind, key)
    return f"{base}.md" if lang == "zh" else f"{base}.en.md"


def page_file(kind: str, key: str | int | None = None, anchor: str = "") -> str:
    """A page's built file in its language's folder: ``articles/article-29.html#art-29-p-1``."""
    return f"{_base(kind, key)}.html" + (f"#{anchor}" if anchor else "")


def page_url(kind: str, key: str | int | None, lang: str, anchor: str = "") -> str:
    """A built page from the statute's root: ``en/articles/article-29.html`` for English."""
    return ("" if lang == "zh" else f"{lang}/") + page_file(kind, key, anchor)


def href(from_page: str, kind: str, key: str | int | None = None, anchor: str = "") -> str:
    """Relative Markdown link from one page to another, always to the default-language file name
    (the i18n plugin points it at the reader's language)."""
    target = page_path(kind, key, "zh")
    rel = posixpath.relpath(target, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def html_href(from_page: str, kind: str, key: str | int | None = None, anchor: str = "") -> str:
    """Like ``href``, for raw HTML (which MkDocs does not rewrite): ``….html``."""
    link = href(from_page, kind, key)
    return link.removesuffix(".md") + ".html" + (f"#{anchor}" if anchor else "")


def handout_href(from_page: str, name: str, lang: str) -> str:
    """Relative link from a page to a handout; handouts live at the statute's root, outside
    docs/, so English pages (built under en/) go one level further up."""
    depth = from_page.count("/") + (1 if lang != "zh" else 0)
    return "../" * depth + f"handouts/{name}.{lang}.pdf"


@dataclass(frozen=True)
class Place:
    """Where a statute's site stands: its key (the content folder's name) and its root from the
    library's root (``""`` when it is built alone)."""

    slug: str
    root: str = ""

    def url(self, kind: str, key: str | int | None, lang: str, anchor: str = "") -> str:
        """A page of this statute from the library's root."""
        return self.root + page_url(kind, key, lang, anchor)


def cross_href(
    here: Place, from_page: str, lang: str, there: Place, kind: str, key: str | int | None, anchor: str = ""
) -> str:
    """Relative raw-HTML link from a page of one statute (``from_page``, its docs path) to a page
    of another, both in ``lang``: through the library's root."""
    origin = _page_at(here, from_page, lang)
    target = there.url(kind, key, lang, anchor)
    path, _, fragment = target.partition("#")
    rel = posixpath.relpath(path, posixpath.dirname(origin) or ".")
    return rel + (f"#{fragment}" if fragment else "")


def _page_at(place: Place, from_page: str, lang: str) -> str:
    """The built file of a docs page (``articles/article-29.en.md``) from the library's root."""
    base = from_page.removesuffix(".md").removesuffix(".en").removesuffix(".zh")
    return place.root + ("" if lang == "zh" else f"{lang}/") + base + ".html"


def root_href(from_page: str, lang: str, place: Place, target: str) -> str:
    """Relative link from a page to ``target``, a path from the library's root (the library's
    home, its search list)."""
    rel = posixpath.relpath(target or ".", posixpath.dirname(_page_at(place, from_page, lang)) or ".")
    return rel
