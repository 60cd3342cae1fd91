"""Open data: the regulation and its editorial layer as JSON, with a JSON Schema beside it.

``data/regulation.json`` holds everything; ``data/articles/article-N.json`` one article each;
``data/schema/*.schema.json`` are generated from the pydantic models below, so the published
schema and the exported data cannot drift apart (the tests validate the files with jsonschema).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .export import json_key
from .references import Target
from .site import Site
from .templating import strings
from .terms import find_terms
from .urls import page_url


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OpenItem(_Model):
    id: str = Field(description="Stable id, e.g. art-24-p-2-i-3")
    number: int
    label_zh: str = Field(description="（一）")
    text_zh: str
    text_en: str | None = Field(description="Unofficial English translation (null: not translated yet)")


class OpenParagraph(_Model):
    id: str = Field(description="Stable id, e.g. art-24-p-2")
    number: int
    text_zh: str
    text_en: str | None
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
    chapter: str | None = Field(
        description="Chapter key (3, or 2-3 where chapters restart in every part); null without chapters"
    )
    section: int | None
    heading_zh: str | None = Field(description="Editorial caption, not part of the official text")
    heading_en: str | None
    text_zh: str = Field(description="Official Chinese text without the label; lines joined by \\n")
    paragraphs: list[OpenParagraph]
    summary_zh: str | None
    summary_en: str | None
    audiences: list[str]
    references: list[OpenReference]
    cited_by: list[int | str]
    terms: list[OpenTerm]
    url_zh: str
    url_en: str


class OpenChapter(_Model):
    number: int | None = Field(description="null for an unnumbered division (附则 after the last part)")
    key: str
    id: str
    part: str | None = Field(description="Key of the part (编) or sub-part (分编) it belongs to")
    title_zh: str
    title_en: str | None
    overview_zh: str | None
    overview_en: str | None
    articles: list[int | str]


class OpenErratum(_Model):
    id: str
    article: int | str
    paragraph: int
    source: str
    correction: str
    reason_zh: str
    reason_en: str


class OpenPart(_Model):
    kind: str = Field(description="part (编) or subpart (分编)")
    key: str
    id: str
    number: int
    title_zh: str
    parent: str | None
    chapters: list[str]


class OpenAnnex(_Model):
    id: str
    heading_zh: str
    lines_zh: list[str]


class OpenRegulation(_Model):
    title_zh: str
    title_en: str | None
    notes_zh: list[str]
    preamble_zh: list[str]
    adopted: str | None
    effective: str | None
    translation_notice: str
    parts: list[OpenPart]
    chapters: list[OpenChapter]
    annexes: list[OpenAnnex]
    articles: list[OpenArticle]
    glossary: list[dict[str, Any]]
    errata: list[OpenErratum]


def _article(site: Site, key: str) -> OpenArticle:
    a = site.regulation.article(key)
    e = site.editorial.article(key)
    paragraphs = []
    for p in a.paragraphs:
        tp = e.translation[p.number - 1] if e.translation else None
        items = [
            OpenItem(
                id=i.id,
                number=i.number,
                label_zh=i.label,
                text_zh=i.text,
                text_en=tp.items[i.number - 1] if tp else None,
            )
            for i in p.items
        ]
        paragraphs.append(
            OpenParagraph(id=p.id, number=p.number, text_zh=p.text, text_en=tp.text if tp else None, items=items)
        )
    refs = []
    for (article_key, para, item), pairs in site.references["zh"].items():
        if article_key != key:
            continue
        for ref, target in pairs:
            refs.append(_reference(ref.text, para, item, target))
    return OpenArticle(
        id=a.id,
        number=json_key(a.key),
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
        cited_by=[json_key(k) for k in site.cited_by.get(key, [])],
        terms=[OpenTerm(id=t.id, zh=t.zh, en=t.en) for t in find_terms(a.text, site.editorial.glossary)],
        url_zh=page_url("article", a.key, "zh"),
        url_en=page_url("article", a.key, "en"),
    )


def _reference(text: str, para: int, item: int | None, target: Target) -> OpenReference:
    return OpenReference(
        source_paragraph=para,
        source_item=item,
        text_zh=text,
        target_article=json_key(target.article),
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
        preamble_zh=list(reg.preamble),
        adopted=ed.meta.adopted.isoformat() if ed.meta.adopted else None,
        effective=ed.meta.effective.isoformat() if ed.meta.effective else None,
        translation_notice=strings()["en"]["handout_unofficial"],
        parts=[
            OpenPart(
                kind=p.kind,
                key=p.key,
                id=p.id,
                number=p.number,
                title_zh=p.title,
                parent=p.parent,
                chapters=list(p.chapter_keys),
            )
            for p in reg.parts
        ],
        chapters=[
            OpenChapter(
                number=c.number,
                key=c.key,
                id=c.id,
                part=c.part,
                title_zh=c.title,
                title_en=ed.chapter(c.key).title_en,
                overview_zh=ed.chapter(c.key).overview_zh,
                overview_en=ed.chapter(c.key).overview_en,
                articles=[json_key(k) for k in c.article_keys],
            )
            for c in reg.chapters
        ],
        annexes=[OpenAnnex(id=a.id, heading_zh=a.heading, lines_zh=list(a.lines)) for a in reg.annexes],
        articles=articles,
        glossary=[t.model_dump() for t in ed.glossary],
        errata=[
            OpenErratum(
                id=e.id,
                article=json_key(e.article),
                paragraph=e.paragraph,
                source=e.source,
                correction=e.correction,
                reason_zh=e.reason_zh,
                reason_en=e.reason_en,
            )
            for e in reg.errata
        ],
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
