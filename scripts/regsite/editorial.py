"""Load the editorial layer (YAML) and validate it against the schema *and* the model.

Every editorial file is optional, and so is every field of an article entry but its number: a
regulation with nothing but ``source.txt`` builds a complete Chinese site, and editorial data can
be added one file (or one article) at a time. What is absent is left out of the pages (an
English page without a translation says so); what is present is validated.

Strict mode (the default, used by ``make site`` and CI) fails on the first file with problems,
listing every problem in it as ``FILE: article N: field F: what is wrong``. Draft mode
(``--draft``, ``make site DRAFT=1``) shows visible "missing" markers for everything that is
absent or invalid, and returns the problems as warnings instead. The style checks of
``style.py`` (abbreviations, copying, long English sentences, circular definitions) are warnings
in both modes, and draft mode also marks them on the pages.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from . import style
from .errors import SourceError
from .model import Article, Regulation
from .schema import (
    CHECK_MARK,
    MISSING_EN,
    MISSING_ZH,
    STALE_MARK,
    ArticleEntry,
    AskedEntry,
    AskedFile,
    Audience,
    AudienceFile,
    ChapterFile,
    ChapterMeta,
    GlossaryFile,
    Question,
    QuizQuestion,
    RegulationMeta,
    SearchTuning,
    Term,
    TranslatedParagraph,
)


@dataclass(frozen=True)
class Editorial:
    """Everything editorial that exists, keyed by article key / chapter key, checked against the
    model. Absent entries are simply not in the mappings; ``article()`` and ``chapter()`` then
    return an empty entry (every field None), so callers need one code path."""

    meta: RegulationMeta
    chapters: dict[str, ChapterMeta]
    articles: dict[str, ArticleEntry]
    audiences: list[Audience]
    glossary: list[Term]
    faq: list[Question]
    guides: dict[str, str]  # "home.zh" -> Markdown, for the guides that exist
    search: SearchTuning = field(default_factory=SearchTuning)
    quiz: list[QuizQuestion] = field(default_factory=list)
    asked: dict[str, AskedEntry] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    draft: bool = False
    # article key -> the fields of its entry written for an earlier text of the article
    stale: dict[str, list[str]] = field(default_factory=dict)

    def article(self, key: str) -> ArticleEntry:
        return self.articles.get(key) or ArticleEntry(number=key)

    def chapter(self, key: str) -> ChapterMeta:
        return self.chapters.get(key) or ChapterMeta(number=key)

    @property
    def has_translation(self) -> bool:
        """True when at least one article has an English translation."""
        return any(e.translation for e in self.articles.values())


class EditorialErrors(SourceError):
    """Every problem of a statute's editorial data, each naming its file (and article, field)."""

    def __init__(self, problems: list[str], root: Path) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the editorial data:\n  " + "\n  ".join(problems), path=root)


def _read_yaml(path: Path) -> Any:
    if not path.exists():
        raise SourceError("missing editorial file", path=path)
    try:
        # libyaml's loader (same results as safe_load, several times faster under `make serve`)
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(
            f"invalid YAML: {getattr(exc, 'problem', exc)}", path=path, line=mark.line + 1 if mark else None
        ) from None


def _problems(exc: ValidationError, prefix: str) -> list[str]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        out.append(f"{prefix}field '{loc}': {err['msg']}")
    return out


def _validate(model: type[BaseModel], data: Any, path: Path) -> Any:
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as exc:
        raise SourceError("; ".join(_problems(exc, "")), path=path) from None


def _optional(model: type[BaseModel], path: Path, default: Any) -> Any:
    """The validated file, or ``default`` when the file does not exist."""
    return _validate(model, _read_yaml(path), path) if path.exists() else default


def _with_markers(entry: ArticleEntry, article: Article) -> ArticleEntry:
    """Draft mode: every absent field of an entry shows a visible "missing" marker."""
    fill = {
        "heading_zh": MISSING_ZH,
        "heading_en": MISSING_EN,
        "summary_zh": MISSING_ZH,
        "summary_en": MISSING_EN,
        "translation": [
            TranslatedParagraph(text=MISSING_EN, items=[MISSING_EN] * len(p.items)) for p in article.paragraphs
        ],
    }
    return entry.model_copy(update={k: v for k, v in fill.items() if getattr(entry, k) is None})


