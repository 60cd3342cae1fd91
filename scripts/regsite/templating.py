"""Jinja environment, interface words and front matter: how data becomes a page's text.

Templates under ``templates/`` hold the markup and produce the page body; the front matter is
built here from a dict, so no template output is ever re-parsed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
import yaml
from markupsafe import Markup, escape

from .model import Erratum
from .numerals import to_chinese

TEMPLATES = Path(__file__).parent / "templates"
LANGS = ("zh", "en")


# What a statute calls itself (本条例 / these Regulations …): interface words say [[this]],
# [[kind]], [[the]] and get the statute's own words (``statute_kind``, ``use_kind``).
KINDS = {
    "regulation": {
        "zh": {"kind": "条例", "this": "本条例"},
        "en": {"kind": "regulation", "this": "these Regulations", "the": "the regulation"},
    },
    "law": {"zh": {"kind": "法律", "this": "本法"}, "en": {"kind": "law", "this": "this Law", "the": "the law"}},
    "measures": {
        "zh": {"kind": "办法", "this": "本办法"},
        "en": {"kind": "measures", "this": "these Measures", "the": "the measures"},
    },
    "provisions": {
        "zh": {"kind": "规定", "this": "本规定"},
        "en": {"kind": "provisions", "this": "these Provisions", "the": "the provisions"},
    },
    "rules": {
        "zh": {"kind": "细则", "this": "本细则"},
        "en": {"kind": "rules", "this": "these Rules", "the": "the rules"},
    },
    "decision": {
        "zh": {"kind": "决定", "this": "本决定"},
        "en": {"kind": "decision", "this": "this Decision", "the": "the decision"},
    },
}
# the ending of a statute's title -> its kind (办法 before 法: 奖励办法 is measures)
TITLE_KINDS = (
    ("条例", "regulation"),
    ("办法", "measures"),
    ("规定", "provisions"),
    ("细则", "rules"),
    ("决定", "decision"),
    ("法", "law"),
    ("法典", "law"),
)
_KIND: ContextVar[str] = ContextVar("statute_kind", default="regulation")


def statute_kind(title: str) -> str:
    """The kind of a statute from its title: 《…工作条例》 regulation, 《…法》 law …"""
    bare = re.sub(r"（[^（）]*）$", "", title.strip("《》 "))
    return next((kind for ending, kind in TITLE_KINDS if bare.endswith(ending)), "regulation")


@contextmanager
def use_kind(kind: str) -> Iterator[None]:
    """Interface words for a statute of ``kind`` while generating its pages."""
    token = _KIND.set(kind)
    try:
        yield
    finally:
        _KIND.reset(token)


@cache
def _strings_yml() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = yaml.safe_load((TEMPLATES / "strings.yml").read_text(encoding="utf-8"))
    return data


@cache
def _strings_for(kind: str) -> dict[str, dict[str, str]]:
    words = KINDS[kind]
    out: dict[str, dict[str, str]] = {}
    for lang, table in _strings_yml().items():
        fill = words["zh" if lang == "zh" else "en"]

        def word(m: re.Match[str], fill: dict[str, str] = fill) -> str:
            return fill[m.group(1)]

        out[lang] = {k: re.sub(r"\[\[(\w+)\]\]", word, v) for k, v in table.items()}
    return out


def strings() -> dict[str, dict[str, str]]:
    """Interface words per language (``templates/strings.yml``), in the words of the statute
    whose pages are being made (``use_kind``)."""
    return _strings_for(_KIND.get())


def _erratum_fields(e: Erratum | dict[str, Any], s: dict[str, str]) -> dict[str, Any]:
    """The values the erratum sentence names: the paragraph as the page's language numbers it
    (第一款 / paragraph 1), the source words and the correction."""
    values: dict[str, Any] = (
        e if isinstance(e, dict) else {"paragraph": e.paragraph, "source": e.source, "correction": e.correction}
    )
    paragraph = int(values["paragraph"])
    return {
        "paragraph": to_chinese(paragraph) if s["lang"] == "zh" else paragraph,
        "source": values["source"],
        "correction": values["correction"],
    }


def erratum_text(e: Erratum | dict[str, Any], s: dict[str, str]) -> str:
    """The reader-facing sentence for an erratum, as plain text (titles, handouts)."""
    return s["erratum_sentence"].format(**_erratum_fields(e, s))


def erratum_sentence(e: Erratum | dict[str, Any], s: dict[str, str]) -> Markup:
    """The reader-facing sentence for an erratum; the quoted Chinese is marked ``lang="zh"``."""
    fields = _erratum_fields(e, s)
    zh = Markup('<span lang="zh">{}</span>')
    return Markup(escape(s["erratum_sentence"])).format(
        paragraph=fields["paragraph"], source=zh.format(fields["source"]), correction=zh.format(fields["correction"])
    )


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    env.filters["erratum_sentence"] = erratum_sentence
    # A line of its own inside an item (printed between two items of a list) stays a line.
    env.filters["nl2br"] = lambda text: Markup("<br>").join(escape(text).split("\n"))
    env.globals["zip"] = zip
    return env


# libyaml when built in (several times faster, same output for these plain values)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# Front matter the theme writes into the page as it is (nav, header, footer, <meta> attributes):
# HTML-escaped here, as they are editorial text.
AS_TEXT = ("title", "description")


def front_matter(**meta: Any) -> str:
    """YAML front matter for a Markdown page (values escaped by the YAML dumper; the title and
    description also for HTML, see ``AS_TEXT``)."""
    meta = {k: str(markupsafe.escape(v)) if k in AS_TEXT and isinstance(v, str) else v for k, v in meta.items()}
    dumped = yaml.dump(meta, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return "---\n" + dumped + "---\n"


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def page(template: str, meta: dict[str, Any], **context: Any) -> str:
    """A Markdown page: front matter from ``meta``, body from ``template``."""
    return front_matter(**meta) + "\n" + render(template, **context).lstrip("\n")
