"""The PDF handouts as a reader gets them: every file checked with poppler and zbar."""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
from conftest import SITE_URL

CLOSING = "，。；：、）》”’！？"


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@cache
def text(pdf: Path) -> str:
    return run("pdftotext", "-layout", str(pdf), "-")


def pages(pdf: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(pdf))).group(1))


def handouts(site: Path) -> list[Path]:
    """The handouts of the text (the quiz sheets are not handouts of the text)."""
    return sorted(p for p in (site / "handouts").glob("*.pdf") if not p.name.startswith("quiz-"))


def every_pdf(site: Path) -> list[Path]:
    """Handouts and quiz sheets: what every printed file must get right."""
    return sorted((site / "handouts").glob("*.pdf"))


def test_there_is_a_handout_per_chapter_and_language_and_for_the_whole_text(built_site, regulation):
    """And a quiz sheet for the whole regulation and for every chapter (each has questions)."""
    names = {p.name for p in every_pdf(built_site)}
    expected = {f"chapter-{c.number}.{lang}.pdf" for c in regulation.chapters for lang in ("zh", "en")} | {
        "regulation.zh.pdf",
        "regulation.en.pdf",
    }
    quizzes = ["quiz-all"] + [f"quiz-chapter-{c.number}" for c in regulation.chapters]
    expected |= {f"{q}.{lang}.pdf" for q in quizzes for lang in ("zh", "en")}
    assert names == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_counts_are_sane_and_numbered(built_site, regulation, lang):
    for chapter in regulation.chapters:
        pdf = built_site / "handouts" / f"chapter-{chapter.number}.{lang}.pdf"
        n = pages(pdf)
        assert 2 <= n <= (20 if lang == "zh" else 30), f"{pdf.name}: {n} pages"
        label = f"第{n}页/共{n}页" if lang == "zh" else f"Page{n}of{n}"
        assert label in re.sub(r"\s+", "", text(pdf)), pdf.name
        title = re.sub(r"\s+", "", chapter.label + chapter.title) if lang == "zh" else f"Chapter {chapter.number}"
        for i, page_text in enumerate(text(pdf).split("\f")[:n], 1):
            head = (
                re.sub(r"\s+", "", page_text.strip().splitlines()[0])
                if lang == "zh"
                else page_text.strip().splitlines()[0]
            )
            assert title in head, f"{pdf.name} page {i}: running header {head[:60]!r}"
    whole = pages(built_site / "handouts" / f"regulation.{lang}.pdf")
    assert (15 if lang == "zh" else 30) <= whole <= (80 if lang == "zh" else 150)


def test_fonts_are_embedded_subsets_with_a_cjk_font(built_site):
    for pdf in every_pdf(built_site):
        rows = run("pdffonts", str(pdf)).splitlines()[2:]
        assert rows, pdf.name
        for row in rows:
            emb, sub = row.split()[-5], row.split()[-4]
            assert (emb, sub) == ("yes", "yes"), f"{pdf.name}: {row}"
        assert any("CJK" in row for row in rows), pdf.name


def font_names(pdf: Path, first: int | None = None, last: int | None = None) -> list[str]:
    """The base names of the fonts a PDF (or a page range) uses, without the subset prefix."""
    pages = ["-f", str(first), "-l", str(last)] if first else []
    rows = run("pdffonts", *pages, str(pdf)).splitlines()[2:]
    return [row.split()[0].split("+", 1)[-1] for row in rows]


LATIN_SERIF = re.compile(r"Noto-Serif(-Bold)?$")  # Noto Serif from fonts-noto-core, not Noto Serif CJK


