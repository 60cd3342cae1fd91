"""Open data: the regulation and its editorial layer as JSON, with a JSON Schema beside it.

``data/regulation.json`` holds everything; ``data/articles/article-N.json`` one article each;
``data/schema/*.schema.json`` are generated from the pydantic models below, so the published
schema and the exported data cannot drift apart (the tests validate the files with jsonschema).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .references import Target
from .render import Site, strings
from .terms import find_terms


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpenItem(_Model):
    id: str = Field(description="Stable id, e.g. art-24-p-2-i-3")
    number: int
    label_zh: str = Field(description="（一）")
    text_zh: str
    text_en: str = Field(description="Unofficial English translation")


class OpenParagraph(_Model):
    id: str = Field(description="Stable id, e.g. art-24-p-2")
    number: int
    text_zh: str
    text_en: str
    items: list[OpenItem]


class OpenReference(_Model):
    source_paragraph: int
    source_item: int | None
    text_zh: str = Field(description="The reference as written in the Chinese text")
    target_article: int | str
    target_paragraph: int | None
    target_item: int | None
    target_id: str


class OpenTerm(_Model):
    id: str
    zh: str
    en: str


class OpenArticle(_Model):
    id: str
    number: int | str = Field(description="35, or a key such as 12-1 for 第十二条之一")
    label_zh: str
    label_en: str
    chapter: int
    section: int | None
    heading_zh: str = Field(description="Editorial caption, not part of the official text")
    heading_en: str
    text_zh: str = Field(description="Official Chinese text without the label; lines joined by \\n")
    paragraphs: list[OpenParagraph]
    summary_zh: str
    summary_en: str
    audiences: list[str]
    references: list[OpenReference]
    cited_by: list[int | str]
    terms: list[OpenTerm]
    url_zh: str
    url_en: str


class OpenChapter(_Model):
    number: int
    id: str
    title_zh: str
    title_en: str
    overview_zh: str
    overview_en: str
    articles: list[int | str]


class OpenErratum(_Model):
    id: str
    article: int | str
    paragraph: int
    source: str
    correction: str
    reason_zh: str
    reason_en: str


class OpenRegulation(_Model):
    title_zh: str
    title_en: str
    notes_zh: list[str]
    adopted: str
    effective: str
    translation_notice: str
    chapters: list[OpenChapter]
    articles: list[OpenArticle]
    glossary: list[dict[str, Any]]
    errata: list[OpenErratum]


def _key(key: str) -> int | str:
    return int(key) if key.isdigit() else key


def _article(site: Site, key: str) -> OpenArticle:
    a = site.regulation.article(key)
    e = site.editorial.article(key)
    paragraphs = [
        OpenParagraph(
            id=p.id,
            number=p.number,
            text_zh=p.text,
            text_en=tp.text,
            items=[OpenItem(id=i.id, number=i.number, label_zh=i.label, text_zh=i.text, text_en=ti) for i, ti in zip(p.items, tp.items, strict=True)],
        )
        for p, tp in zip(a.paragraphs, e.translation, strict=True)
    ]
    refs = []
    for (article_key, para, item), pairs in site.references["zh"].items():
        if article_key != key:
            continue
        for ref, target in pairs:
            refs.append(_reference(ref.text, para, item, target))
    return OpenArticle(
        id=a.id,
        number=_key(a.key),
        label_zh=a.label,
        label_en=f"Article {a.key}",
        chapter=a.chapter,
        section=a.section,
        heading_zh=e.heading_zh,
        heading_en=e.heading_en,
        text_zh=a.text,
        paragraphs=paragraphs,
        summary_zh=e.summary_zh,
        summary_en=e.summary_en,
        audiences=e.audiences,
        references=refs,
        cited_by=[_key(k) for k in site.cited_by.get(key, [])],
        terms=[OpenTerm(id=t.id, zh=t.zh, en=t.en) for t in find_terms(a.text, site.editorial.glossary)],
        url_zh=f"articles/article-{a.key}.html",
        url_en=f"en/articles/article-{a.key}.html",
    )


def _reference(text: str, para: int, item: int | None, target: Target) -> OpenReference:
    return OpenReference(
        source_paragraph=para,
        source_item=item,
        text_zh=text,
        target_article=_key(target.article),
        target_paragraph=target.paragraph,
        target_item=target.item,
        target_id=target.id,
    )


def open_data(site: Site) -> dict[str, str]:
    """Every open-data file, keyed by its path under the docs folder."""
    reg = site.regulation
    ed = site.editorial
    articles = [_article(site, a.key) for a in reg.articles]
    whole = OpenRegulation(
        title_zh=reg.title,
        title_en=ed.meta.title_en,
        notes_zh=list(reg.notes),
        adopted=ed.meta.adopted.isoformat(),
        effective=ed.meta.effective.isoformat(),
        translation_notice=strings()["en"]["handout_unofficial"],
        chapters=[
            OpenChapter(
                number=c.number,
                id=c.id,
                title_zh=c.title,
                title_en=ed.chapters[c.number].meta.title_en,
                overview_zh=ed.chapters[c.number].meta.overview_zh,
                overview_en=ed.chapters[c.number].meta.overview_en,
                articles=[_key(k) for k in c.article_keys],
            )
            for c in reg.chapters
        ],
        articles=articles,
        glossary=[t.model_dump() for t in ed.glossary],
        errata=[OpenErratum(id=e.id, article=_key(e.article), paragraph=e.paragraph, source=e.source, correction=e.correction, reason_zh=e.reason_zh, reason_en=e.reason_en) for e in reg.errata],
    )

    def dump(model: BaseModel | dict[str, Any]) -> str:
        data = model.model_dump() if isinstance(model, BaseModel) else model
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    files = {"data/regulation.json": dump(whole)}
    for article in articles:
        files[f"data/articles/article-{article.number}.json"] = dump(article)
    files["data/schema/regulation.schema.json"] = dump(OpenRegulation.model_json_schema())
    files["data/schema/article.schema.json"] = dump(OpenArticle.model_json_schema())
    return files
