"""Normalise the text of a statute as extracted from a PDF, before parsing.

Guarantees (each is tested in ``tests/test_normalize.py``):

1. Line endings: CRLF and CR become LF; a BOM never reaches the output.
2. White space: full-width spaces (U+3000), no-break spaces, tabs and zero-width spaces (U+200B,
   and U+FEFF inside the text) count as spaces; a line holding nothing else is blank; lines are
   stripped; a run of spaces next to a Chinese character or full-width punctuation mark is removed
   ("总 则" -> "总则", "拨打 110 报警" -> "拨打110报警"), except the one space that separates
   a structural label from its text ("第一编 总则", "第一章 总则", "第一条 为了…", "附件1 …"),
   which is always exactly one.
3. Half-width ``, ; : ? !`` next to Chinese text become ``， ； ： ？ ！``; half-width brackets
   around text containing Chinese become full-width (``(一)`` -> ``（一）``). Digits and Latin
   text keep their punctuation (``1,000`` stays).
4. Page-break joins: from the first heading or article on, a content line that does not end with
   a terminal mark (``。；：！？…`` or a closing quote) is joined, with nothing between, to the next
   non-blank line when that line does not start a new unit (part, sub-part, chapter, section,
   附则, article, item, sub-item, annex heading). A line that does end with a terminal mark keeps
   its paragraph break: real paragraph breaks are never merged. Lines above the first heading
   (notice, title, notes) and lines from an annex heading (附件 … after the last article) on are
   never joined. A join whose two sides repeat the same character ("法律" + "律责任") is flagged
   ``suspicious``.
5. The table of contents (目录 and the 编, 分编, 章, 节 and 附则 headings listed under it) is
   skipped, whether it comes before or after the adoption notes; it ends where the first listed
   heading appears again or at the first line that is no heading, and the body must repeat the
   first listed heading. Without a 目录 nothing is skipped.
6. No character other than white space and the punctuation named in 3 is ever changed, added or
   removed; every change is returned as a ``Change`` so that it can be shown to readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .cjk import HAN, HAN_CHARS
from .errors import SourceError
from .patterns import ANNEX, CJK_OR_PUNCT, TERMINAL, TOC, is_heading, is_structural, last_article_index, starts_body

# A run of spaces with a Chinese character or full-width mark on at least one side.
SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK_OR_PUNCT}])[ ]+|[ ]+(?=[{CJK_OR_PUNCT}])")
# Half-width marks next to (possibly spaced) Chinese text, on either side.
HALF_WIDTH_MARK = re.compile(rf"(?<=[{CJK_OR_PUNCT}])\s*([,;:?!])|([,;:?!])(?=\s*[{CJK_OR_PUNCT}])")
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
# Half-width brackets with no nested bracket inside and at least one Han character.
HALF_WIDTH_BRACKETS = re.compile(rf"\(([^()]*[{HAN_CHARS}][^()]*)\)")
# Structural label at the start of a line, whose following space is kept (as exactly one):
# 第一编, 第一分编, 第一章, 第一节, 第一条, 第一条之一, and annex labels 附件1, 附表一, 附录A.
LABEL = re.compile(r"^(第\S+?(?:分编|编|章|节)|第\S+?条(?:之\S+?)?|附[件表录][0-9A-Za-z一二三四五六七八九十]*)(?=\s)")
# White space of any width, zero-width spaces included (U+200B; U+FEFF inside the text).
SPACES = re.compile(r"[\t\u3000\u00a0\u2002-\u200b\u202f\u205f\ufeff\f ]+")
# White space at either end of a raw line, for quoting it in a ``Change``.
EDGE_SPACES = re.compile(rf"^{SPACES.pattern}|{SPACES.pattern}$")


@dataclass(frozen=True)
class Line:
    """A logical line of the normalised text and the source line it starts on (1-based)."""

    text: str
    number: int


@dataclass(frozen=True)
class Change:
    """One normalisation step applied to the source, for the "about this text" page."""

    kind: str  # "join" | "punctuation" | "spacing" | "toc"
    line: int
    before: str
    after: str
    suspicious: bool = False


@dataclass(frozen=True)
class Normalized:
    lines: tuple[Line, ...]
    changes: tuple[Change, ...]
    encoding: str = "utf-8"

    @property
    def body(self) -> str:
        """The normalised text from the first heading (编, 章, …) or article on, one logical line per line."""
        start = next((i for i, ln in enumerate(self.lines) if starts_body(ln.text)), 0)
        return "\n".join(ln.text for ln in self.lines[start:])


def normalize_punctuation(text: str) -> str:
    """Half-width punctuation inside Chinese text -> full-width (guarantee 3)."""
    text = HALF_WIDTH_BRACKETS.sub(lambda m: f"（{m.group(1).strip()}）", text)
    return HALF_WIDTH_MARK.sub(lambda m: FULL_WIDTH[m.group(1) or m.group(2)], text)


def normalize_spacing(text: str) -> str:
    """Collapse spaces, drop those next to Chinese text, keep one after a structural label (guarantee 2)."""
    text = SPACES.sub(" ", text).strip()
    label = LABEL.match(text)
    if label:
        rest = text[label.end() :].strip()
        return f"{label.group(1)} {SPACE_NEAR_CJK.sub('', rest)}".rstrip()
    return SPACE_NEAR_CJK.sub("", text)


def normalize(text: str, path: Path | str = "<input>") -> Normalized:
    """Apply guarantees 1–6 to decoded ``text``; ``path`` is only used in error messages."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    changes: list[Change] = []
    cleaned = [ln for number, original in enumerate(raw, 1) if (ln := _clean_line(number, original, changes))]
    cleaned = _skip_toc(cleaned, changes, path)
    lines = _join_page_breaks(cleaned, changes)
    return Normalized(tuple(lines), tuple(sorted(changes, key=lambda c: c.line)))


