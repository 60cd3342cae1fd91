"""Read the official text back out of a built page, as a reader's copy-paste would see it."""

from __future__ import annotations

import re

from regsite.cjk import HAN

BLOCK = re.compile(r'<div class="(?P<cls>official-text|translation)" lang="[a-z]+"[^>]*>(.*?)</div>', re.S)
# Elements that are not part of the text a reader copies: tooltips, erratum markers, ¶ links.
NOT_TEXT_CLASSES = {"tip", "erratum-ref", "para-anchor"}


def _block_lines(block_html: str) -> list[str]:
    from html.parser import HTMLParser

    lines: list[str] = []
    current: list[str] = []
    skip_depth = [0]
    stack: list[bool] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            classes = set((dict(attrs).get("class") or "").split())
            skipping = bool(classes & NOT_TEXT_CLASSES)
            stack.append(skipping)
            if skipping:
                skip_depth[0] += 1

        def handle_endtag(self, tag):
            if stack and stack.pop():
                skip_depth[0] -= 1
            if tag == "p" and not skip_depth[0]:
                text = "".join(current).strip()
                if text:
                    lines.append(text)
                current.clear()

        def handle_data(self, data):
            if not skip_depth[0]:
                current.append(data)

    parser = Parser(convert_charrefs=True)
    parser.feed(block_html)
    return lines


def official_lines(page_html: str) -> list[str]:
    """Each paragraph / item line of the page's official-text block, as a reader would copy it."""
    blocks = [m for m in BLOCK.finditer(page_html) if m["cls"] == "official-text"]
    assert blocks, "no official-text block on the page"
    return _block_lines(blocks[0].group(0))


def translation_lines(page_html: str) -> list[str]:
    """Each paragraph / item line of the page's translation block."""
    blocks = [m for m in BLOCK.finditer(page_html) if m["cls"] == "translation"]
    assert blocks, "no translation block on the page"
    return _block_lines(blocks[0].group(0))


class _LangWalker:
    """Collect text whose effective ``lang`` (nearest ancestor's attribute) is ``want`` but which
    contains Han characters."""

    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    )

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
                if not skip and not any(s[2] for s in walker.stack) and lang.split("-")[0] == want and HAN.search(data):
                    walker.bad.append(data.strip()[:40])

        self.parser = Parser()
        self.stack: list[tuple[str, str, bool]] = [("root", "", False)]
        self.bad: list[str] = []


def han_text_marked_as(page_html: str, lang: str) -> list[str]:
    """Text runs containing Chinese characters whose effective language is ``lang``."""
    walker = _LangWalker(lang)
    walker.parser.feed(page_html)
    return walker.bad
