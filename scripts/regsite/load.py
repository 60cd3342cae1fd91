"""One call from a source file to a checked model: decode -> normalise -> parse -> errata."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .decode import decode
from .errata import apply_errata, join_warnings, load_errata
from .errors import SourceError
from .model import Regulation
from .normalize import Normalized, normalize
from .parse import parse


@dataclass(frozen=True)
class Loaded:
    """The corrected regulation, the regulation as published, and the normaliser's record."""

    regulation: Regulation
    as_published: Regulation
    normalized: Normalized
    source: Path


def load(source: Path | str, errata: Path | str | None = None) -> Loaded:
    """Load ``source``; errata default to ``errata.yml`` beside it (absent file: no corrections)."""
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror}", path=source) from None
    text, encoding = decode(data, source)
    normalized = dataclasses.replace(normalize(text, source), encoding=encoding)
    published = parse(normalized, source)
    errata_path = Path(errata) if errata else source.with_name("errata.yml")
    entries = load_errata(errata_path)
    corrected = apply_errata(published, entries, errata_path)
    warnings = tuple(join_warnings(corrected, normalized, entries))
    return Loaded(dataclasses.replace(corrected, warnings=warnings), published, normalized, source)
