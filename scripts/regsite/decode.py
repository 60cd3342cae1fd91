"""Bytes -> text, accepting only what a published statute file can be: UTF-8 (with or without
BOM) or GB18030. Binary data and undecodable bytes raise ``SourceError`` naming file, line and byte.
"""

from __future__ import annotations

from pathlib import Path

from .errors import SourceError

ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f"}


def decode(data: bytes, path: Path | str = "<input>") -> tuple[str, str]:
    """Return ``(text, encoding)``; the BOM, if any, is removed."""
    if not data.strip():
        raise SourceError("the file is empty (no text to parse)", path=path)
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise SourceError(
            f"binary data: NUL byte at offset {offset}; expected a UTF-8 or GB18030 text file",
            path=path,
            line=data.count(b"\n", 0, offset) + 1,
        )
    encodings: tuple[str, ...]
    if data.startswith(b"\xef\xbb\xbf"):
        data, encodings = data[3:], ("utf-8",)
    else:
        encodings = ("utf-8", "gb18030")
    text = None
    first_error: UnicodeDecodeError | None = None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    if text is None:
        bad = first_error.start if first_error else 0
        raise SourceError(
            f"undecodable byte 0x{data[bad]:02x} at offset {bad}: the file is neither UTF-8 nor GB18030",
            path=path,
            line=data.count(b"\n", 0, bad) + 1,
        )
    for lineno, line in enumerate(text.splitlines(), 1):
        for ch in line:
            if (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and ch not in ALLOWED_CONTROLS:
                raise SourceError(
                    f"control character U+{ord(ch):04X} in the text: binary data or a broken extraction",
                    path=path,
                    line=lineno,
                )
    return text, encoding
