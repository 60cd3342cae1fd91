"""Material's stylesheet without the rules no page of the site can use.

Material ships one stylesheet for every feature it has (code highlighting, content tabs, keyboard
keys, banners, consent, tags, the source link…); a statute's site uses a fraction of them, and every
page waits for the whole sheet before it paints. This removes a selector only when it names a class
that nothing in the built site can put on an element:

- the words of every built page and of every script the site ships (Material's bundle included,
  so the classes it adds while a reader searches, opens the drawer or scrolls stay);
- a word that ends in ``-`` or ``_`` (a script that writes ``"rs-" + kind``) keeps every class it
  begins, so classes built at run time stay as well.

A selector is judged only by the classes it requires: classes inside ``:not()``, ``:is()`` and any
other parentheses are not looked at (``:not(.x)`` matches more when ``.x`` is missing, not less).
Everything else is kept as it is: element and attribute selectors, ``@font-face``, ``@keyframes``;
``@media`` and ``@supports`` blocks are pruned inside and dropped when empty. A rule list is never
reordered, so the cascade is unchanged.

Why by hand: the tools made for this (PurgeCSS, UnCSS) run on Node, which the build does not need
otherwise; this is the same rule over ``tinycss2``, the parser WeasyPrint already brings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import tinycss2

WORD = re.compile(r"[A-Za-z_][\w-]*")
CLASS = re.compile(r"\.(-?[A-Za-z_][\w-]*)")
PRUNED_AT_RULES = frozenset({"media", "supports", "layer", "container"})
PAGE_SUFFIXES = (".html", ".js")


class StylesheetError(ValueError):
    """The stylesheet could not be read as CSS."""


class Vocabulary:
    """The words a built site can give an element as a class."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.prefixes = tuple(sorted(w for w in self.words if w.endswith(("-", "_")) and len(w) > 2))

    @classmethod
    def of_site(cls, site: Path) -> Vocabulary:
        """Every word of every page and script under ``site``."""
        words: set[str] = set()
        for path in site.rglob("*"):
            if path.suffix in PAGE_SUFFIXES and path.is_file():
                words.update(WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
        return cls(words)

    def knows(self, name: str) -> bool:
        return name in self.words or name.startswith(self.prefixes)


def _outside_parentheses(selector: str) -> str:
    out, depth = [], 0
    for ch in selector:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(prelude):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    parts.append(prelude[start:])
    return [p.strip() for p in parts]


def _prune_rules(rules: list, vocabulary: Vocabulary) -> str:
    out = []
    for rule in rules:
        if rule.type == "error":
            raise StylesheetError(f"line {rule.source_line}: {rule.message}")
        if rule.type == "qualified-rule":
            kept = [
                s
                for s in _selectors(tinycss2.serialize(rule.prelude))
                if all(vocabulary.knows(c) for c in CLASS.findall(_outside_parentheses(s)))
            ]
            if kept:
                out.append(",".join(kept) + "{" + tinycss2.serialize(rule.content) + "}")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in PRUNED_AT_RULES:
            inner = _prune_rules(
                tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), vocabulary
            )
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type == "at-rule":
            out.append(tinycss2.serialize([rule]))
    return "".join(out)


def prune(css: str, vocabulary: Vocabulary) -> str:
    """``css`` without the selectors that need a class ``vocabulary`` does not know."""
    return _prune_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), vocabulary)


__all__ = ["StylesheetError", "Vocabulary", "prune"]
