"""Corrections come only from errata.yml, must match exactly once, and are shown to readers."""

import pytest
from conftest import SOURCE

from regsite.errors import SourceError
from regsite.load import load


def write_errata(tmp_path, body: str):
    path = tmp_path / "errata.yml"
    path.write_text(body, encoding="utf-8")
    return path


def test_without_errata_the_doubled_character_stays_and_is_warned_about(tmp_path):
    loaded = load(SOURCE, errata=write_errata(tmp_path, "errata: []\n"))
    assert "相关法律律责任" in loaded.regulation.article(35).text
    assert len(loaded.regulation.warnings) == 1
    assert "line 164 (article 35)" in loaded.regulation.warnings[0]
    assert "法律|律责任" in loaded.regulation.warnings[0]


def test_an_erratum_that_does_not_match_fails_naming_it(tmp_path):
    body = """errata:
  - id: wrong-place
    article: 34
    paragraph: 1
    source: 相关法律律责任
    correction: 相关法律责任
    reason_zh: 测试
    reason_en: test
"""
    with pytest.raises(SourceError, match="erratum wrong-place: '相关法律律责任' occurs 0 times in article 34"):
        load(SOURCE, errata=write_errata(tmp_path, body))


def test_an_erratum_for_a_missing_article_fails(tmp_path):
    body = "errata:\n  - {id: x, article: 99, paragraph: 1, source: 甲, correction: 乙, reason_zh: 测, reason_en: t}\n"
    with pytest.raises(SourceError, match="article 99 does not exist"):
        load(SOURCE, errata=write_errata(tmp_path, body))


def test_an_erratum_without_a_reason_is_rejected(tmp_path):
    body = "errata:\n  - {id: x, article: 35, paragraph: 1, source: 相关法律律责任, correction: 相关法律责任}\n"
    with pytest.raises(SourceError, match="reason_zh"):
        load(SOURCE, errata=write_errata(tmp_path, body))


def test_shipped_errata_are_recorded_on_the_model(regulation):
    assert [(e.id, e.article, e.source, e.correction) for e in regulation.errata] == [
        ("art-35-doubled-character", "35", "相关法律律责任", "相关法律责任")
    ]
