"""Words for the user that the core composes, kept translatable without knowing Qt.

The core writes English with named fields; the window looks the English up in its translation
(Qt's ``QCoreApplication.translate`` with the context ``"core"``) and fills the fields in after.
Everything else (files written, the command line) uses the English as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's ``lupdate``, which finds calls by this very name; returns it."""
    del context
    return text


@dataclass(frozen=True)
class Phrase:
    """English ``text`` with ``{named}`` fields, and the values that fill them.

    A field may be a date, a number with decimals or another phrase: each language writes
    those its own way, so they are kept as values and written out when the phrase is shown.
    """

    text: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text.format_map({name: _english(value) for name, value in
                                     self.fields.items()})


def _english(value: object) -> object:
    if isinstance(value, dt.date):
        return f"{value:%a %d %b}"
    if isinstance(value, float):
        return f"{value:.1f}"
    return value


def phrase(english: str, /, **fields: object) -> Phrase:
    """``english`` must be a literal marked with ``QT_TRANSLATE_NOOP("core", ...)``."""
    return Phrase(english, fields)


class PhrasedError(Exception):
    """An error whose reason is a phrase, so the window can show it in its language."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__(str(reason))
        self.phrase = reason
