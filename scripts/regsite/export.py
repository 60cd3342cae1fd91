"""The model as plain data: JSON-ready (the ``parse`` command's output, and later the open data),
and the body text it was read from (for the round-trip tests)."""

from __future__ import annotations

from typing import Any

from .model import Article, Chapter, Part, Regulation


def json_key(article_key: str) -> int | str:
    """Plain articles are numbers (35); 之一 articles keep their key ("12-1")."""
    return int(article_key) if article_key.isdigit() else article_key


def _keys(article_keys: tuple[str, ...]) -> list[int | str]:
    """Article keys as in ``_key``."""
    return [json_key(k) for k in article_keys]


def article_json(article: Article) -> dict[str, Any]:
    """One article: label, chapter key, section, text, and its paragraphs, items and sub-items."""
    return {
        "number": json_key(article.key),
        "id": article.id,
        "label": article.label,
        "chapter": article.chapter,
        "section": article.section,
        "text": article.text,
        "paragraphs": [
            {
                "id": p.id,
                "text": p.text,
                "items": [
                    {
                        "number": i.number,
                        "id": i.id,
                        "label": i.label,
                        "text": i.text,
                        "subitems": [
                            {"number": s.number, "id": s.id, "label": s.label, "text": s.text} for s in i.subitems
                        ],
                    }
                    for i in p.items
                ],
            }
            for p in article.paragraphs
        ],
    }


def part_json(part: Part) -> dict[str, Any]:
    """One 编 or 分编, with the keys of the chapters and articles inside it (sub-parts included)."""
    return {
        "number": part.number,
        "id": part.id,
        "key": part.key,
        "label": part.label,
        "title": part.title,
        "kind": part.kind,
        "parent": part.parent,
        "chapters": list(part.chapter_keys),
        "articles": _keys(part.article_keys),
    }


def chapter_json(chapter: Chapter) -> dict[str, Any]:
    """One chapter (``number`` null for an unnumbered 附则), its part key, sections and articles."""
    return {
        "number": chapter.number,
        "id": chapter.id,
        "key": chapter.key,
        "label": chapter.label,
        "title": chapter.title,
        "part": chapter.part,
        "sections": [
            {"number": s.number, "id": s.id, "label": s.label, "title": s.title, "articles": _keys(s.article_keys)}
            for s in chapter.sections
        ],
        "articles": _keys(chapter.article_keys),
    }


def regulation_json(regulation: Regulation) -> dict[str, Any]:
    """The shape documented for ``python -m regsite parse``."""
    return {
        "title": regulation.title,
        "notes": list(regulation.notes),
        "preamble": list(regulation.preamble),
        "parts": [part_json(p) for p in regulation.parts],
        "chapters": [chapter_json(c) for c in regulation.chapters],
        "articles": [article_json(a) for a in regulation.articles],
        "annexes": [{"id": a.id, "heading": a.heading, "lines": list(a.lines)} for a in regulation.annexes],
        "errata": [
            {
                "id": e.id,
                "article": json_key(e.article),
                "paragraph": e.paragraph,
                "source": e.source,
                "correction": e.correction,
                "source_lines": list(e.source_lines),
                "reason_zh": e.reason_zh,
                "reason_en": e.reason_en,
            }
            for e in regulation.errata
        ],
        "warnings": list(regulation.warnings),
    }


def body_lines(regulation: Regulation) -> list[str]:
    """The body as the normaliser prints it, one logical line each: part, sub-part, chapter and
    section headings, articles (label, space, text), then annexes (heading, lines).

    The round-trip tests compare it with ``Normalized.body``: the model keeps every body line."""
    lines: list[str] = []
    printed: set[str] = set()  # ids of the headings already printed
    part_of_article = {k: p.key for p in regulation.parts for k in p.article_keys}  # sub-parts come last
    for article in regulation.articles:
        chapter = regulation.chapter(article.chapter) if article.chapter else None
        headings = [(p.id, f"{p.label} {p.title}") for p in _parts_from(regulation, part_of_article.get(article.key))]
        if chapter:
            headings.append((chapter.id, f"{chapter.label} {chapter.title}" if chapter.label else chapter.title))
            headings += [(s.id, f"{s.label} {s.title}") for s in chapter.sections if s.number == article.section]
        for heading_id, heading in headings:
            if heading_id not in printed:
                printed.add(heading_id)
                lines.append(heading)
        first, *rest = article.text.split("\n")
        lines += [f"{article.label} {first}", *rest]
    for annex in regulation.annexes:
        lines += [annex.heading, *annex.lines]
    return lines


def _parts_from(regulation: Regulation, key: str | None) -> list[Part]:
    """The part with this key and the parts around it, outermost first."""
    out: list[Part] = []
    while key is not None:
        part = regulation.part(key)
        out.insert(0, part)
        key = part.parent
    return out