def test_english_text_is_set_in_noto_serif_and_chinese_in_noto_cjk(built_site, regulation):
    """The Latin glyphs of Noto CJK set English badly (a full-width hyphen: "edu ‐ cation"): an
    English handout sets its text in Noto Serif, and its Chinese original in Noto Serif CJK; a
    Chinese handout keeps the CJK fonts and takes only plain ASCII (digits, URLs) from Noto Serif."""
    for chapter in regulation.chapters:
        en = built_site / "handouts" / f"chapter-{chapter.number}.en.pdf"
        body = font_names(en, 2, 2)  # a page of articles only: translation and Chinese original
        assert any(LATIN_SERIF.search(name) and "CJK" not in name for name in body), f"{en.name}: {body}"
        assert "Noto-Serif-CJK-SC" in body, f"{en.name}: {body}"
        zh = built_site / "handouts" / f"chapter-{chapter.number}.zh.pdf"
        assert "Noto-Serif-CJK-SC" in font_names(zh), zh.name
    whole = font_names(built_site / "handouts" / "regulation.zh.pdf")
    assert any("Noto-Serif" in name and "CJK" not in name for name in whole), whole  # 2024年5月30日


def gray_page(pdf: Path, target: Path) -> tuple[int, int, bytes]:
    """The first page as 8-bit gray pixels at 72 dpi (one pixel a point): (width, height, pixels)."""
    run("pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target))
    data = Path(f"{target}.pgm").read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels[: int(width) * int(height)]


def test_the_qr_code_and_its_caption_sit_clear_of_the_header_rule(built_site, tmp_path):
    """The rule under the title block runs below the QR code's caption (it used to strike through
    the address) in every handout and quiz sheet of both languages."""
    for pdf in every_pdf(built_site):
        width, height, pixels = gray_page(pdf, tmp_path / pdf.stem)
        left, right = int(width * 0.1), int(width * 0.9)
        rule = next(
            y
            for y in range(height)
            if sum(1 for x in range(left, right) if pixels[y * width + x] < 128) > 0.95 * (right - left)
        )
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            run("pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"),
        )
        column = [(float(y1), w) for x0, _, y1, w in words if float(x0) > width * 0.7]  # the QR code's column
        end = next((i for i, (_, w) in enumerate(column) if w.endswith(".html")), None)
        assert end is not None, f"{pdf.name}: no address under the QR code in {column}"
        lowest = max(y1 for y1, _ in column[: end + 1])  # the caption ends with the page's address
        assert lowest < rule, f"{pdf.name}: the rule at {rule} pt crosses the caption (down to {lowest:.1f} pt)"


def test_known_articles_are_extractable_in_the_right_language(built_site, regulation, editorial):
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    for chapter in regulation.chapters:
        first = regulation.article(chapter.article_keys[0])
        zh = squeeze(text(built_site / "handouts" / f"chapter-{chapter.number}.zh.pdf"))
        assert squeeze(first.paragraphs[0].text)[:40] in zh
        assert first.label in zh
        en = text(built_site / "handouts" / f"chapter-{chapter.number}.en.pdf")
        words = editorial.article(first.key).translation[0].text.split()[:8]
        assert " ".join(words) in re.sub(r"\s+", " ", en), f"chapter {chapter.number}: {' '.join(words)}"
        assert f"Article {first.key}" in en and "Unofficial translation" in en
        assert squeeze(first.paragraphs[0].text)[:20] in squeeze(en)  # the Chinese original is carried too


def test_article_35_reads_with_its_correction(built_site):
    zh = re.sub(r"\s+", "", text(built_site / "handouts" / "chapter-5.zh.pdf"))
    assert "相关法律责任" in zh and "相关法律律责任。必要时" not in zh


