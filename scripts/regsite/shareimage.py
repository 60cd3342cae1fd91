"""The share-preview image of each language (Open Graph, 1200 x 630 PNG): the statute's title on
the site's colour, drawn with Pillow in the Noto fonts the handouts use (Debian's fonts-noto-cjk
and fonts-noto-core; ``make system`` installs them). Written beside the handouts, which the site
copies in (``hooks/handouts.py``); the pages point at it (``partials/regsite-share.html``)."""

from __future__ import annotations

import io
import subprocess
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from .errors import SourceError
from .site import Site
from .templating import strings

SIZE = (1200, 630)
BACKGROUND = (63, 81, 181)  # Material's indigo, the site's primary colour
MARGIN = 80


@cache
def _font_file(pattern: str) -> str:
    """The file fontconfig picks for ``pattern`` (a CJK font also sets Latin text)."""
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SourceError(f"no font for the share image ({pattern}): run `make system` ({exc})") from None
    return found.stdout.strip()


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int, lang: str) -> list[str]:
    """Lines of ``text`` no wider than ``width``: Chinese breaks anywhere, English between words."""
    units = list(text) if lang == "zh" else text.split(" ")
    joiner = "" if lang == "zh" else " "
    lines: list[str] = []
    line = ""
    for unit in units:
        candidate = line + joiner + unit if line else unit
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = unit
    return [*lines, line] if line else lines


def share_image(site: Site, lang: str) -> bytes:
    """The PNG for ``lang``: the title (wrapped, at most three lines), then the site's tagline."""
    s = strings()[lang]
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    family = "Noto Sans CJK SC" if lang == "zh" else "Noto Sans"
    title_font = ImageFont.truetype(_font_file(f"{family}:bold"), 72 if lang == "zh" else 64)
    small = ImageFont.truetype(_font_file(family), 34)
    title = site.title(lang)
    lines = _wrap(draw, title, title_font, SIZE[0] - 2 * MARGIN, lang)[:3]
    y = 150
    for line in lines:
        draw.text((MARGIN, y), line, font=title_font, fill="white")
        y += int(title_font.size * 1.3)
    draw.text((MARGIN, SIZE[1] - MARGIN - 40), s["share_tagline"], font=small, fill=(220, 225, 255))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
