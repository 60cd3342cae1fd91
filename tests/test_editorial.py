"""The editorial layer: complete, schema-checked against the model, and consistent in terminology."""

import shutil

import pytest
from conftest import CONTENT

from scripts.regsite.editorial import load_editorial
from scripts.regsite.errors import SourceError
from scripts.regsite.terms import find_terms, terminology_report


def test_every_article_has_translation_summaries_heading_and_audiences(regulation, editorial):
    assert editorial.warnings == []
    for article in regulation.articles:
        entry = editorial.article(article.key)
        assert entry.summary_zh and entry.summary_en and entry.heading_zh and entry.heading_en and entry.audiences
        assert len(entry.translation) == len(article.paragraphs)
        for tp, cp in zip(entry.translation, article.paragraphs, strict=True):
            assert len(tp.items) == len(cp.items)


def test_glossary_has_at_least_40_terms_found_in_the_text(editorial):
    assert len(editorial.glossary) >= 40
    ids = {t.id for t in editorial.glossary}
    assert {"national-security-authority", "unmanned-aircraft", "satellite-ground-receiving-facilities"} & ids


def test_faq_has_at_least_15_questions(editorial):
    assert len(editorial.faq) >= 15


def test_terminology_is_consistent_between_chinese_and_english(regulation, editorial):
    uses = terminology_report(regulation, editorial)
    missing = [f"article {u.article}: {u.term.zh} -> '{u.term.en}' (or {u.term.en_variants})" for u in uses if not u.found]
    assert len(uses) > 200  # the check really runs over the text
    assert missing == []


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


def test_schema_rejects_a_missing_field_naming_file_article_and_field(content_copy, regulation):
    path = content_copy / "editorial" / "articles" / "chapter-5.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, ln in enumerate(lines) if ln.strip() == "- number: 35")
    cut = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("summary_en:"))
    end = next(i for i in range(cut + 1, len(lines)) if not lines[i].startswith("      "))
    path.write_text("".join(lines[:cut] + lines[end:]), encoding="utf-8")
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
    with pytest.raises(SourceError, match=r"article 50: field 'translation.1.items': 4 items, paragraph 2 of the Chinese has 5"):
        load_editorial(content_copy, regulation)


def test_schema_rejects_an_unknown_audience(content_copy, regulation):
    edit(content_copy / "editorial" / "articles" / "chapter-1.yml", "audiences: [", "audiences: [aliens, ")
    with pytest.raises(SourceError, match=r"chapter-1.yml.*\n.*article 1: field 'audiences': unknown key\(s\) \['aliens'\]"):
        load_editorial(content_copy, regulation)


def test_glossary_term_that_is_not_in_the_text_fails(content_copy, regulation):
    edit(content_copy / "editorial" / "glossary.yml", "zh: 征用\n", "zh: 征收\n")
    with pytest.raises(SourceError, match=r"glossary.yml.*\n.*'征收' does not occur in the text"):
        load_editorial(content_copy, regulation)


def test_draft_mode_builds_with_visible_missing_markers(content_copy, regulation):
    (content_copy / "editorial" / "articles" / "chapter-8.yml").unlink()
    editorial = load_editorial(content_copy, regulation, draft=True)
    assert any("chapter-8.yml" in w for w in editorial.warnings)
    assert editorial.article("56").summary_en == "[missing editorial content]"


def test_guide_headings_need_explicit_ids_shared_by_both_languages(content_copy, regulation):
    edit(content_copy / "editorial" / "guides" / "home.zh.md", "## 这是什么 { #what-this-is }", "## 这是什么")
    with pytest.raises(SourceError, match=r"home.zh.md:3: heading without an explicit id"):
        load_editorial(content_copy, regulation)


def test_guide_heading_ids_must_match_across_languages(content_copy, regulation):
    edit(content_copy / "editorial" / "guides" / "about.en.md", "{ #source }", "{ #origin }")
    with pytest.raises(SourceError, match=r"heading ids differ between languages"):
        load_editorial(content_copy, regulation)
