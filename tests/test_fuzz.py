"""Property tests: the parser either builds a model or raises SourceError — never anything else —
and whatever it builds keeps every character of the articles it was given, in every layout
(no chapters, chapters, parts with chapters numbered on or restarting)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regsite.errors import SourceError
from regsite.export import body_lines
from regsite.normalize import normalize
from regsite.numerals import to_chinese
from regsite.parse import parse

WORDS = st.sampled_from(list("国家安全机关应当依法做好工作单位个人组织的和或者"))
HAN = st.text(alphabet=WORDS, min_size=1, max_size=30)
ENDING = st.sampled_from(["。", "；", "："])
LAYOUT = st.sampled_from(["flat", "chapters", "parts", "parts-restart"])


@st.composite
def statutes(draw):
    layout = draw(LAYOUT)
    parts = draw(st.integers(1, 3)) if layout.startswith("parts") else 1
    lines = ["测试条例", ""]
    number = chapter = 0
    expected = []
    for p in range(1, parts + 1):
        if layout.startswith("parts"):
            lines += [f"第{to_chinese(p)}编 {draw(HAN)[:6]}", ""]
            chapter = 0 if layout == "parts-restart" else chapter
        for _ in range(draw(st.integers(1, 3)) if layout != "flat" else 1):
            if layout != "flat":
                chapter += 1
                lines += [f"第{to_chinese(chapter)}章 {draw(HAN)[:6]}", ""]
            for _ in range(draw(st.integers(1, 4))):
                number += 1
                paragraphs = [draw(HAN) + draw(ENDING) for _ in range(draw(st.integers(1, 3)))]
                lines += [f"第{to_chinese(number)}条 {paragraphs[0]}", ""]
                for para in paragraphs[1:]:
                    lines += [para, ""]
                expected.append(paragraphs)
    return "\n".join(lines), expected


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(statutes())
def test_well_formed_statutes_parse_without_losing_text(case):
    text, expected = case
    normalized = normalize(text)
    reg = parse(normalized)
    assert [[p.text for p in a.paragraphs] for a in reg.articles] == expected
    assert "\n".join(body_lines(reg)) == normalized.body


# Characters of headings, labels, brackets and punctuation: mostly malformed statutes.
NOISE = st.sampled_from(list("第一二三十章节条编分之（）()1.、，。；：\n 甲乙丙目录总则附件"))


@settings(max_examples=300)
@given(st.text(alphabet=NOISE, max_size=200))
def test_arbitrary_text_never_crashes_the_parser(text):
    try:
        parse(normalize(text, "fuzz.txt"), "fuzz.txt")
    except SourceError as exc:
        assert str(exc).startswith("fuzz.txt")
        assert exc.line is None or 1 <= exc.line <= text.count("\n") + 1
        assert exc.line is None or str(exc).startswith(f"fuzz.txt:{exc.line}: ")