def _check_structure(entry: ArticleEntry, article: Article) -> list[str]:
    """The translation must mirror the Chinese: same paragraphs, same items in each."""
    if entry.translation is None:
        return []
    problems = []
    if len(entry.translation) != len(article.paragraphs):
        problems.append(
            f"field 'translation': {len(entry.translation)} paragraphs, the Chinese has {len(article.paragraphs)}"
        )
        return problems
    for i, (tp, cp) in enumerate(zip(entry.translation, article.paragraphs, strict=True), 1):
        if len(tp.items) != len(cp.items):
            problems.append(
                f"field 'translation.{i - 1}.items': {len(tp.items)} items, "
                f"paragraph {i} of the Chinese has {len(cp.items)}"
            )
    return problems


def _article_file_scope(path: Path, regulation: Regulation) -> tuple[str | None, list[str]]:
    """Which chapter an ``articles/*.yml`` file belongs to (``chapter-<key>.yml``), and the
    article keys it may hold. ``articles.yml`` may hold any article (statutes without chapters)."""
    if path.stem == "articles":
        return None, [a.key for a in regulation.articles]
    key = path.stem.removeprefix("chapter-")
    if not path.stem.startswith("chapter-") or key not in {c.key for c in regulation.chapters}:
        known = ", ".join(f"chapter-{c.key}.yml" for c in regulation.chapters) or "none: the text has no chapters"
        raise SourceError(
            f"editorial file for a chapter that does not exist (expected articles.yml or one of: {known})", path=path
        )
    return key, list(regulation.chapter(key).article_keys)


def _load_article_file(
    path: Path, regulation: Regulation, audience_keys: set[str], draft: bool
) -> tuple[ChapterMeta | None, dict[str, ArticleEntry], list[str]]:
    chapter_key, allowed = _article_file_scope(path, regulation)
    data = _validate(ChapterFile, _read_yaml(path), path)
    meta = data.chapter
    if meta is not None and str(meta.number) != chapter_key:
        raise SourceError(
            f"field 'chapter.number' is {meta.number}, expected {chapter_key} (from the file name)", path=path
        )
    problems: list[str] = []
    entries: dict[str, ArticleEntry] = {}
    all_keys = {a.key for a in regulation.articles}
    for raw_entry in data.articles:
        key = str(raw_entry.get("number", "?")) if isinstance(raw_entry, dict) else "?"
        prefix = f"article {key}: "
        if key not in allowed:
            where = f"not in chapter {chapter_key}" if key in all_keys else "does not exist"
            problems.append(
                f"{prefix}unknown entry (article {key} {where}; this file may hold articles {', '.join(allowed)})"
            )
            continue
        if key in entries:
            problems.append(f"{prefix}duplicated entry")
            continue
        try:
            entry = ArticleEntry.model_validate(raw_entry)
        except ValidationError as exc:
            problems.extend(_problems(exc, prefix))
            continue
        bad_audiences = [a for a in entry.audiences if a not in audience_keys]
        structure = _check_structure(entry, regulation.article(key))
        if bad_audiences:
            known = sorted(audience_keys) or "none (no audiences.yml)"
            problems.append(f"{prefix}field 'audiences': unknown key(s) {bad_audiences}; known: {known}")
        problems.extend(prefix + p for p in structure)
        if not bad_audiences and not structure:
            entries[key] = entry
    if problems and not draft:
        raise SourceError("\n  " + "\n  ".join(problems), path=path)
    return meta, entries, [f"{path}: {p}" for p in problems]


WRITTEN_FOR_TEXT = ("heading_zh", "heading_en", "summary_zh", "summary_en", "translation")