def test_every_handout_has_the_article_29_channels_and_the_terms_used(built_site):
    for pdf in handouts(built_site):
        body = re.sub(r"\s+", "", text(pdf))
        assert "12339" in body, pdf.name
        assert ("本材料中的术语" in body) or ("Termsusedinthishandout" in body), pdf.name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_reporting_box_leads_with_the_channels_then_quotes_the_article(built_site, editorial, lang):
    """Lead sentence, the hotline, the platform's address in full (paper has no links), the note,
    then the article quoted with its source line, in that order."""
    reporting = editorial.meta.reporting
    squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    title = squeeze(reporting.title_zh if lang == "zh" else reporting.title_en)
    whole = squeeze(text(built_site / "handouts" / f"chapter-4.{lang}.pdf"))
    body = whole[whole.rfind(title) :]  # the box comes last, after the chapter's own article 29
    lead = squeeze(reporting.lead_zh if lang == "zh" else reporting.lead_en)
    note = squeeze(reporting.note_zh if lang == "zh" else reporting.note_en)
    source = "以上为《江西省反间谍工作条例》第二十九条原文" if lang == "zh" else "ThetextaboveisArticle29"
    quote = "任何公民和组织发现间谍行为，应当及时向国家安全机关举报；" if lang == "zh" else "where a report is made"
    order = [lead, "12339", "https://www.12339.gov.cn", note, squeeze(quote), source]
    assert all(part in body for part in order), f"chapter-4.{lang}.pdf: missing {[p for p in order if p not in body]}"
    positions = [body.find(part) for part in order]
    assert positions == sorted(positions), f"chapter-4.{lang}.pdf: out of order {positions}"


def test_a_regulation_without_reporting_gets_no_box(loaded, editorial):
    import dataclasses

    from regsite.handouts import render_handout
    from regsite.site import Site

    with_box = render_handout(Site(loaded, editorial), "8", "zh", None).html
    assert '<section class="report"' in with_box and "https://www.12339.gov.cn</span>" in with_box
    bare = dataclasses.replace(editorial, meta=editorial.meta.model_copy(update={"reporting": None}))
    for lang in ("zh", "en"):
        assert 'class="report"' not in render_handout(Site(loaded, bare), "8", lang, None).html


def test_no_line_starts_with_closing_punctuation(built_site):
    for pdf in every_pdf(built_site):
        bad = [line for line in text(pdf).splitlines() if line.strip() and line.strip()[0] in CLOSING]
        assert bad == [], f"{pdf.name}: {bad[:3]}"


def test_no_page_is_blank(built_site):
    for pdf in every_pdf(built_site):
        for i, page_text in enumerate(text(pdf).split("\f")[: pages(pdf)], 1):
            assert len(page_text.strip()) > 40, f"{pdf.name} page {i} is (nearly) blank"


def test_qr_codes_decode_to_the_page_of_the_handout(built_site, tmp_path):
    for pdf in every_pdf(built_site):
        name, lang = pdf.stem.split(".")
        image = tmp_path / f"{pdf.stem}"
        run("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(image))
        decoded = run("zbarimg", "--quiet", "--raw", f"{image}.png").strip()
        if name.startswith("quiz-"):
            page = f"quiz/{name.removeprefix('quiz-')}.html"
        else:
            page = "index.html" if name == "regulation" else f"chapters/{name}.html"
        assert decoded == SITE_URL + ("" if lang == "zh" else "en/") + page


def test_chapter_pages_and_home_link_their_handouts(built_site, regulation):
    for chapter in regulation.chapters:
        assert f'href="../handouts/chapter-{chapter.number}.zh.pdf"' in (
            built_site / f"chapters/chapter-{chapter.number}.html"
        ).read_text(encoding="utf-8")
        assert f'href="../../handouts/chapter-{chapter.number}.en.pdf"' in (
            built_site / f"en/chapters/chapter-{chapter.number}.html"
        ).read_text(encoding="utf-8")
    assert 'href="handouts/regulation.zh.pdf"' in (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="../handouts/regulation.en.pdf"' in (built_site / "en/index.html").read_text(encoding="utf-8")


def test_unchanged_handouts_are_not_rebuilt(tmp_path, loaded, editorial):
    from regsite.handouts import render_handout, write_handouts
    from regsite.site import Site

    site = Site(loaded, editorial)
    batch = [render_handout(site, "8", "zh", SITE_URL), render_handout(site, "8", "en", SITE_URL)]
    assert write_handouts(batch, tmp_path, "test") == (2, 0)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.glob("*.pdf")}
    assert write_handouts(batch, tmp_path, "test") == (0, 2)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.glob("*.pdf")} == before
    changed = [render_handout(site, "8", "zh", "https://intranet.example/law/"), batch[1]]
    assert write_handouts(changed, tmp_path, "test") == (1, 1)
