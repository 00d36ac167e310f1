"""Text folding for search: case- and accent-insensitive comparison."""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not split into a base letter and an accent.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, so "Amélie" and "amelie" compare equal."""
    if text.isascii():  # most text: nothing to strip, and this runs for every indexed word
        return text.lower()
    lowered = text.casefold().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
