"""Printable handouts (PDF): one per chapter and one for the whole regulation, in each language,
and the quiz sheets (one per quiz of ``quiz.py``).

The model and editorial data go through ``templates/handout.html.j2`` and ``handout.css`` and are
set by WeasyPrint with Debian's Noto fonts, embedded as subsets: Noto Serif / Sans CJK for Chinese,
Noto Serif / Sans (``fonts-noto-core``) for Latin text (see ``handout.css``). A handout is rebuilt
only when its HTML, stylesheet or the engine version changed (a ``.sha256`` file beside each PDF).
"""

from __future__ import annotations

import hashlib
import json
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import segno
from markupsafe import Markup

from .quiz import quiz_keys, quiz_sheet_name, quiz_view
from .site import Site, date_text
from .templating import environment, erratum_text, strings, use_kind
from .terms import find_terms
from .textrows import CIRCLED, text_lines
from .urls import page_path, page_url

TEMPLATES = Path(__file__).parent / "templates"
PAGE_LABEL = {
    "zh": '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
    "en": '"Page " counter(page) " of " counter(pages)',
}


@dataclass(frozen=True)
class Handout:
    name: str  # chapter-4.zh / regulation.en
    lang: str
    html: str

    @property
    def digest(self) -> str:
        import weasyprint

        return hashlib.sha256((self.html + weasyprint.__version__).encode("utf-8")).hexdigest()


def handout_name(chapter: str | None, lang: str) -> str:
    return f"{'regulation' if chapter is None else f'chapter-{chapter}'}.{lang}"


def _article_context(site: Site, key: str, lang: str, web: str) -> dict[str, Any]:
    """One article for a handout: its lines (each paragraph numbered ① ② when there are
    several, as on the web pages) and, with a public address, the address of its web page."""
    article = site.regulation.article(key)
    s = strings()[lang]
    numbered = len(article.paragraphs) > 1

    def lines(text_lang: str) -> list[dict[str, str]]:
        return [
            {
                "cls": line.cls,
                "num": CIRCLED[line.paragraph - 1] if numbered and line.cls == "para" and line.paragraph <= 20 else "",
                "text": line.label + line.text,
            }
            for line in text_lines(site, article, text_lang)
        ]

    return {
        "id": article.id,
        "key": article.key,
        "label": site.article_label(article, lang),
        "heading": site.heading(article, lang),
        "summary": site.summary(article, lang),
        "official": lines("zh"),
        "translation": lines("en"),
        "errata": [erratum_text(e, s) for e in site.regulation.errata if e.article == key],
        "url": f"{web}{page_url('article', key, lang)}" if web else "",
    }


def _groups(site: Site, chapter: str | None, lang: str, web: str) -> list[dict[str, Any]]:
    """The chapters of a handout (one, or all), each with its articles; a statute without
    chapters is one group."""
    reg = site.regulation
    if not reg.chapters:
        return [
            {
                "id": "articles",
                "title": "",
                "overview": None,
                "articles": [_article_context(site, a.key, lang, web) for a in reg.articles],
            }
        ]
    groups = []
    for c in reg.chapters if chapter is None else [reg.chapter(chapter)]:
        meta = site.editorial.chapter(c.key)
        groups.append(
            {
                "id": c.id,
                "title": site.chapter_title(c, lang),
                "overview": meta.overview_zh if lang == "zh" else meta.overview_en,
                "articles": [_article_context(site, k, lang, web) for k in c.article_keys],
            }
        )
    return groups


def _qr(url: str) -> Markup:
    return Markup(segno.make(url, error="m").svg_inline(scale=4, border=2, title=url))


def _printed_channel(channel: dict[str, Any]) -> dict[str, Any]:
    """A reporting channel as paper shows it: no links, so the address is printed in full, in place
    of a value that only repeats it (the bare host name); a phone channel shows its number (from
    ``tel:`` when no value is given)."""
    href = channel["href"] or ""
    value = channel["value"]
    address = None
    if channel["phone"]:
        value = value or href.removeprefix("tel:")
    elif href.startswith(("http://", "https://")):
        parts = urlsplit(href)
        address = href.removesuffix("/") if parts.path == "/" and not parts.query and not parts.fragment else href
    elif href.startswith("mailto:"):
        address = href.removeprefix("mailto:")
    if address and value and _bare(value) == _bare(address):
        value = None
    return {"label": channel["label"], "value": value, "address": address, "phone": channel["phone"]}


