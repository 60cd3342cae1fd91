"""Self-tests: the quiz data, its validation, the quiz pages (with and without JavaScript), the
embed's completion message in a cross-origin portal, and the printed quiz sheets."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import SOURCE

from regsite.build import build, generate
from regsite.editorial import load_editorial
from regsite.errors import SourceError
from regsite.load import load
from regsite.localweb import serve_folder
from regsite.quiz import WHOLE, chapter_key, counts, quiz_keys
from regsite.site import Site

QUIZ = SOURCE.parent / "editorial" / "quiz.yml"


def copy_content(tmp_path: Path) -> Path:
    content = tmp_path / SOURCE.parent.name
    shutil.copytree(SOURCE.parent, content)
    return content


def edit_quiz(content: Path, change) -> None:
    path = content / "editorial" / "quiz.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["questions"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


# ------------------------------------------------------------------------------------------ data


def test_the_quiz_covers_every_chapter_with_every_kind_in_both_languages(loaded, editorial):
    site = Site(loaded, editorial)
    quiz = editorial.quiz
    assert len(quiz) >= 40
    per_chapter = counts(site)
    for chapter in loaded.regulation.chapters:
        need = 4 if len(chapter.article_keys) >= 3 else 1
        assert per_chapter[f"chapter-{chapter.key}"]["total"] >= need, chapter.key
    assert per_chapter[WHOLE]["total"] == len(quiz)
    assert {q.kind for q in quiz} == {"single", "multiple", "true-false"}
    assert all(q.has_english for q in quiz)
    # an explanation names the article it rests on, in each language
    for q in quiz:
        article = loaded.regulation.article(str(q.refs[0].article))
        assert article.label in q.explanation_zh, q.id
        assert f"Article {article.key}" in q.explanation_en, q.id


def test_a_reference_to_a_provision_that_does_not_exist_fails_naming_file_and_question(tmp_path, loaded):
    content = copy_content(tmp_path)

    def break_refs(questions):
        questions[0]["refs"] = [{"article": 99}]
        questions[1]["refs"] = [{"article": 2, "paragraph": 3}]  # article 2 has one paragraph
        questions[2]["refs"] = [{"article": 24, "paragraph": 2, "item": 9}]  # 24(2) has six items

    edit_quiz(content, break_refs)
    with pytest.raises(SourceError) as err:
        load_editorial(content, loaded.regulation)
    message = str(err.value)
    assert "quiz.yml" in message
    assert "article 99 does not exist" in message
    assert "第二条 has 1 paragraph(s), not 3" in message
    assert "paragraph 2 of 第二十四条 has 6 item(s), not 9" in message
    # the generator (what `make site` runs) stops with the same error and writes nothing
    docs = tmp_path / "docs"
    with pytest.raises(SourceError, match="article 99 does not exist"):
        build(content / "source.txt", docs)
    assert not docs.exists() or not any(docs.iterdir())


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda q: q[0]["options"][0].update(correct=True), "exactly 1"),
        (lambda q: q.__setitem__(0, {**q[0], "kind": "true-false"}), "statement_is_true and no options"),
        (lambda q: q[0].pop("question_en"), "English given for part of the question"),
        (lambda q: q.append(dict(q[0])), "duplicated question id"),
    ],
)
def test_malformed_questions_are_refused(tmp_path, loaded, change, expected):
    content = copy_content(tmp_path)
    edit_quiz(content, change)
    with pytest.raises(SourceError, match=re.escape(expected)) as err:
        load_editorial(content, loaded.regulation)
    assert "quiz.yml" in str(err.value)


def test_without_quiz_data_there_are_no_quiz_pages_sheets_or_links(tmp_path):
    from regsite.handouts import all_handouts

    content = copy_content(tmp_path)
    (content / "editorial" / "quiz.yml").unlink()
    pages, _ = generate(content / "source.txt")
    assert not [p for p in pages if "quiz" in p]
    assert not [p for p, text in pages.items() if re.search(r"quiz[/-]", text)]
    loaded = load(content / "source.txt")
    site = Site(loaded, load_editorial(content, loaded.regulation))
    assert quiz_keys(site) == []
    assert not [h for h in all_handouts(site, None) if h.name.startswith("quiz")]


def test_a_question_goes_to_the_chapter_of_its_first_reference(loaded, editorial):
    site = Site(loaded, editorial)
    for q in editorial.quiz:
        first = loaded.regulation.article(str(q.refs[0].article))
        assert chapter_key(site, q) == first.chapter
    assert quiz_keys(site) == [WHOLE] + [f"chapter-{c.key}" for c in loaded.regulation.chapters]


# ----------------------------------------------------------------------------------------- pages


def test_quiz_pages_exist_in_both_languages_and_are_linked(built_site, regulation):
    for lang in ("", "en/"):
        index = (built_site / f"{lang}quiz/index.html").read_text(encoding="utf-8")
        for chapter in regulation.chapters:
            assert f'href="chapter-{chapter.key}.html"' in index
            page = (built_site / f"{lang}chapters/chapter-{chapter.key}.html").read_text(encoding="utf-8")
            assert f'href="../quiz/chapter-{chapter.key}.html"' in page
        assert (built_site / f"{lang}quiz/all.html").exists()
        assert (built_site / f"{lang}embed/quiz-all.html").exists()
    data = (built_site / "en/data.html").read_text(encoding="utf-8")
    assert "regsite-quiz-complete" in data and "quiz-embed" in data


def answer(question, letters: set[str]) -> None:
    """Tick the options of ``question`` (a locator) whose value is in ``letters``, then check."""
    for box in question.locator("input").all():
        if box.get_attribute("value") in letters:
            box.check()
    question.locator(".quiz-check").click()


def correct_values(question) -> set[str]:
    return {i.get_attribute("value") for i in question.locator("input[data-correct]").all()}


@pytest.mark.browser
def test_answering_a_quiz_gives_feedback_with_the_provision_then_a_score(chromium, server, editorial):
    page = chromium.new_page()
    page.goto(f"{server}/quiz/chapter-2.html")
    questions = page.locator("fieldset.quiz-q")
    n = questions.count()
    assert n == 4
    # every question is a fieldset with a legend; the answers in <details> are hidden with JS on
    assert page.locator("fieldset.quiz-q > legend").count() == n
    assert page.locator("details.quiz-answer:visible").count() == 0
    first = questions.nth(0)
    first.locator(".quiz-check").click()
    assert first.locator(".quiz-feedback").inner_text().strip() == "请先选择答案。"
    wrong = next(i.get_attribute("value") for i in first.locator("input:not([data-correct])").all())
    answer(first, {wrong})
    feedback = first.locator(".quiz-feedback")
    assert feedback.get_attribute("role") == "status"  # announced
    text = feedback.inner_text()
    assert text.startswith("回答不正确。")
    q = next(q for q in editorial.quiz if f"q-{q.id}" == first.get_attribute("id"))
    assert q.explanation_zh[:30] in text
    link = feedback.locator(".quiz-refs a").first
    href = link.get_attribute("href")
    assert href == "../articles/article-8.html#art-8-p-1"
    assert first.locator("label.quiz-is-wrong").count() == 1
    assert first.locator("label.quiz-is-correct").count() == 1
    # the link leads to the paragraph
    link.click()
    page.wait_for_url("**/articles/article-8.html#art-8-p-1")
    assert page.locator("#art-8-p-1").is_visible()
    page.go_back()
    page.goto(f"{server}/quiz/chapter-2.html")
    questions = page.locator("fieldset.quiz-q")
    # second run: the first question wrong again, the second by keyboard, the rest right
    first = questions.nth(0)
    answer(first, {wrong})
    second = questions.nth(1)
    values = correct_values(second)
    for box in second.locator("input").all():
        if box.get_attribute("value") in values:
            box.focus()
            page.keyboard.press("Space")
    second.locator(".quiz-check").focus()
    page.keyboard.press("Enter")
    assert second.locator(".quiz-feedback").inner_text().startswith("回答正确。")
    assert page.locator(".quiz-result").inner_text().strip() == ""
    for i in range(2, n):
        answer(questions.nth(i), correct_values(questions.nth(i)))
    result = page.locator(".quiz-result")
    assert result.get_attribute("role") == "status"
    assert f"得分：{n - 1} / {n}" in result.inner_text()
    assert "建议重读：第八条" in result.inner_text()
    assert result.locator("a").get_attribute("href") == "../articles/article-8.html"
    # start again: everything cleared
    page.locator(".quiz-restart").click()
    assert page.locator(".quiz-feedback:not(:empty)").count() == 0
    assert page.locator("form.quiz input:checked").count() == 0
    assert page.locator(".quiz-result").inner_text().strip() == ""
    page.close()


@pytest.mark.browser
def test_without_javascript_the_answers_are_in_disclosure_elements(chromium, server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/en/quiz/chapter-4.html")
    questions = page.locator("fieldset.quiz-q")
    assert questions.count() >= 4
    assert page.locator(".quiz-check:visible").count() == 0  # nothing that would not work
    details = page.locator("details.quiz-answer")
    assert details.count() == questions.count()
    details.first.locator("summary").click()
    shown = details.first.inner_text()
    assert "Correct answer:" in shown and "Based on:" in shown
    context.close()


@pytest.mark.browser
def test_the_embedded_quiz_reports_completion_to_a_cross_origin_portal(chromium, built_site, tmp_path):
    """The portal code of the data page, as is, on another origin: the reader finishes the quiz in
    the frame and the portal records the result (its POST is caught here)."""
    from regsite.embeds import quiz_portal_example

    site_httpd, site = serve_folder(built_site)
    portal_dir = tmp_path / "portal"
    portal_dir.mkdir()
    code = quiz_portal_example(site, "en/embed/quiz-chapter-8.html", "Self-test", "/training/quiz-results", "en")
    (portal_dir / "index.html").write_text(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head>'
        f"<body><h1>Training portal</h1>{code}</body></html>",
        encoding="utf-8",
    )
    portal_httpd, portal = serve_folder(portal_dir)
    assert portal.split(":")[-1] != site.split(":")[-1]  # two origins
    page = chromium.new_page()
    recorded: list[dict] = []

    def record(route):
        recorded.append(json.loads(route.request.post_data or "{}"))
        route.fulfill(status=204)

    page.route("**/training/quiz-results", record)
    try:
        page.goto(f"{portal}/index.html")
        frame = page.frame_locator("iframe[data-regsite-embed]")
        questions = frame.locator("fieldset.quiz-q")
        questions.first.wait_for()
        n = questions.count()
        assert frame.locator(".md-header, .md-sidebar").count() == 0  # chrome-less
        wrong_first = frame.locator("fieldset.quiz-q").first.locator("input:not([data-correct])").first
        wrong_first.check()
        questions.first.locator(".quiz-check").click()
        for i in range(1, n):
            answer(questions.nth(i), correct_values(questions.nth(i)))
        for _ in range(50):
            if recorded:
                break
            page.wait_for_timeout(100)
        assert len(recorded) == 1
        result = recorded[0]
        assert result["quiz"] == "chapter-8" and result["lang"] == "en"
        assert result["total"] == n and result["score"] == n - 1
        assert len(result["answers"]) == n
        assert result["answers"][0]["correct"] is False
        assert all(a["correct"] for a in result["answers"][1:])
        assert all(set(a) == {"id", "answer", "correct"} for a in result["answers"])
        # the reread link opens the full site outside the portal's frame
        assert frame.locator(".quiz-result a").first.get_attribute("target") == "_blank"
    finally:
        page.close()
        portal_httpd.shutdown()
        site_httpd.shutdown()


# ---------------------------------------------------------------------------------------- sheets


def pdf_pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", "", p) for p in out.split("\f") if p.strip()]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_quiz_sheets_put_the_answer_key_on_separate_last_pages(built_site, loaded, editorial, lang):
    """Every question (stem) before the key; no answer before it; the key, from a page of its
    own, gives every question's answer in order."""
    from regsite.quiz import quiz_view

    site = Site(loaded, editorial)
    key_title = "答案与解析" if lang == "zh" else "Answersandexplanations"
    answer_label = "正确答案：" if lang == "zh" else "Correctanswer:"
    for key in quiz_keys(site):
        pdf = built_site / "handouts" / f"quiz-{key}.{lang}.pdf"
        pages = pdf_pages(pdf)
        first_key_page = next(i for i, p in enumerate(pages) if key_title in p)
        assert first_key_page >= 1, f"{pdf.name}: the key starts on page 1"
        assert pages[first_key_page].split(key_title)[0].count(answer_label) == 0  # the key opens its page
        before, after = "".join(pages[:first_key_page]), "".join(pages[first_key_page:])
        assert answer_label not in before, f"{pdf.name}: an answer among the questions"
        view = quiz_view(site, key, "quiz/x.md", lang)
        position = 0
        for q in view["questions"]:
            stem = re.sub(r"\s+", "", q["text"])[:20]
            assert stem in before, f"{pdf.name}: question {q['n']} not before the key"
            answer = re.sub(r"\s+", "", q["answer"])
            entry = f"{q['n']}.{answer_label}{answer}"
            found = after.find(entry, position)
            assert found >= 0, f"{pdf.name}: {entry} missing from the key or out of order"
            position = found


