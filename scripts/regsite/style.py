"""Editorial checks a machine can make (the summary rubric in the editorial README says why).

Each catches a mistake; none is a target to write to:

* **Abbreviations and jargon** (``style.yml``: 国安, 发改, 低慢小 …) in a summary, when neither the
  article nor a glossary term uses them: a reader cannot look them up.
* **Copying**: a Chinese summary that shares more than ``OVERLAP_HIGH`` of its character pairs
  with its article repeats the article instead of explaining it (``plainness.overlap``).
* **Long English sentences**: more than ``SENTENCE_MAX_EN`` words.
* **Circular glossary definitions**: a definition whose first clause is a phrase built on the
  term's own words ("管制空域：由……实施管制的空域", "controlled airspace: airspace under the
  control of …") explains nothing.

``check`` returns every problem of every entry at once; the build prints them as warnings, DRAFT
builds also mark them on the pages (``editorial.load_editorial``), and the tests hold the shipped
content to none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jieba
import yaml
from pydantic import BaseModel, ConfigDict

from .cjk import HAN_SEQUENCE
from .model import Regulation
from .plainness import OVERLAP_HIGH, SENTENCE_MAX_EN, overlap, sentences
from .schema import ArticleEntry, Term

STYLE_FILE = "style.yml"
# The first clause of a definition: up to the first full stop, semicolon or colon.
FIRST_CLAUSE_ZH = re.compile(r"^[^。；：]*")
FIRST_CLAUSE_EN = re.compile(r"^[^.;:]*")
# English words that carry no meaning of their own in a term ("the", "of" …).
EN_FILLER = frozenset(
    {"a", "an", "any", "the", "of", "and", "or", "for", "in", "on", "at", "to", "by", "with", "under"}
)
EN_WORD = re.compile(r"[a-z][a-z'-]*")


class StyleRules(BaseModel):
    """``style.yml``: abbreviations and jargon a summary must not use unless its article or the
    glossary does, each with the words to write instead (shown in the problem)."""

    model_config = ConfigDict(extra="forbid")

    abbreviations_zh: dict[str, str] = {}
    abbreviations_en: dict[str, str] = {}


@dataclass(frozen=True)
class StyleProblem:
    subject: str  # "article 24" / "term controlled-airspace"
    field: str  # summary_zh / definition_en …
    message: str

    def __str__(self) -> str:
        return f"{self.subject}: field '{self.field}': {self.message}"


def load_rules(content_root: Path) -> StyleRules:
    """The style rules for a statute's content folder: ``style.yml`` beside the content folders
    (shared by a library), merged with the statute's own ``editorial/style.yml``."""
    rules = StyleRules()
    for path in (content_root.parent / STYLE_FILE, content_root / "editorial" / STYLE_FILE):
        if path.exists():
            more = StyleRules.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
            rules = StyleRules(
                abbreviations_zh={**rules.abbreviations_zh, **more.abbreviations_zh},
                abbreviations_en={**rules.abbreviations_en, **more.abbreviations_en},
            )
    return rules


def _stem(word: str) -> str:
    """A light English stem: plurals and -ed / -ing endings off (controlled -> control)."""
    for end, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(end) and len(word) - len(end) >= 3 and not word.endswith("ss"):
            word = word[: len(word) - len(end)] + repl
            break
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou" else word


def _stems_en(text: str) -> list[str]:
    return [_stem(w) for w in EN_WORD.findall(text.lower()) if w not in EN_FILLER]


def _defining_part(term: str, definition: str, pattern: re.Pattern[str], lead: re.Pattern[str]) -> str:
    """The first clause of a definition, without a leading "TERM means" (查验就是…, "X means …")."""
    first = (m.group(0) if (m := pattern.match(definition)) else definition).strip()
    if first.lower().startswith(term.lower()):
        rest = first[len(term) :]
        if lead.match(rest):
            return lead.sub("", rest, count=1)
    return first


LEAD_ZH = re.compile(r"^(?:就是|是指|即|指|是)")
LEAD_EN = re.compile(r"^\s+(?:means|refers to|is|are)\b", re.IGNORECASE)


def circular_zh(term: str, definition: str) -> bool:
    """True when the definition's first clause is a phrase built on the term's own words: it
    holds every word of the term and ends with the term's head word ("由……实施管制的空域" for
    管制空域). An abbreviation explained (……的简称) is not circular."""
    first = _defining_part(term, definition, FIRST_CLAUSE_ZH, LEAD_ZH)
    if "简称" in first or "全称" in first:
        return False
    words = [w for w in jieba.cut(term) if HAN_SEQUENCE.fullmatch(w)] or [term]
    tokens = [w for w in jieba.cut(first) if HAN_SEQUENCE.fullmatch(w)]
    return bool(tokens) and all(w in tokens for w in words) and tokens[-1] == words[-1]


def circular_en(term: str, definition: str) -> bool:
    """True when the definition's first clause holds every word of the term and starts with the
    term's head word ("Airspace under the control of …" for controlled airspace)."""
    first = _defining_part(term, definition, FIRST_CLAUSE_EN, LEAD_EN)
    if "short for" in first.lower():
        return False
    words = _stems_en(term)
    mine = _stems_en(first)
    return bool(words and mine) and all(w in mine for w in words) and mine[0] == words[-1]


def check(
    regulation: Regulation, articles: dict[str, ArticleEntry], glossary: list[Term], rules: StyleRules
) -> list[StyleProblem]:
    """Every style problem of the summaries and the glossary, in article then term order."""
    problems: list[StyleProblem] = []
    terms_zh = " ".join(t.zh for t in glossary)
    terms_en = " ".join(t.en for t in glossary).lower()
    for article in regulation.articles:
        entry = articles.get(article.key)
        if entry is None:
            continue
        subject = f"article {article.key}"
        if entry.summary_zh:
            for abbr, full in rules.abbreviations_zh.items():
                if abbr in entry.summary_zh and abbr not in article.text and abbr not in terms_zh:
                    problems.append(
                        StyleProblem(subject, "summary_zh", f"'{abbr}' is not used by the article; write '{full}'")
                    )
            share = overlap(entry.summary_zh, article.text)
            if share > OVERLAP_HIGH:
                problems.append(
                    StyleProblem(
                        subject,
                        "summary_zh",
                        f"repeats the article ({share:.0%} of its character pairs are the article's); explain it",
                    )
                )
        if entry.summary_en:
            english = " ".join(t for p in entry.translation or [] for t in [p.text, *p.items])
            for abbr, full in rules.abbreviations_en.items():
                pattern = rf"\b{re.escape(abbr)}\b"
                if re.search(pattern, entry.summary_en) and not re.search(pattern, english + " " + terms_en):
                    problems.append(
                        StyleProblem(subject, "summary_en", f"'{abbr}' is not used by the article; write '{full}'")
                    )
            for sentence in sentences(entry.summary_en):
                if len(sentence.split()) > SENTENCE_MAX_EN:
                    problems.append(
                        StyleProblem(
                            subject,
                            "summary_en",
                            f"a sentence of {len(sentence.split())} words (at most {SENTENCE_MAX_EN}): "
                            f"'{sentence[:60]}…'",
                        )
                    )
    for term in glossary:
        subject = f"term {term.id}"
        if circular_zh(term.zh, term.definition_zh):
            problems.append(StyleProblem(subject, "definition_zh", f"circular: explains '{term.zh}' by its own words"))
        if circular_en(term.en, term.definition_en):
            problems.append(StyleProblem(subject, "definition_en", f"circular: explains '{term.en}' by its own words"))
    return problems
