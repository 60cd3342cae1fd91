"""Parser: the shipped text (golden JSON, round trip), the layouts real statutes have (no
chapters, 编 / 分编, notices and notes, annexes, interrupted lists, 之一), and bad input."""

import json

import pytest
from conftest import FIXTURES, GOLDEN, ROOT, SOURCE

from regsite.decode import decode
from regsite.errors import SourceError
from regsite.export import body_lines, regulation_json
from regsite.load import load
from regsite.normalize import normalize
from regsite.parse import parse
from regsite.preamble import extract_notes

LAYOUTS = FIXTURES / "layouts"
# Real statutes as the official databases print them (copied from shared/fixtures/statutes into
# the regulations the site tests build whole, so the suite needs nothing outside the clone).
REGULATIONS = ROOT / "tests" / "fixtures" / "regulations"
REAL_STATUTES = ("national-anthem-law-2017", "civil-procedure-law-2023")


def parse_text(text: str):
    return parse(normalize(text), "test.txt")


def parse_file(path):
    return parse(normalize(path.read_text(encoding="utf-8")), path)


def test_shipped_text_has_8_chapters_and_56_articles(regulation):
    assert len(regulation.chapters) == 8
    assert [a.number for a in regulation.articles] == list(range(1, 57))
    assert [c.title for c in regulation.chapters] == [
        "总则",
        "工作机制",
        "工作职责",
        "安全防范",
        "调查处理",
        "工作保障",
        "法律责任",
        "附则",
    ]


def test_shipped_text_matches_golden_json(regulation, update_golden):
    golden = GOLDEN / "jiangxi-counter-espionage-2024.json"
    data = regulation_json(regulation)
    if update_golden:
        golden.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert golden.exists(), f"{golden} is missing: run pytest with --update-golden to create it, then review it"
    assert data == json.loads(golden.read_text(encoding="utf-8"))


ROUND_TRIP = {
    "shipped": SOURCE,
    **{f"fixtures/{p.name}": p for p in sorted(FIXTURES.glob("*.txt"))},
    **{f"layouts/{p.name}": p for p in sorted(LAYOUTS.glob("*.txt"))},
    **{f"statutes/{name}": REGULATIONS / name / "source.txt" for name in REAL_STATUTES},
}


@pytest.mark.parametrize("name", ROUND_TRIP)
def test_round_trip_reproduces_the_normalised_body(name):
    """Headings, article labels and texts, and annexes, in order, give back the normalised body exactly."""
    normalized = normalize(ROUND_TRIP[name].read_text(encoding="utf-8"))
    assert "\n".join(body_lines(parse(normalized, name))) == normalized.body


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
    assert [(s.number, s.title, s.article_keys) for s in ch2.sections] == [
        (1, "分类分级", ("3",)),
        (2, "风险评估", ("4",)),
    ]
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


def test_statute_without_chapters_has_its_articles_under_the_title():
    reg = parse_file(LAYOUTS / "no-chapters.txt")
    assert reg.chapters == () and reg.parts == ()
    assert [a.key for a in reg.articles] == ["1", "2", "3", "4"]
    assert all(a.chapter is None and a.section is None for a in reg.articles)
    assert [p.id for p in reg.article(3).paragraphs] == ["art-3-p-1", "art-3-p-2"]


def test_parts_with_continuous_chapters_sections_zhiyi_and_an_unnumbered_annex_division():
    reg = parse_file(LAYOUTS / "parts-continuous.txt")
    assert [(p.key, p.id, p.label, p.title, p.chapter_keys) for p in reg.parts] == [
        ("1", "part-1", "第一编", "总则", ("1", "2")),
        ("2", "part-2", "第二编", "程序", ("3", "4")),
    ]
    assert reg.part("1").article_keys == ("1", "2", "3", "3-1", "4")
    assert [(c.key, c.number, c.part) for c in reg.chapters] == [
        ("1", 1, "1"),
        ("2", 2, "1"),
        ("3", 3, "2"),
        ("4", 4, "2"),
        ("u1", None, None),
    ]
    assert [s.id for s in reg.chapter(2).sections] == ["chap-2-sec-1", "chap-2-sec-2"]
    assert reg.chapter(2).sections[0].article_keys == ("3", "3-1")
    assert [s.id for s in reg.chapter(4).sections] == ["chap-4-sec-1"]  # sections restart per chapter
    annex_division = reg.chapter("u1")
    assert (annex_division.id, annex_division.label, annex_division.title) == ("chap-u1", "", "附则")
    assert annex_division.article_keys == ("7",) and reg.article(7).chapter == "u1"
    assert reg.article("3-1").chapter == "2" and reg.article("3-1").section == 1