def test_quiz_pages_link_their_sheets(built_site):
    zh = (built_site / "quiz/chapter-4.html").read_text(encoding="utf-8")
    en = (built_site / "en/quiz/chapter-4.html").read_text(encoding="utf-8")
    assert 'href="../handouts/quiz-chapter-4.zh.pdf"' in zh
    assert 'href="../../handouts/quiz-chapter-4.en.pdf"' in en


ANTHEM_QUIZ = """
questions:
  - id: anthem-name
    kind: single
    refs: [{article: 2}]
    question_zh: 中华人民共和国国歌是哪一首歌？
    question_en: Which song is the national anthem of the People's Republic of China?
    options:
      - {zh: 《义勇军进行曲》, en: March of the Volunteers, correct: true}
      - {zh: 《东方红》, en: The East Is Red}
      - {zh: 《歌唱祖国》, en: Ode to the Motherland}
    explanation_zh: 第二条规定，中华人民共和国国歌是《义勇军进行曲》。
    explanation_en: Article 2 says the national anthem is the March of the Volunteers.
  - id: anthem-flag-raising
    kind: true-false
    refs: [{article: 4, paragraph: 1, item: 4}]
    question_zh: 升国旗仪式上应当奏唱国歌。
    statement_is_true: true
    explanation_zh: 第四条第四项把升国旗仪式列为应当奏唱国歌的场合。
"""


