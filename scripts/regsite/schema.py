"""The schema of the editorial files (pydantic models): what each YAML file may hold.

``editorial.py`` loads the files and checks them against these models *and* against the parsed
regulation; ``opendata.py`` publishes some of them as JSON Schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MISSING_ZH = "【缺少编辑内容】"
MISSING_EN = "[missing editorial content]"
# Draft builds mark a style problem (scripts/regsite/style.py) after the text it concerns.
CHECK_MARK = "【编辑检查 / editorial check: {}】"
# Draft builds mark a field written for an earlier text of its article (text_fingerprint).
STALE_MARK = "【条文已改，待核 / the article's text has changed: review】"
# Guards against pasting an article into a summary, not a length to aim at (the rubric in the
# editorial README: a summary is as long as it needs to be, often 40-120 characters).
SUMMARY_MAX_ZH = 200  # characters
SUMMARY_MAX_EN = 130  # words


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


OptionalText = Field(default=None, min_length=1)


def _blank_slot(paragraph: Any) -> bool:
    """A translation paragraph with nothing in it yet (``text: ""``, blank items)."""
    if not isinstance(paragraph, dict):
        return False
    return not str(paragraph.get("text") or "").strip() and not any(
        str(i or "").strip() for i in paragraph.get("items") or []
    )


class ArticleEntry(_Strict):
    """One article's editorial data; every field but ``number`` may be left out. A blank field
    (as ``regsite scaffold`` writes them) is a missing one; so is a translation with every slot
    blank. ``text_fingerprint``: of the article's text the entry was written for
    (``regsite fingerprint``); when the text changes, the entry is stale."""

    number: int | str
    text_fingerprint: str | None = Field(default=None, pattern=r"^[0-9a-f]{12}$")
    heading_zh: str | None = OptionalText
    heading_en: str | None = OptionalText
    audiences: list[str] = []
    summary_zh: str | None = OptionalText
    summary_en: str | None = OptionalText
    translation: list[TranslatedParagraph] | None = Field(default=None, min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        for name in ("heading_zh", "heading_en", "summary_zh", "summary_en"):
            if isinstance(data.get(name), str) and not data[name].strip():
                data[name] = None
        slots = data.get("translation")
        if isinstance(slots, list) and all(_blank_slot(p) for p in slots):
            data["translation"] = None
        return data

    @field_validator("summary_zh")
    @classmethod
    def _short_zh(cls, v: str | None) -> str | None:
        if v is not None and len(v) > SUMMARY_MAX_ZH:
            raise ValueError(f"{len(v)} characters; more than a summary ({SUMMARY_MAX_ZH} at most)")
        return v

    @field_validator("summary_en")
    @classmethod
    def _short_en(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if len(v.split()) > SUMMARY_MAX_EN:
            raise ValueError(f"{len(v.split())} words; more than a summary ({SUMMARY_MAX_EN} at most)")
        return v


class ChapterMeta(_Strict):
    """A chapter's English title and overviews; ``number`` is the chapter key (5, "2-3", "u1")."""

    number: int | str
    title_en: str | None = OptionalText
    overview_zh: str | None = OptionalText
    overview_en: str | None = OptionalText

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = {k: None if isinstance(v, str) and not v.strip() else v for k, v in data.items()}
        return data


class ChapterFile(_Strict):
    chapter: ChapterMeta | None = None
    articles: list[dict[str, Any]] = []  # validated one by one, so one bad entry names its article


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


class QuizRef(_Strict):
    """The provision a question rests on: an article, optionally one paragraph (款) and item (项)."""

    article: int | str
    paragraph: int | None = Field(default=None, ge=1)
    item: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _item_needs_paragraph(self) -> QuizRef:
        if self.item is not None and self.paragraph is None:
            raise ValueError("an item needs its paragraph")
        return self


class QuizOption(_Strict):
    zh: str = Text
    en: str | None = OptionalText
    correct: bool = False


QUIZ_KINDS = ("single", "multiple", "true-false")


