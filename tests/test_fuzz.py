"""Property tests: the parser either builds a model or raises SourceError — never anything else —
and whatever it builds keeps every character of the articles it was given."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.regsite.errors import SourceError
from scripts.regsite.normalize import normalize
from scripts.regsite.numerals import to_chinese
from scripts.regsite.parse import parse

HAN = st.text(alphabet=st.sampled_from(list("国家安全机关应当依法做好工作单位个人组织的和或者")), min_size=1, max_size=30)
ENDING = st.sampled_from(["。", "；", "："])


@st.composite
def statutes(draw):
    chapters = draw(st.integers(1, 4))
    lines = ["测试条例", ""]
    number = 0
    expected = []
    for c in range(1, chapters + 1):
        lines += [f"第{to_chinese(c)}章 {draw(HAN)[:6]}", ""]
        for _ in range(draw(st.integers(1, 4))):
            number += 1
            paragraphs = [draw(HAN) + draw(ENDING) for _ in range(draw(st.integers(1, 3)))]
            lines += [f"第{to_chinese(number)}条 {paragraphs[0]}", ""]
            for p in paragraphs[1:]:
                lines += [p, ""]
            expected.append(paragraphs)
    return "\n".join(lines), expected


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(statutes())
def test_well_formed_statutes_parse_without_losing_text(case):
    text, expected = case
    reg = parse(normalize(text))
    assert [[p.text for p in a.paragraphs] for a in reg.articles] == expected


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("第一二三十章节条之（）()1.、，。；：\n 甲乙丙目录总则")), max_size=200))
def test_arbitrary_text_never_crashes_the_parser(text):
    try:
        parse(normalize(text))
    except SourceError as exc:
        assert str(exc)
