"""Chinese numerals as they appear in statute headings: 第三十二条, 第十四届, 四十八小时.

Only the forms used for counting in legislation are accepted: the digits 〇零一二三四五六七八九
(and 两 for 2), with the multipliers 十 百 千. Anything else raises ``ValueError`` so that a
malformed heading is reported, never guessed at.
"""

from __future__ import annotations

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)


def to_int(text: str) -> int:
    """Convert a Chinese numeral up to 9999 (e.g. ``三十二`` -> 32, ``一百零五`` -> 105).

    A leading 十 means ten (``十二`` -> 12). Raises ``ValueError`` for empty text, unknown
    characters, or units out of order (``十百``).
    """
    if not text:
        raise ValueError("empty numeral")
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in DIGITS:
            if pending is not None and pending != 0:
                raise ValueError(f"two digits in a row in numeral {text!r}")
            pending = DIGITS[ch]
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit >= last_unit:
                raise ValueError(f"unit {ch!r} out of order in numeral {text!r}")
            digit = 1 if pending is None and total == 0 else pending
            if digit is None or digit == 0:
                raise ValueError(f"unit {ch!r} without a digit in numeral {text!r}")
            total += digit * unit
            pending = None
            last_unit = unit
        else:
            raise ValueError(f"{ch!r} is not a Chinese numeral character (in {text!r})")
    if pending:
        total += pending
    if total == 0:
        raise ValueError(f"numeral {text!r} is zero")
    return total


def to_chinese(number: int) -> str:
    """Write ``number`` (1–9999) the way statutes do: 32 -> 三十二, 10 -> 十, 105 -> 一百零五."""
    if not 1 <= number <= 9999:
        raise ValueError(f"{number} is outside 1..9999")
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    zero_pending = False
    for unit_value, unit_char in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = number // unit_value % 10
        if d == 0:
            if parts:
                zero_pending = True
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(digits[d] + unit_char)
    text = "".join(parts)
    if 10 <= number < 20:
        text = text[1:]  # 十二, not 一十二
    return text
