"""The model as plain JSON-ready data (the ``parse`` command's output, and later the open data)."""

from __future__ import annotations

from typing import Any

from .model import Article, Regulation


def _key(article_key: str) -> int | str:
    """Plain articles are numbers (35); 之一 articles keep their key ("12-1")."""
    return int(article_key) if article_key.isdigit() else article_key


def article_json(article: Article) -> dict[str, Any]:
    return {
        "number": _key(article.key),
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
                        "subitems": [{"number": s.number, "id": s.id, "label": s.label, "text": s.text} for s in i.subitems],
                    }
                    for i in p.items
                ],
            }
            for p in article.paragraphs
        ],
    }


def regulation_json(regulation: Regulation) -> dict[str, Any]:
    """The shape documented for ``python -m scripts.regsite parse``."""
    return {
        "title": regulation.title,
        "notes": list(regulation.notes),
        "chapters": [
            {
                "number": c.number,
                "id": c.id,
                "label": c.label,
                "title": c.title,
                "sections": [
                    {"number": s.number, "id": s.id, "label": s.label, "title": s.title, "articles": [_key(k) for k in s.article_keys]}
                    for s in c.sections
                ],
                "articles": [_key(k) for k in c.article_keys],
            }
            for c in regulation.chapters
        ],
        "articles": [article_json(a) for a in regulation.articles],
        "errata": [
            {
                "id": e.id,
                "article": _key(e.article),
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