def test_civil_code_layout_restarts_chapters_in_every_part_and_sub_parts_in_every_part():
    reg = parse_file(LAYOUTS / "parts-restart.txt")
    assert [(p.key, p.kind, p.parent, p.id, p.label) for p in reg.parts] == [
        ("1", "part", None, "part-1", "第一编"),
        ("2", "part", None, "part-2", "第二编"),
        ("2-1", "subpart", "2", "part-2-sub-1", "第一分编"),
        ("2-2", "subpart", "2", "part-2-sub-2", "第二分编"),
    ]
    assert [(c.key, c.label, c.part) for c in reg.chapters] == [
        ("1-1", "第一章", "1"),
        ("1-2", "第二章", "1"),
        ("2-1", "第一章", "2-1"),
        ("2-2", "第二章", "2-2"),
        ("u1", "", None),
    ]
    assert reg.part("2").chapter_keys == ("2-1", "2-2") and reg.part("2-1").article_keys == ("5",)
    assert [s.id for s in reg.chapter("1-2").sections] == ["chap-1-2-sec-1", "chap-1-2-sec-2"]
    assert reg.article(5).chapter == "2-1" and reg.article(5).section == 1
    assert [p.key for p in reg.parts_of(reg.chapter("2-2"))] == ["2", "2-2"]
    assert reg.title == "示范民法典"  # the 目录 (with 编, 分编 and 附则 entries) is skipped


def test_promulgation_notice_above_the_title_is_the_preamble_and_a_bracketed_note_may_span_lines():
    reg = parse_file(LAYOUTS / "promulgation-notice.txt")
    assert reg.title == "示范省湿地保护条例"
    assert reg.preamble[:2] == ("示范省人民代表大会常务委员会公告", "第12号")
    assert reg.preamble[-2:] == ("示范省人民代表大会常务委员会", "2024年5月30日")
    assert len(reg.preamble) == 5
    assert reg.notes == (
        "2024年5月30日示范省第十四届人民代表大会常务委员会第九次会议通过 "
        "根据2025年3月1日示范省第十四届人民代表大会常务委员会第十五次会议《关于修改〈示范省湿地保护条例〉的决定》修正",
    )


def test_unbracketed_notes_are_one_a_line_and_lose_an_unbalanced_closing_bracket():
    reg = parse_file(LAYOUTS / "unbracketed-notes.txt")
    assert reg.notes == (
        "2010年6月1日示范市第十三届人民代表大会常务委员会第十八次会议通过",
        "2018年9月28日示范市第十五届人民代表大会常务委员会第十二次会议《关于修改〈示范市物业管理条例〉的决定》修正",
    )


@pytest.mark.parametrize(
    ("lines", "notes"),
    [
        (["（2024年通过）"], ("2024年通过",)),
        (["（2024年通过", "2025年修正）"], ("2024年通过 2025年修正",)),
        (["（2024年第十四届常务委员会第", "九次会议通过）"], ("2024年第十四届常务委员会第九次会议通过",)),
        (["（2024年通过"], ("2024年通过",)),  # a lone opening bracket
        (["2024年通过", "2025年修正）"], ("2024年通过", "2025年修正")),
        (["（2024年通过）（2025年修正）"], ("2024年通过", "2025年修正")),
        (["（2024年《关于（甲）的决定》）"], ("2024年《关于（甲）的决定》",)),
    ],
)
def test_notes_lose_their_outer_brackets_whatever_their_layout(lines, notes):
    assert extract_notes(lines) == notes


def test_title_is_the_first_line_naming_a_statute_else_the_first_that_is_no_note():
    assert parse_text("某某公告\n\n第1号\n\n某某办法（试行）\n\n第一条 甲。").title == "某某办法（试行）"
    reg = parse_text("标题\n\n前言文字。\n\n第一章 总则\n\n第一条 甲。")
    assert (reg.preamble, reg.title, reg.notes) == ((), "标题", ("前言文字。",))


def test_annexes_after_the_last_article_keep_their_lines_but_an_annex_cited_in_an_article_is_text():
    reg = parse_file(LAYOUTS / "annexes.txt")
    assert reg.article(2).paragraphs[1].text == "附件所列名录由市人民政府调整，并向社会公布。"
    assert [(a.id, a.heading, a.lines) for a in reg.annexes] == [
        ("annex-1", "附件1 示范市第一批历史建筑保护名录", ("1．中山路骑楼建筑群", "2．老邮政局旧址", "3．东湖水塔")),
        ("annex-2", "附件2：历史建筑保护标志式样", ("标志由图形和文字组成", "（图略）")),
    ]
    assert reg.article(3).text == "本办法自2025年1月1日起施行。"


