"""Cross-references: find them in the text (Chinese and English), then resolve them to ids.

Two steps, as in laws.africa's ``analysis/refs``: ``find_*`` returns ``Reference`` records with
the span and what was written; ``resolve`` turns each into a target (article key, paragraph,
item) or raises ``SourceError`` naming the article that holds an unresolvable reference.

Chinese forms: 本条例第X条, 第X条, 第X条之Y, 第X条第Y款, 第X条第Y款第Z项, 第X条至第Y条,
前款, 前两款, 本条, 本款. A law named before a list of articles is the law of every article in
the list, up to the first punctuation that ends the list (，；。：): 《中华人民共和国网络安全法》第五
十四条、第五十五条 cites two articles of that law; 网络安全法第五十四条 and 刑法第一百一十条 name their
law without title marks; 本法 / 本条例 / 本办法 name the statute itself. English forms (the
translation guide): "Article 31 (of these Regulations)", "paragraph 2 of Article 31", "item (3) of
paragraph 2 of Article 24", "Articles 5 to 7", "the preceding paragraph", "the preceding two
paragraphs", "this Article"; a list followed by "of the … Law of the People's Republic of China"
cites that law ("Article 54 or Article 55 of the Cybersecurity Law of …").

``resolve`` turns a reference into a target in its own statute or, through a ``Laws`` table of
the statutes a site holds and their names, in another; a law the site does not hold gives no
target (the citation stays text, and the build lists it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from .cjk import HAN_CHARS
from .errors import SourceError
from .model import Regulation
from .numerals import NUMERAL_CHARS, to_int

N = f"[{NUMERAL_CHARS}]+"
COUNT = {"两": 2, "二": 2, "三": 3, "四": 4}

# 第三十一条(之一)(第一款)(第二项) / …至第三十三条 — an article reference, optionally narrowed
# to a paragraph and an item, optionally the start of a range.
ZH_ARTICLE = re.compile(
    rf"第(?P<art>{N})条(?:之(?P<suffix>{N}))?"
    rf"(?:第(?P<para>{N})款)?(?:第(?P<item>{N})项)?"
    rf"(?:至第(?P<art2>{N})条)?"
)
# A law named in the text: 《…》, the statute itself (本法, 本条例 …), or a name ending in 法 /
# 条例 / 办法 / 规定 right before 第 (刑法第…; a verb in front, 违反刑法, is not part of it).
ZH_TITLED = re.compile(r"《(?P<title>[^《》]{2,60})》")
# a title that names a statute (《义勇军进行曲》 names a song): what statutes' titles end with
STATUTE_TITLE = re.compile(r"(?:法|条例|办法|规定|细则|决定|规则|章程|通则|准则|纲要|宪法)(?:（[^）]*）)?$")
ZH_SELF = re.compile(r"本(?:条例|法|办法|规定|细则|决定)(?!律)")
ZH_NAMED = re.compile(rf"(?P<name>[{HAN_CHARS}]{{1,16}}?(?:法|条例|办法|规定|细则))(?=第{N}条)")
ZH_CITED_BEFORE = re.compile(rf"^.*第{N}[条款项](?:之{N})?")
ZH_VERBS = re.compile(r"^(?:违反|依照|依据|根据|按照|参照|适用|对照|违背|执行|实施|及|和|或者|或|、|并)+")
# What may stand between the articles of one list; anything else ends the list.
ZH_LIST = re.compile(r"^(?:、|和|及|以及|或者|或|，以及|的)?$")
# 前款 / 前两款 — the paragraph(s) just before the one the reference is in.
ZH_PRECEDING = re.compile(r"前(?P<count>[两二三四])?款")
# 本条 (not 本条例) / 本款 — the article or paragraph the reference is in.
ZH_THIS = re.compile(r"本(?P<unit>条(?!例)|款)")

# "item (3) of paragraph 2 of Article 24", "paragraph 2 of Article 31", "Article 31", "Articles 5 to 7"
EN_ARTICLE = re.compile(
    r"(?:item \((?P<item>\d+)\) of )?(?:paragraph (?P<para>\d+) of )?"
    r"Articles? (?P<art>\d+)(?:-(?P<suffix>\d+))?(?: (?:to|through) (?P<art2>\d+))?"
)
# after a list of articles: the law they belong to ("of the Cybersecurity Law of the People's
# Republic of China", "of this Law", "of these Regulations")
EN_LAW = re.compile(
    r"^ of (?:(?P<self>this Law|these (?:Regulations|Measures|Provisions|Rules)|this Decision)"
    r"|the (?P<title>(?:[A-Z][A-Za-z’'-]* |of |on |the |for |and )*?"
    r"(?:Law|Code|Regulations|Measures|Provisions|Rules)(?: of the People[’']s Republic of China)?))"
)
EN_LIST = re.compile(r"^(?:,| and| or|, and|, or|,? and| to)\s*$")
# the further numbers of "Articles 3, 4 and 5"
EN_MORE = re.compile(r"^(?:,\s*|,? and |,? or )(?P<art>\d+)(?:-(?P<suffix>\d+))?(?!\d)")
# a law named on its own, not after articles ("the Cybersecurity Law of the People's Republic
# of China", "the Law of the People's Republic of China on Guarding State Secrets")
EN_LAW_NAME = re.compile(
    r"(?<=\bthe )(?P<title>(?:[A-Z][A-Za-z’'-]* )*?(?:Law|Code)"
    r" of the People[’']s Republic of China(?: on(?: [A-Z][A-Za-z’'-]*| of| and| the)+)?)"
)
EN_PRECEDING = re.compile(r"the preceding (?:(?P<count>two|three|four) )?paragraphs?")
EN_THIS = re.compile(r"this (?P<unit>Article|paragraph)")
EN_COUNT = {"two": 2, "three": 3, "four": 4}


@dataclass(frozen=True)
class Reference:
    """A reference as written: where it is (article, paragraph, item or None) and its span."""

    article: str
    paragraph: int
    item: int | None
    start: int
    end: int
    text: str
    target_article: str | None  # None: relative to where it stands (前款, 本条)
    target_paragraph: int | None = None
    target_item: int | None = None
    range_end: str | None = None
    preceding: int = 0  # 前款 = 1, 前两款 = 2
    this: str | None = None  # "article" | "paragraph"
    law: str | None = None  # the law named for it, as written (None: not named; SELF: 本法 …)
    whole: bool = False  # a law named without an article: the law itself


@dataclass(frozen=True)
class Target:
    """What a reference points to: an article, and possibly a paragraph and item in it."""

    article: str
    paragraph: int | None = None
    item: int | None = None
    range_end: str | None = None
    paragraphs: tuple[int, ...] = ()  # 前两款: both paragraphs
    statute: str = ""  # another statute of the site (its content folder); "" for the statute itself

    @property
    def id(self) -> str:
        if not self.article:
            return ""  # a whole statute
        anchor = f"art-{self.article}"
        if self.paragraph:
            anchor += f"-p-{self.paragraph}"
            if self.item:
                anchor += f"-i-{self.item}"
        return anchor


def _found(match: re.Match[str], where: tuple[str, int, int | None], *args: Any, **kwargs: Any) -> Reference:
    """A reference found by ``match`` in the text at ``where`` (article, paragraph, item)."""
    return Reference(*where, match.start(), match.end(), match.group(0), *args, **kwargs)


SELF = ""  # Reference.law for 本法 / 本条例 / "this Law": the statute itself


def _laws_zh(text: str) -> list[tuple[int, int, str]]:
    """The laws named in a Chinese text: (start, end, name), SELF for the statute itself."""
    laws = [(m.start(), m.end(), m["title"]) for m in ZH_TITLED.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b, _ in laws)

    laws += [(m.start(), m.end(), SELF) for m in ZH_SELF.finditer(text) if free(m.start(), m.end())]
    for m in ZH_NAMED.finditer(text):
        # a list before the name is not part of it: 本条例第三十一条和网络安全法第四十一条
        name = ZH_VERBS.sub("", ZH_CITED_BEFORE.sub("", m["name"]))
        start = m.end() - len(name)
        if name and not name.startswith("本") and free(start, m.end()):
            laws.append((start, m.end(), name))
    return sorted(laws)


def find_zh(text: str, article: str, paragraph: int, item: int | None = None) -> list[Reference]:
    """References in a Chinese paragraph or item text, in order, not overlapping; each carries the
    law named for its list of articles (``law``)."""
    where = (article, paragraph, item)
    refs: list[Reference] = []
    taken: list[tuple[int, int]] = []
    laws = _laws_zh(text)
    law: str | None = None
    last_end = -1
    for m in ZH_ARTICLE.finditer(text):
        named = [entry for entry in laws if entry[1] == m.start()]
        if named:
            law = named[-1][2]  # the law right before the first article of a list
        elif last_end < 0 or not ZH_LIST.match(text[last_end : m.start()]):
            law = None  # not in the list of the article before: a new list, the statute's own
        last_end = m.end()
        suffix = to_int(m["suffix"]) if m["suffix"] else 0
        key = f"{to_int(m['art'])}-{suffix}" if suffix else str(to_int(m["art"]))
        refs.append(
            _found(
                m,
                where,
                key,
                to_int(m["para"]) if m["para"] else None,
                to_int(m["item"]) if m["item"] else None,
                str(to_int(m["art2"])) if m["art2"] else None,
                law=law,
            )
        )
        taken.append(m.span())
    for start, end, name in laws:  # 《…》 with no article after it: the law itself (not a song)
        if name and text[start] == "《" and not text.startswith("第", end) and STATUTE_TITLE.search(name):
            refs.append(Reference(*where, start, end, text[start:end], None, law=name, whole=True))
    for m in ZH_PRECEDING.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            refs.append(_found(m, where, None, preceding=COUNT.get(m["count"] or "", 1)))
    for m in ZH_THIS.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            refs.append(_found(m, where, None, this="article" if m["unit"] == "条" else "paragraph"))
    return sorted(refs, key=lambda r: r.start)


def find_en(text: str, article: str, paragraph: int, item: int | None = None) -> list[Reference]:
    """References in an English paragraph or item text (forms listed in the module docstring);
    a list of articles followed by "of the … Law" carries that law."""
    where = (article, paragraph, item)
    refs: list[Reference] = []
    pending: list[Reference] = []  # the current list of articles, until its law (if any) is known

    def close(end: int) -> None:
        law = EN_LAW.match(text[end:])
        name = None if law is None else (SELF if law["self"] else law["title"])
        refs.extend(Reference(**{**r.__dict__, "law": name}) for r in pending)
        pending.clear()

    last_end = -1
    for m in EN_ARTICLE.finditer(text):
        if m.start() < last_end:
            continue
        if pending and not EN_LIST.match(text[last_end : m.start()]):
            close(last_end)
        key = f"{m['art']}-{m['suffix']}" if m["suffix"] else m["art"]
        pending.append(
            _found(
                m, where, key, int(m["para"]) if m["para"] else None, int(m["item"]) if m["item"] else None, m["art2"]
            )
        )
        last_end = m.end()
        while m.group(0).startswith("Articles") and (more := EN_MORE.match(text[last_end:])):
            start = last_end + more.start("art")
            last_end += more.end()
            key = f"{more['art']}-{more['suffix']}" if more["suffix"] else more["art"]
            pending.append(Reference(*where, start, last_end, text[start:last_end], key))
    if pending:
        close(last_end)
    cited = [(r.start, r.end) for r in refs]
    for m in EN_LAW_NAME.finditer(text):
        before = text[: m.start()]
        if not re.search(r"(?:Articles?|paragraph|item) [^.;]*of the $", before[-60:] + "") and not any(
            a <= m.start() <= b + 12 for a, b in cited
        ):
            refs.append(Reference(*where, m.start(), m.end(), m.group(0), None, law=m["title"], whole=True))
    for m in EN_PRECEDING.finditer(text):
        refs.append(_found(m, where, None, preceding=EN_COUNT.get(m["count"] or "", 1)))
    for m in EN_THIS.finditer(text):
        refs.append(_found(m, where, None, this=m["unit"].lower()))
    return sorted(refs, key=lambda r: r.start)


class Laws(Protocol):
    """The statutes a site holds, for resolving a reference that names a law."""

    here: str  # the statute whose text is being read

    def slug_for(self, name: str) -> str | None:
        """The statute a law's name (as written: a title, a short name) stands for, or None."""
        ...

    def regulation(self, slug: str) -> Regulation: ...


