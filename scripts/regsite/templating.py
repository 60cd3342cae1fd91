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

TEMPLATES = Path(__file__).parent / "templates"
LANGS = ("zh", "en")


@cache
def strings() -> dict[str, dict[str, str]]:
    """Interface words per language (``templates/strings.yml``)."""
    data: dict[str, dict[str, str]] = yaml.safe_load((TEMPLATES / "strings.yml").read_text(encoding="utf-8"))
    return data


def erratum_sentence(e: Erratum | dict[str, Any], s: dict[str, str]) -> Markup:
    """The reader-facing sentence for an erratum; the quoted Chinese is marked ``lang="zh"``."""
    get = e.get if isinstance(e, dict) else lambda k: getattr(e, k)
    zh = Markup('<span lang="zh">{}</span>')
    return Markup(escape(s["erratum_sentence"])).format(
        paragraph=get("paragraph"), source=zh.format(get("source")), correction=zh.format(get("correction"))
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
