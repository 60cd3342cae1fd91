"""The plain summaries explain rather than repeat (figures from ``regsite.plainness``)."""

from regsite.plainness import (
    AT_MOST_OVER,
    OVERLAP_HIGH,
    OVERLAP_MAX_MEDIAN,
    SENTENCE_MAX_EN,
    figures,
    overlap,
    report,
    sentences,
)


def test_overlap_counts_shared_character_pairs():
    article = "任何公民和组织发现间谍行为，应当及时向国家安全机关举报。"
    assert overlap(article, article) == 1.0
    assert overlap("看到有人搞间谍活动，要马上告诉国家安全机关。", article) < 0.6
    assert overlap("。", article) == 0.0


def test_english_sentences_are_split_at_their_ends():
    assert sentences("Units must report. They may ask for help! Why? See Article 29.") == [
        "Units must report.",
        "They may ask for help!",
        "Why?",
        "See Article 29.",
    ]


def test_chinese_summaries_explain_rather_than_repeat_the_article(regulation, editorial):
    figs = figures(regulation, editorial)
    assert len(figs) == len(regulation.articles)
    figures_now = report(figs)
    assert figures_now["median_overlap"] <= OVERLAP_MAX_MEDIAN, figures_now
    over = [(f.article, round(f.overlap, 2), f.length_zh) for f in figs if f.overlap > OVERLAP_HIGH]
    assert len(over) <= AT_MOST_OVER, over


def test_english_summary_sentences_are_short(regulation, editorial):
    long = [
        (f.article, f.longest_sentence_en)
        for f in figures(regulation, editorial)
        if f.longest_sentence_en > SENTENCE_MAX_EN
    ]
    assert long == []