def resolve(ref: Reference, regulation: Regulation, where: str = "", laws: Laws | None = None) -> Target | None:
    """The target of ``ref``: in its own statute (``regulation``), or in the statute of the site
    that the law it names stands for (``laws``). None when it names a law the site does not hold
    (the citation stays text). Raises ``SourceError`` naming the article when a target that
    should exist does not."""
    statute = ""
    if ref.law:  # a law named (not the statute itself)
        slug = laws.slug_for(ref.law) if laws else None
        if slug is None:
            return None
        if laws is not None and slug != laws.here:
            statute, regulation = slug, laws.regulation(slug)
    if ref.whole:  # the law itself (its home page); the statute naming itself is no link
        return Target("", statute=statute) if statute else None

    def fail(why: str) -> SourceError:
        return SourceError(
            f"article {ref.article}, paragraph {ref.paragraph}: reference '{ref.text}' cannot be resolved: {why}",
            path=where or None,
        )

    if ref.this:
        return Target(ref.article, ref.paragraph if ref.this == "paragraph" else None)
    if ref.preceding:
        first = ref.paragraph - ref.preceding
        if first < 1:
            raise fail(f"paragraph {ref.paragraph} has only {ref.paragraph - 1} paragraph(s) before it")
        return Target(ref.article, first, paragraphs=tuple(range(first, ref.paragraph)))
    if ref.target_article is None:
        raise fail("the reference names no article")
    try:
        article = regulation.article(ref.target_article)
    except KeyError:
        raise fail(f"there is no article {ref.target_article}" + (f" in {statute}" if statute else "")) from None
    if ref.range_end is not None:
        try:
            regulation.article(ref.range_end)
        except KeyError:
            raise fail(f"there is no article {ref.range_end}") from None
        return Target(article.key, range_end=ref.range_end, statute=statute)
    if ref.target_paragraph is not None:
        if not 1 <= ref.target_paragraph <= len(article.paragraphs):
            raise fail(f"article {article.key} has {len(article.paragraphs)} paragraph(s)")
        para = article.paragraphs[ref.target_paragraph - 1]
        if ref.target_item is not None and not 1 <= ref.target_item <= len(para.items):
            raise fail(f"paragraph {ref.target_paragraph} of article {article.key} has {len(para.items)} item(s)")
    elif ref.target_item is not None:
        # 第二百一十一条第一项: statutes cite an item without its paragraph when only one
        # paragraph of the article has items; that paragraph is meant.
        with_items = [p for p in article.paragraphs if p.items]
        if len(with_items) != 1:
            raise fail(
                f"an item reference needs a paragraph: {len(with_items)} paragraphs of article {article.key} have items"
            )
        if not 1 <= ref.target_item <= len(with_items[0].items):
            raise fail(
                f"paragraph {with_items[0].number} of article {article.key} has {len(with_items[0].items)} item(s)"
            )
        return Target(article.key, with_items[0].number, ref.target_item, statute=statute)
    return Target(article.key, ref.target_paragraph, ref.target_item, statute=statute)
