"""A library: several statutes in one site, each at its own path, linked provision to provision.

``content/library.yml`` names the statutes (content folders) in the order the library shows
them; a statute can also be built alone (``regsite site content/<slug>/source.txt``), and then
it is a library of one, at the site's root. What the statutes know of each other:

* **names** (``Library.slug_for``): a reference that names a law (《中华人民共和国网络安全法》第五十四条,
  网络安全法第五十四条, "Article 54 of the Cybersecurity Law of …") resolves to the statute of the
  library with that title, short title or alias (``regulation.yml``: ``aliases_zh``,
  ``aliases_en``); a law the library does not hold stays text and is reported;
* **related provisions** (``related.yml`` of a statute: what each of its articles rests on in
  another statute of the library), shown on both sides: "rests on" and "detailed by".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, cast

import yaml
from pydantic import BaseModel, ConfigDict, Field

from .editorial import DeferredEditorial, Editorial, load_editorial
from .errors import SourceError
from .load import load
from .model import Regulation
from .site import Site
from .urls import Place

LIBRARY_FILE = "library.yml"
RELATED_FILE = "related.yml"
RELATIONS = ("restates", "details", "implements", "basis")


class LibraryMeta(BaseModel):
    """``content/library.yml``: the library's names and its statutes, in order."""

    model_config = ConfigDict(extra="forbid")

    title_zh: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    description_zh: str | None = None
    description_en: str | None = None
    statutes: list[str] = Field(min_length=1)  # content folders; the first is the one featured
    # the statute whose single-statute site this library replaces: its addresses keep working
    keeps_addresses_of: str | None = None
    public_url: str | None = Field(default=None, pattern=r"^https?://\S+/$")


class RelatedProvision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    statute: str
    article: int | str
    paragraph: int | None = None
    relation: str = Field(pattern="^(" + "|".join(RELATIONS) + ")$")


class RelatedArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: int | str
    provisions: list[RelatedProvision] = []
    note_zh: str | None = None
    note_en: str | None = None


class RelatedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[RelatedArticle]


@dataclass(frozen=True)
class Link:
    """One related provision, seen from one side: this article of ``here`` and ``there``'s."""

    article: str  # the article of the statute whose page shows the link
    statute: str  # the other statute
    other: str  # its article
    paragraph: int | None  # of the national provision
    relation: str
    reverse: bool  # True on the national law's side ("detailed by")


@dataclass(frozen=True)
class Related:
    """What related.yml says, in both directions: the links each statute's pages show, and the
    editors' note on an article of the statute that rests on others (which may have no link:
    "no national provision corresponds")."""

    links: dict[str, list[Link]]
    notes: dict[tuple[str, str], tuple[str | None, str | None]]  # (statute, article) -> zh, en


def _name_key(name: str) -> str:
    """A law's name as the table matches it: no title marks, no 中华人民共和国 / "the" / "of the
    People's Republic of China", lower case, straight apostrophes."""
    name = name.strip().strip("《》").replace("’", "'").lower()
    name = re.sub(r"^the ", "", name)
    name = re.sub(r" of the people's republic of china", "", name)
    name = name.removeprefix("中华人民共和国")
    return re.sub(r"\s+", " ", name)


