"""The data every page is made from: the loaded regulation, its editorial layer, resolved
cross-references, and the labels and links that several pages share.

Paths: Chinese pages are ``X.md`` (the default language, at the site root); English pages
``X.en.md`` (the i18n plugin builds them under ``en/``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .editorial import Editorial
from .load import Loaded
from .model import Article, Chapter, Regulation
from .numerals import to_chinese
from .references import Reference, Target, find_en, find_zh, resolve
from .schema import ArticleEntry
from .templating import statute_kind, strings
from .urls import Place, cross_href, href, html_href
from .versions import Alignment, Version, align, load_versions


@dataclass(frozen=True)
class Revision:
    """An earlier text, the text that replaced it, the day that took effect, and how their
    articles align."""

    old: Version
    new: Regulation
    date: dt.date | None
    alignment: Alignment


def date_text(day: dt.date, lang: str) -> str:
    """2024年8月1日 / August 1, 2024."""
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else f"{day:%B} {day.day}, {day.year}"


def paragraph_label(paragraph: int | None, item: int | None, lang: str) -> str:
    """第二款第一项 / paragraph 2, item (1); 第一项 / item (1) for an item of an article with one
    paragraph (``paragraph=None``); "" for a whole article."""
    if lang == "zh":
        return (f"第{to_chinese(paragraph)}款" if paragraph else "") + (f"第{to_chinese(item)}项" if item else "")
    return ", ".join(([f"paragraph {paragraph}"] if paragraph else []) + ([f"item ({item})"] if item else []))


Located = tuple[str, int, int | None]  # (article key, paragraph, item or None)


@dataclass
class Site:
    """One statute of the site: its text, its editorial data, where it stands (``place``) and the
    library it belongs to (``library.Library``; None until it is put in one)."""

    loaded: Loaded
    editorial: Editorial
    editorial_path: str = "editorial"
    place: Place = field(default=Place(""))
    library: Any = None  # library.Library (its own module imports this one)

    def __post_init__(self) -> None:
        if not self.place.slug:
            self.place = Place(self.loaded.source.parent.name)

    @property
    def slug(self) -> str:
        """The statute's key: its content folder's name."""
        return self.place.slug

    def statute(self, slug: str) -> Site:
        """A statute of the site's library by its key ("" or its own key: this one)."""
        return self if slug in ("", self.slug) or self.library is None else self.library.site(slug)

    @property
    def regulation(self) -> Regulation:
        return self.loaded.regulation

    @property
    def kind(self) -> str:
        """What the statute calls itself (templating.KINDS): regulation, law, measures …"""
        return statute_kind(self.regulation.title)

    # --- versions --------------------------------------------------------------------
    @cached_property
    def versions(self) -> list[Version]:
        """Earlier texts of the statute (``versions/<date>.txt``), oldest first."""
        return load_versions(self.loaded.source.parent)

    @cached_property
    def revisions(self) -> list[Revision]:
        """Each earlier version with the text that replaced it (the next version, or this one)."""
        out = []
        for i, version in enumerate(self.versions):
            later = self.versions[i + 1] if i + 1 < len(self.versions) else None
            newer = later.regulation if later else self.regulation
            date = later.date if later else self.editorial.meta.effective
            out.append(Revision(version, newer, date, align(version.regulation, newer)))
        return out

    def revision_label(self, revision: Revision, lang: str) -> str:
        """2023年修订 / the 2023 revision (the year the newer text took effect)."""
        s = strings()[lang]
        return s["revision_of"].format(year=revision.date.year) if revision.date else s["revision_current"]

    def history(self, article: Article, from_page: str, lang: str) -> dict[str, str] | None:
        """What the latest revision did to this article, for its page: a line and a link to the
        revision's page (None without earlier versions)."""
        if not self.revisions:
            return None
        revision = self.revisions[-1]
        s, a = strings()[lang], revision.alignment
        old = revision.old.regulation
        label = self.revision_label(revision, lang)

        def names(keys: list[str]) -> str:
            return s["list_separator"].join(self.article_label(old.article(k), lang) for k in keys)

        key = article.key
        previous = a.new_to_old.get(key)
        if previous is not None:
            same = key in a.unchanged
            what = "history_unchanged" if same else "history_changed"
            text = s[what].format(revision=label, old=names([previous]))
            if same and previous == key:
                text = s["history_same"].format(revision=label)
        elif key in a.drawn:
            text = s["history_drawn"].format(revision=label, old=names(a.drawn[key]))
        else:
            text = s["history_added"].format(revision=label)
        merged = [o for o, news in a.carried.items() if key in news]
        if merged:
            text += s["history_merged"].format(old=names(merged))
        return {"text": text, "href": html_href(from_page, "changes", revision.old.date.isoformat(), article.id)}

    # --- cross-references ---------------------------------------------------------
    @cached_property
    def references(self) -> dict[str, dict[Located, list[tuple[Reference, Target]]]]:
        """Every cross-reference, resolved, per language and per paragraph / item: to this
        statute or another of the library. A citation of a law the library does not hold is
        left out (it stays text) and listed in ``external_citations``."""
        out: dict[str, dict[Located, list[tuple[Reference, Target]]]] = {"zh": {}, "en": {}}
        laws = self.library.laws(self.slug) if self.library is not None else None
        for article in self.regulation.articles:
            translation = self.entry(article).translation
            texts: list[tuple[str, int, int | None, str]] = []
            for para in article.paragraphs:
                texts.append(("zh", para.number, None, para.text))
                texts += [("zh", para.number, item.number, item.text) for item in para.items]
            for tpara, para in zip(translation or [], article.paragraphs, strict=False):
                texts.append(("en", para.number, None, tpara.text))
                texts += [("en", para.number, n, text) for n, text in enumerate(tpara.items, 1)]
            for lang, para_no, item_no, text in texts:
                finder = find_zh if lang == "zh" else find_en
                where = (
                    str(self.loaded.source)
                    if lang == "zh"
                    else f"{self.editorial_path}/articles (article {article.key})"
                )
                refs = []
                for r in finder(text, article.key, para_no, item_no):
                    target = resolve(r, self.regulation, where, laws)
                    if target is None:
                        self.external_citations.append(f"{where}: article {article.key}: {r.text} ({r.law})")
                    else:
                        refs.append((r, target))
                if refs:
                    out[lang][(article.key, para_no, item_no)] = refs
        return out

    @cached_property
    def external_citations(self) -> list[str]:
        """Citations of laws the site does not hold (filled in by ``references``)."""
        return []

    @cached_property
    def cited_by(self) -> dict[str, list[str]]:
        """Article key -> keys of the other articles whose Chinese text refers to it."""
        out: dict[str, list[str]] = {}
        for (source, _, _), refs in self.references["zh"].items():
            for _, target in refs:
                if target.statute:
                    continue  # another statute's article
                if target.article != source and source not in out.setdefault(target.article, []):
                    out[target.article].append(source)
        return out

    # --- names and labels -----------------------------------------------------------
    def title(self, lang: str) -> str:
        """The regulation's name; in English the configured English title, else the Chinese."""
        meta = self.editorial.meta
        return self.regulation.title if lang == "zh" else (meta.title_en or self.regulation.title)

    def short_title(self, lang: str) -> str:
        meta = self.editorial.meta
        short = meta.short_title_zh if lang == "zh" else (meta.short_title_en or meta.title_en)
        return short or self.title(lang)

    def entry(self, article: Article) -> ArticleEntry:
        return self.editorial.article(article.key)

    def english_text(self, article: Article) -> str:
        """The article's English translation as one string ("" when there is none)."""
        return " ".join(t for p in self.entry(article).translation or [] for t in [p.text, *p.items])

    def article_label(self, article: Article, lang: str) -> str:
        return article.label if lang == "zh" else f"Article {article.key}"

    def heading(self, article: Article, lang: str) -> str:
        """The editorial caption, or "" when there is none."""
        entry = self.entry(article)
        return (entry.heading_zh if lang == "zh" else entry.heading_en) or ""

    def full_heading(self, article: Article, lang: str) -> str:
        return f"{self.article_label(article, lang)} {self.heading(article, lang)}".strip()

    def summary(self, article: Article, lang: str) -> str | None:
        entry = self.entry(article)
        return entry.summary_zh if lang == "zh" else entry.summary_en

    def chapter_title(self, chapter: Chapter | str | int, lang: str) -> str:
        """第三章 工作职责 / Chapter 3 Duties; 附则 for an unnumbered division. Where chapter
        numbers restart in every part (codes), the part's label comes first: 第二编第一章 …"""
        if not isinstance(chapter, Chapter):
            chapter = self.regulation.chapter(chapter)
        parts = self.regulation.parts_of(chapter) if "-" in chapter.key else []
        meta = self.editorial.chapter(chapter.key)
        if lang == "zh":
            prefix = "".join(p.label for p in parts if p.kind == "part")
            return f"{prefix}{chapter.label} {chapter.title}".strip()
        title = meta.title_en or chapter.title
        if chapter.number is None:
            return title
        prefix = "".join(f"Part {p.number}, " for p in parts if p.kind == "part")
        return f"{prefix}Chapter {chapter.number} {title}"

    def part_title(self, key: str, lang: str) -> str:
        part = self.regulation.part(key)
        if lang == "zh":
            return f"{part.label} {part.title}"
        kind = "Part" if part.kind == "part" else "Sub-part"
        return f"{kind} {part.number} {part.title}"

    def annex_title(self, number: int, lang: str) -> str:
        annex = self.regulation.annexes[number - 1]
        return annex.heading if lang == "zh" else f"Annex {number}: {annex.heading}"

    def audience_label(self, key: str, lang: str) -> str:
        return next(str(getattr(a, lang)) for a in self.editorial.audiences if a.key == key)

    def provision_label(self, article: Article, paragraph: int | None, item: int | None, lang: str) -> str:
        """第二十九条第二款第一项 / Article 29, paragraph 2, item (1)."""
        label = self.article_label(article, lang)
        if (paragraph or item) and lang == "en":
            label += ", "
        return label + paragraph_label(paragraph, item, lang)

    def related(self, article: Article, from_page: str, lang: str) -> dict[str, Any]:
        """The related provisions of an article (library.Related): what it rests on in other
        statutes (``rests_on``, with the editors' ``note``) and what details it there
        (``detailed_by``), each with its label, heading, link and relation. Empty outside a
        library."""
        s = strings()[lang]
        out: dict[str, Any] = {"rests_on": [], "detailed_by": [], "note": None}
        if self.library is None or len(self.library.sites) < 2:
            return out
        note = self.library.related.notes.get((self.slug, article.key))
        if note:
            out["note"] = note[0] if lang == "zh" else note[1]
        for link in self.library.links.get(self.slug, []):
            if link.article != article.key:
                continue
            other = self.library.site(link.statute)
            target = other.regulation.article(link.other)
            paragraph = None if link.reverse else link.paragraph
            label = other.cited_label(other.provision_label(target, paragraph, None, lang), lang)
            anchor = other.page_anchor(target, target.id + (f"-p-{paragraph}" if paragraph else ""), lang)
            out["detailed_by" if link.reverse else "rests_on"].append(
                {
                    "label": label,
                    "heading": other.heading(target, lang),
                    "href": cross_href(self.place, from_page, lang, other.place, "article", link.other, anchor),
                    "relation": s[f"relation_{link.relation}" + ("_by" if link.reverse else "")],
                    "lines": other.provision_text(target, paragraph, None, lang).split("\n"),
                    "text_lang": "zh" if lang == "zh" or other.entry(target).translation is None else "en",
                }
            )
        return out

    def page_anchor(self, article: Article, anchor: str, lang: str) -> str:
        """The id of a provision on the article's page in ``lang``: an English page of an article
        not yet translated shows only the Chinese original, whose ids are ``zh-`` ones."""
        if lang == "en" and anchor != article.id and self.entry(article).translation is None:
            return "zh-" + anchor
        return anchor

    def provision_text(self, article: Article, paragraph: int | None, item: int | None, lang: str) -> str:
        """A provision's words in ``lang`` (the official Chinese where the English translation does
        not exist), paragraphs and items one to a line."""
        translation = self.entry(article).translation
        if lang == "zh" or translation is None:
            if paragraph is None:
                return article.text
            para = article.paragraphs[paragraph - 1]
            return para.items[item - 1].label + para.items[item - 1].text if item else "\n".join(para.lines())
        if item:
            return f"({item}) {translation[paragraph - 1].items[item - 1]}" if paragraph else ""
        paras = translation if paragraph is None else [translation[paragraph - 1]]
        return "\n".join(line for p in paras for line in [p.text, *(f"({i}) {x}" for i, x in enumerate(p.items, 1))])

    def cited_label(self, label: str, lang: str) -> str:
        """A provision's label when another statute cites it: 《网络安全法》第五十四条 / Article 54 of
        the Cybersecurity Law."""
        if lang == "zh":
            return f"《{self.short_title('zh')}》{label}"
        return f"{label} of the {self.short_title('en')}"

    def citation(self, article: Article, paragraph: int | None, item: int | None, lang: str) -> str:
        """How to cite a provision: 《…》第二十九条第二款 / Article 29(2), <title>. The paragraph is
        left out when the article has only one (第五十条第一项 / Article 50, item (1))."""
        if len(article.paragraphs) < 2:
            paragraph = None
        if lang == "zh":
            where = article.label + (f"第{to_chinese(paragraph)}款" if paragraph else "")
            return f"《{self.title('zh')}》{where}" + (f"第{to_chinese(item)}项" if item else "")
        where = self.article_label(article, "en") + (f"({paragraph})" if paragraph else "")
        return where + (f", item ({item})" if item else "") + f", {self.title('en')}"

    def status(self, lang: str, today: dt.date | None = None) -> dict[str, Any] | None:
        """The status line of article and chapter pages, from regulation.yml: in force since …
        (or not yet, or repealed), adopted by … on …, the official text, the day this site's text
        was last checked. None when the content folder says none of it."""
        meta = self.editorial.meta
        st = meta.status
        s = strings()[lang]
        today = today or dt.date.today()
        parts = []
        if st.repealed:
            parts.append(s["status_repealed"].format(date=date_text(st.repealed, lang)))
        elif meta.effective:
            key = "status_in_force" if meta.effective <= today else "status_not_yet"
            parts.append(s[key].format(date=date_text(meta.effective, lang)))
        if meta.adopted:
            body = (meta.adopted_by_zh if lang == "zh" else meta.adopted_by_en) or ""
            key = "status_adopted" if body else "status_adopted_on"
            parts.append(s[key].format(body=body, date=date_text(meta.adopted, lang)))
        official = None
        if st.official_url:
            name = (
                st.official_name_zh if lang == "zh" else st.official_name_en or st.official_name_zh
            ) or st.official_url
            if st.official_is_search:  # the database, not this statute's own record: say so
                name = s["status_official_search"].format(name=name, title=self.title("zh"))
            official = {"label": s["status_official"], "name": name, "href": st.official_url}
        checked = s["status_checked"].format(date=date_text(st.checked, lang)) if st.checked else ""
        if not parts and not official and not checked:
            return None
        return {"parts": parts, "official": official, "checked": checked, "in_force": not st.repealed}

    def publisher(self, lang: str) -> dict[str, Any] | None:
        """Who stands behind the site, for the footer and the about page (``publisher``,
        ``edition`` and ``source_url`` in regulation.yml; the official text from ``status``).
        None when regulation.yml names no publisher."""
        meta = self.editorial.meta
        pub = meta.publisher
        if pub is None:
            return None
        zh = lang == "zh"
        status = self.status(lang)
        police = None
        if pub.police_record:
            code = "".join(ch for ch in pub.police_record if ch.isdigit())[-14:]
            police = {"text": pub.police_record, "href": f"https://beian.mps.gov.cn/#/query/webSearch?code={code}"}
        return {
            "name": pub.name_zh if zh else pub.name_en or pub.name_zh,
            "sponsor": pub.sponsor_zh if zh else pub.sponsor_en or pub.sponsor_zh,
            "contact": pub.contact_zh if zh else pub.contact_en or pub.contact_zh,
            "email": pub.email,
            "feedback": meta.feedback_url or (f"mailto:{pub.email}" if pub.email else None),
            "official": status["official"] if status else None,
            "source_url": meta.source_url,
            "edition": date_text(meta.edition, lang) if meta.edition else None,
            "icp": pub.icp,
            "police": police,
        }

    def reporting(self, from_page: str, lang: str) -> dict[str, Any] | None:
        """The how-to-report box (``reporting`` in regulation.yml), for a page at ``from_page``;
        None when the regulation names no reporting article. English falls back to Chinese."""
        r = self.editorial.meta.reporting
        if r is None:
            return None
        article = self.regulation.article(str(r.article))
        zh = lang == "zh"
        return {
            "title": r.title_zh if zh else r.title_en or r.title_zh,
            "lead": r.lead_zh if zh else r.lead_en or r.lead_zh,
            "channels": [
                {
                    "label": c.label_zh if zh else c.label_en or c.label_zh,
                    "value": c.value_zh if zh else c.value_en or c.value_zh,
                    "href": c.href,
                    "phone": bool(c.href and c.href.startswith("tel:")),
                }
                for c in r.channels
            ],
            "note": r.note_zh if zh else r.note_en or r.note_zh,
            "article_label": self.article_label(article, lang),
            "article_href": html_href(from_page, "article", article.key),
        }

    def article_ref(self, from_page: str, article: Article, lang: str) -> dict[str, str]:
        return {
            "label": self.article_label(article, lang),
            "heading": self.heading(article, lang),
            "summary": self.summary(article, lang) or "",
            "href": href(from_page, "article", article.key),
        }

    @property
    def sample_article(self) -> Article:
        """The article used in examples (embed code, data page): the reporting article if the
        regulation names one, else the first."""
        reporting = self.editorial.meta.reporting
        return self.regulation.article(str(reporting.article)) if reporting else self.regulation.articles[0]
