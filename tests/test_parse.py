"""Parser: the shipped text (golden JSON, round trip), other layouts (节, 之一), bad input."""

import json

import pytest
from conftest import FIXTURES, GOLDEN, SOURCE

from scripts.regsite.decode import decode
from scripts.regsite.errors import SourceError
from scripts.regsite.export import regulation_json
from scripts.regsite.load import load
from scripts.regsite.normalize import normalize
from scripts.regsite.parse import parse


def parse_text(text: str):
    return parse(normalize(text), "test.txt")


def test_shipped_text_has_8_chapters_and_56_articles(regulation):
    assert len(regulation.chapters) == 8
    assert [a.number for a in regulation.articles] == list(range(1, 57))
    assert [c.title for c in regulation.chapters] == ["总则", "工作机制", "工作职责", "安全防范", "调查处理", "工作保障", "法律责任", "附则"]


def test_shipped_text_matches_golden_json(regulation, update_golden):
    golden = GOLDEN / "jiangxi-counter-espionage-2024.json"
    data = regulation_json(regulation)
    if update_golden or not golden.exists():
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert data == json.loads(golden.read_text(encoding="utf-8"))


def test_round_trip_reproduces_the_normalised_body(loaded):
    """Headings + article labels + article texts, in order, give back the normalised body exactly."""
    reg = loaded.as_published
    lines = []
    for chapter in reg.chapters:
        lines.append(f"{chapter.label} {chapter.title}")
        for article in reg.chapter_articles(chapter.number):
            text = article.text.split("\n")
            lines.append(f"{article.label} {text[0]}")
            lines.extend(text[1:])
    assert "\n".join(lines) == loaded.normalized.body


def test_article_35_reads_xiangguan_falv_zeren_after_errata(loaded):
    assert "相关法律律责任" in loaded.as_published.article(35).text
    assert "相关法律责任" in loaded.regulation.article(35).text
    assert "律律" not in loaded.regulation.article(35).text
    assert loaded.regulation.warnings == ()


def test_ids_are_stable_and_hierarchical(regulation):
    a24 = regulation.article(24)
    assert a24.id == "art-24"
    assert a24.paragraphs[1].id == "art-24-p-2"
    assert a24.paragraphs[1].items[2].id == "art-24-p-2-i-3"
    assert a24.paragraphs[1].items[2].label == "（三）"


def test_article_1_page_break_is_joined_and_article_50_punctuation_is_full_width(regulation):
    assert "结合本省实际" in regulation.article(1).text
    a50 = regulation.article(50)
    assert len(a50.paragraphs) == 2 and len(a50.paragraphs[1].items) == 5
    assert "," not in a50.text and ";" not in a50.text and "（一）" in a50.text


def test_law_with_sections_and_sub_items_parses():
    reg = load(FIXTURES / "with-sections.txt", errata=FIXTURES / "no-errata.yml").regulation
    assert reg.title == "示范省数据安全管理条例"
    assert reg.notes == ("2025年1月1日示范省人民代表大会常务委员会第一次会议通过 2025年6月1日修正",)
    ch2 = reg.chapter(2)
    assert [(s.number, s.title, s.article_keys) for s in ch2.sections] == [(1, "分类分级", ("3",)), (2, "风险评估", ("4",))]
    art3 = reg.article(3)
    assert art3.section == 1
    item = art3.paragraphs[1].items[0]
    assert [s.text for s in item.subitems] == ["制定管理规程；", "明确责任人员。"]
    assert item.subitems[1].id == "art-3-p-2-i-1-s-2"
    assert reg.chapter(1).title == "总则" and reg.chapter(3).title == "附则"


def test_law_with_zhiyi_articles_parses():
    reg = load(FIXTURES / "with-zhiyi.txt", errata=FIXTURES / "no-errata.yml").regulation
    assert [a.key for a in reg.articles] == ["1", "2", "2-1", "2-2", "3"]
    assert reg.article("2-1").label == "第二条之一"
    assert reg.article("2-1").id == "art-2-1"
    assert reg.article("2-2").paragraphs[0].id == "art-2-2-p-1"


BAD = {
    "empty": (b"", "empty", None),
    "whitespace only": (b"  \n\n ", "empty", None),
    "binary": (b"\x00\x01\x02PK\x03\x04", "binary data", 1),
    "undecodable": ("标题\n\n第一章 总则\n\n第一条 甲。".encode() + b"\n\xff\xfe\xfa", "neither UTF-8 nor GB18030", 6),
    "missing article": ("标题\n\n第一章 总则\n\n第一条 甲。\n\n第三条 丙。".encode(), "missing article before 第三条", 7),
    "duplicated article": ("标题\n\n第一章 总则\n\n第一条 甲。\n\n第二条 乙。\n\n第二条 丙。".encode(), "duplicated article 第二条", 9),
    "out of order": ("标题\n\n第一章 总则\n\n第二条 甲。".encode(), "the first article must be 第一条", 5),
    "article before chapter": ("标题\n\n第一条 甲。\n\n第一章 总则".encode(), "before any chapter heading", 3),
    "item outside article": ("标题\n\n第一章 总则\n\n（一）甲；".encode(), "outside any article", 5),
    "unknown heading": ("标题\n\n第一章 总则\n\n第一条 甲。\n\n第二编 分则".encode(), "fits no known form", 7),
    "chapter out of order": ("标题\n\n第一章 总则\n\n第一条 甲。\n\n第三章 附则\n\n第二条 乙。".encode(), "expected 第二章", 7),
    "item out of order": ("标题\n\n第一章 总则\n\n第一条 下列：\n\n（一）甲；\n\n（三）丙。".encode(), "expected （二）", 9),
    "text before chapter": ("标题\n\n前言文字。\n\n第一章 总则\n\n第一条 甲。".encode(), "unexpected text before the first chapter", 3),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_input_names_the_line_and_what_was_expected(tmp_path, name):
    data, message, line = BAD[name]
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError) as exc:
        load(path)
    assert message in str(exc.value)
    assert str(path) in str(exc.value)
    assert exc.value.line == line


def test_shipped_source_is_utf8_without_bom():
    assert decode(SOURCE.read_bytes())[1] == "utf-8"
