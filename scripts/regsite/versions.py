"""Earlier versions of a statute, and what changed between a version and the next.

A statute's content folder may hold its earlier texts as ``versions/<date>.txt`` (the day that
version took effect: ``versions/2014-11-01.txt``), parsed like the current ``source.txt``. Articles
are aligned by their text, not their numbers, since revisions renumber (a definition that was
the last-but-two article may move to the front):

1. **One to one.** Every pair of an old and a new article is scored by similarity (rapidfuzz's
   normalised Indel ratio over the text without spaces and punctuation); the best pairs are
   taken first, each article at most once, down to ``SAME``. A pair is *unchanged* when the texts
   are equal, else *changed*; *renumbered* when the numbers differ.
2. **Carried over.** What the first step leaves: an old article most of whose wording (by share of
   its character pairs, ``CARRIED``) is found in a new article was *carried into* it (several old
   articles merged into one new list, each now an item of it),
   and a new article most of whose wording is in an old one was *drawn from* it (split off from
   it). When the new article is free and the wording is shared both
   ways, the two are paired as *changed*.
3. What is left is *removed* (old) or *added* (new).

Changes within an article are marked character by character (difflib's ``SequenceMatcher``: the
standard library's, which needs no language model and fits Chinese, where every character is a
token).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from rapidfuzz import fuzz

from .errors import SourceError
from .load import load
from .model import Regulation

SAME = 0.55  # similarity (0–1) above which two articles are one article revised
CARRIED = 0.5  # share of an article's character pairs found in another: carried into it
NOT_TEXT = re.compile(r"[\s，。；：、（）“”《》！？,.;:()]")
VERSION_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.txt$")


@dataclass(frozen=True)
class Version:
    """An earlier text of a statute: the day it took effect, and its model."""

    date: dt.date
    regulation: Regulation
    path: Path


@dataclass
class Alignment:
    """What became of each article between two versions."""

    old_to_new: dict[str, str] = field(default_factory=dict)  # one to one (changed or unchanged)
    unchanged: set[str] = field(default_factory=set)  # new keys whose text is the old one's
    carried: dict[str, list[str]] = field(default_factory=dict)  # old key -> new keys it went into
    drawn: dict[str, list[str]] = field(default_factory=dict)  # new key -> old keys it came from
    removed: list[str] = field(default_factory=list)  # old keys
    added: list[str] = field(default_factory=list)  # new keys

    @property
    def new_to_old(self) -> dict[str, str]:
        return {n: o for o, n in self.old_to_new.items()}

    def counts(self) -> dict[str, int]:
        changed = [n for n in self.old_to_new.values() if n not in self.unchanged]
        renumbered = [o for o, n in self.old_to_new.items() if o != n]
        return {
            "unchanged": len(self.unchanged),
            "changed": len(changed),
            "renumbered": len(renumbered),
            "added": len(self.added),
            "removed": len(self.removed),
            "carried": len(self.carried),
        }


def load_versions(folder: Path) -> list[Version]:
    """The earlier versions in ``folder / "versions"``, oldest first."""
    versions = []
    for path in sorted((folder / "versions").glob("*.txt")):
        m = VERSION_FILE.match(path.name)
        if not m:
            raise SourceError("an earlier version is named by the day it took effect: YYYY-MM-DD.txt", path=path)
        versions.append(Version(dt.date.fromisoformat(m[1]), load(path).regulation, path))
    return versions


def _plain(text: str) -> str:
    return NOT_TEXT.sub("", text)


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def contained(a: str, b: str) -> float:
    """The share of ``a``'s character pairs that occur in ``b`` (both plain)."""
    mine = _pairs(a)
    return len(mine & _pairs(b)) / len(mine)


def align(old: Regulation, new: Regulation) -> Alignment:
    """Align the articles of ``old`` with those of ``new`` (see the module's docstring)."""
    o_text = {a.key: _plain(a.text) for a in old.articles}
    n_text = {a.key: _plain(a.text) for a in new.articles}
    out = Alignment()
    scored = sorted(
        ((fuzz.ratio(ot, nt) / 100, o, n) for o, ot in o_text.items() for n, nt in n_text.items()),
        key=lambda x: (-x[0], _order(x[1]), _order(x[2])),
    )
    used_new: set[str] = set()
    for score, o, n in scored:
        if score < SAME:
            break
        if o in out.old_to_new or n in used_new:
            continue
        out.old_to_new[o] = n
        used_new.add(n)
    # carried over: old wording found in a new article (merged into it, or revised beyond SAME)
    for o in [a.key for a in old.articles if a.key not in out.old_to_new]:
        share, n = max((contained(o_text[o], n_text[n]), n) for n in n_text)
        if share < CARRIED:
            continue
        if n not in used_new and contained(n_text[n], o_text[o]) >= CARRIED:
            out.old_to_new[o] = n  # the same article, much rewritten
            used_new.add(n)
        else:
            out.carried.setdefault(o, []).append(n)
    for n in [a.key for a in new.articles if a.key not in used_new]:
        share, o = max((contained(n_text[n], o_text[o]), o) for o in o_text)
        if share >= CARRIED:
            out.drawn.setdefault(n, []).append(o)
    out.unchanged = {n for o, n in out.old_to_new.items() if old.article(o).text == new.article(n).text}
    linked_old = set(out.old_to_new) | set(out.carried) | {o for olds in out.drawn.values() for o in olds}
    out.removed = [a.key for a in old.articles if a.key not in linked_old]
    linked_new = used_new | set(out.drawn) | {n for news in out.carried.values() for n in news}
    out.added = [a.key for a in new.articles if a.key not in linked_new]
    return out


def _order(key: str) -> tuple[int, int]:
    number, _, suffix = key.partition("-")
    return int(number), int(suffix or 0)


Run = tuple[str, str]  # ("same" | "del" | "ins", text)


def marked(old: str, new: str) -> tuple[list[list[Run]], list[list[Run]]]:
    """The two texts, line by line, as runs: what only the old has (``del``), what only the new
    has (``ins``), and what both have (``same``), character by character."""
    old_runs: list[Run] = []
    new_runs: list[Run] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            old_runs.append(("same", old[i1:i2]))
            new_runs.append(("same", new[j1:j2]))
            continue
        if i2 > i1:
            old_runs.append(("del", old[i1:i2]))
        if j2 > j1:
            new_runs.append(("ins", new[j1:j2]))
    return _lines(old_runs), _lines(new_runs)


def _lines(runs: list[Run]) -> list[list[Run]]:
    lines: list[list[Run]] = [[]]
    for kind, text in runs:
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append([])
            if part:
                lines[-1].append((kind, part))
    return lines
