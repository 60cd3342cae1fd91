"""Corrections to the official text, applied only from ``errata.yml`` and always recorded.

An entry names the article and paragraph, quotes what the source says and what it should say,
and gives the reason in both languages. The quoted source must occur exactly once in that
paragraph (its text or items), otherwise the build fails naming the entry: a correction never
applies somewhere it was not meant to.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import SourceError
from .model import Erratum, Paragraph, Regulation
from .normalize import Normalized


class ErratumEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    article: int | str
    paragraph: int = Field(ge=1)
    source: str = Field(min_length=1)
    correction: str
    source_lines: list[int] = []
    reason_zh: str = Field(min_length=1)
    reason_en: str = Field(min_length=1)


class ErrataFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    errata: list[ErratumEntry] = []


def load_errata(path: Path) -> list[Erratum]:
    """Read and validate ``errata.yml``; a missing file means no corrections."""
    if not path.exists():
        return []
    try:
        data = ErrataFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    except (ValidationError, yaml.YAMLError) as exc:
        raise SourceError(f"invalid errata file: {exc}", path=path) from None
    return [
        Erratum(
            str(e.article),
            e.paragraph,
            e.source,
            e.correction,
            e.reason_zh.strip(),
            e.reason_en.strip(),
            e.id,
            tuple(e.source_lines),
        )
        for e in data.errata
    ]


def _replace_in_paragraph(para: Paragraph, erratum: Erratum) -> tuple[Paragraph, int]:
    count = para.text.count(erratum.source)
    text = para.text.replace(erratum.source, erratum.correction)
    items = []
    for item in para.items:
        count += item.text.count(erratum.source)
        items.append(dataclasses.replace(item, text=item.text.replace(erratum.source, erratum.correction)))
    return dataclasses.replace(para, text=text, items=tuple(items)), count


def apply_errata(regulation: Regulation, errata: list[Erratum], path: Path | str = "errata.yml") -> Regulation:
    """Return the regulation with every erratum applied; raise if one does not match exactly once."""
    articles = {a.key: a for a in regulation.articles}
    seen: set[str] = set()
    for erratum in errata:
        if erratum.id in seen:
            raise SourceError(f"erratum {erratum.id}: duplicated id", path=path)
        seen.add(erratum.id)
        article = articles.get(erratum.article)
        if article is None:
            raise SourceError(f"erratum {erratum.id}: article {erratum.article} does not exist", path=path)
        if not 1 <= erratum.paragraph <= len(article.paragraphs):
            raise SourceError(
                f"erratum {erratum.id}: article {erratum.article} has no paragraph {erratum.paragraph}", path=path
            )
        para, count = _replace_in_paragraph(article.paragraphs[erratum.paragraph - 1], erratum)
        if count != 1:
            raise SourceError(
                f"erratum {erratum.id}: '{erratum.source}' occurs {count} times in article {erratum.article} "
                f"paragraph {erratum.paragraph}; expected exactly once",
                path=path,
            )
        paragraphs = list(article.paragraphs)
        paragraphs[erratum.paragraph - 1] = para
        articles[article.key] = dataclasses.replace(article, paragraphs=tuple(paragraphs))
    return dataclasses.replace(
        regulation,
        articles=tuple(articles[a.key] for a in regulation.articles),
        errata=tuple(errata),
    )


def article_at_line(regulation: Regulation, line: int) -> str | None:
    """Key of the article whose text contains source ``line`` (by heading line numbers)."""
    key = None
    for article in regulation.articles:
        if article.line <= line:
            key = article.key
    return key


def join_warnings(regulation: Regulation, normalized: Normalized, errata: list[Erratum]) -> list[str]:
    """Suspicious page-break joins (a character repeated across the break) that no erratum covers."""
    warnings = []
    for change in normalized.changes:
        if change.kind != "join" or not change.suspicious:
            continue
        before, after = change.before.split("|", 1)
        context = before[-2:] + after[:2]
        if any(context in e.source for e in errata):
            continue
        key = article_at_line(regulation, change.line)
        warnings.append(
            f"line {change.line} (article {key}): page-break join repeats a character: "
            f"'…{before[-6:]}|{after[:6]}…'; if this is an extraction error, add an entry to errata.yml"
        )
    return warnings
