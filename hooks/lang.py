"""Mark Chinese inside English pages with ``lang="zh"`` (and nothing else).

Editorial English often quotes the Chinese (《中华人民共和国国歌法》, 相关法律责任). Screen readers
and fonts need to know those runs are Chinese. Templates mark the blocks they produce; this hook
catches the runs inside prose: every run of Han characters (with the CJK punctuation around it)
in the text of an English page that is not already inside a ``lang="zh…"`` element is wrapped in
``<span lang="zh">``. Tag attributes, scripts and styles are left alone.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from regsite.cjk import HAN_RUN

# One HTML tag (comment, start, end or self-closing) — text lies between these.
TAG = re.compile(r"(<!--.*?-->|<[^>]+>)", re.S)
# Tag name and the lang attribute of a start tag.
START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*?)(/?)>", re.S)
LANG = re.compile(r"""\blang=["']([^"']+)["']""")
END = re.compile(r"</([a-zA-Z][a-zA-Z0-9]*)\s*>")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
RAW = {"script", "style", "svg"}


def mark_chinese(html: str) -> str:
    """Wrap unmarked Chinese runs of ``html`` in ``<span lang="zh">``."""
    stack: list[tuple[str, bool]] = [("root", False)]  # (tag, inside Chinese or raw content)
    out = []
    for piece in TAG.split(html):
        if not piece:
            continue
        if piece.startswith("<!--"):
            out.append(piece)
        elif m := END.fullmatch(piece):
            for i in range(len(stack) - 1, 0, -1):
                if stack[i][0] == m.group(1).lower():
                    del stack[i:]
                    break
            out.append(piece)
        elif m := START.fullmatch(piece):
            tag = m.group(1).lower()
            if tag not in VOID and not m.group(3):
                lang = LANG.search(m.group(2))
                zh = stack[-1][1] or tag in RAW or bool(lang and lang.group(1).lower().startswith("zh"))
                if lang and not lang.group(1).lower().startswith("zh"):
                    zh = tag in RAW
                stack.append((tag, zh))
            out.append(piece)
        elif stack[-1][1]:
            out.append(piece)
        else:
            out.append(HAN_RUN.sub(lambda r: f'<span lang="zh">{r.group(0)}</span>', piece))
    return "".join(out)


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if str(config.theme.get("language", "")).startswith("zh"):
        return html
    return mark_chinese(html)