def _clean_line(number: int, original: str, changes: list[Change]) -> tuple[int, str] | None:
    """Guarantees 2 and 3 on one source line; ``None`` for a blank line."""
    stripped = SPACES.sub(" ", original).strip()
    if not stripped:
        return None
    original = EDGE_SPACES.sub("", original)
    if original[:1] in "(（" and "\u3000" in original:
        # A full-width space inside a bracketed adoption note separates its clauses
        # ("…通过　2025年…修正"): keep one, as a plain space, instead of closing it up.
        parts = re.split("\u3000+", original)
        inner = "\u3000".join(SPACE_NEAR_CJK.sub("", SPACES.sub(" ", part)) for part in parts)
        final = normalize_punctuation(inner).replace("\u3000", " ")
        changes.append(Change("spacing", number, original, final))
        return number, final
    punct = normalize_punctuation(stripped)
    final = normalize_spacing(punct)
    if punct != stripped:
        changes.append(Change("punctuation", number, original, final))
    elif final != stripped:
        changes.append(Change("spacing", number, original, final))
    return number, final


def _join_page_breaks(cleaned: list[tuple[int, str]], changes: list[Change]) -> list[Line]:
    """Guarantee 4: join a line cut by a page break to the next one, from the body on.

    Nothing is joined before the first heading or article (title, notes, notice), nor after an
    annex heading (an annex is kept line by line)."""
    last_article = last_article_index([text for _, text in cleaned])
    lines: list[Line] = []
    body_started = in_annex = False
    for index, (number, current) in enumerate(cleaned):
        annex = last_article is not None and index > last_article and bool(ANNEX.match(current))
        in_annex = in_annex or annex
        body_started = body_started or starts_body(current)
        if lines and body_started and not in_annex and not is_structural(current) and _joinable(lines[-1].text):
            prev = lines[-1]
            joined = prev.text + current
            suspicious = prev.text[-1] == current[0] and bool(HAN.fullmatch(current[0]))
            changes.append(Change("join", prev.number, f"{prev.text[-12:]}|{current[:12]}", joined, suspicious))
            lines[-1] = Line(joined, prev.number)
        else:
            lines.append(Line(current, number))
    return lines


def _joinable(previous: str) -> bool:
    """A content line (not a heading) that stops mid-sentence continues on the next line."""
    if is_heading(previous):
        return False
    return previous[-1] not in TERMINAL


def _skip_toc(lines: list[tuple[int, str]], changes: list[Change], path: Path | str) -> list[tuple[int, str]]:
    """Drop the 目录 block (guarantee 5)."""
    toc_at = next((i for i, (_, t) in enumerate(lines) if TOC.match(t)), None)
    if toc_at is None:
        return lines
    entries: list[str] = []
    i = toc_at + 1
    while i < len(lines) and is_heading(lines[i][1]):
        if entries and lines[i][1].replace(" ", "") == entries[0].replace(" ", ""):
            break
        entries.append(lines[i][1])
        i += 1
    if not entries:
        expected = "expected e.g. '第一编 总则' or '第一章 总则'"
        raise SourceError(f"目录 is not followed by headings ({expected})", path=path, line=lines[toc_at][0])
    # The 目录 ends where the body repeats its first entry, or at the notes printed after it.
    if not any(text.replace(" ", "") == entries[0].replace(" ", "") for _, text in lines[i:]):
        raise SourceError(
            f"the body never repeats the first 目录 entry '{entries[0]}': cannot tell where the 目录 ends",
            path=path,
            line=lines[toc_at][0],
        )
    first, last = lines[toc_at][0], lines[i - 1][0]
    changes[:] = [c for c in changes if not first <= c.line <= last]  # the 目录 is dropped whole
    changes.append(Change("toc", first, "目录: " + "；".join(entries), ""))
    return lines[:toc_at] + lines[i:]
