"""Each guarantee listed in normalize.py's docstring, tested on its own."""

import pytest

from regsite.decode import decode
from regsite.errors import SourceError
from regsite.normalize import normalize


def texts(raw: str) -> list[str]:
    return [ln.text for ln in normalize(raw).lines]


BASE = "某某条例\n\n第一章 总则\n\n"


def test_crlf_bom_and_full_width_spaces_are_normalised():
    raw = "\ufeff某某条例\r\n\r\n第一章\u3000总\u3000则\r\n\r\n第一条\u3000为了规范管理，制定本条例。\r\n"
    assert texts(raw) == ["某某条例", "第一章 总则", "第一条 为了规范管理，制定本条例。"]


def test_spaced_headings_are_closed_up_but_label_space_is_kept():
    assert texts(BASE + "第一条 本条例自 2024 年 8 月 1 日起施行。")[1:] == [
        "第一章 总则",
        "第一条 本条例自2024年8月1日起施行。",
    ]


def test_half_width_punctuation_inside_chinese_becomes_full_width():
    out = texts(BASE + "第一条 单位未履行义务的,可以责令改正;情节严重的:\n\n(一) 警告;\n\n(二) 通报批评。")
    assert out[2:] == ["第一条 单位未履行义务的，可以责令改正；情节严重的：", "（一）警告；", "（二）通报批评。"]


def test_half_width_punctuation_between_digits_is_kept():
    assert texts(BASE + "第一条 罚款1,000元。")[2] == "第一条 罚款1,000元。"


def test_page_break_mid_sentence_is_joined():
    assert (
        texts(BASE + "第一条 为了加强和规范反间谍工作，结\n\n合本省实际，制定本条例。")[2]
        == "第一条 为了加强和规范反间谍工作，结合本省实际，制定本条例。"
    )


def test_real_paragraph_breaks_are_kept():
    out = texts(BASE + "第一条 第一款的内容。\n\n第二款的内容。\n\n有下列情形之一的：\n\n（一）甲；")
    assert out[2:] == ["第一条 第一款的内容。", "第二款的内容。", "有下列情形之一的：", "（一）甲；"]


def test_a_repeated_character_across_a_join_is_flagged():
    n = normalize(BASE + "第一条 告知相关法律\n\n律责任。")
    joins = [c for c in n.changes if c.kind == "join"]
    assert len(joins) == 1 and joins[0].suspicious
    assert n.lines[-1].text == "第一条 告知相关法律律责任。"  # the normaliser never drops a character


def test_the_table_of_contents_is_skipped():
    raw = (
        "某某条例\n\n目 录\n\n第一章\t总 则\n第二章\t附 则\n\n"
        "第一章 总 则\n\n第一条 甲。\n\n第二章 附 则\n\n第二条 乙。"
    )
    n = normalize(raw)
    assert [ln.text for ln in n.lines] == ["某某条例", "第一章 总则", "第一条 甲。", "第二章 附则", "第二条 乙。"]
    assert [(c.kind, c.line) for c in n.changes] == [("toc", 3), ("spacing", 8), ("spacing", 12)]


def test_only_whitespace_and_listed_punctuation_change(loaded):
    """Guarantee 6 on the shipped text: removing spaces and mapping the listed marks from the raw
    source gives exactly the normalised text (plus the removed 目录)."""
    raw, _ = decode(loaded.source.read_bytes())
    table = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"})
    squeeze = lambda s: "".join(s.split()).translate(table)  # noqa: E731
    body_raw = squeeze(raw.split("第八章\t附 则", 1)[1])
    body_norm = squeeze(loaded.normalized.body)
    assert body_norm == body_raw


def test_gb18030_input_decodes_to_the_same_text():
    text = "某某条例\n\n第一章 总则\n\n第一条 甲。\n"
    assert decode(text.encode("gb18030"))[0] == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"))[0] == text


def test_zero_width_spaces_count_as_white_space_and_a_line_of_them_is_blank():
    raw = "某某条例\u200b\n\u200b\n\u200b\u200b\ufeff\n第一章\u200b总则\n\u200b\n第一条 为了\u200b规范\ufeff管理。"
    assert texts(raw) == ["某某条例", "第一章 总则", "第一条 为了规范管理。"]


