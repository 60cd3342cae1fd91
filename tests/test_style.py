"""The editorial checks a machine can make (regsite.style): each catches its mistake, leaves the
right text alone, and DRAFT builds mark it on the page."""

import shutil

import yaml
from conftest import CONTENT

from regsite import style
from regsite.editorial import load_editorial
from regsite.schema import ArticleEntry, Term

RULES = style.StyleRules(
    abbreviations_zh={"国安": "国家安全机关", "低慢小": "（条文用语）"}, abbreviations_en={"MSS": "x"}
)


def entry(key: str, zh: str, en: str = "Units must report.") -> dict[str, ArticleEntry]:
    return {key: ArticleEntry(number=key, summary_zh=zh, summary_en=en)}


def term(zh: str, en: str, definition_zh: str, definition_en: str) -> Term:
    return Term(id="t", zh=zh, en=en, definition_zh=definition_zh, definition_en=definition_en, article=1)


def test_an_abbreviation_the_article_does_not_use_is_named_with_what_to_write(regulation):
    problems = style.check(regulation, entry("25", "要及时向国安报告上空的低慢小飞行物。"), [], RULES)
    assert [p.field for p in problems] == ["summary_zh", "summary_zh"]
    assert "'国安'" in problems[0].message and "国家安全机关" in problems[0].message
    assert str(problems[1]).startswith("article 25: field 'summary_zh': '低慢小'")


def test_an_abbreviation_the_article_itself_uses_is_allowed(regulation):
    article = regulation.article("14")
    assert "网信" in article.text
    rules = style.StyleRules(abbreviations_zh={"网信": "网络安全和信息化"})
    assert style.check(regulation, entry("14", "网信部门发现网上有可疑情况，要及时告诉国家安全机关。"), [], rules) == []


def test_an_english_abbreviation_is_caught_as_a_word(regulation):
    problems = style.check(regulation, entry("29", "有人搞间谍活动就举报。", "Tell the MSS at once."), [], RULES)
    assert [(p.field, "'MSS'" in p.message) for p in problems] == [("summary_en", True)]
    # inside another word it is not the abbreviation
    assert style.check(regulation, entry("29", "有人搞间谍活动就举报。", "The SMSS rule."), [], RULES) == []


def test_a_summary_that_repeats_its_article_is_caught(regulation):
    article = regulation.article("29")
    copied = article.paragraphs[0].text
    problems = style.check(regulation, entry("29", copied), [], RULES)
    assert [p.field for p in problems] == ["summary_zh"] and "repeats the article" in problems[0].message
    plain = "看到有人搞间谍活动，要马上告诉国家安全机关，打12339也行。"
    assert style.check(regulation, entry("29", plain), [], RULES) == []


def test_an_english_sentence_over_28_words_is_caught(regulation):
    long = " ".join(["word"] * 29) + "."
    problems = style.check(regulation, entry("29", "看到有人搞间谍活动，要马上告诉国家安全机关。", long), [], RULES)
    assert [p.field for p in problems] == ["summary_en"] and "29 words" in problems[0].message


def test_a_circular_definition_is_caught_in_both_languages():
    assert style.circular_zh("管制空域", "由空中交通管理部门实施管制的空域。未经批准不得飞行。")
    assert style.circular_en("controlled airspace", "Airspace under the control of air traffic management departments.")
    assert style.circular_zh("处罚", "行政机关依法对违法行为给予的处罚。")


def test_a_definition_that_explains_is_not_circular():
    assert not style.circular_zh(
        "管制空域", "需要经过空中交通管理部门批准才能飞行的那部分天空。不是禁飞区：获得批准就可以飞。"
    )
    assert not style.circular_en(
        "controlled airspace", "The part of the sky where flying needs approval from air traffic management."
    )
    assert not style.circular_zh("查验", "查验就是检查、核实。")  # "X 就是 …": what follows explains
    assert not style.circular_zh("重点单位", "本条例中“反间谍安全防范重点单位”的简称。")
    assert not style.circular_zh("网格员", "社区或者村里分片负责走访、登记和上报情况的工作人员。")
    assert not style.circular_en("personal information", "Information relating to an identifiable natural person.")


def test_glossary_problems_name_the_term_and_field(regulation):
    bad = term("管制空域", "controlled airspace", "由空中交通管理部门实施管制的空域。", "Airspace that is controlled.")
    problems = style.check(regulation, {}, [bad], RULES)
    assert [str(p).split(":")[0:2] for p in problems] == [
        ["term t", " field 'definition_zh'"],
        ["term t", " field 'definition_en'"],
    ]


def test_the_shipped_content_has_no_style_problems(regulation, editorial):
    problems = style.check(regulation, editorial.articles, editorial.glossary, style.load_rules(CONTENT))
    assert [str(p) for p in problems] == []


def test_draft_builds_mark_style_problems_on_the_summary(tmp_path, regulation):
    content = tmp_path / "content" / "reg"
    shutil.copytree(CONTENT, content)
    shutil.copy(CONTENT.parent / style.STYLE_FILE, content.parent / style.STYLE_FILE)
    path = content / "editorial" / "articles" / "chapter-4.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    art = next(a for a in data["articles"] if a["number"] == 25)
    art["summary_zh"] = "重点单位发现不明飞行物要告诉国安。"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    draft = load_editorial(content, regulation, draft=True)
    assert "【编辑检查" in draft.article("25").summary_zh and "国安" in draft.article("25").summary_zh
    assert any("article 25: field 'summary_zh': '国安'" in w for w in draft.warnings)
    strict = load_editorial(content, regulation)
    assert "编辑检查" not in strict.article("25").summary_zh  # strict builds warn, not mark
    assert any("'国安'" in w for w in strict.warnings)
