"""The editorial layer: complete, schema-checked against the model, and consistent in terminology."""

import shutil

import pytest
from conftest import CONTENT

from regsite.editorial import load_editorial
from regsite.errors import SourceError
from regsite.schema import MISSING_EN, MISSING_ZH
from regsite.terms import find_terms, terminology_report

NO_CONTACT = "the publisher gives readers no way to reach it"


def test_every_article_has_translation_summaries_heading_and_audiences(regulation, editorial):
    # The one warning allowed: the default content names its editors but no address (a deployment adds its own).
    assert [w for w in editorial.warnings if NO_CONTACT not in w] == []
    for article in regulation.articles:
        entry = editorial.article(article.key)
        assert entry.summary_zh and entry.summary_en and entry.heading_zh and entry.heading_en and entry.audiences
        assert len(entry.translation) == len(article.paragraphs)
        for tp, cp in zip(entry.translation, article.paragraphs, strict=True):
            assert len(tp.items) == len(cp.items)


def test_glossary_has_at_least_40_terms_found_in_the_text(regulation, editorial):
    assert len(editorial.glossary) >= 40
    ids = {t.id for t in editorial.glossary}
    assert {"national-security-authority", "unmanned-aircraft", "satellite-ground-receiving-facilities"} <= ids
    text = "\n".join(a.text for a in regulation.articles)
    assert [t.zh for t in editorial.glossary if t.zh not in text] == []


def test_faq_has_at_least_15_questions(editorial):
    assert len(editorial.faq) >= 15


def test_terminology_is_consistent_between_chinese_and_english(regulation, editorial):
    uses = terminology_report(regulation, editorial)
    missing = [
        f"article {u.article}: {u.term.zh} -> '{u.term.en}' (or {u.term.en_variants})" for u in uses if not u.found
    ]
    assert len(uses) > 200  # the check really runs over the text
    assert missing == []
    rejected = [f"article {u.article}: {u.term.zh}: {u.rejected}" for u in uses if u.rejected]
    assert rejected == []


def test_a_rejected_rendering_in_the_translation_is_reported(regulation, editorial):
    from regsite.schema import ArticleEntry, TranslatedParagraph

    article = regulation.article("29")
    entry = editorial.article("29")
    bad = [
        TranslatedParagraph(
            text=p.text.replace("national security organs", "national security authorities"), items=p.items
        )
        for p in entry.translation
    ]
    changed = editorial.articles | {"29": ArticleEntry(**{**entry.model_dump(), "translation": bad})}
    from dataclasses import replace

    uses = terminology_report(regulation, replace(editorial, articles=changed))
    assert any(u.article == "29" and "national security authorities" in u.rejected for u in uses)
    assert "国家安全机关" in article.text


def test_term_matching_is_longest_first_and_cjk_safe(editorial):
    found = [t.zh for t in find_terms("有关的反间谍安全防范重点单位应当履行义务", editorial.glossary)]
    assert "反间谍安全防范重点单位" in found and "重点单位" not in found
    assert [t.zh for t in find_terms("由国家安全机关责令改正", editorial.glossary)][:2] == ["国家安全机关", "责令改正"]


@pytest.fixture
def content_copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_blank_field_is_missing_and_a_field_of_the_wrong_kind_is_named(content_copy, regulation):
    """A blank field is a missing one (``regsite scaffold`` writes blank slots): the article has
    no English summary, and a draft marks it. A value of the wrong kind is an error naming file,
    article and field."""
    import yaml

    path = content_copy / "editorial" / "articles" / "chapter-5.yml"
    parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in parsed["articles"] if e["number"] == 35)
    entry["summary_en"] = " "
    path.write_text(yaml.safe_dump(parsed, allow_unicode=True), encoding="utf-8")
    assert load_editorial(content_copy, regulation).articles["35"].summary_en is None
    assert load_editorial(content_copy, regulation, draft=True).articles["35"].summary_en == MISSING_EN
    entry["summary_en"] = ["a", "list"]
    path.write_text(yaml.safe_dump(parsed, allow_unicode=True), encoding="utf-8")
    with pytest.raises(SourceError) as exc:
        load_editorial(content_copy, regulation)
    message = str(exc.value)
    assert "chapter-5.yml" in message and "article 35" in message and "summary_en" in message


def test_schema_rejects_an_entry_for_an_article_that_does_not_exist(content_copy, regulation):
    edit(content_copy / "editorial" / "articles" / "chapter-8.yml", "- number: 56", "- number: 57")
    with pytest.raises(SourceError, match=r"article 57: unknown entry .*does not exist"):
        load_editorial(content_copy, regulation)