def test_a_line_between_two_items_continues_the_first_and_a_paragraph_may_cite_items():
    reg = parse_file(LAYOUTS / "interrupted-items.txt")
    first, citing = reg.article(1).paragraphs
    assert [i.number for i in first.items] == [1, 2, 3]
    assert first.items[1].text == "各类学校的室内区域；\n高等学校的室外区域可以设置吸烟点；"
    assert first.items[2].text == "公共交通工具的室内区域和候车室。"  # joined across a page break
    assert (citing.id, citing.items) == ("art-1-p-2", ())
    assert citing.text == "（一）至（三）项所列场所的经营者应当设置禁烟标识。"
    second = reg.article(2).paragraphs
    assert second[1].text == "（一）、（二）项规定的罚款，由市卫生健康部门决定。" and second[1].id == "art-2-p-2"


def test_full_width_sub_item_mark_is_kept_as_printed():
    sub = parse_file(LAYOUTS / "interrupted-items.txt").article(2).paragraphs[0].items[1].subitems
    assert [(s.label, s.text) for s in sub] == [("1．", "未设置禁烟标识的；"), ("2．", "未劝阻吸烟的。")]
    assert "1．未设置禁烟标识的；" in parse_file(LAYOUTS / "interrupted-items.txt").article(2).text


def test_zero_width_spaces_are_white_space():
    reg = parse_file(LAYOUTS / "zero-width-spaces.txt")
    assert reg.title == "示范县河道管理条例"
    assert reg.article(1).text == "为了加强河道管理，保障防洪安全，制定本条例。"
    assert reg.article(2).text == "河道管理范围内禁止下列行为：\n（一）倾倒垃圾；\n（二）围垦河道。"
    assert not any("\u200b" in a.text or "\ufeff" in a.text for a in reg.articles)


def test_national_anthem_law_has_16_articles_no_chapters_an_annex_and_an_interrupted_list():
    reg = parse_file(REGULATIONS / "national-anthem-law-2017" / "source.txt")
    assert reg.title == "中华人民共和国国歌法"
    assert reg.notes == ("2017年9月1日第十二届全国人民代表大会常务委员会第二十九次会议通过",)
    assert [a.key for a in reg.articles] == [str(n) for n in range(1, 17)] and reg.chapters == ()
    assert [(a.heading, a.lines) for a in reg.annexes] == [("附件：中华人民共和国国歌（五线谱版、简谱版）", ())]
    art4 = reg.article(4)
    assert len(art4.paragraphs) == 1 and [i.number for i in art4.paragraphs[0].items] == list(range(1, 10))
    inserted = art4.paragraphs[0].items[0].text.split("\n")[1]
    assert inserted == "中国人民政治协商会议全国委员会会议和地方各级委员会会议的开幕、闭幕；"
    assert "附件所载" in reg.article(6).text


def test_civil_procedure_law_has_306_articles_27_chapters_4_parts_and_sections():
    reg = parse_file(REGULATIONS / "civil-procedure-law-2023" / "source.txt")
    assert reg.title == "中华人民共和国民事诉讼法"
    assert len(reg.notes) == 6 and reg.notes[-1].endswith("第五次修正") and reg.notes[0].startswith("1991年4月9日")
    assert [a.number for a in reg.articles] == list(range(1, 307))
    assert [c.key for c in reg.chapters] == [str(n) for n in range(1, 28)]
    assert [(p.key, p.title) for p in reg.parts] == [
        ("1", "总则"),
        ("2", "审判程序"),
        ("3", "执行程序"),
        ("4", "涉外民事诉讼程序的特别规定"),
    ]
    assert reg.part("2").chapter_keys[0] == "12" and reg.chapter(12).part == "2"
    assert [s.title for s in reg.chapter(2).sections] == ["级别管辖", "地域管辖", "移送管辖和指定管辖"]
    assert reg.chapter(15).sections[-1].id == "chap-15-sec-8"
    assert reg.article(18).chapter == "2" and reg.article(18).section == 1
    assert reg.annexes == () and reg.preamble == ()


def src(*lines: str) -> bytes:
    """A source file with one blank line between lines: line i of the list is on line 2i-1."""
    return "\n\n".join(lines).encode()


