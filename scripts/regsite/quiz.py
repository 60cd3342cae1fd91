"""Self-test quizzes: the questions of ``editorial/quiz.yml`` grouped into one quiz per chapter
and one for the whole regulation, as view data shared by the quiz pages, their embeds and the
printed quiz sheets (``handouts.py``).

A question belongs to the chapter of the first article it rests on. A regulation without quiz
data has no quizzes (no pages, no links); one without chapters has only the whole quiz. English
quizzes hold the questions that have English.
"""

from __future__ import annotations

import json
from typing import Any

from .schema import QuizQuestion
from .site import Site
from .templating import LANGS, page, strings
from .urls import handout_href, href, html_href, page_path

WHOLE = "all"
LETTERS = "ABCDEFGHIJ"


def chapter_key(site: Site, question: QuizQuestion) -> str | None:
    """The chapter whose quiz holds the question (that of its first reference)."""
    return site.regulation.article(str(question.refs[0].article)).chapter


def quiz_keys(site: Site) -> list[str]:
    """``all`` first, then ``chapter-<key>`` for every chapter with questions, in text order."""
    if not site.editorial.quiz:
        return []
    used = {chapter_key(site, q) for q in site.editorial.quiz}
    return [WHOLE] + [f"chapter-{c.key}" for c in site.regulation.chapters if c.key in used]


def questions(site: Site, key: str, lang: str) -> list[QuizQuestion]:
    chosen = [q for q in site.editorial.quiz if key == WHOLE or f"chapter-{chapter_key(site, q)}" == key]
    return [q for q in chosen if lang == "zh" or q.has_english]


def quiz_title(site: Site, key: str, lang: str) -> str:
    """自测：第四章 安全防范 / Self-test: Chapter 4 …; the whole quiz names the regulation."""
    s = strings()[lang]
    what = site.short_title(lang) if key == WHOLE else site.chapter_title(key.removeprefix("chapter-"), lang)
    return s["quiz_title"].format(what=what)


def quiz_label(site: Site, key: str, lang: str) -> str:
    """Short name of a quiz in lists and the navigation: 全文自测 / 第四章 安全防范."""
    if key == WHOLE:
        return strings()[lang]["quiz_nav_whole"]
    return site.chapter_title(key.removeprefix("chapter-"), lang)


def _ref(site: Site, from_page: str, ref: Any, lang: str) -> dict[str, str]:
    article = site.regulation.article(str(ref.article))
    anchor = article.id
    if ref.paragraph is not None:
        paragraph = article.paragraphs[ref.paragraph - 1]
        anchor = paragraph.items[ref.item - 1].id if ref.item is not None else paragraph.id
    anchor = site.page_anchor(article, anchor, lang)
    cited = ref.paragraph if len(article.paragraphs) > 1 else None  # 第四条第四项, not 第四条第一款第四项
    return {
        "label": site.provision_label(article, cited, ref.item, lang),
        "href": html_href(from_page, "article", article.key, anchor),
        "article": article.key,
        "article_label": site.article_label(article, lang),
        "article_href": html_href(from_page, "article", article.key),
    }


def question_view(site: Site, q: QuizQuestion, n: int, from_page: str, lang: str) -> dict[str, Any]:
    """One question as the page and the sheet show it."""
    s = strings()[lang]
    en = lang == "en"
    options: list[dict[str, Any]]
    if q.kind == "true-false":
        options = [
            {"text": s["quiz_true"], "correct": bool(q.statement_is_true)},
            {"text": s["quiz_false"], "correct": not q.statement_is_true},
        ]
    else:
        options = [{"text": (o.en if en else o.zh) or "", "correct": o.correct} for o in q.options]
    for i, option in enumerate(options):
        option["letter"] = LETTERS[i] if q.kind != "true-false" else ""
        # what the completion message reports for this choice: the letter, or true / false
        option["token"] = option["letter"] or ("true" if i == 0 else "false")
    correct = [o for o in options if o["correct"]]
    letters = s["quiz_letter_separator"].join(str(o["letter"]) for o in correct)
    answer = correct[0]["text"] if q.kind == "true-false" else letters
    return {
        "id": q.id,
        "n": n,
        "kind": q.kind,
        "kind_label": s[f"quiz_kind_{q.kind.replace('-', '_')}"],
        "text": (q.question_en if en else q.question_zh) or "",
        "options": options,
        "answer": answer,
        "explanation": (q.explanation_en if en else q.explanation_zh) or "",
        "refs": [_ref(site, from_page, r, lang) for r in q.refs],
    }


