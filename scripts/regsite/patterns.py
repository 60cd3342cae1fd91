"""Regular expressions for the structural lines of a Chinese statute, shared by normaliser and parser.

Each pattern is applied to one *normalised* logical line (full-width punctuation, no stray
spaces); the normaliser also uses them on raw lines, after collapsing white space.
"""

from __future__ import annotations

import re

from .cjk import CJK_PUNCT, HAN_CHARS
from .numerals import NUMERAL_CHARS

N = f"[{NUMERAL_CHARS}]+"  # a Chinese numeral: 三十二

# 第二编 审判程序 — part (编) heading above chapters: label, optional space, title.
PART = re.compile(rf"^第(?P<num>{N})编\s*(?P<title>\S.*)?$")
# 第一分编 通则 — sub-part (分编) heading inside a part; numbering restarts in every part.
SUBPART = re.compile(rf"^第(?P<num>{N})分编\s*(?P<title>\S.*)?$")
# 第三章 法律责任 — chapter heading: label, optional space, title.
CHAPTER = re.compile(rf"^第(?P<num>{N})章\s*(?P<title>\S.*)?$")
# 第一节 一般规定 — section heading inside a chapter.
SECTION = re.compile(rf"^第(?P<num>{N})节\s*(?P<title>\S.*)?$")
# 附则 alone on its line: an unnumbered division (after the last 编 of the civil code or the
# criminal law) that holds articles directly. Spaces are already removed ("附 则" -> "附则").
UNNUMBERED = re.compile(r"^(?P<title>附则)$")
# 第十二条之一 正文… — article: label, optional 之X suffix, then the first paragraph (may be empty).
ARTICLE = re.compile(rf"^第(?P<num>{N})条(?:之(?P<suffix>{N}))?(?:\s+|(?=\S)|$)(?P<body>.*)$")
# （一）正文 — item (项); full-width brackets after normalisation, half-width tolerated before.
ITEM = re.compile(rf"^[（(]\s*(?P<num>{N})\s*[）)]\s*(?P<body>.*)$")
# （一）至（三）项所列… / （一）、（二）项… / （三）项规定的… — a paragraph that starts by citing
# items of the article, not an item: the label is followed by 至（…）, 、（…） or 项 — but not by a
# word that begins with 项 (（一）项目介绍…, （三）项目法人依法终止…: items whose text starts so).
WORDS_WITH_XIANG = "目链圈"  # 项目, 项链, 项圈
ITEM_CITATION = re.compile(rf"^[（(]{N}[）)](?:项(?![{WORDS_WITH_XIANG}])|[至、][（(]{N}[）)])")
# 1. 正文 / 1．正文 — sub-item (目) inside an item; ``mark`` keeps the separator as printed. A digit
# right after the mark is a decimal number ("1.5倍"), not a sub-item.
SUBITEM = re.compile(r"^(?P<num>[0-9]{1,3})(?P<mark>[.．])(?![0-9０-９])\s*(?P<body>\S.*)$")
# Anything that looks like a structural label but may be malformed: 第1条, 第１章, 第一 二条 …
# Only numeral-like characters may stand between 第 and the unit, so that a paragraph opening
# with "第一款规定的条件" is text, not a broken heading.
HEADING_LIKE = re.compile(rf"^第[\s0-9０-９{NUMERAL_CHARS}]{{1,8}}(?:章|节|条|编|分编)")
# 附件：… / 附件1 … / 附表一 / 附录A / 附件 — an annex heading, when it comes after the last article.
ANNEX = re.compile(r"^附[件表录]")
# 目录 / 目 录 — table of contents heading (spaces already removed by the caller).
TOC = re.compile(r"^目录$")

# The head (lines above the first heading or article): promulgation notice, title, notes.
# A statute's name ends with the word for its type, optionally followed by a bracketed
# qualifier: 中华人民共和国国歌法, 某某省实施办法, 某某办法（试行）.
TITLE_END = re.compile(
    r"(?:法|法典|条例|规定|办法|细则|规则|决定|规程|章程|准则|纲要|意见|通则|守则|解释|修正案)(?:（[^（）]*）)?$"
)
# Sentence punctuation: a line holding it is a sentence (a note, the notice), not a name.
SENTENCE_PUNCT = re.compile(r"[。，；：]")
# 2024年5月30日…, 二〇二四年… — a line that starts with a date is a note or the notice's date.
DATE_START = re.compile(r"^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年")
# Lines of a promulgation notice that are neither a sentence nor a date: the notice's name
# (…常务委员会公告, 中华人民共和国主席令) and its number (第12号, 第十二号).
NOTICE = re.compile(rf"(?:公告|令)$|^第[0-9０-９{NUMERAL_CHARS}]+号$")
# A clause of a note that spans lines starts with a date or with 根据 (根据…决定修正): it is
# joined to the previous line with a space, as the clauses of a one-line note are.
NOTE_CLAUSE = re.compile(rf"{DATE_START.pattern}|^根据")

# Han ideographs and CJK / full-width punctuation: the neighbours that make a space or a
# half-width mark "inside Chinese text".
CJK_OR_PUNCT = f"{HAN_CHARS}{CJK_PUNCT}"

# A logical line that ends here is complete: a page break after it is a real paragraph break.
TERMINAL = "。；：！？…”’」』"

# Headings of the divisions above articles, in the order they nest.
DIVISIONS = (PART, SUBPART, CHAPTER, SECTION, UNNUMBERED)


def is_heading(line: str) -> bool:
    """True for a division heading: 编, 分编, 章, 节 or the unnumbered 附则."""
    return any(p.match(line) for p in DIVISIONS)


def starts_body(line: str) -> bool:
    """True for the first kind of line of the body: a division heading or an article."""
    return is_heading(line) or bool(ARTICLE.match(line))


def is_item(line: str) -> bool:
    """True for an item line （一）…, but not for a paragraph citing items （一）至（三）项…."""
    return bool(ITEM.match(line)) and not ITEM_CITATION.match(line)


def is_structural(line: str) -> bool:
    """True for lines that start a new unit: division heading, article, item or sub-item."""
    return starts_body(line) or is_item(line) or bool(SUBITEM.match(line))


def last_article_index(lines: list[str]) -> int | None:
    """Index of the last 第X条 line: annexes (附件 …) can only start after it."""
    return max((i for i, text in enumerate(lines) if ARTICLE.match(text)), default=None)
