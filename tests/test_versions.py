"""Versions: the Counterespionage Law of 2014 beside that of 2023, aligned by content.

The alignments below were checked by hand, reading both texts: renumbered articles (the
definition of espionage moved from article 38 to article 4), articles merged into one list
(2014 articles 29, 31 and 33 are items of 2023 article 60), an article split in two (2014
article 11 became 2023 articles 44 and 42), and what was deleted or added."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT

from regsite.errors import SourceError
from regsite.library import alone
from regsite.versions import align, load_versions, marked

CEL = ROOT / "content" / "counterespionage-law"

# 2014 article -> 2023 article, one to one (checked by hand)
SAME_ARTICLE = {
    "1": "1",
    "2": "2",
    "3": "6",  # 主管机关
    "4": "7",  # citizens' duty
    "5": "3",  # lawful conduct, human rights
    "6": "10",  # liability of foreign and domestic actors (wording unchanged)
    "7": "9",  # protection and rewards
    "8": "23",
    "9": "24",  # identity checks
    "10": "43",  # entering places
    "11": "44",  # priority use and requisition
    "12": "37",  # technical investigation measures
    "13": "25",  # inspection of electronic devices
    "14": "45",
    "15": "30",  # sealing up, seizing, freezing
    "16": "22",
    "17": "11",
    "18": "40",
    "20": "46",  # protection of those who assist
    "21": "16",  # reporting
    "22": "32",
    "23": "8",
    "24": "14",
    "25": "15",
    "26": "52",
    "28": "55",  # coerced abroad, then confessed
    "35": "68",
    "36": "62",
    "37": "69",
    "38": "4",  # the definition of espionage, from the supplementary provisions to the front
    "39": "70",
}


@pytest.fixture(scope="module")
def alignment():
    site = alone(CEL / "source.txt").site("counterespionage-law")
    (revision,) = site.revisions
    return site, revision, revision.alignment


def test_the_2014_version_is_found_and_parsed():
    (version,) = load_versions(CEL)
    assert version.date.isoformat() == "2014-11-01"
    assert len(version.regulation.articles) == 40


def test_articles_are_aligned_by_content_renumbered_ones_included(alignment):
    _, _, a = alignment
    assert a.old_to_new == SAME_ARTICLE
    assert a.unchanged == {"10"}


def test_merged_split_deleted_and_added_articles(alignment):
    _, _, a = alignment
    assert a.carried["29"] == ["60"] and a.carried["31"] == ["60"] and a.carried["33"] == ["60"]
    assert a.carried["19"] == ["12"]  # the duty of organisations, now part of their principal duty
    assert a.carried["34"] == ["66"]  # foreigners: leave or be deported
    assert a.drawn["42"] == ["11"]  # priority on public transport, split from 2014 article 11
    assert a.drawn["53"] == ["27"]  # criminal liability for espionage
    assert a.drawn["61"] == ["32"]  # holding state secrets or spy equipment
    assert a.removed == ["40"]  # the commencement clause that also repealed the 1993 law
    for new in ("5", "17", "18", "19", "20", "21", "49", "71"):  # coordination, key units, technology …
        assert new in a.added
    # every article of both texts is accounted for, exactly once as such
    old_keys = set(a.old_to_new) | set(a.carried) | set(a.removed) | {o for v in a.drawn.values() for o in v}
    assert old_keys == {str(n) for n in range(1, 41)}


def test_changes_within_an_article_are_marked_character_by_character():
    old, new = marked("保障公民和组织的合法权益。", "保障个人和组织的合法权益。")
    assert old == [[("same", "保障"), ("del", "公民"), ("same", "和组织的合法权益。")]]
    assert new == [[("same", "保障"), ("ins", "个人"), ("same", "和组织的合法权益。")]]
    old, new = marked("甲。\n乙。", "甲。\n乙丙。")
    assert len(old) == len(new) == 2 and ("ins", "丙") in new[1]


def test_the_what_changed_page(alignment):
    from regsite.render import render_changes

    site, revision, _ = alignment
    zh = render_changes(site, revision, "zh")
    assert "# 2023年修订前后对照" in zh
    assert "修改30条（其中条号变动29条），未改动1条，新增32条；原条文删除1条，并入其他条文7条。" in zh
    assert '<section class="change change-changed" id="art-4"' in zh and "原第三十八条" in zh
    assert "保障<del>公民</del>和组织" in zh and "保障<ins>个人</ins>和组织" in zh
    assert '<section class="change change-carried" id="old-art-29"' in zh and "内容并入现第六十条" in zh
    en = render_changes(site, revision, "en")
    assert "What changed in the 2023 revision" in en and "was Article 38" in en
    # chapters of the newer text, in order, then the earlier articles deleted or taken in
    assert zh.index("第一章") < zh.index("第六章") < zh.index('id="gone"')


def test_each_article_says_what_the_revision_did_to_it(alignment):
    site, _, _ = alignment
    reg = site.regulation
    line = site.history(reg.article("4"), "articles/article-4.md", "zh")
    assert line == {"text": "2023年修订：原第三十八条，有修改", "href": "../changes/2014-11-01.html#art-4"}
    assert site.history(reg.article("10"), "articles/article-10.md", "en")["text"] == (
        "2023 revision: was Article 6, wording unchanged"
    )
    assert site.history(reg.article("5"), "articles/article-5.md", "zh")["text"] == "2023年修订：新增条文"
    assert site.history(reg.article("60"), "articles/article-60.md", "zh")["text"].endswith(
        "；并入了原第二十九条、第三十条、第三十一条、第三十三条的内容"
    )


def test_a_statute_without_versions_has_no_history():
    site = alone(ROOT / "content" / "jiangxi-counter-espionage-2024" / "source.txt").site(
        "jiangxi-counter-espionage-2024"
    )
    assert site.revisions == [] and site.history(site.regulation.articles[0], "x.md", "zh") is None


def test_a_version_file_must_be_named_by_its_date(tmp_path):
    folder = tmp_path / "law"
    (folder / "versions").mkdir(parents=True)
    shutil.copy(CEL / "versions" / "2014-11-01.txt", folder / "versions" / "old.txt")
    with pytest.raises(SourceError, match="YYYY-MM-DD"):
        load_versions(folder)


def test_any_two_versions_align_whatever_their_numbering():
    """The same text aligns with itself, every article unchanged."""
    reg = load_versions(CEL)[0].regulation
    a = align(reg, reg)
    assert a.unchanged == {x.key for x in reg.articles} and not (a.added or a.removed or a.carried or a.drawn)