def _bare(address: str) -> str:
    """An address without scheme, ``www.`` and trailing slash, to tell whether a value repeats it."""
    return re.sub(r"^(https?://|mailto:)?(www\.)?", "", address.strip().lower()).rstrip("/")


def _report(site: Site, lang: str) -> dict[str, Any] | None:
    """The reporting box (``reporting`` in ``regulation.yml``): the lead sentence and the channels
    first, then the article the regulation names, quoted with its source. None when the regulation
    names no reporting article, the handouts leave the box out, or an English handout has no
    translation of the article to quote."""
    meta = site.editorial.meta
    if meta.reporting is None or not meta.handouts.reporting:
        return None
    article = site.regulation.article(str(meta.reporting.article))
    translation = site.entry(article).translation
    box = site.reporting("index.md", lang)  # the box's words; its links are for web pages, not paper
    if box is None or (lang == "en" and translation is None):
        return None
    paragraphs = [p.text for p in article.paragraphs] if lang == "zh" else [p.text for p in translation or []]
    # an English handout without an English heading names the article, not a Chinese heading
    title = meta.reporting.title_zh if lang == "zh" else meta.reporting.title_en
    label = (
        f"《{site.title('zh')}》{article.label}"
        if lang == "zh"
        else f"{site.article_label(article, lang)} of the {site.title('en')}"
    )
    return {
        "title": title or site.article_label(article, lang),
        "lead": box["lead"],
        "channels": [_printed_channel(c) for c in box["channels"]],
        "note": box["note"],
        "paragraphs": paragraphs,
        "source": strings()[lang]["handout_report_source"].format(article=label),
    }


def _meta_line(site: Site, lang: str) -> str:
    """Adopted by …, on …; in force since … (the parts that ``regulation.yml`` gives)."""
    meta = site.editorial.meta
    parts = []
    if lang == "zh":
        if meta.adopted:
            parts.append(f"{meta.adopted_by_zh or ''}{date_text(meta.adopted, lang)}通过")
        if meta.effective:
            parts.append(f"{date_text(meta.effective, lang)}起施行")
        return "，".join(parts) + (" · " if parts else "") + "中文"
    if meta.adopted:
        parts.append(f"Adopted {date_text(meta.adopted, lang)}")
    if meta.effective:
        parts.append(f"in force {date_text(meta.effective, lang)}")
    language = (
        "English (unofficial translation with the Chinese original)"
        if site.editorial.has_translation
        else "English pages, Chinese text"
    )
    return ", ".join(parts) + (" · " if parts else "") + language


def render_handout(site: Site, chapter: str | None, lang: str, site_url: str | None) -> Handout:
    """The HTML of one handout: a chapter (its key) or the whole regulation (``None``). Without a
    public address the handout carries no QR code and no URL."""
    s = strings()[lang]
    web = site_url.rstrip("/") + "/" if site_url else ""
    url = web + (page_url("home", None, lang) if chapter is None else page_url("chapter", chapter, lang)) if web else ""
    chapters = _groups(site, chapter, lang, web)
    used = []
    for group in chapters:
        for a in group["articles"]:
            for term in find_terms(site.regulation.article(a["key"]).text, site.editorial.glossary):
                if term not in used:
                    used.append(term)
    terms = (
        [
            {
                "title": t.zh if lang == "zh" else t.en,
                "other": t.en if lang == "zh" else t.zh,
                "definition": t.definition_zh if lang == "zh" else t.definition_en,
            }
            for t in used
        ]
        if site.editorial.meta.handouts.terms
        else []
    )
    meta_line = _meta_line(site, lang)
    regulation_title = site.title(lang)
    heading = chapters[0]["title"] if chapter is not None else (s["handout_whole"])
    html = _html(
        "handout.html.j2",
        lang,
        url,
        title=f"{regulation_title} — {heading}",
        subtitle=meta_line,
        regulation_title=regulation_title,
        regulation_title_zh=site.regulation.title,
        heading=heading,
        whole=chapter is None,
        meta_line=meta_line,
        chapters=chapters,
        terms=terms,
        report=_report(site, lang),
        annexes=site.regulation.annexes if chapter is None else (),
        has_translation=site.editorial.has_translation,
    )
    return Handout(handout_name(chapter, lang), lang, html)


