"""Regular expressions for the structural lines of a Chinese statute, shared by normaliser and parser.

Each pattern is applied to one *normalised* logical line (full-width punctuation, no stray
spaces); the normaliser also uses them on raw lines, after collapsing white space.
"""

from __future__ import annotations

import re

from .numerals import NUMERAL_CHARS

N = f"[{NUMERAL_CHARS}]+"  # a Chinese numeral: 三十二

# 第三章 法律责任 — chapter heading: label, optional space, title.
CHAPTER = re.compile(rf"^第(?P<num>{N})章\s*(?P<title>\S.*)?$")
# 第一节 一般规定 — section heading inside a chapter.
SECTION = re.compile(rf"^第(?P<num>{N})节\s*(?P<title>\S.*)?$")
# 第十二条之一 正文… — article: label, optional 之X suffix, then the first paragraph (may be empty).
ARTICLE = re.compile(rf"^第(?P<num>{N})条(?:之(?P<suffix>{N}))?(?:\s+|(?=\S)|$)(?P<body>.*)$")
# （一）正文 — item (项); full-width brackets after normalisation, half-width tolerated before.
ITEM = re.compile(rf"^[（(]\s*(?P<num>{N})\s*[）)]\s*(?P<body>.*)$")
# 1. 正文 / 1．正文 — sub-item (目) inside an item.
SUBITEM = re.compile(r"^(?P<num>[0-9]{1,3})[.．]\s*(?P<body>\S.*)$")
# Anything that looks like a structural label but may be malformed: 第…章/节/条/编/分编.
HEADING_LIKE = re.compile(r"^第\s*\S{1,8}?\s*(?:章|节|条|编|分编)")
# 目录 / 目 录 — table of contents heading (spaces already removed by the caller).
TOC = re.compile(r"^目录$")

# Han ideographs and CJK / full-width punctuation: the neighbours that make a space or a
# half-width mark "inside Chinese text".
CJK_CHAR = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026"
CJK = re.compile(f"[{CJK_CHAR}]")
CJK_OR_PUNCT = f"{CJK_CHAR}{CJK_PUNCT}"

# A logical line that ends here is complete: a page break after it is a real paragraph break.
TERMINAL = "。；：！？…”’」』"


def is_structural(line: str) -> bool:
    """True for lines that start a new unit: chapter, section, article, item or sub-item."""
    return bool(CHAPTER.match(line) or SECTION.match(line) or ARTICLE.match(line) or ITEM.match(line) or SUBITEM.match(line))
