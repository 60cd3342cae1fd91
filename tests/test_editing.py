"""The editors' tools (issue 25), on a statute other than the default (the national anthem law):
`regsite new`, `scaffold`, `status`, the XLIFF round trip; stale entries when a text is revised;
every problem of the editorial data reported at once, and a draft that marks instead of
stopping."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from conftest import CONTENT, REGULATIONS
from translate.storage import xliff2

from regsite.__main__ import main
from regsite.editing import coverage, record_fingerprints, scaffold
from regsite.editorial import EditorialErrors, load_editorial
from regsite.exchange import export_xliff, import_xliff
from regsite.load import load
from regsite.schema import CHECK_MARK, STALE_MARK

ANTHEM = REGULATIONS / "national-anthem-law-2017" / "source.txt"


@pytest.fixture
def anthem(tmp_path) -> Path:
    """`regsite new` then `regsite scaffold`, as an editor starts: returns the new source.txt."""
    assert main(["new", "national-anthem", str(ANTHEM), "--content", str(tmp_path / "content")]) == 0
    source = tmp_path / "content" / "national-anthem" / "source.txt"
    assert main(["scaffold", str(source)]) == 0
    return source


def test_new_fills_regulation_yml_from_the_text(anthem):
    meta = yaml.safe_load((anthem.parent / "regulation.yml").read_text(encoding="utf-8"))
    assert meta["slug"] == "national-anthem"
    assert meta["short_title_zh"] == "国歌法"
    assert str(meta["adopted"]) == "2017-09-01" and str(meta["effective"]) == "2017-10-01"
    assert meta["adopted_by_zh"] == "第十二届全国人民代表大会常务委员会第二十九次会议"


def test_new_refuses_a_folder_that_exists(anthem, capsys):
    assert main(["new", "national-anthem", str(ANTHEM), "--content", str(anthem.parent.parent)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_scaffold_has_a_slot_for_every_paragraph_and_item_and_builds_as_it_is(anthem):
    regulation = load(anthem).regulation
    data = yaml.safe_load((anthem.parent / "editorial" / "articles" / "articles.yml").read_text(encoding="utf-8"))
    assert [e["number"] for e in data["articles"]] == [a.number for a in regulation.articles]
    for entry, article in zip(data["articles"], regulation.articles, strict=True):
        slots = entry["translation"]
        assert len(slots) == len(article.paragraphs), article.key
        assert [len(s.get("items", [])) for s in slots] == [len(p.items) for p in article.paragraphs]
    text = (anthem.parent / "editorial" / "articles" / "articles.yml").read_text(encoding="utf-8")
    assert "# 第四条 在下列场合，应当奏唱国歌" in text  # the text beside its entry
    ed = load_editorial(anthem.parent, regulation)  # blank slots are missing data, not errors
    assert ed.articles["1"].translation is None and ed.articles["1"].heading_zh is None
    assert scaffold(anthem) == []  # never overwrites


def test_status_counts_what_is_written(anthem, capsys):
    path = anthem.parent / "editorial" / "articles" / "articles.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('heading_zh: ""', "heading_zh: 立法目的", 1), encoding="utf-8"
    )
    (row,) = coverage(anthem)
    assert (row.articles, row.headings, row.translated, row.stale, row.unchecked) == (16, (1, 0), 0, 0, 0)
    assert main(["status", str(anthem)]) == 0
    assert "| 中华人民共和国国歌法 | 16 | 1/0 | 0/0 | 0 |" in capsys.readouterr().out


def test_xliff_round_trip_changes_nothing_and_an_import_writes_only_what_changed(anthem, tmp_path):
    folder = anthem.parent / "editorial" / "articles"
    before = {p: p.read_bytes() for p in folder.glob("*.yml")}
    xlf = tmp_path / "anthem.xlf"
    assert export_xliff(anthem, xlf) > 16
    report = import_xliff(anthem, xlf)
    assert report.changed_files == [] and {p: p.read_bytes() for p in folder.glob("*.yml")} == before
    # a translator translates article 4 (a paragraph and its nine items) in a CAT tool
    store = xliff2.Xliff2File.parsefile(str(xlf))
    article = load(anthem).regulation.article("4")
    ids = [article.paragraphs[0].id] + [i.id for i in article.paragraphs[0].items]
    for unit in store.getunits():
        if unit.getid() in ids:
            unit.target = f"English of {unit.getid()}"
        if unit.getid() == "art-2-p-1":
            unit.target = "only article 2"  # complete: one paragraph, no items
    store.savefile(str(xlf))
    report = import_xliff(anthem, xlf)
    assert sorted(report.articles) == ["2", "4"] and report.incomplete == []
    entry = load_editorial(anthem.parent, load(anthem).regulation).articles["4"]
    assert entry.translation[0].text == "English of art-4-p-1"
    assert entry.translation[0].items[8] == "English of art-4-p-1-i-9"
    after = (folder / "articles.yml").read_text(encoding="utf-8")
    assert "# 第四条 在下列场合，应当奏唱国歌" in after and "# （二）各政党、各人民团体" in after  # comments kept
    # exported again and imported again: nothing changes
    again = tmp_path / "again.xlf"
    export_xliff(anthem, again)
    snapshot = (folder / "articles.yml").read_bytes()
    assert import_xliff(anthem, again).changed_files == []
    assert (folder / "articles.yml").read_bytes() == snapshot


def test_an_import_that_would_break_the_data_writes_nothing(anthem, tmp_path):
    xlf = tmp_path / "anthem.xlf"
    export_xliff(anthem, xlf)
    store = xliff2.Xliff2File.parsefile(str(xlf))
    for unit in store.getunits():
        if unit.getid() == "art-1-p-1":
            unit.target = "x"
    unit = store.addsourceunit("不存在")
    unit.setid("art-99-p-1")
    store.savefile(str(xlf))
    before = (anthem.parent / "editorial" / "articles" / "articles.yml").read_bytes()
    with pytest.raises(Exception, match="art-99-p-1"):
        import_xliff(anthem, xlf)
    assert (anthem.parent / "editorial" / "articles" / "articles.yml").read_bytes() == before


def revised(tmp_path: Path) -> Path:
    """The regulation's content with articles 5 and 29 revised in its source text."""
    folder = tmp_path / CONTENT.name
    shutil.copytree(CONTENT, folder)
    source = folder / "source.txt"
    text = source.read_text(encoding="utf-8")
    regulation = load(source).regulation
    for key, old, new in (("5", "本省行政区域内", "全省"), ("29", "及时", "立即")):
        article = regulation.article(key)
        assert old in article.text and text.count(article.text.split("\n")[0]) == 1
        first = article.text.split("\n")[0]
        text = text.replace(first, first.replace(old, new, 1), 1)
    source.write_text(text, encoding="utf-8")
    return source


