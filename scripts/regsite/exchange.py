"""Translation exchange with translators' own tools: XLIFF 2.0, which every CAT tool reads
(OmegaT, memoQ, Trados, Weblate …), written and read with translate-toolkit rather than by hand.

One unit per translatable line, named by the line's id on the site: each paragraph
(``art-5-p-1``, the paragraph's own text) and each item (``art-5-p-1-i-2``, without its label),
the article headings (``art-5-heading``) and the chapter titles (``chap-3-title``). The source is
the official Chinese, the target the English the site has (empty when there is none).

Importing writes the targets back into the editorial YAML (``editorial/articles/*.yml``) with
ruamel.yaml, which keeps the files' comments, order and quoting: only the values that changed
change. An article is taken only when every one of its paragraph and item units has a target
(the translation must mirror the Chinese); the result is validated exactly as a build validates
it before any file is written, and a file whose values did not change is not rewritten, so a
round trip changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import FoldedScalarString
from translate.storage import xliff2

from .editorial import load_editorial
from .errors import SourceError
from .load import load
from .model import Regulation


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 4096  # never re-wrap a line the editors wrote
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def _units(regulation: Regulation) -> list[tuple[str, str, str]]:
    """(id, Chinese, context) of every translatable line, in the text's order."""
    out = []
    for chapter in regulation.chapters:
        out.append((f"{chapter.id}-title", chapter.title, f"{chapter.label} title".strip()))
    for article in regulation.articles:
        out.append((f"{article.id}-heading", "", f"{article.label} heading"))
        for paragraph in article.paragraphs:
            out.append((paragraph.id, paragraph.text, article.label))
            for item in paragraph.items:
                out.append((item.id, item.text, f"{article.label} {item.label}"))
    return out


def _targets(source: Path) -> tuple[Regulation, dict[str, str]]:
    """The English the site has for each unit."""
    regulation = load(source).regulation
    ed = load_editorial(source.parent, regulation)
    targets: dict[str, str] = {}
    for chapter in regulation.chapters:
        meta = ed.chapters.get(chapter.key)
        if meta and meta.title_en:
            targets[f"{chapter.id}-title"] = meta.title_en
    for article in regulation.articles:
        entry = ed.articles.get(article.key)
        if entry is None:
            continue
        if entry.heading_en:
            targets[f"{article.id}-heading"] = entry.heading_en
        for paragraph, tp in zip(article.paragraphs, entry.translation or [], strict=False):
            targets[paragraph.id] = tp.text
            for item, text in zip(paragraph.items, tp.items, strict=False):
                targets[item.id] = text
    return regulation, targets


def export_xliff(source: Path, out: Path) -> int:
    """Write the statute's translation units to ``out`` (XLIFF 2.0, zh -> en); returns how many."""
    regulation, targets = _targets(source)
    ed = load_editorial(source.parent, regulation)
    store = xliff2.Xliff2File()
    store.setsourcelanguage("zh")
    store.settargetlanguage("en")
    count = 0
    for unit_id, chinese, context in _units(regulation):
        if unit_id.endswith("-heading"):
            key = unit_id.removeprefix("art-").removesuffix("-heading")
            entry = ed.articles.get(key)
            chinese = (entry.heading_zh if entry else None) or ""
            if not chinese:
                continue  # nothing to translate yet
        unit = store.addsourceunit(chinese)
        unit.setid(unit_id)
        unit.addnote(context, origin="developer")
        if unit_id in targets:
            unit.target = targets[unit_id]
        count += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    store.savefile(str(out))
    return count


@dataclass
class ImportReport:
    changed_files: list[Path] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # articles whose translation or heading changed
    incomplete: list[str] = field(default_factory=list)  # articles with some units untranslated


def import_xliff(source: Path, xlf: Path) -> ImportReport:
    """Write the targets of ``xlf`` back into the statute's editorial YAML (see the module)."""
    regulation = load(source).regulation
    store = xliff2.Xliff2File.parsefile(str(xlf))
    got = {u.getid(): (u.target or "").strip() for u in store.getunits() if u.getid()}
    known = {unit_id for unit_id, _, _ in _units(regulation)}
    unknown = sorted(set(got) - known)
    if unknown:
        raise SourceError(f"units this statute does not have: {', '.join(unknown[:5])}", path=xlf)
    folder = source.parent / "editorial" / "articles"
    report = ImportReport()
    y = _yaml()
    edited: dict[Path, Any] = {}
    for path in sorted(folder.glob("*.yml")):
        data = y.load(path.read_text(encoding="utf-8"))
        changed = False
        meta = data.get("chapter") if data else None
        if meta is not None:
            chapter = regulation.chapter(str(meta["number"]))
            title = got.get(f"{chapter.id}-title")
            if title and meta.get("title_en") != title:
                meta["title_en"] = title
                changed = True
        for entry in (data or {}).get("articles") or []:
            article = regulation.article(str(entry["number"]))
            heading = got.get(f"{article.id}-heading")
            if heading and entry.get("heading_en") != heading:
                entry["heading_en"] = heading
                changed = True
                report.articles.append(article.key)
            slots = [got.get(p.id, "") for p in article.paragraphs]
            items = [[got.get(i.id, "") for i in p.items] for p in article.paragraphs]
            filled = [s for s in slots + [x for row in items for x in row] if s]
            if not filled:
                continue
            if len(filled) < len(slots) + sum(len(row) for row in items):
                report.incomplete.append(article.key)
                continue
            if _apply_translation(entry, slots, items):
                changed = True
                if article.key not in report.articles:
                    report.articles.append(article.key)
        if changed:
            edited[path] = data
    if not edited:
        return report
    _validated(source, edited, y)
    for path, data in edited.items():
        with path.open("w", encoding="utf-8") as f:
            y.dump(data, f)
        report.changed_files.append(path)
    return report


def _apply_translation(entry: Any, slots: list[str], items: list[list[str]]) -> bool:
    """Put the texts into the entry's translation in place (the YAML's comments, which ruamel
    keeps with the values, stay where they were); True when anything changed."""
    current = entry.get("translation")
    if not current or len(current) != len(slots):
        entry["translation"] = current = [{} for _ in slots] if not current else current[: len(slots)]
        while len(current) < len(slots):
            current.append({})
    changed = False
    for paragraph, text, row in zip(current, slots, items, strict=True):
        if str(paragraph.get("text") or "").strip() != text:
            folded = isinstance(paragraph.get("text"), FoldedScalarString) or len(text) > 80
            paragraph["text"] = FoldedScalarString(text) if folded else text
            changed = True
        have = paragraph.get("items") or []
        if [str(i or "").strip() for i in have] == row:
            continue
        changed = True
        if not row:
            del paragraph["items"]
        elif len(have) == len(row):
            for j, value in enumerate(row):
                have[j] = value
        else:
            paragraph["items"] = row
    return changed


def _validated(source: Path, edited: dict[Path, Any], y: YAML) -> None:
    """Validate the statute's editorial data as it would be after the import, before writing."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / source.parent.name
        shutil.copytree(source.parent, copy)
        for path, data in edited.items():
            with (copy / path.relative_to(source.parent)).open("w", encoding="utf-8") as f:
                y.dump(data, f)
        load_editorial(copy, load(copy / source.name).regulation)  # raises, naming file and article