def fingerprint(text: str) -> str:
    """A short digest of an article's text: what its editorial entry was written for."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def stale_entries(entries: dict[str, ArticleEntry], regulation: Regulation) -> dict[str, list[str]]:
    """Article key -> the fields of its entry written for an earlier text (its fingerprint is
    not the text's). Entries without a fingerprint are not judged."""
    out = {}
    for key, entry in entries.items():
        if entry.text_fingerprint and entry.text_fingerprint != fingerprint(regulation.article(key).text):
            fields = [f for f in WRITTEN_FOR_TEXT if getattr(entry, f)]
            if fields:
                out[key] = fields
    return out


def _mark_stale(entry: ArticleEntry, fields: list[str]) -> ArticleEntry:
    """Draft mode: each stale field carries a visible mark."""
    update: dict[str, Any] = {f: getattr(entry, f) + " " + STALE_MARK for f in fields if f != "translation"}
    if "translation" in fields and entry.translation:
        first = entry.translation[0]
        marked = first.model_copy(update={"text": first.text + " " + STALE_MARK})
        update["translation"] = [marked, *entry.translation[1:]]
    return entry.model_copy(update=update)


def _load_articles(
    editorial_dir: Path, regulation: Regulation, audience_keys: set[str], draft: bool, errors: list[str]
) -> tuple[dict[str, ChapterMeta], dict[str, ArticleEntry], list[str], dict[str, list[str]]]:
    chapters: dict[str, ChapterMeta] = {}
    entries: dict[str, ArticleEntry] = {}
    warnings: list[str] = []
    paths = {}
    for path in sorted((editorial_dir / "articles").glob("*.yml")):
        try:
            meta, found, problems = _load_article_file(path, regulation, audience_keys, draft)
        except SourceError as exc:  # every file's problems are reported together
            errors.append(str(exc))
            continue
        if meta is not None:
            chapters[str(meta.number)] = meta
        for key, entry in found.items():
            if key in entries:
                errors.append(f"{path}: article {key}: a second entry (the first is in another file of {path.parent})")
                continue
            entries[key] = entry
            paths[key] = path
        warnings.extend(problems)
    stale = stale_entries(entries, regulation)
    for key, fields in stale.items():
        warnings.append(
            f"{paths[key]}: article {key}: {', '.join(fields)} written for an earlier text of the article "
            "(its text_fingerprint is not the text's): review them, then `regsite fingerprint`"
        )
        if draft:
            entries[key] = _mark_stale(entries[key], fields)
    if draft:
        for article in regulation.articles:
            entries[article.key] = _with_markers(entries.get(article.key) or ArticleEntry(number=article.key), article)
        for chapter in regulation.chapters:
            meta = chapters.get(chapter.key) or ChapterMeta(number=chapter.key)
            fill = {"title_en": MISSING_EN, "overview_zh": MISSING_ZH, "overview_en": MISSING_EN}
            chapters[chapter.key] = meta.model_copy(update={k: v for k, v in fill.items() if getattr(meta, k) is None})
    return chapters, entries, warnings, stale


def _load_glossary(path: Path, regulation: Regulation, draft: bool) -> tuple[list[Term], list[str]]:
    if not path.exists():
        return [], []
    glossary = _validate(GlossaryFile, _read_yaml(path), path).terms
    problems = _check_glossary(glossary, regulation)
    if problems and not draft:
        raise SourceError("\n  " + "\n  ".join(problems), path=path)
    bad = {p.split(":", 1)[0].removeprefix("term ") for p in problems}
    return [t for t in glossary if t.id not in bad], [f"{path}: {p}" for p in problems]


def _entries(model: type[Any], path: Path, draft: bool, mark: str) -> tuple[list[Any], list[str]]:
    """The entries of a list file (``questions:``), validated one by one so that every bad entry
    is named, not only the first. In draft mode an entry whose texts are missing or invalid is
    kept with visible markers (its problems after its ``mark`` field) where it can be."""
    if not path.exists():
        return [], []
    raw = _read_yaml(path)
    entries = raw.get("questions") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        return [], [f"{path}: field 'questions': a list of at least one question is expected"]
    extra = sorted(set(raw) - {"questions"})
    if extra:
        return [], [f"{path}: field '{extra[0]}': not a field of this file (only 'questions')"]
    out, problems = [], []
    for i, item in enumerate(entries):
        ident = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            found = _problems(exc, f"question {ident}: ")
            problems += [f"{path}: {p}" for p in found]
            if draft and isinstance(item, dict):
                repaired = _repaired(model, item, exc, found, mark)
                if repaired is not None:
                    out.append(repaired)
    return out, problems


def _repaired(model: type[Any], item: dict[str, Any], exc: ValidationError, found: list[str], mark: str) -> Any:
    """Draft mode: the entry with its missing or empty texts marked missing and its problems
    marked after ``mark``; None when it cannot be shown even so."""
    fixed = dict(item)
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else ""
        if err["type"] in ("missing", "string_too_short", "string_type") and name.endswith(("_zh", "_en")):
            fixed[name] = MISSING_ZH if name.endswith("_zh") else MISSING_EN
    if isinstance(fixed.get(mark), str):
        fixed[mark] = fixed[mark] + " " + CHECK_MARK.format("; ".join(found))
    try:
        return model.model_validate(fixed)
    except ValidationError:
        return None


def _load_faq(path: Path, regulation: Regulation, draft: bool) -> tuple[list[Question], list[str]]:
    faq, problems = _entries(Question, path, draft, "answer_zh")
    keys = {a.key for a in regulation.articles}
    for q in faq:
        for key in q.articles:
            if str(key) not in keys:
                problems.append(f"{path}: question {q.id}: field 'articles': article {key} does not exist")
    problems += _duplicates([q.id for q in faq], "question id", path)
    return faq, problems


def _load_quiz(path: Path, regulation: Regulation, draft: bool) -> tuple[list[QuizQuestion], list[str]]:
    """The self-test questions; every reference must point at a provision that exists."""
    questions, problems = _entries(QuizQuestion, path, draft, "explanation_zh")
    for q in questions:
        for i, ref in enumerate(q.refs):
            where = f"{path}: question {q.id}: field 'refs.{i}': "
            try:
                article = regulation.article(str(ref.article))
            except KeyError:
                problems.append(f"{where}article {ref.article} does not exist")
                continue
            if ref.paragraph is None:
                continue
            if ref.paragraph > len(article.paragraphs):
                problems.append(
                    f"{where}{article.label} has {len(article.paragraphs)} paragraph(s), not {ref.paragraph}"
                )
                continue
            items = article.paragraphs[ref.paragraph - 1].items
            if ref.item is not None and ref.item > len(items):
                problems.append(
                    f"{where}paragraph {ref.paragraph} of {article.label} has {len(items)} item(s), not {ref.item}"
                )
    problems += _duplicates([q.id for q in questions], "question id", path)
    return questions, problems  # with problems: a draft shows them, a build stops (load_editorial)


def _load_asked(folder: Path, regulation: Regulation) -> dict[str, AskedEntry]:
    """Readers' questions per article (``asked/*.yml``, search only; several editors' files are
    merged); every article must exist."""
    out: dict[str, AskedEntry] = {}
    keys = {a.key for a in regulation.articles}
    for path in sorted(folder.glob("*.yml")):
        for entry in _validate(AskedFile, _read_yaml(path), path).articles:
            key = str(entry.number)
            if key not in keys:
                raise SourceError(f"article {key}: does not exist", path=path)
            before = out.get(key, AskedEntry(number=key))
            out[key] = AskedEntry(number=key, zh=before.zh + entry.zh, en=before.en + entry.en)
    return out


def _load_guides(guides_dir: Path, draft: bool) -> dict[str, str]:
    """The guide pages that exist (``home``, ``about``); the renderer writes a default for the
    others. Both languages of one guide must use the same explicit heading ids."""
    guides: dict[str, str] = {}
    for name in ("home", "about"):
        ids = {}
        for lang in ("zh", "en"):
            path = guides_dir / f"{name}.{lang}.md"
            if path.exists():
                guides[f"{name}.{lang}"] = path.read_text(encoding="utf-8")
                ids[lang] = _check_heading_ids(guides[f"{name}.{lang}"], path)
        if len(ids) == 2 and ids["zh"] != ids["en"] and not draft:
            raise SourceError(
                f"heading ids differ between languages: zh {ids['zh']}, en {ids['en']}",
                path=guides_dir / f"{name}.en.md",
            )
    return guides


def _load_search(
    path: Path, regulation: Regulation, articles: dict[str, ArticleEntry], draft: bool
) -> tuple[SearchTuning, list[str]]:
    """Search tuning; every synonym target must occur in the text it is meant to find. Included
    files give what of theirs fits this text (their targets it does not use are left out)."""
    search = _optional(SearchTuning, path, SearchTuning())
    warnings: list[str] = []
    english = "\n".join(t for e in articles.values() for p in (e.translation or []) for t in [p.text, *p.items]).lower()
    chinese = "\n".join(a.text for a in regulation.articles)
    text = {"zh": chinese, "en": english}

    def occurs(target: str, lang: str) -> bool:
        return (target if lang == "zh" else target.lower()) in text[lang]

    for word in search.words_zh:
        if word not in chinese:
            raise SourceError(f"field 'words_zh': '{word}' does not occur in the text", path=path)
    # While the translation is incomplete, an English target may belong to an article not yet
    # translated: then it is only a warning (the Chinese text is always complete).
    translated = all(articles.get(a.key) and articles[a.key].translation for a in regulation.articles)
    for kind, lang, mapping in [("synonyms", k, v) for k, v in search.synonyms.items()] + [
        ("related", k, v) for k, v in search.related.items()
    ]:
        if lang not in ("zh", "en"):
            raise SourceError(f"field '{kind}.{lang}': only zh and en are known", path=path)
        for word, targets in mapping.items():
            for target in targets:
                if not occurs(target, lang):
                    where = "text" if lang == "zh" else "translation"
                    problem = f"field '{kind}.{lang}.{word}': '{target}' does not occur in the {where}"
                    if not draft and (lang == "zh" or translated):
                        raise SourceError(problem, path=path)
                    warnings.append(f"{path}: {problem}")
    for name in search.include:
        shared_path = (path.parent / name).resolve()
        if not shared_path.exists():
            raise SourceError(f"field 'include': {name} does not exist", path=path)
        shared = _validate(SearchTuning, _read_yaml(shared_path), shared_path)
        search.words_zh += [w for w in shared.words_zh if w in chinese and w not in search.words_zh]
        search.stop_zh += [w for w in shared.stop_zh if w not in search.stop_zh]
        search.stop_en += [w for w in shared.stop_en if w not in search.stop_en]
        for own, theirs in ((search.synonyms, shared.synonyms), (search.related, shared.related)):
            for lang, mapping in theirs.items():
                for word, targets in mapping.items():
                    fits = [t for t in targets if occurs(t, lang)]
                    if fits and word not in own.get(lang, {}):
                        own.setdefault(lang, {})[word] = fits
    return search, warnings


class DeferredEditorial:
    """A statute's editorial data read when first used (its ``regulation.yml`` at once). A
    statute's job needs of the library's other statutes mostly their names, so a library of N
    statutes does not read every statute's editorial files in each of its N jobs. The build reads
    every statute in full once, before the jobs, so a faulty file stops it there."""

    def __init__(self, root: Path, regulation: Regulation, *, draft: bool = False) -> None:
        self.meta = _optional(RegulationMeta, root / "regulation.yml", RegulationMeta())
        self._load = lambda: load_editorial(root, regulation, draft=draft)
        self._full: Editorial | None = None

    def __getattr__(self, name: str) -> Any:
        if self._full is None:
            self._full = self._load()
        return getattr(self._full, name)


def load_editorial(root: Path, regulation: Regulation, *, draft: bool = False) -> Editorial:
    """Load what exists in ``root`` (the regulation's content folder) and check it against
    ``regulation``. Nothing is required: a folder with only ``source.txt`` gives an empty layer."""
    meta = _optional(RegulationMeta, root / "regulation.yml", RegulationMeta())
    if meta.reporting is not None and str(meta.reporting.article) not in {a.key for a in regulation.articles}:
        raise SourceError(
            f"field 'reporting.article': article {meta.reporting.article} does not exist", path=root / "regulation.yml"
        )
    editorial_dir = root / "editorial"
    problems: list[str] = []  # every problem of every file, reported together

    def collect(default: Any, load_file: Any, *args: Any) -> Any:
        try:
            return load_file(*args)
        except SourceError as exc:
            problems.append(str(exc))
            return default

    audiences = collect(
        [],
        lambda: (
            _optional(
                AudienceFile, editorial_dir / "audiences.yml", AudienceFile.model_construct(audiences=[])
            ).audiences
        ),
    )
    problems += _duplicates([a.key for a in audiences], "audience key", editorial_dir / "audiences.yml")
    chapters, articles, warnings, stale = _load_articles(
        editorial_dir, regulation, {a.key for a in audiences}, draft, problems
    )
    glossary, found = collect(([], []), _load_glossary, editorial_dir / "glossary.yml", regulation, draft)
    warnings += found
    faq, found = collect(([], []), _load_faq, editorial_dir / "faq.yml", regulation, draft)
    problems += found
    guides = collect({}, _load_guides, editorial_dir / "guides", draft)
    search, found = collect(
        (SearchTuning(), []), _load_search, editorial_dir / "search.yml", regulation, articles, draft
    )
    warnings += found
    quiz, found = collect(([], []), _load_quiz, editorial_dir / "quiz.yml", regulation, draft)
    problems += found
    asked = collect({}, _load_asked, editorial_dir / "asked", regulation)
    if problems and not draft:
        raise EditorialErrors(problems, root)
    pub = meta.publisher
    if pub is not None and not (pub.contact_zh or pub.email or meta.feedback_url):
        warnings.append(
            f"{root / 'regulation.yml'}: the publisher gives readers no way to reach it "
            "(publisher.contact_zh, publisher.email or feedback_url): nobody can report an error"
        )
    warnings += problems
    style_problems = style.check(regulation, articles, glossary, style.load_rules(root))
    warnings += [f"{editorial_dir}: {p}" for p in style_problems]
    if draft:
        articles, glossary = _mark_style(style_problems, articles, glossary)
    return Editorial(
        meta, chapters, articles, audiences, glossary, faq, guides, search, quiz, asked, warnings, draft, stale
    )


def _mark_style(
    problems: list[style.StyleProblem], articles: dict[str, ArticleEntry], glossary: list[Term]
) -> tuple[dict[str, ArticleEntry], list[Term]]:
    """Draft mode: each style problem is marked visibly after the field it concerns."""
    marks: dict[tuple[str, str], list[str]] = {}
    for p in problems:
        marks.setdefault((p.subject, p.field), []).append(p.message)

    def marked(obj: Any, subject: str) -> Any:
        update = {
            f: getattr(obj, f) + " " + CHECK_MARK.format("; ".join(msgs))
            for (s, f), msgs in marks.items()
            if s == subject
        }
        return obj.model_copy(update=update) if update else obj

    articles = {k: marked(e, f"article {k}") for k, e in articles.items()}
    return articles, [marked(t, f"term {t.id}") for t in glossary]


# A Markdown ATX heading, with the explicit id that attr_list reads: "## 来源 { #source }".
HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.*?)\s*(?:\{\s*#(?P<id>[a-z0-9-]+)\s*\})?\s*$")


def _check_heading_ids(markdown: str, path: Path) -> list[str]:
    """Every heading of a guide page needs an explicit id (Chinese headings would otherwise get
    position-based ids like ``_1``), and both languages use the same ids in the same order."""
    ids = []
    in_fence = False
    for lineno, line in enumerate(markdown.splitlines(), 1):
        if line.startswith("```"):
            in_fence = not in_fence
        if in_fence or not line.startswith("#"):
            continue
        m = HEADING.match(line)
        if not m or not m["id"]:
            raise SourceError(
                "heading without an explicit id: add '{ #some-id }' (the same id in both languages)",
                path=path,
                line=lineno,
            )
        ids.append(m["id"])
    return ids


def _unique(values: list[str], what: str, path: Path) -> None:
    if found := _duplicates(values, what, path):
        raise SourceError(found[0].split(": ", 1)[1], path=path)


def _duplicates(values: list[str], what: str, path: Path) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v in seen:
            out.append(f"{path}: duplicated {what} '{v}'")
        seen.add(v)
    return out


def _check_glossary(terms: list[Term], regulation: Regulation) -> list[str]:
    """Problems with the glossary, one line each, starting with ``term ID:``."""
    text = "\n".join(a.text for a in regulation.articles)
    keys = {a.key for a in regulation.articles}
    problems = []
    seen_ids: set[str] = set()
    seen_zh: set[str] = set()
    for t in terms:
        if t.id in seen_ids:
            problems.append(f"term {t.id}: field 'id': duplicated")
        if t.zh in seen_zh:
            problems.append(f"term {t.id}: field 'zh': '{t.zh}' is already defined by another term")
        seen_ids.add(t.id)
        seen_zh.add(t.zh)
        if t.zh not in text:
            problems.append(f"term {t.id}: field 'zh': '{t.zh}' does not occur in the text of the regulation")
        elif str(t.article) not in keys:
            problems.append(f"term {t.id}: field 'article': article {t.article} does not exist")
        elif t.zh not in regulation.article(str(t.article)).text:
            problems.append(f"term {t.id}: field 'article': '{t.zh}' does not occur in article {t.article}")
    return problems