def test_revising_a_text_makes_exactly_its_entries_stale(tmp_path, capsys):
    source = revised(tmp_path)
    regulation = load(source).regulation
    ed = load_editorial(source.parent, regulation)
    assert set(ed.stale) == {"5", "29"}
    assert ed.stale["5"] == ["heading_zh", "heading_en", "summary_zh", "summary_en", "translation"]
    assert any("article 29:" in w and "earlier text" in w for w in ed.warnings)
    draft = load_editorial(source.parent, regulation, draft=True)
    assert draft.articles["29"].summary_zh.endswith(STALE_MARK)
    assert draft.articles["29"].translation[0].text.endswith(STALE_MARK)
    assert not draft.articles["28"].summary_zh.endswith(STALE_MARK)
    assert main(["stale", str(source)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "article 5: heading_zh, heading_en, summary_zh, summary_en, translation",
        "article 29: heading_zh, heading_en, summary_zh, summary_en, translation",
    ]
    # the editors check article 5 against its new text and say so
    assert record_fingerprints(source, {"5"}) == ["5"]
    assert set(load_editorial(source.parent, regulation).stale) == {"29"}


def test_every_problem_of_every_file_is_reported_at_once(tmp_path):
    folder = tmp_path / CONTENT.name
    shutil.copytree(CONTENT, folder)
    ed = folder / "editorial"
    faq = yaml.safe_load((ed / "faq.yml").read_text(encoding="utf-8"))
    faq["questions"][0]["articles"] = [99]
    del faq["questions"][1]["answer_en"]
    (ed / "faq.yml").write_text(yaml.safe_dump(faq, allow_unicode=True), encoding="utf-8")
    quiz = yaml.safe_load((ed / "quiz.yml").read_text(encoding="utf-8"))
    quiz["questions"][0]["refs"][0]["article"] = 98
    (ed / "quiz.yml").write_text(yaml.safe_dump(quiz, allow_unicode=True), encoding="utf-8")
    path = ed / "articles" / "chapter-1.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("- number: 7", "- number: 70", 1), encoding="utf-8")
    regulation = load(folder / "source.txt").regulation
    with pytest.raises(EditorialErrors) as exc:
        load_editorial(folder, regulation)
    problems = exc.value.problems
    assert len(problems) == 4, problems
    assert any("faq.yml" in p and "article 99" in p for p in problems)
    assert any("faq.yml" in p and "answer_en" in p for p in problems)
    assert any("quiz.yml" in p and "article 98" in p for p in problems)
    assert any("chapter-1.yml" in p and "article 70" in p for p in problems)
    # a draft marks instead of stopping: the FAQ entry without its English answer is shown, marked
    draft = load_editorial(folder, regulation, draft=True)
    marked = next(q for q in draft.faq if q.id == faq["questions"][1]["id"])
    assert CHECK_MARK.split("{")[0] in marked.answer_zh
