"""Jinja environment, interface words and front matter: how data becomes a page's text.

Templates under ``templates/`` hold the markup and produce the page body; the front matter is
built here from a dict, so no template output is ever re-parsed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape

from .model import Erratum
from .numerals import to_chinese

TEMPLATES = Path(__file__).parent / "templates"
LANGS = ("zh", "en")


@cache
def strings() -> dict[str, dict[str, str]]:
    """Interface words per language (``templates/strings.yml``)."""
    data: dict[str, dict[str, str]] = yaml.safe_load((TEMPLATES / "strings.yml").read_text(encoding="utf-8"))
    return data


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


def front_matter(**meta: Any) -> str:
    """YAML front matter for a Markdown page (values escaped by the YAML dumper)."""
    dumped = yaml.dump(meta, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return "---\n" + dumped + "---\n"


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def page(template: str, meta: dict[str, Any], **context: Any) -> str:
    """A Markdown page: front matter from ``meta``, body from ``template``."""
    return front_matter(**meta) + "\n" + render(template, **context).lstrip("\n")
