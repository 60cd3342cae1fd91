"""Load the editorial layer (YAML) and validate it against the schema *and* the model.

Strict mode (the default, used by ``make site`` and CI) fails on the first file with problems,
listing every problem in it as ``FILE: article N: field F: what is wrong``. Draft mode replaces
each missing or invalid article entry with visible "missing" markers and returns the problems as
warnings instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import SourceError
from .model import Article, Regulation

MISSING_ZH = "【缺少编辑内容】"
MISSING_EN = "[missing editorial content]"
SUMMARY_MAX_ZH = 90  # characters; the style target is about 80
SUMMARY_MAX_EN = 65  # words; the style target is about 60


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


Text = Field(min_length=1)


class TranslatedParagraph(_Strict):
    text: str = Text
    items: list[str] = []

    @field_validator("items")
    @classmethod
    def _items_not_empty(cls, items: list[str]) -> list[str]:
        if any(not i.strip() for i in items):
            raise ValueError("an item is empty")
        return [i.strip() for i in items]


class ArticleEntry(_Strict):
    number: int | str
    heading_zh: str = Text
    heading_en: str = Text
    audiences: list[str] = Field(min_length=1)
    summary_zh: str = Text
    summary_en: str = Text
    translation: list[TranslatedParagraph] = Field(min_length=1)

    @field_validator("summary_zh")
    @classmethod
    def _short_zh(cls, v: str) -> str:
        if len(v) > SUMMARY_MAX_ZH:
            raise ValueError(f"{len(v)} characters; a plain summary has at most {SUMMARY_MAX_ZH}")
        return v

    @field_validator("summary_en")
    @classmethod
    def _short_en(cls, v: str) -> str:
        if len(v.split()) > SUMMARY_MAX_EN:
            raise ValueError(f"{len(v.split())} words; a plain summary has at most {SUMMARY_MAX_EN}")
        return v


class ChapterMeta(_Strict):
    number: int
    title_en: str = Text
    overview_zh: str = Text
    overview_en: str = Text


class ChapterFile(_Strict):
    chapter: ChapterMeta
    articles: list[dict[str, Any]]  # validated one by one, so one bad entry names its article


class Audience(_Strict):
    key: str = Field(pattern=r"^[a-z][a-z-]*$")
    zh: str = Text
    en: str = Text


class AudienceFile(_Strict):
    audiences: list[Audience] = Field(min_length=1)


class Term(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    zh: str = Text
    en: str = Text
    en_variants: list[str] = []
    alternatives_en: list[str] = []
    definition_zh: str = Text
    definition_en: str = Text
    article: int | str
    everyday_zh: list[str] = []
    everyday_en: list[str] = []


class GlossaryFile(_Strict):
    terms: list[Term] = Field(min_length=1)


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    question_zh: str = Text
    question_en: str = Text
    answer_zh: str = Text
    answer_en: str = Text
    articles: list[int | str] = Field(min_length=1)


class FaqFile(_Strict):
    questions: list[Question] = Field(min_length=1)


class SearchTuning(_Strict):
    stop_zh: list[str] = []
    stop_en: list[str] = []
    synonyms: dict[str, dict[str, list[str]]] = {}


class RegulationMeta(_Strict):
    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title_en: str = Text
    short_title_zh: str = Text
    short_title_en: str = Text
    adopted: dt.date
    effective: dt.date
    adopted_by_zh: str = Text
    adopted_by_en: str = Text
    notes_en: list[str] = []
    source_zh: str = Text
    source_en: str = Text


@dataclass(frozen=True)
class ChapterEditorial:
    meta: ChapterMeta
    articles: dict[str, ArticleEntry]


@dataclass(frozen=True)
class Editorial:
    """Everything editorial, keyed by article key / chapter number, checked against the model."""

    meta: RegulationMeta
    chapters: dict[int, ChapterEditorial]
    audiences: list[Audience]
    glossary: list[Term]
    faq: list[Question]
    guides: dict[str, str]  # "home.zh" -> Markdown
    search: SearchTuning = field(default_factory=SearchTuning)
    warnings: list[str] = field(default_factory=list)

    def article(self, key: str) -> ArticleEntry:
        for chapter in self.chapters.values():
            if key in chapter.articles:
                return chapter.articles[key]
        raise KeyError(key)


def _read_yaml(path: Path) -> Any:
    if not path.exists():
        raise SourceError("missing editorial file", path=path)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SourceError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path=path, line=mark.line + 1 if mark else None) from None


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


def _placeholder(article: Article) -> ArticleEntry:
    return ArticleEntry(
        number=article.key,
        heading_zh=MISSING_ZH,
        heading_en=MISSING_EN,
        audiences=["public"],
        summary_zh=MISSING_ZH,
        summary_en=MISSING_EN,
        translation=[TranslatedParagraph(text=MISSING_EN, items=[MISSING_EN] * len(p.items)) for p in article.paragraphs],
    )


def _check_structure(entry: ArticleEntry, article: Article) -> list[str]:
    """The translation must mirror the Chinese: same paragraphs, same items in each."""
    problems = []
    if len(entry.translation) != len(article.paragraphs):
        problems.append(f"field 'translation': {len(entry.translation)} paragraphs, the Chinese has {len(article.paragraphs)}")
        return problems
    for i, (tp, cp) in enumerate(zip(entry.translation, article.paragraphs, strict=True), 1):
        if len(tp.items) != len(cp.items):
            problems.append(f"field 'translation.{i - 1}.items': {len(tp.items)} items, paragraph {i} of the Chinese has {len(cp.items)}")
    return problems


def _load_chapter(path: Path, regulation: Regulation, number: int, audience_keys: set[str], draft: bool) -> tuple[ChapterEditorial, list[str]]:
    chapter = regulation.chapter(number)
    raw = _read_yaml(path) if (path.exists() or not draft) else None
    problems: list[str] = []
    if raw is None:
        meta = ChapterMeta(number=number, title_en=MISSING_EN, overview_zh=MISSING_ZH, overview_en=MISSING_EN)
        problems.append("missing editorial file")
        raw_articles: list[dict[str, Any]] = []
    else:
        data = _validate(ChapterFile, raw, path)
        meta = data.chapter
        if meta.number != number:
            raise SourceError(f"field 'chapter.number' is {meta.number}, expected {number}", path=path)
        raw_articles = data.articles
    wanted = {regulation.article(k).key: regulation.article(k) for k in chapter.article_keys}
    entries: dict[str, ArticleEntry] = {}
    for raw_entry in raw_articles:
        key = str(raw_entry.get("number", "?")) if isinstance(raw_entry, dict) else "?"
        prefix = f"article {key}: "
        if key not in wanted:
            where = "not in this chapter" if key in {a.key for a in regulation.articles} else "does not exist"
            problems.append(f"{prefix}unknown entry (article {key} {where}; chapter {number} has articles {', '.join(chapter.article_keys)})")
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
        structure = _check_structure(entry, wanted[key])
        if bad_audiences:
            problems.append(f"{prefix}field 'audiences': unknown key(s) {bad_audiences}; known: {sorted(audience_keys)}")
        problems.extend(prefix + p for p in structure)
        if not bad_audiences and not structure:
            entries[key] = entry
    for key in wanted:
        if key not in entries and not any(p.startswith(f"article {key}:") for p in problems):
            problems.append(f"article {key}: missing entry (every article needs heading, audiences, summaries and translation)")
    if problems and not draft:
        raise SourceError("\n  " + "\n  ".join(problems), path=path)
    for key, article in wanted.items():
        entries.setdefault(key, _placeholder(article))
    return ChapterEditorial(meta, entries), [f"{path}: {p}" for p in problems]


def load_editorial(root: Path, regulation: Regulation, *, draft: bool = False) -> Editorial:
    """Load ``root`` (the regulation's content folder) and check it against ``regulation``."""
    meta = _validate(RegulationMeta, _read_yaml(root / "regulation.yml"), root / "regulation.yml")
    editorial_dir = root / "editorial"
    audiences = _validate(AudienceFile, _read_yaml(editorial_dir / "audiences.yml"), editorial_dir / "audiences.yml").audiences
    keys = {a.key for a in audiences}
    warnings: list[str] = []
    chapters = {}
    for chapter in regulation.chapters:
        loaded, problems = _load_chapter(editorial_dir / "articles" / f"chapter-{chapter.number}.yml", regulation, chapter.number, keys, draft)
        chapters[chapter.number] = loaded
        warnings.extend(problems)
    extra = sorted(
        p.name for p in (editorial_dir / "articles").glob("chapter-*.yml") if not re.fullmatch(rf"chapter-({'|'.join(str(c.number) for c in regulation.chapters)})\.yml", p.name)
    )
    if extra:
        raise SourceError(f"editorial files for chapters that do not exist: {', '.join(extra)}", path=editorial_dir / "articles")

    glossary_path = editorial_dir / "glossary.yml"
    faq_path = editorial_dir / "faq.yml"
    glossary: list[Term] = []
    faq: list[Question] = []
    for path in (glossary_path, faq_path):
        if draft and not path.exists():
            warnings.append(f"{path}: missing editorial file")
    if glossary_path.exists() or not draft:
        glossary = _validate(GlossaryFile, _read_yaml(glossary_path), glossary_path).terms
        problems = _check_glossary(glossary, regulation)
        if problems and not draft:
            raise SourceError("\n  " + "\n  ".join(problems), path=glossary_path)
        warnings.extend(f"{glossary_path}: {p}" for p in problems)
        bad = {p.split(":", 1)[0].removeprefix("term ") for p in problems}
        glossary = [t for t in glossary if t.id not in bad]
    if faq_path.exists() or not draft:
        faq = _validate(FaqFile, _read_yaml(faq_path), faq_path).questions
    for q in faq:
        for key in q.articles:
            if str(key) not in {a.key for a in regulation.articles}:
                raise SourceError(f"question {q.id}: field 'articles': article {key} does not exist", path=faq_path)
    _unique([q.id for q in faq], "question id", faq_path)

    guides = {}
    for name in ("home", "about"):
        for lang in ("zh", "en"):
            path = editorial_dir / "guides" / f"{name}.{lang}.md"
            if not path.exists():
                if not draft:
                    raise SourceError("missing guide page", path=path)
                warnings.append(f"{path}: missing guide page")
                guides[f"{name}.{lang}"] = f"# {MISSING_ZH if lang == 'zh' else MISSING_EN}\n"
            else:
                guides[f"{name}.{lang}"] = path.read_text(encoding="utf-8")
    for name in ("home", "about"):
        zh_ids = _check_heading_ids(guides[f"{name}.zh"], editorial_dir / "guides" / f"{name}.zh.md")
        en_ids = _check_heading_ids(guides[f"{name}.en"], editorial_dir / "guides" / f"{name}.en.md")
        if zh_ids != en_ids and not draft:
            raise SourceError(f"heading ids differ between languages: zh {zh_ids}, en {en_ids}", path=editorial_dir / "guides" / f"{name}.en.md")
    search_path = editorial_dir / "search.yml"
    search = SearchTuning()
    if search_path.exists():
        search = _validate(SearchTuning, _read_yaml(search_path), search_path)
        english = "\n".join(
            [p.text for c in chapters.values() for e in c.articles.values() for p in e.translation]
            + [i for c in chapters.values() for e in c.articles.values() for p in e.translation for i in p.items]
        ).lower()
        chinese = "\n".join(a.text for a in regulation.articles)
        for lang, mapping in search.synonyms.items():
            if lang not in ("zh", "en"):
                raise SourceError(f"field 'synonyms.{lang}': only zh and en are known", path=search_path)
            text = chinese if lang == "zh" else english
            for word, targets in mapping.items():
                for target in targets:
                    if (target if lang == "zh" else target.lower()) not in text:
                        problem = f"field 'synonyms.{lang}.{word}': '{target}' does not occur in the {'text' if lang == 'zh' else 'translation'}"
                        if not draft:
                            raise SourceError(problem, path=search_path)
                        warnings.append(f"{search_path}: {problem}")
    return Editorial(meta, chapters, audiences, glossary, faq, guides, search, warnings)


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
            raise SourceError("heading without an explicit id: add '{ #some-id }' (the same id in both languages)", path=path, line=lineno)
        ids.append(m["id"])
    return ids


def _unique(values: list[str], what: str, path: Path) -> None:
    seen = set()
    for v in values:
        if v in seen:
            raise SourceError(f"duplicated {what} '{v}'", path=path)
        seen.add(v)


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
