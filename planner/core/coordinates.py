"""Coordinates as people type them: decimal degrees, degrees and minutes, or degrees, minutes
and seconds, with or without hemisphere letters, and with French decimal commas.

Accepted, for example: ``48.8584, 2.2945`` · ``48,8584 ; 2,2945`` · ``-33.92 18.42`` ·
``48°51'29.6"N 2°17'40.2"E`` · ``N 48° 51.493 E 2° 17.670`` · ``2.2945 E 48.8584 N``. Latitude
comes first unless the letters say otherwise. Anything out of range or open to two readings is
refused with a :class:`CoordinateError` that says what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.errors import PlannerError
from planner.core.phrase import QT_TRANSLATE_NOOP, PhrasedError, phrase

_DEGREE_MARKS = "\u00b0\u00ba\u02da"  # degree sign, masculine ordinal, ring above
_MINUTE_MARKS = "'\u2032\u2019\u2018"  # apostrophe, prime, curly quotes
_SECOND_MARKS = '"\u2033\u201d\u201c'  # quote, double prime, curly double quotes
_MINUS_SIGNS = "\u2212-"  # minus sign, hyphen (last, so it is not a range in [...])
_NUMBER = r"\d+(?:[.,]\d+)?"
_VALUE = (
    rf"(?P<sign>[+{_MINUS_SIGNS}])?\s*(?P<deg>{_NUMBER})\s*(?P<degmark>[{_DEGREE_MARKS}])?\s*"
    rf"(?:(?P<min>{_NUMBER})\s*[{_MINUTE_MARKS}]\s*"
    rf"(?:(?P<sec>{_NUMBER})\s*(?:[{_SECOND_MARKS}]|[{_MINUTE_MARKS}]{{2}}))?"
    # Minutes without a mark ("48° 51.493") only after a degree sign.
    rf"|(?(degmark)(?P<bare_min>{_NUMBER})(?!\s*[{_DEGREE_MARKS}])))?"
)
_LETTER = r"[NSEWO](?![a-z])"
_LETTER_FIRST = re.compile(rf"(?P<letter>{_LETTER})\s*{_VALUE}", re.IGNORECASE)
"""N 48° 51.493 E 2° 17.670: each letter before its value."""
_LETTER_AFTER = re.compile(rf"{_VALUE}\s*(?P<letter>{_LETTER})?", re.IGNORECASE)
"""48°51'29.6"N 2°17'40.2"E, or no letters at all."""


class CoordinateError(PhrasedError, PlannerError):
    """The text is not a position; ``phrase`` says why."""


@dataclass(frozen=True)
class _Part:
    value: float
    letter: str | None
    """N, S, E or W (O, the French "ouest", counts as W)."""


def parse_coordinates(text: str) -> tuple[float, float]:
    """(latitude, longitude) in decimal degrees from what a user typed or pasted."""
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP(
            "core", "Type a position, e.g. 48.8584, 2.2945")))
    parts = _parts(cleaned)
    lat_part, lon_part = _ordered(parts)
    lat = _signed(lat_part, "S")
    lon = _signed(lon_part, "W")
    if not -90 <= lat <= 90:
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP(
            "core", "The latitude {value} is outside -90 to 90"), value=f"{lat:g}"))
    if not -180 <= lon <= 180:
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP(
            "core", "The longitude {value} is outside -180 to 180"), value=f"{lon:g}"))
    return lat, lon


def format_decimal(lat: float, lon: float) -> str:
    """"48.858400, 2.294500": six decimals, about 10 cm."""
    return f"{lat:.6f}, {lon:.6f}"


def format_dms(lat: float, lon: float) -> str:
    """48°51'30.2"N 2°17'40.2"E, to a tenth of a second."""
    return f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"


def _dms(value: float, positive: str, negative: str) -> str:
    tenths = round(abs(value) * 36000)
    degrees, rest = divmod(tenths, 36000)
    minutes, seconds = divmod(rest, 600)
    return f"{degrees}°{minutes:02d}'{seconds / 10:04.1f}\"{positive if value >= 0 else negative}"


def _parts(text: str) -> list[_Part]:
    """The two values of the text."""
    normalised = _split_decimal_commas(text)
    pattern = _LETTER_FIRST if normalised[:1].upper() in "NSEWO" else _LETTER_AFTER
    found: list[_Part] = []
    position = 0
    while position < len(normalised):
        while position < len(normalised) and normalised[position] in " ,;/":
            position += 1
        if position >= len(normalised):
            break
        match = pattern.match(normalised, position)
        if match is None or match.end() == position or not match.group("deg"):
            raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
                "Cannot read “{text}” as a position: expected numbers like 48.8584, 2.2945 "
                "or 48°51'29.6\"N 2°17'40.2\"E"), text=text))
        found.append(_part(match, text))
        position = match.end()
    if len(found) != 2:
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
            "“{text}” has {count} value(s); a position has two, latitude and longitude"),
            text=text, count=len(found)))
    return found


def _split_decimal_commas(text: str) -> str:
    """Turn French decimal commas into points when that reading is the only one.

    "48,8584 ; 2,2945" and "48,8584 2,2945" have comma decimals; "48.85, 2.29" has a comma
    between its values; "48,8584,2,2945" could be read several ways and is refused.
    """
    if re.search(r"\d,\d", text) is None or "." in text:
        return text  # with decimal points, a comma separates the two values
    if re.search(r"\d,\d+,\d", text) and not re.search(r"[;\s]", text):
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
            "“{text}” could be read in several ways: separate the two values with a space "
            "or a semicolon, or use decimal points"), text=text))
    return re.sub(r"(\d),(\d)", r"\1.\2", text)


def _part(match: re.Match[str], text: str) -> _Part:
    letter = (match.group("letter") or "").upper().replace("O", "W") or None
    degrees = _number(match.group("deg"))
    minutes = _number(match.group("min") or match.group("bare_min") or "0")
    seconds = _number(match.group("sec") or "0")
    if minutes >= 60 or seconds >= 60:
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
            "In “{text}”, minutes and seconds must be below 60"), text=text))
    if (minutes or seconds) and degrees != int(degrees):
        raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
            "In “{text}”, degrees with decimals cannot also have minutes"), text=text))
    value = degrees + minutes / 60 + seconds / 3600
    sign = match.group("sign")
    if sign and sign in _MINUS_SIGNS:
        if letter is not None:
            raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
                "“{text}” gives a value both a minus sign and a letter"), text=text))
        value = -value
    return _Part(value, letter)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _ordered(parts: list[_Part]) -> tuple[_Part, _Part]:
    first, second = parts
    letters = (first.letter, second.letter)
    if letters in ((None, None), ("N", "E"), ("N", "W"), ("S", "E"), ("S", "W")):
        return first, second
    if letters in (("E", "N"), ("W", "N"), ("E", "S"), ("W", "S")):
        return second, first
    raise CoordinateError(phrase(QT_TRANSLATE_NOOP("core",
        "Give both values hemisphere letters (N or S, then E or W), or neither")))


def _signed(part: _Part, negative: str) -> float:
    return -part.value if part.letter == negative else part.value
