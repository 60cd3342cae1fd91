"""Tools for the editors of a statute's content folder (the `regsite` commands ``new``,
``scaffold``, ``status``, ``stale`` and ``fingerprint``).

* ``new_statute``: a content folder from a source text, with ``regulation.yml`` filled from what
  the text states (title, adoption, the day it takes effect, amendment notes).
* ``scaffold``: editorial skeletons per chapter, each article with exactly as many paragraph
  and item slots as its text has and the text alongside as comments; blank slots are missing
  data, not errors, so a scaffolded folder builds (``--draft`` shows what is missing).
* ``coverage``: what is written, per chapter.
* ``record_fingerprints``: writes each entry's ``text_fingerprint`` (the text it was written
  for) into the YAML as a line of its own, leaving every other line as it is.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from .editorial import fingerprint, load_editorial
from .errors import SourceError
from .load import load
from .model import Article, Regulation

DATE = r"(\d{4})年(\d{1,2})月(\d{1,2})日"


def new_statute(slug: str, source: Path, content: Path) -> Path:
    """Create ``content/<slug>/`` with ``source.txt`` and a ``regulation.yml`` filled from the
    parsed text. Refuses an existing folder. Returns the folder."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug):
        raise SourceError(f"'{slug}': a slug is lower-case letters, digits and hyphens")
    folder = content / slug
    if folder.exists():
        raise SourceError("already exists: choose another slug or edit it", path=folder)
    regulation = load(source).regulation  # a text that does not parse stops here, naming its line
    folder.mkdir(parents=True)
    shutil.copy(source, folder / "source.txt")
    (folder / "regulation.yml").write_text(regulation_yml(slug, regulation), encoding="utf-8")
    return folder


def regulation_yml(slug: str, regulation: Regulation) -> str:
    """``regulation.yml`` for a new statute: what its text states, the rest left for editors."""
    facts: dict[str, object] = {"slug": slug}
    short = regulation.title.removeprefix("中华人民共和国")
    if short != regulation.title:
        facts["short_title_zh"] = short
    notes = list(regulation.notes)
    adopted = next((n for n in notes if re.search(DATE + r".*通过", n)), None)
    if adopted:
        m = re.search(DATE + r"(.*?)通过", adopted)
        assert m is not None
        facts["adopted"] = _date(m)
        if m[4].strip():
            facts["adopted_by_zh"] = m[4].strip()
    start = next((m for a in reversed(regulation.articles) if (m := re.search("自" + DATE + "起施行", a.text))), None)
    if start:
        facts["effective"] = _date(start)
    lines = [
        "# Facts about the statute that its text does not state in a parseable form (written by",
        "# `regsite new` from the text; check each, and fill in the English names).",
        yaml.safe_dump(facts, allow_unicode=True, sort_keys=False).rstrip(),
        "title_en:",
        "short_title_en:",
    ]
    if notes:
        lines += ["# the notes of the text, to translate into notes_en:"] + [f"#   {n}" for n in notes]
        lines.append("notes_en: []")
    return "\n".join(lines) + "\n"


