"""The head of a statute (the lines above its first heading or article): notice, title, notes.

Official databases print it in several ways: a bare title; a title and adoption / amendment notes
in brackets (one line, or one （…） spanning several lines) or without them (one note a line, the
last one sometimes closing a bracket that was never opened); a promulgation notice above the title
(…常务委员会公告, 第12号, the notice sentence, the issuing body, a date). None of these is an
error: only a heading-like line that fits no form, or a head with no possible title, is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import SourceError
from .normalize import Line
from .patterns import DATE_START, HEADING_LIKE, NOTE_CLAUSE, NOTICE, SENTENCE_PUNCT, TITLE_END

OPEN, CLOSE = "（(", "）)"


@dataclass(frozen=True)
class Head:
    """The head split into its parts; ``notes`` are without their outer brackets."""

    preamble: tuple[str, ...]
    title: str
    notes: tuple[str, ...]


def split_head(head: list[Line], path: Path | str, first_body_line: int) -> Head:
    """Find the title among the head lines; lines above it are the preamble, lines below it notes."""
    if not head:
        raise SourceError(
            "no title before the first heading or article (expected the statute's name on the first line)",
            path=path,
            line=first_body_line,
        )
    for ln in head:
        if HEADING_LIKE.match(ln.text):
            raise SourceError(
                f"'{ln.text[:20]}' looks like a heading but fits no known form "
                "(expected 第X编, 第X章, 第X节 or 第X条 with a Chinese numeral)",
                path=path,
                line=ln.number,
            )
    at = _title_index([ln.text for ln in head])
    if at is None:
        raise SourceError(
            f"no title: '{head[0].text[:20]}' … are notes or a notice "
            "(expected the statute's name, e.g. a line ending with 法 or 条例)",
            path=path,
            line=head[0].number,
        )
    texts = [ln.text for ln in head]
    return Head(tuple(texts[:at]), texts[at], extract_notes(texts[at + 1 :]))


def _title_index(texts: list[str]) -> int | None:
    """The first line that names a statute; failing that, the first that is no note or notice."""
    candidates = [i for i, text in enumerate(texts) if not _is_note_or_sentence(text)]
    named = [i for i in candidates if TITLE_END.search(texts[i])]
    if named:
        return named[0]
    return next((i for i in candidates if not NOTICE.search(texts[i])), None)


def _is_note_or_sentence(text: str) -> bool:
    return text[:1] in OPEN or bool(DATE_START.match(text) or SENTENCE_PUNCT.search(text))


def extract_notes(lines: list[str]) -> tuple[str, ...]:
    """Notes from the lines below the title: one per unbracketed line, one per （…） group.

    A group spanning several lines is joined (with a space before a clause that starts with a
    date or 根据, as on one line); outer brackets are removed, also a lone opening one and an
    unbalanced closing one at the end of an unbracketed line."""
    notes: list[str] = []
    group: list[str] = []
    for text in lines:
        if group or text[:1] in OPEN:
            group.append(text)
            if _depth("".join(group)) <= 0:
                notes.extend(_unbracket(_join(group)))
                group = []
        else:
            notes.append(_drop_unbalanced_close(text))
    if group:
        notes.extend(_unbracket(_join(group)))
    return tuple(note for note in notes if note)


def _depth(text: str) -> int:
    """Opening minus closing brackets."""
    return sum(ch in OPEN for ch in text) - sum(ch in CLOSE for ch in text)


def _join(lines: list[str]) -> str:
    out = lines[0]
    for text in lines[1:]:
        out += (" " if NOTE_CLAUSE.match(text) else "") + text
    return out


def _unbracket(text: str) -> list[str]:
    """``（A）`` -> ``[A]``; ``（A）（B）`` -> ``[A, B]``; ``（A`` (never closed) -> ``[A]``."""
    groups: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                groups.append(text[start + 1 : i].strip())
        elif depth == 0:
            return [text]  # text outside the brackets: keep the note as printed
    if depth:  # a lone opening bracket: the note was never closed
        groups.append(text[start + 1 :].strip())
    return groups


def _drop_unbalanced_close(text: str) -> str:
    """The last of several unbracketed notes may end with the ） of a bracket never opened."""
    if text[-1:] in CLOSE and _depth(text) < 0:
        return text[:-1].rstrip()
    return text