PARTS = ("标题", "第一编 甲", "第一章 甲", "第一条 甲。")  # lines 1, 3, 5, 7
BAD = {
    "empty": (b"", "empty", None),
    "whitespace only": (b"  \n\n ", "empty", None),
    "binary": (b"\x00\x01\x02PK\x03\x04", "binary data", 1),
    "undecodable": (src("标题", "第一章 总则", "第一条 甲。") + b"\n\xff\xfe\xfa", "neither UTF-8 nor GB18030", 6),
    "missing article": (src("标题", "第一章 总则", "第一条 甲。", "第三条 丙。"), "missing article before 第三条", 7),
    "duplicated article": (
        src("标题", "第一章 总则", "第一条 甲。", "第二条 乙。", "第二条 丙。"),
        "duplicated article 第二条",
        9,
    ),
    "out of order": (src("标题", "第一章 总则", "第二条 甲。"), "the first article must be 第一条", 5),
    "article before chapter": (src("标题", "第一条 甲。", "第一章 总则"), "before any chapter heading", 3),
    "article directly under a part": (src(*PARTS, "第二编 乙", "第二条 乙。"), "chapter heading in 第二编", 11),
    "item outside article": (src("标题", "第一章 总则", "（一）甲；"), "outside any article", 5),
    "text outside article": (src("标题", "第一章 总则", "本章规定。", "第一条 甲。"), "text outside any article", 5),
    "unknown heading": (src("标题", "第一章 总则", "第一条 甲。", "第2条 乙。"), "fits no known form", 7),
    "unknown heading in the head": (src("标题", "第1章 总则", "第一条 甲。"), "fits no known form", 3),
    "chapter out of order": (src("标题", "第一章 甲", "第一条 甲。", "第三章 丙", "第二条 乙。"), "expected 第二章", 7),
    "chapter not restarting": (
        src(*PARTS, "第二编 乙", "第一章 乙", "第二条 乙。", "第三编 丙", "第三章 丙", "第三条 丙。"),
        "第三章 out of order: expected 第一章",
        17,
    ),
    "chapter outside any part": (
        src("标题", "第一章 总则", "第一条 甲。", "第一编 乙", "第二章 乙", "第二条 乙。"),
        "outside any part",
        3,
    ),
    "chapter without article": (src("标题", "第一章 总则", "第一条 甲。", "第二章 附则"), "has no article", 7),
    "part out of order": (src(*PARTS, "第三编 丙", "第二章 丙", "第二条 丙。"), "expected 第二编", 9),
    "part without article": (src(*PARTS, "第二编 乙"), "第二编 乙 has no article", 9),
    "sub-part before part": (src("标题", "第一分编 通则", "第一章 甲", "第一条 甲。"), "before any part heading", 3),
    "section without article": (
        src("标题", "第一章 甲", "第一节 甲", "第一条 甲。", "第二节 乙"),
        "第二节 乙 has no article",
        9,
    ),
    "section before chapter": (src("标题", "第一节 甲", "第一条 甲。"), "section heading before any chapter", 3),
    "附则 without chapters": (src("标题", "第一条 甲。", "附则", "第二条 乙。"), "without parts or chapters", 5),
    "item out of order": (src("标题", "第一条 下列：", "（一）甲；", "（三）丙。"), "expected （二）", 7),
    "item without a list": (src("标题", "第一条 下列：", "（二）乙。"), "expected （一）", 5),
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
    if line is not None:
        assert f"{path}:{line}: " in str(exc.value)


def test_shipped_source_is_utf8_without_bom():
    assert decode(SOURCE.read_bytes())[1] == "utf-8"


def test_a_statute_of_the_civil_code_shape_parses_whole():
    """1,260 articles in 7 编 with 分编, chapters restarting in every 编, 节 and an unnumbered
    附则 (synthesised: the civil code's text is not available offline; its shape is)."""
    import tempfile
    from pathlib import Path

    from regsite.synthetic import synthesize_code

    with tempfile.TemporaryDirectory() as tmp:
        source = synthesize_code(SOURCE, Path(tmp) / "code")
        regulation = load(source).regulation
    assert len(regulation.articles) == 1260
    assert [p.label for p in regulation.parts if p.kind == "part"] == [f"第{n}编" for n in "一二三四五六七"]
    assert len([p for p in regulation.parts if p.kind == "subpart"]) == 8
    assert regulation.chapters[-1].key == "u1" and regulation.chapters[-1].title == "附则"
    assert regulation.chapter("2-1").part == "2-1" and regulation.chapter("2-4").part == "2-2"
    assert regulation.article(1260).chapter == "u1"


def test_an_item_whose_text_begins_with_a_word_in_xiang_is_an_item_and_a_citation_of_items_is_not():
    """（一）项目介绍… and （三）项目法人… are items; （一）项所列… and （一）至（三）项所列… cite items."""
    reg = parse_file(LAYOUTS / "xiang-items.txt")
    listing, note = reg.article(1).paragraphs
    assert [(i.number, i.text) for i in listing.items] == [
        (1, "项目介绍，包括项目的名称、历史、现状和价值；"),
        (2, "岸线使用方案；"),
        (3, "项目法人的资格证明。"),
    ]
    assert (note.items, note.text) == ((), "前款（一）项所列材料应当由项目法人签章。")
    listing, citing = reg.article(2).paragraphs
    assert listing.items[2].text == "项目法人依法终止，不再使用港口岸线的。"
    assert (citing.items, citing.text) == ((), "（一）至（三）项所列情形，由港口行政管理部门公告。")