def test_a_statute_without_chapters_gets_one_quiz_and_english_says_what_is_untranslated(tmp_path):
    """Another statute (no chapters), a quiz with a question that has no English yet."""
    from conftest import REGULATIONS, build_site

    content = tmp_path / "anthem"
    (content / "editorial").mkdir(parents=True)
    shutil.copy(REGULATIONS / "national-anthem-law-2017" / "source.txt", content / "source.txt")
    (content / "editorial" / "quiz.yml").write_text(ANTHEM_QUIZ, encoding="utf-8")
    site = build_site(content / "source.txt", tmp_path / "proj", site_url=None)
    assert sorted(p.name for p in (site / "quiz").glob("*.html")) == ["all.html", "index.html"]
    zh = (site / "quiz/all.html").read_text(encoding="utf-8")
    en = (site / "en/quiz/all.html").read_text(encoding="utf-8")
    assert zh.count('<fieldset class="quiz-q"') == 2
    assert en.count('<fieldset class="quiz-q"') == 1
    assert "1 question(s) of this quiz have no English yet" in en
    assert 'href="../articles/article-4.html#art-4-p-1-i-4"' in zh  # the item it rests on
    assert 'data-article-href="../articles/article-4.html">第四条第四项</a>' in zh  # one paragraph: no 第一款
    assert "quiz/index.html" in (site / "index.html").read_text(encoding="utf-8")  # in the navigation
    assert sorted(p.name for p in (site / "handouts").glob("quiz-*.pdf")) == ["quiz-all.en.pdf", "quiz-all.zh.pdf"]
