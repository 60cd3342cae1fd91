"""Data the reading aids read in the browser: their interface words (``regsite.js``). The search
index is ``searchindex.py``'s."""

from __future__ import annotations

from .templating import LANGS, strings


def render_browser_words() -> dict[str, dict[str, str]]:
    """The interface words ``regsite.js`` shows (``js_*`` in ``strings.yml``), per language."""
    return {
        lang: {k.removeprefix("js_"): v for k, v in strings()[lang].items() if k.startswith("js_")} for lang in LANGS
    }