def _html(template: str, lang: str, url: str, **context: Any) -> str:
    """A handout's HTML: the template with the interface words, the print stylesheet (page
    numbers in the language) and, with a public address, the QR code to ``url``."""
    css = (TEMPLATES / "handout.css").read_text(encoding="utf-8")
    css += f"\n@page {{ @bottom-center {{ content: {PAGE_LABEL[lang]}; }} }}\n"
    return (
        environment()
        .get_template(template)
        .render(s=strings()[lang], css=Markup(css), qr=_qr(url) if url else "", url=url, **context)
    )


def render_quiz_sheet(site: Site, key: str, lang: str, site_url: str | None) -> Handout:
    """A printable quiz (``quiz.py``): the questions with boxes to tick, then, from a new page,
    the answer key with the explanations. The QR code leads to the quiz page."""
    s = strings()[lang]
    page = page_path("quiz", key, lang)
    url = f"{site_url.rstrip('/')}/{page_url('quiz', key, lang)}" if site_url else ""
    quiz = quiz_view(site, key, page, lang)
    html = _html(
        "quiz_sheet.html.j2",
        lang,
        url,
        title=f"{site.title(lang)} — {quiz['title']}",
        regulation_title=site.title(lang),
        quiz=quiz,
        count=s["quiz_count"].format(count=len(quiz["questions"])),
    )
    return Handout(f"{quiz_sheet_name(key)}.{lang}", lang, html)


def all_handouts(site: Site, site_url: str | None) -> list[Handout]:
    """The handouts and the quiz sheets, in both languages."""
    out = []
    for lang in ("zh", "en"):
        out.append(render_handout(site, None, lang, site_url))
        if site.editorial.meta.handouts.chapters:
            out += [render_handout(site, c.key, lang, site_url) for c in site.regulation.chapters]
        out += [render_quiz_sheet(site, key, lang, site_url) for key in quiz_keys(site)]
    return out


def _write_pdf(args: tuple[str, str, str]) -> str:
    import weasyprint

    html, target, digest = args
    tmp = Path(target + ".tmp")
    weasyprint.HTML(string=html).write_pdf(tmp, pdf_variant=None, uncompressed_pdf=False)
    tmp.replace(target)
    Path(target + ".sha256").write_text(digest + "\n", encoding="utf-8")
    return target


def write_handouts(
    handouts: list[Handout],
    out: Path,
    regulation_id: str,
    workers: int = 2,
    images: dict[str, bytes] | None = None,
) -> tuple[int, int]:
    """Write the PDFs that changed into ``out`` (and ``images``, the share previews, by name) and
    remove every other PDF there; the listing ``handouts.json`` names the regulation, so a site
    build never ships another one's handouts. Return (written, unchanged) PDFs."""
    out.mkdir(parents=True, exist_ok=True)
    for name, data in (images or {}).items():
        path = out / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    jobs = []
    for h in handouts:
        target = out / f"{h.name}.pdf"
        stamp = out / f"{h.name}.pdf.sha256"
        digest = h.digest
        if target.exists() and stamp.exists() and stamp.read_text(encoding="utf-8").strip() == digest:
            continue
        jobs.append((h.html, str(target), digest))
    if jobs:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_write_pdf, jobs))
    wanted = {f"{h.name}.pdf" for h in handouts}
    for stale in out.glob("*.pdf"):
        if stale.name not in wanted:
            stale.unlink()
            stale.with_name(stale.name + ".sha256").unlink(missing_ok=True)
    listing = {"regulation": regulation_id, "files": sorted(wanted | set(images or {}))}
    (out / "handouts.json").write_text(json.dumps(listing, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(jobs), len(handouts) - len(jobs)


def publish_handouts(site: Site, out: Path, site_url: str | None) -> tuple[int, int]:
    """Everything the site takes from ``out``: the handouts and quiz sheets (PDF, only those that
    changed) and the share-preview images; the one call of the CLI, the tests and the bench."""
    from .shareimage import share_image
    from .siteconfig import SHARE_IMAGE

    with use_kind(site.kind):
        images = {SHARE_IMAGE.format(lang=lang).split("/")[-1]: share_image(site, lang) for lang in ("zh", "en")}
        handouts = all_handouts(site, site_url)
    return write_handouts(handouts, out, site.slug, images=images)