def _date(m: re.Match[str]) -> dt.date:
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def _comment(text: str, indent: str, width: int = 90) -> list[str]:
    """``text`` as YAML comment lines (wrapped; a Chinese line has no spaces to wrap at)."""
    out = []
    for line in text.split("\n"):
        out += [f"{indent}# {part}" for part in textwrap.wrap(line, width // 2 if _han(line) else width) or [""]]
    return out


def _han(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _entry(article: Article) -> list[str]:
    lines = _comment(f"{article.label} {article.text}", "  ")
    lines += [
        f"  - number: {article.key}",
        f"    text_fingerprint: {fingerprint(article.text)}",
        '    heading_zh: ""',
        '    heading_en: ""',
        "    audiences: []",
        '    summary_zh: ""',
        '    summary_en: ""',
        "    translation:",
    ]
    for paragraph in article.paragraphs:
        lines += _comment(paragraph.text, "      ")
        lines.append('      - text: ""')
        if paragraph.items:
            lines.append("        items:")
            for item in paragraph.items:
                lines += _comment(item.label + item.text, "          ")
                lines.append('          - ""')
    return lines


def scaffold(source: Path) -> list[Path]:
    """Write the editorial skeletons of the statute of ``source`` that do not exist yet (one per
    chapter, or ``articles.yml``); never overwrites. Returns the files written."""
    regulation = load(source).regulation
    folder = source.parent / "editorial" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    groups: list[tuple[str, str | None, list[Article]]] = []
    if regulation.chapters:
        for chapter in regulation.chapters:
            articles = [regulation.article(k) for k in chapter.article_keys]
            groups.append((f"chapter-{chapter.key}.yml", chapter.key, articles))
    else:
        groups.append(("articles.yml", None, list(regulation.articles)))
    for name, key, articles in groups:
        path = folder / name
        if path.exists():
            continue
        lines = [
            "# Editorial data (written by `regsite scaffold`): blank fields are missing, not errors;",
            "# each article's text is above its entry, each paragraph's and item's above its slot.",
        ]
        if key is not None:
            title = regulation.chapter(key).title
            lines += ["chapter:", f"  number: {key if not key.isdigit() else int(key)}", f'  title_en: ""  # {title}']
            lines += ['  overview_zh: ""', '  overview_en: ""']
        lines.append("articles:")
        for article in articles:
            lines += _entry(article)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written


ENTRY = re.compile(r"^(?P<indent>[ \t]*)- number: (?P<key>[0-9]+(?:-[0-9]+)?)[ \t]*(?:#.*)?$", re.M)


def record_fingerprints(source: Path, keys: set[str] | None = None) -> list[str]:
    """Write the current text's fingerprint into the entries of ``keys`` (all when None):
    the editors have checked them against the text. Returns the articles whose line changed."""
    regulation = load(source).regulation
    changed = []
    for path in sorted((source.parent / "editorial" / "articles").glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        out, pos = [], 0
        for m in ENTRY.finditer(text):
            key = m["key"]
            if keys is not None and key not in keys:
                continue
            try:
                value = fingerprint(regulation.article(key).text)
            except KeyError:
                raise SourceError(f"article {key} does not exist", path=path) from None
            field_indent = m["indent"] + "  "
            after = m.end() + 1
            existing = re.compile(rf"^{re.escape(field_indent)}text_fingerprint:[^\n]*\n", re.M)
            line = f"{field_indent}text_fingerprint: {value}\n"
            old = existing.match(text, after)
            if old:
                if old.group(0) == line:
                    continue
                out.append(text[pos:after] + line)
                pos = old.end()
            else:
                out.append(text[pos:after] + line)
                pos = after
            changed.append(key)
        if out:
            path.write_text("".join(out) + text[pos:], encoding="utf-8")
    return changed


@dataclass(frozen=True)
class Coverage:
    name: str
    articles: int
    headings: tuple[int, int]
    summaries: tuple[int, int]
    translated: int
    glossary: int
    quiz: int
    stale: int
    unchecked: int  # entries without a fingerprint


def coverage(source: Path) -> list[Coverage]:
    """What is written, per chapter (or for the whole statute, without chapters). The editorial
    data must be valid (its problems are reported, all at once, like a build's)."""
    regulation = load(source).regulation
    ed = load_editorial(source.parent, regulation)
    groups = [(f"{c.label} {c.title}" if c.label else c.title, list(c.article_keys)) for c in regulation.chapters]
    groups = groups or [(regulation.title, [a.key for a in regulation.articles])]
    out = []
    for name, keys in groups:
        present = [e for k in keys if (e := ed.articles.get(k)) is not None]
        out.append(
            Coverage(
                name=name,
                articles=len(keys),
                headings=(sum(1 for e in present if e.heading_zh), sum(1 for e in present if e.heading_en)),
                summaries=(sum(1 for e in present if e.summary_zh), sum(1 for e in present if e.summary_en)),
                translated=sum(1 for e in present if e.translation),
                glossary=sum(1 for term in ed.glossary if str(term.article) in keys),
                quiz=sum(1 for q in ed.quiz if any(str(r.article) in keys for r in q.refs)),
                stale=sum(1 for k in keys if k in ed.stale),
                unchecked=sum(1 for e in present if not e.text_fingerprint),
            )
        )
    return out


def coverage_table(rows: list[Coverage]) -> str:
    columns = ["chapter", "articles", "headings zh/en", "summaries zh/en", "translated", "glossary", "quiz"]
    columns += ["stale", "no fingerprint"]
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for r in rows:
        lines.append(
            f"| {r.name} | {r.articles} | {r.headings[0]}/{r.headings[1]} | {r.summaries[0]}/{r.summaries[1]} "
            f"| {r.translated} | {r.glossary} | {r.quiz} | {r.stale} | {r.unchecked} |"
        )
    total = [
        sum(getattr(r, f) for r in rows) for f in ("articles", "translated", "glossary", "quiz", "stale", "unchecked")
    ]
    h = (sum(r.headings[0] for r in rows), sum(r.headings[1] for r in rows))
    s = (sum(r.summaries[0] for r in rows), sum(r.summaries[1] for r in rows))
    lines.append(
        f"| **all** | {total[0]} | {h[0]}/{h[1]} | {s[0]}/{s[1]} | {total[1]} | {total[2]} | {total[3]} "
        f"| {total[4]} | {total[5]} |"
    )
    return "\n".join(lines)


def stale_list(source: Path) -> list[str]:
    """One line per stale entry: the article and the fields written for an earlier text."""
    loaded = load(source)
    ed = load_editorial(source.parent, loaded.regulation)
    return [f"article {k}: {', '.join(fields)}" for k, fields in ed.stale.items()]