def quiz_view(site: Site, key: str, from_page: str, lang: str) -> dict[str, Any]:
    """A whole quiz: its key, title and questions, numbered from 1."""
    qs = questions(site, key, lang)
    return {
        "key": key,
        "title": quiz_title(site, key, lang),
        "questions": [question_view(site, q, n, from_page, lang) for n, q in enumerate(qs, 1)],
        "untranslated": len(questions(site, key, "zh")) - len(qs),
    }


def counts(site: Site) -> dict[str, dict[str, int]]:
    """Questions per quiz and kind (for the note and the tests)."""
    out: dict[str, dict[str, int]] = {}
    for key in quiz_keys(site):
        qs = questions(site, key, "zh")
        out[key] = {"total": len(qs)} | {k: sum(q.kind == k for q in qs) for k in ("single", "multiple", "true-false")}
    return out


def _words(lang: str) -> str:
    """The interface words regsite-quiz.js needs (from strings.yml), as JSON for ``data-words``."""
    s = strings()[lang]
    keys = ("right", "wrong", "choose", "score", "reread", "all_right", "list_separator")
    words = {k: s[f"quiz_{k}"] if k != "list_separator" else s[k] for k in keys}
    return json.dumps(words, ensure_ascii=False, separators=(",", ":"))


def render_quiz(site: Site, key: str, lang: str, *, embed: bool = False) -> str:
    """A quiz page, or (``embed=True``) its chrome-less embed for portals."""
    s = strings()[lang]
    path = page_path("embed", f"quiz-{key}", lang) if embed else page_path("quiz", key, lang)
    quiz = quiz_view(site, key, path, lang)
    others = [
        {"title": quiz_label(site, k, lang), "href": html_href(path, "quiz", k)}
        for k in quiz_keys(site)
        if k != key and not embed
    ]
    meta: dict[str, Any] = {"title": quiz["title"], "quiz": True, "search": {"exclude": True}, "hide": ["toc"]}
    if embed:
        meta["template"] = "embed.html"
    untranslated = s["quiz_untranslated"].format(count=quiz["untranslated"]) if quiz["untranslated"] else ""
    return page(
        "quiz.md.j2",
        meta,
        s=s,
        quiz=quiz,
        intro=s["quiz_intro"].format(count=len(quiz["questions"])),
        untranslated=untranslated,
        print_href="" if embed else handout_href(path, quiz_sheet_name(key), lang),
        others=others,
        words=_words(lang),
    )


def quiz_sheet_name(key: str) -> str:
    """File name (without language and extension) of a quiz's printed sheet: quiz-chapter-4."""
    return f"quiz-{key}"


def render_quiz_index(site: Site, lang: str) -> str:
    s = strings()[lang]
    path = page_path("quiz-index", None, lang)
    quizzes = [
        {
            "title": quiz_title(site, k, lang),
            "href": href(path, "quiz", k),
            "count": s["quiz_count"].format(count=len(questions(site, k, lang))),
            "print_href": handout_href(path, quiz_sheet_name(k), lang),
        }
        for k in quiz_keys(site)
    ]
    title = s["quiz_index_title"]
    return page(
        "quiz_index.md.j2",
        {"title": title, "search": {"exclude": True}},
        title=title,
        intro=s["quiz_index_intro"],
        quizzes=quizzes,
    )


def render_quiz_pages(site: Site) -> dict[str, str]:
    """Every quiz page and quiz embed in both languages (nothing without quiz data)."""
    pages: dict[str, str] = {}
    keys = quiz_keys(site)
    if not keys:
        return pages
    for lang in LANGS:
        pages[page_path("quiz-index", None, lang)] = render_quiz_index(site, lang)
        for key in keys:
            pages[page_path("quiz", key, lang)] = render_quiz(site, key, lang)
            pages[page_path("embed", f"quiz-{key}", lang)] = render_quiz(site, key, lang, embed=True)
    return pages