def test_part_and_annex_labels_keep_their_space():
    raw = "某某法\n\n第一编　总　则\n\n第一分编　通　则\n\n第一章 总则\n\n第一条 甲。\n\n附件1　名　录"
    assert texts(raw)[1:] == ["第一编 总则", "第一分编 通则", "第一章 总则", "第一条 甲。", "附件1 名录"]


def test_annex_lines_after_the_last_article_are_never_joined():
    raw = BASE + "第一条 依照本条例附件\n\n所列名录执行。\n\n附件：名录\n\n甲单位\n\n乙单位\n\n（图略）"
    assert texts(raw)[2:] == ["第一条 依照本条例附件所列名录执行。", "附件：名录", "甲单位", "乙单位", "（图略）"]


def test_an_annex_heading_is_not_joined_to_an_unfinished_last_line():
    assert texts(BASE + "第一条 自公布之日起施行\n\n附件\n\n名录")[2:] == ["第一条 自公布之日起施行", "附件", "名录"]


def test_lines_above_the_first_heading_are_never_joined():
    raw = "某某公告\n\n第1号\n\n某某条例\n\n（2024年通过\n\n2025年修正）\n\n第一条 甲。"
    assert texts(raw) == ["某某公告", "第1号", "某某条例", "（2024年通过", "2025年修正）", "第一条 甲。"]


def test_a_heading_or_an_unnumbered_division_starts_a_new_line():
    raw = "某某法\n\n第一编 总则\n\n第一章 总则\n\n第一条 甲的\n\n附 则\n\n第二条 乙。"
    assert texts(raw)[1:] == ["第一编 总则", "第一章 总则", "第一条 甲的", "附则", "第二条 乙。"]


def test_a_paragraph_citing_items_is_joined_like_text_but_an_item_is_not():
    raw = BASE + "第一条 有本条\n\n（一）至（三）项情形的，依法处理。\n\n下列：\n\n（一）甲；"
    assert texts(raw)[2:] == ["第一条 有本条（一）至（三）项情形的，依法处理。", "下列：", "（一）甲；"]


def test_a_table_of_contents_with_parts_sub_parts_and_an_unnumbered_division_is_skipped():
    toc = "目　录\n\n第一编 总则\n第一章 基本规定\n第二编 合同\n第一分编 通则\n第一章 一般规定\n附 则"
    body = "第一编 总则\n\n第一章 基本规定\n\n第一条 甲。\n\n第二编 合同\n\n第一分编 通则\n\n第一章 一般规定"
    raw = f"某某法典\n\n{toc}\n\n{body}\n\n第二条 乙。\n\n附则\n\n第三条 丙。"
    n = normalize(raw)
    assert [ln.text for ln in n.lines][:3] == ["某某法典", "第一编 总则", "第一章 基本规定"]
    assert n.body.startswith("第一编 总则\n") and n.body.endswith("附则\n第三条 丙。")
    assert [c.kind for c in n.changes].count("toc") == 1


def test_full_width_sub_item_mark_is_kept():
    assert texts(BASE + "第一条 下列：\n\n（一）甲：\n\n1．子；\n\n2.子。")[3:] == ["（一）甲：", "1．子；", "2.子。"]


def test_a_table_of_contents_before_the_notes_is_skipped():
    toc = "目录\n\n第一章 总则\n第二章 附则"
    raw = f"某某条例\n\n{toc}\n\n（2024年通过）\n\n第一章 总则\n\n第一条 甲。\n\n第二章 附则\n\n第二条 乙。"
    assert texts(raw)[:3] == ["某某条例", "（2024年通过）", "第一章 总则"]


def test_a_table_of_contents_whose_first_entry_never_comes_back_is_an_error():
    with pytest.raises(SourceError, match="never repeats the first 目录 entry '第一章 总则'"):
        normalize("某某条例\n\n目录\n\n第一章 总则\n\n（2024年通过）\n\n第一条 甲。", "t.txt")