def test_schema_rejects_a_translation_with_the_wrong_number_of_items(content_copy, regulation):
    path = content_copy / "editorial" / "articles" / "chapter-7.yml"
    data = path.read_text(encoding="utf-8")
    import yaml

    parsed = yaml.safe_load(data)
    parsed["articles"][0]["translation"][1]["items"].pop()
    path.write_text(yaml.safe_dump(parsed, allow_unicode=True), encoding="utf-8")
    with pytest.raises(
        SourceError, match=r"article 50: field 'translation.1.items': 4 items, paragraph 2 of the Chinese has 5"
    ):
        load_editorial(content_copy, regulation)


def test_schema_rejects_an_unknown_audience(content_copy, regulation):
    edit(content_copy / "editorial" / "articles" / "chapter-1.yml", "audiences: [", "audiences: [aliens, ")
    with pytest.raises(
        SourceError, match=r"chapter-1.yml.*\n.*article 1: field 'audiences': unknown key\(s\) \['aliens'\]"
    ):
        load_editorial(content_copy, regulation)


def test_glossary_term_that_is_not_in_the_text_fails(content_copy, regulation):
    edit(content_copy / "editorial" / "glossary.yml", "zh: 征用\n", "zh: 征收\n")
    with pytest.raises(SourceError, match=r"glossary.yml.*\n.*'征收' does not occur in the text"):
        load_editorial(content_copy, regulation)


def test_draft_mode_builds_with_visible_missing_markers(content_copy, regulation):
    (content_copy / "editorial" / "articles" / "chapter-8.yml").unlink()
    strict = load_editorial(content_copy, regulation)
    assert strict.article("56").summary_en is None and strict.article("56").translation is None
    draft = load_editorial(content_copy, regulation, draft=True)
    assert draft.article("56").summary_en == MISSING_EN
    assert draft.article("56").translation[0].text == MISSING_EN
    assert draft.chapter("8").overview_zh == MISSING_ZH
    assert draft.article("1") == strict.article("1")  # present entries are untouched


EDITORIAL_FILES = [
    "regulation.yml",
    "editorial/audiences.yml",
    "editorial/glossary.yml",
    "editorial/faq.yml",
    "editorial/search.yml",
    "editorial/guides/home.zh.md",
    "editorial/guides/about.en.md",
    "editorial/articles/chapter-4.yml",
]


@pytest.mark.parametrize("kept", EDITORIAL_FILES)
def test_any_single_editorial_file_validates_on_its_own(tmp_path, regulation, kept):
    """Editorial data can be added one file at a time: the source plus any one file is valid.
    (An article file that names audiences needs audiences.yml, which it is checked against.)"""
    target = tmp_path / "content"
    target.mkdir()
    shutil.copy(CONTENT / "source.txt", target / "source.txt")
    shutil.copy(CONTENT / "errata.yml", target / "errata.yml")
    needed = [kept, "editorial/audiences.yml"] if kept.startswith("editorial/articles/") else [kept]
    for rel in needed:
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CONTENT / rel, target / rel)
    editorial = load_editorial(target, regulation)
    # Only English search words may wait for a translation that is not there yet.
    assert all(
        "search.yml: field 'synonyms.en." in w or "search.yml: field 'related.en." in w or NO_CONTACT in w
        for w in editorial.warnings
    ), editorial.warnings[:3]
    assert set(editorial.articles) == (set(regulation.chapter("4").article_keys) if "chapter-4" in kept else set())


@pytest.mark.parametrize("dropped", EDITORIAL_FILES)
def test_dropping_any_editorial_file_still_validates(content_copy, regulation, dropped):
    (content_copy / dropped).unlink()
    if dropped == "editorial/audiences.yml":  # articles then name unknown audiences: say so
        with pytest.raises(SourceError, match=r"unknown key\(s\)"):
            load_editorial(content_copy, regulation)
        return
    load_editorial(content_copy, regulation)


def test_guide_headings_need_explicit_ids_shared_by_both_languages(content_copy, regulation):
    edit(content_copy / "editorial" / "guides" / "home.zh.md", "## 这是什么 { #what-this-is }", "## 这是什么")
    with pytest.raises(SourceError, match=r"home.zh.md:3: heading without an explicit id"):
        load_editorial(content_copy, regulation)


def test_guide_heading_ids_must_match_across_languages(content_copy, regulation):
    edit(content_copy / "editorial" / "guides" / "about.en.md", "{ #source }", "{ #origin }")
    with pytest.raises(SourceError, match=r"heading ids differ between languages"):
        load_editorial(content_copy, regulation)


def test_a_publisher_without_any_address_is_warned_about_and_one_with_an_address_is_not(regulation, tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    meta = folder / "regulation.yml"
    text = meta.read_text(encoding="utf-8")
    assert "feedback_url" not in text and "contact_zh" not in text
    warned = load_editorial(folder, regulation).warnings
    assert [w.split(": ")[0] for w in warned if NO_CONTACT in w] == [str(meta)]
    meta.write_text(text + "feedback_url: mailto:editors@example.org\n", encoding="utf-8")
    assert [w for w in load_editorial(folder, regulation).warnings if NO_CONTACT in w] == []
