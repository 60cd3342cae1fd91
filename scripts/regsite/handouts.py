"""Printable handouts (PDF): one per chapter and one for the whole regulation, in each language.

The model and editorial data go through ``templates/handout.html.j2`` and ``handout.css`` and are
set by WeasyPrint with Debian's Noto CJK fonts (embedded as subsets). A handout is rebuilt only
when its HTML, stylesheet or the engine version changed (a ``.sha256`` file beside each PDF).
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import segno
from markupsafe import Markup

from .render import Site, environment, strings
from .terms import find_terms

TEMPLATES = Path(__file__).parent / "templates"
PAGE_LABEL = {"zh": '"第 " counter(page) " 页 / 共 " counter(pages) " 页"', "en": '"Page " counter(page) " of " counter(pages)'}


@dataclass(frozen=True)
class Handout:
    name: str  # chapter-4.zh / regulation.en
    lang: str
    html: str

    @property
    def digest(self) -> str:
        import weasyprint

        return hashlib.sha256((self.html + weasyprint.__version__).encode("utf-8")).hexdigest()


def handout_name(chapter: int | None, lang: str) -> str:
    return f"{'regulation' if chapter is None else f'chapter-{chapter}'}.{lang}"


def _article_context(site: Site, key: str, lang: str) -> dict[str, Any]:
    article = site.regulation.article(key)
    entry = site.editorial.article(key)
    official = []
    for p in article.paragraphs:
        if p.text:
            official.append({"cls": "para", "text": p.text})
        for i in p.items:
            official.append({"cls": "item", "text": i.label + i.text})
            official += [{"cls": "subitem", "text": s.label + s.text} for s in i.subitems]
    s = strings()[lang]
    return {
        "id": article.id,
        "label": site.article_label(article, lang),
        "heading": site.heading(article, lang),
        "summary": site.summary(article, lang),
        "official": official,
        "translation": [{"text": tp.text, "items": [f"({n}) {t}" for n, t in enumerate(tp.items, 1)]} for tp in entry.translation],
        "errata": [s["erratum_sentence"].format(paragraph=e.paragraph, source=e.source, correction=e.correction) for e in site.regulation.errata if e.article == key],
    }


def _qr(url: str) -> Markup:
    return Markup(segno.make(url, error="m").svg_inline(scale=4, border=2, title=url))


def render_handout(site: Site, chapter: int | None, lang: str, site_url: str) -> Handout:
    """The HTML of one handout: a chapter (``chapter``) or the whole regulation (``None``)."""
    s = strings()[lang]
    numbers = [c.number for c in site.regulation.chapters] if chapter is None else [chapter]
    prefix = "" if lang == "zh" else f"{lang}/"
    url = site_url.rstrip("/") + "/" + prefix + ("index.html" if chapter is None else f"chapters/chapter-{chapter}.html")
    chapters = []
    keys: list[str] = []
    for n in numbers:
        meta = site.editorial.chapters[n].meta
        chapter_keys = list(site.regulation.chapter(n).article_keys)
        keys += chapter_keys
        chapters.append(
            {
                "id": f"chap-{n}",
                "title": site.chapter_title(n, lang),
                "overview": meta.overview_zh if lang == "zh" else meta.overview_en,
                "articles": [_article_context(site, k, lang) for k in chapter_keys],
            }
        )
    used = []
    for key in keys:
        for term in find_terms(site.regulation.article(key).text, site.editorial.glossary):
            if term not in used:
                used.append(term)
    terms = [
        {"title": t.zh if lang == "zh" else t.en, "other": t.en if lang == "zh" else t.zh, "definition": t.definition_zh if lang == "zh" else t.definition_en}
        for t in used
    ]
    a29 = site.regulation.article(29)
    report = [p.text for p in a29.paragraphs] if lang == "zh" else [p.text for p in site.editorial.article("29").translation]
    meta = site.editorial.meta
    if lang == "zh":
        meta_line = f"{meta.adopted_by_zh}{meta.adopted.year}年{meta.adopted.month}月{meta.adopted.day}日通过，{meta.effective.year}年{meta.effective.month}月{meta.effective.day}日起施行 · 中文"
        regulation_title = site.regulation.title
    else:
        meta_line = f"Adopted {meta.adopted:%-d %B %Y}, in force {meta.effective:%-d %B %Y} · English (unofficial translation with the Chinese original)"
        regulation_title = meta.title_en
    heading = chapters[0]["title"] if chapter is not None else (s["handout_whole"])
    css = (TEMPLATES / "handout.css").read_text(encoding="utf-8") + f"\n@page {{ @bottom-center {{ content: {PAGE_LABEL[lang]}; }} }}\n"
    html = environment().get_template("handout.html.j2").render(
        s=s,
        css=Markup(css),
        title=f"{regulation_title} — {heading}",
        subtitle=meta_line,
        regulation_title=regulation_title,
        regulation_title_zh=site.regulation.title,
        heading=heading,
        whole=chapter is None,
        meta_line=meta_line,
        qr=_qr(url),
        url=url,
        chapters=chapters,
        terms=terms,
        report=report,
        report_source=s["handout_report_source"],
    )
    return Handout(handout_name(chapter, lang), lang, html)


def all_handouts(site: Site, site_url: str) -> list[Handout]:
    out = []
    for lang in ("zh", "en"):
        out.append(render_handout(site, None, lang, site_url))
        out += [render_handout(site, c.number, lang, site_url) for c in site.regulation.chapters]
    return out


def _write_pdf(args: tuple[str, str, str]) -> str:
    import weasyprint

    html, target, digest = args
    tmp = Path(target + ".tmp")
    weasyprint.HTML(string=html).write_pdf(tmp, pdf_variant=None, uncompressed_pdf=False)
    tmp.replace(target)
    Path(target + ".sha256").write_text(digest + "\n", encoding="utf-8")
    return target


def write_handouts(handouts: list[Handout], out: Path, workers: int = 2) -> tuple[int, int]:
    """Write the PDFs that changed into ``out``; return (written, unchanged)."""
    out.mkdir(parents=True, exist_ok=True)
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
    (out / "handouts.json").write_text(json.dumps(sorted(wanted), indent=1) + "\n", encoding="utf-8")
    return len(jobs), len(handouts) - len(jobs)
