"""Read the official text back out of a built page, as a reader's copy-paste would see it."""

from __future__ import annotations

import html
import re

OFFICIAL = re.compile(r'<div class="official-text" lang="zh"[^>]*>(.*?)</div>', re.S)
NOT_TEXT = re.compile(r'<sup class="erratum-ref">.*?</sup>|<a class="para-anchor"[^>]*>.*?</a>', re.S)
TAG = re.compile(r"<[^>]+>")


def official_lines(page_html: str) -> list[str]:
    """Each paragraph / item line of the page's official-text block, markup removed."""
    match = OFFICIAL.search(page_html)
    assert match, "no official-text block on the page"
    body = NOT_TEXT.sub("", match.group(1))
    return [html.unescape(TAG.sub("", p)).strip() for p in body.split("</p>") if TAG.sub("", p).strip()]


class _LangWalker:
    """Collect text whose effective ``lang`` (nearest ancestor's attribute) is ``want`` but which
    contains Han characters."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, want: str) -> None:
        from html.parser import HTMLParser

        walker = self

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in walker.VOID:
                    return
                lang = dict(attrs).get("lang")
                walker.stack.append((tag, lang or walker.stack[-1][1], tag in ("script", "style", "svg")))

            def handle_endtag(self, tag):
                for i in range(len(walker.stack) - 1, 0, -1):
                    if walker.stack[i][0] == tag:
                        del walker.stack[i:]
                        break

            def handle_data(self, data):
                _, lang, skip = walker.stack[-1]
                if not skip and not any(s[2] for s in walker.stack) and lang.split("-")[0] == want and re.search(r"[\u3400-\u9fff]", data):
                    walker.bad.append(data.strip()[:40])

        self.parser = Parser()
        self.stack: list[tuple[str, str, bool]] = [("root", "", False)]
        self.bad: list[str] = []


def han_text_marked_as(page_html: str, lang: str) -> list[str]:
    """Text runs containing Chinese characters whose effective language is ``lang``."""
    walker = _LangWalker(lang)
    walker.parser.feed(page_html)
    return walker.bad
