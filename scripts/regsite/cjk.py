"""Chinese characters and punctuation: the one definition of the ranges every module uses."""

from __future__ import annotations

import re

# Han ideographs: CJK Unified Ideographs, Extension A, Compatibility Ideographs.
HAN_CHARS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# CJK and full-width punctuation, and the curly quotes Chinese text uses.
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2026"

HAN = re.compile(f"[{HAN_CHARS}]")  # one Han character
HAN_SEQUENCE = re.compile(f"[{HAN_CHARS}]+")  # Han characters only, as jieba segments them
# A run of Chinese text: Han characters with the punctuation inside or around it (to mark lang="zh").
HAN_RUN = re.compile(rf"[{CJK_PUNCT}]*[{HAN_CHARS}](?:[{HAN_CHARS}{CJK_PUNCT}]*[{HAN_CHARS}{CJK_PUNCT}])?")

# Punctuation that separates words for search, Chinese and Latin. The index tokenizer
# (``search_separator``), the clean-up of the index (hooks/search.py) and the query preparation in
# the browser (regsite-search.js, through the generated search data) all use this one list.
SEARCH_PUNCTUATION = '，。、；：？！“”‘’（）《》,:;!?()"/'


def search_separator() -> str:
    """The lunr tokenizer's separator: white space, zero-width spaces (jieba's token boundaries),
    hyphens and ``SEARCH_PUNCTUATION``."""
    return rf"[\s\u200b\-{re.escape(SEARCH_PUNCTUATION)}]+"