class QuizQuestion(_Strict):
    """One self-test question. ``single``: one correct option; ``multiple``: at least two options
    correct and at least one wrong; ``true-false``: a statement (``question_*``) and
    ``statement_is_true``, no options. The English fields come all together or not at all (a
    question without them is left out of the English quiz)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    kind: Literal["single", "multiple", "true-false"]
    refs: list[QuizRef] = Field(min_length=1)
    question_zh: str = Text
    question_en: str | None = OptionalText
    options: list[QuizOption] = []
    statement_is_true: bool | None = None
    explanation_zh: str = Text
    explanation_en: str | None = OptionalText

    @model_validator(mode="after")
    def _answers(self) -> QuizQuestion:
        correct = sum(o.correct for o in self.options)
        if self.kind == "true-false":
            if self.options or self.statement_is_true is None:
                raise ValueError("a true-false question has statement_is_true and no options")
        elif self.statement_is_true is not None:
            raise ValueError(f"statement_is_true is for true-false questions, not {self.kind}")
        elif len(self.options) < 3:
            raise ValueError(f"{len(self.options)} options; a {self.kind} question needs at least 3")
        elif self.kind == "single" and correct != 1:
            raise ValueError(f"{correct} options marked correct; a single-choice question has exactly 1")
        elif self.kind == "multiple" and not 2 <= correct < len(self.options):
            raise ValueError(
                f"{correct} of {len(self.options)} options marked correct; a multiple-choice question "
                "has at least 2 correct and at least 1 wrong"
            )
        english = [self.question_en, self.explanation_en, *(o.en for o in self.options)]
        if any(e is not None for e in english) and any(e is None for e in english):
            raise ValueError(
                "English given for part of the question: give question_en, explanation_en and every "
                "option's en, or none of them"
            )
        return self

    @property
    def has_english(self) -> bool:
        return self.question_en is not None


class QuizFile(_Strict):
    questions: list[QuizQuestion] = Field(min_length=1)


class AskedEntry(_Strict):
    """What readers ask when an article is the answer, in their words (search only, never shown)."""

    number: int | str
    zh: list[str] = []
    en: list[str] = []


class AskedFile(_Strict):
    articles: list[AskedEntry] = Field(min_length=1)


class SearchTuning(_Strict):
    # other search.yml files (paths relative to this one) whose words this statute shares, as the
    # statutes of one library share a subject: what of them fits this statute's text is taken (a
    # synonym whose words the text does not use is left out, not an error)
    include: list[str] = []
    # Chinese words the index keeps whole (jieba user words), beside the glossary terms: a
    # phrase that jieba splits in one text and not in another would otherwise be found in one only.
    words_zh: list[str] = []
    stop_zh: list[str] = []
    stop_en: list[str] = []
    # everyday words -> the words the text uses for the same thing (手机 -> 电子设备)
    synonyms: dict[str, dict[str, list[str]]] = {}
    # words -> the nearest thing the text speaks of, which is not the same (外国人 -> 境外: the
    # text speaks of places outside China, not of foreigners): searched, and the reader is told
    # that nothing specifically on the word exists
    related: dict[str, dict[str, list[str]]] = {}


class Channel(_Strict):
    """One way to report: shown as a link when ``href`` is given (``tel:``, ``https:``, ``mailto:``)."""

    label_zh: str = Text
    label_en: str | None = OptionalText
    value_zh: str | None = OptionalText  # what the reader dials, types or visits (a number, an address)
    value_en: str | None = OptionalText  # defaults to value_zh
    href: str | None = Field(default=None, pattern=r"^(tel:\+?[0-9-]+|https?://\S+|mailto:\S+)$")


class Reporting(_Strict):
    """How readers report: the article that says so, the box's heading, a lead sentence and the
    channels. Shown on the home page, on that article, in the FAQ and on the handouts."""

    article: int | str
    title_zh: str = Text
    title_en: str | None = OptionalText
    lead_zh: str | None = OptionalText
    lead_en: str | None = OptionalText
    channels: list[Channel] = []
    note_zh: str | None = OptionalText
    note_en: str | None = OptionalText


class Status(_Strict):
    """The status line of every article and chapter page: where the official text is and when
    this site's text was last checked against it (in force since: ``effective``)."""

    repealed: dt.date | None = None  # when set, the pages say the text is no longer in force
    # the official text: this statute's own record in the database where there is one; a
    # database's home page is labelled as a place to search (official_is_search)
    official_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    official_is_search: bool = False
    official_name_zh: str | None = OptionalText
    official_name_en: str | None = OptionalText
    checked: dt.date | None = None


class Publisher(_Strict):
    """Who publishes this site and stands behind it: shown in every page's footer and first on
    the about page. The last three are the optional footer fields of Chinese public websites."""

    name_zh: str = Text
    name_en: str | None = OptionalText
    contact_zh: str | None = OptionalText  # a postal address, a telephone number …
    contact_en: str | None = OptionalText
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
    sponsor_zh: str | None = OptionalText  # 主办单位, when it is not the publisher
    sponsor_en: str | None = OptionalText
    icp: str | None = OptionalText  # ICP 备案号, e.g. 赣ICP备12345678号
    police_record: str | None = Field(default=None, pattern=r"^\S*?(\d{14})号?$")  # 公安机关备案号


class HandoutOptions(_Strict):
    """What the printed handouts hold."""

    chapters: bool = True  # one handout per chapter (besides the whole text)
    terms: bool = True  # the glossary terms used in the handout
    reporting: bool = True  # the reporting box (needs ``reporting`` above)


class RegulationMeta(_Strict):
    """Facts about the regulation that the source text does not state in a parseable form
    (``regulation.yml``). Every field is optional: the parsed title stands in for the names."""

    slug: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9-]*$")
    title_en: str | None = OptionalText
    short_title_zh: str | None = OptionalText
    short_title_en: str | None = OptionalText
    # other names the statute is cited by (网络安全法), for references from the library's statutes
    aliases_zh: list[str] = []
    aliases_en: list[str] = []
    description_zh: str | None = OptionalText
    description_en: str | None = OptionalText
    adopted: dt.date | None = None
    effective: dt.date | None = None
    adopted_by_zh: str | None = OptionalText
    adopted_by_en: str | None = OptionalText
    notes_en: list[str] = []
    source_zh: str | None = OptionalText
    source_en: str | None = OptionalText
    public_url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    publisher: Publisher | None = None
    edition: dt.date | None = None  # the date of this edition of the site's content
    source_url: str | None = Field(default=None, pattern=r"^https?://\S+$")  # the published source (PDF)
    reporting: Reporting | None = None
    status: Status = Status()
    feedback_url: str | None = Field(default=None, pattern=r"^(https?://|mailto:)\S+$")
    handouts: HandoutOptions = HandoutOptions()