@dataclass
class Library:
    """The statutes of one site, each a ``Site`` at its ``Place``."""

    sites: dict[str, Site]
    meta: LibraryMeta | None = None
    content: Path | None = None  # the folder of library.yml (None: a statute built alone)
    warnings: list[str] = field(default_factory=list)

    @property
    def slugs(self) -> list[str]:
        return list(self.sites)

    def site(self, slug: str) -> Site:
        return self.sites[slug]

    def regulation(self, slug: str) -> Regulation:
        return self.sites[slug].regulation

    @cached_property
    def names(self) -> dict[str, str]:
        """Every name a statute of the library goes by -> its slug."""
        table: dict[str, str] = {}
        for slug, site in self.sites.items():
            meta = site.editorial.meta
            for name in [
                site.regulation.title,
                meta.title_en,
                meta.short_title_zh,
                meta.short_title_en,
                *meta.aliases_zh,
                *meta.aliases_en,
            ]:
                if name:
                    table.setdefault(_name_key(name), slug)
        return table

    def slug_for(self, name: str) -> str | None:
        return self.names.get(_name_key(name))

    @cached_property
    def related(self) -> Related:
        """Every statute's related.yml read and checked against the statutes of this site."""
        links: dict[str, list[Link]] = {slug: [] for slug in self.sites}
        notes: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        for slug, site in self.sites.items():
            path = site.loaded.source.parent / "editorial" / RELATED_FILE
            if not path.exists():
                continue
            data = RelatedFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
            keys = {a.key for a in site.regulation.articles}
            for entry in data.articles:
                if str(entry.article) not in keys:
                    raise SourceError(f"article {entry.article} does not exist", path=path)
                if entry.note_zh or entry.note_en:
                    notes[(slug, str(entry.article))] = (entry.note_zh, entry.note_en)
                for p in entry.provisions:
                    if p.statute not in self.sites:
                        self.warnings.append(f"{path}: article {entry.article}: {p.statute} is not in this site")
                        continue
                    other = self.sites[p.statute].regulation
                    if str(p.article) not in {a.key for a in other.articles}:
                        raise SourceError(f"article {entry.article}: {p.statute} has no article {p.article}", path=path)
                    if p.paragraph and p.paragraph > len(other.article(str(p.article)).paragraphs):
                        raise SourceError(
                            f"article {entry.article}: {p.statute} article {p.article} has no paragraph {p.paragraph}",
                            path=path,
                        )
                    here = (str(entry.article), p.statute, str(p.article), p.paragraph, p.relation)
                    links[slug].append(Link(*here, reverse=False))
                    links[p.statute].append(
                        Link(str(p.article), slug, str(entry.article), p.paragraph, p.relation, reverse=True)
                    )
        return Related(links, notes)

    @property
    def links(self) -> dict[str, list[Link]]:
        """Statute -> the related-provision links its pages show (both directions)."""
        return self.related.links

    def laws(self, here: str) -> LawsOfSite:
        """The name table as seen from the statute ``here``, for resolving its references."""
        return LawsOfSite(self, here)


@dataclass(frozen=True)
class LawsOfSite:
    library: Library
    here: str

    def slug_for(self, name: str) -> str | None:
        return self.library.slug_for(name)

    def regulation(self, slug: str) -> Regulation:
        return self.library.regulation(slug)


def statute_site(source: Path, place: Place, *, draft: bool = False, deferred: bool = False) -> Site:
    """One statute, loaded with its editorial data, at ``place`` (``deferred``: the editorial
    data read when first used)."""
    loaded = load(source)
    if deferred:
        editorial = cast(Editorial, DeferredEditorial(source.parent, loaded.regulation, draft=draft))
    else:
        editorial = load_editorial(source.parent, loaded.regulation, draft=draft)
    return Site(loaded, editorial, place=place)


def alone(source: Path, *, draft: bool = False) -> Library:
    """A statute built on its own: a library of one, at the site's root."""
    site = statute_site(source, Place(source.parent.name), draft=draft)
    library = Library({site.place.slug: site})
    site.library = library
    return library


def read_meta(path: Path) -> LibraryMeta:
    """``library.yml``, validated."""
    if not path.exists():
        raise SourceError("missing library file", path=path)
    try:
        return LibraryMeta.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except Exception as exc:  # pydantic's errors name the field
        raise SourceError(str(exc), path=path) from None


def first_statute(path: Path) -> Path:
    """The source of a library's first statute (what `make serve` previews by default)."""
    return path.parent / read_meta(path).statutes[0] / "source.txt"


def load_library(path: Path, *, draft: bool = False, focus: str | None = None) -> Library:
    """``content/library.yml`` and every statute it names, each at ``<slug>/``. With ``focus``
    (the statute a job builds), the others' editorial data is read only where that statute's
    pages use it (a citation's preview, a related provision)."""
    meta = read_meta(path)
    sites: dict[str, Site] = {}
    for slug in meta.statutes:
        source = path.parent / slug / "source.txt"
        if not source.exists():
            raise SourceError(f"statute {slug}: {source} does not exist", path=path)
        deferred = focus is not None and slug != focus
        sites[slug] = statute_site(source, Place(slug, f"{slug}/"), draft=draft, deferred=deferred)
    library = Library(sites, meta, path.parent)
    for site in sites.values():
        site.library = library
    return library


def library_home(library: Library, lang: str) -> dict[str, Any]:
    """What the library's home page lists: each statute with its kind, dates and links."""
    out = []
    for slug, site in library.sites.items():
        meta = site.editorial.meta
        out.append(
            {
                "slug": slug,
                "title": site.title(lang),
                "short": site.short_title(lang),
                "root": site.place.root,
                "articles": len(site.regulation.articles),
                "translated": site.editorial.has_translation,
                "description": meta.description_zh if lang == "zh" else meta.description_en,
            }
        )
    return {"statutes": out}
