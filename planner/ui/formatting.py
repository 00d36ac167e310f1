"""How numbers, dates and durations read in the window."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtCore import QLocale

from planner.core.model import CustomPlace, PlaceCategory
from planner.core.permits import DATASET_LICENCE, DATASET_NAME, Permit
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.ui.i18n import format_date, translate

CATEGORY_LABELS: dict[PlaceCategory, str] = {
    "hotel": QT_TRANSLATE_NOOP("Formatting", "Hotel or lodging"),
    "food": QT_TRANSLATE_NOOP("Formatting", "Food and drink"),
    "station": QT_TRANSLATE_NOOP("Formatting", "Station"),
    "viewpoint": QT_TRANSLATE_NOOP("Formatting", "Viewpoint"),
    "other": QT_TRANSLATE_NOOP("Formatting", "Other"),
}
"""The English label of each category; show it through :func:`category_label`."""


def category_label(category: PlaceCategory) -> str:
    """The label of a category of one's own places, in the window's language."""
    return translate("Formatting", CATEGORY_LABELS[category])


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


DistanceUnit = Literal["km", "mi"]
METRES_PER_MILE = 1609.344
METRES_PER_FOOT = 0.3048
_SCALE_METRES = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000,
                 100_000, 200_000, 500_000)
_SCALE_FEET = (50, 100, 200, 500, 1000, 2000)
_SCALE_MILES = (1, 2, 5, 10, 20, 50, 100, 200, 500)
_unit: list[DistanceUnit] = ["km"]
"""The distance unit of Preferences; the window sets it once the settings are read."""


def set_distance_unit(unit: DistanceUnit) -> bool:
    """Use ``unit`` from now on; whether that changed it (views then show distances again)."""
    changed, _unit[0] = _unit[0] != unit, unit
    return changed


def _number(value: float, decimals: int) -> str:
    """``value`` with the locale's decimal sign ("2.4", "2,4"), without thousands separators
    (as distances always read here)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def format_km(km: float | None) -> str:
    """A distance in the unit of Preferences: "850 m", "2.4 km", or "900 ft", "1.5 mi"
    (with the locale's decimal sign: "2,4 km" in French)."""
    if km is None:
        return "—"
    if _unit[0] == "mi":
        miles = km * 1000 / METRES_PER_MILE
        return (f"{_number(km * 1000 / METRES_PER_FOOT, 0)} ft" if miles < 0.2
                else f"{_number(miles, 1)} mi")
    return f"{_number(km * 1000, 0)} m" if km < 1 else f"{_number(km, 1)} km"


def scale_bar(metres_per_pixel: float, longest_px: float = 120) -> tuple[float, str]:
    """The longest round distance that fits in ``longest_px`` on the map, in the unit of
    Preferences: its length in pixels and its label ("2 km", "500 ft")."""
    if _unit[0] == "mi":
        steps = [(feet * METRES_PER_FOOT, f"{feet} ft") for feet in _SCALE_FEET]
        steps += [(miles * METRES_PER_MILE, f"{miles} mi") for miles in _SCALE_MILES]
    else:
        steps = [(m, f"{m // 1000} km" if m >= 1000 else f"{m} m") for m in _SCALE_METRES]
    metres, label = next((step for step in reversed(steps)
                          if step[0] / metres_per_pixel <= longest_px), steps[0])
    return metres / metres_per_pixel, label


def format_day_heading(index: int, date: dt.date) -> str:
    """"Day 2 · Fri 4 Dec" ("Jour 2 · ven. 4 déc."): short enough for a narrow plan panel
    (the year is in "Starts on")."""
    return translate("Formatting", "Day {number} · {date}").format(
        number=index + 1, date=format_date(date, "ddd d MMM"))


def describe_own_place(place: CustomPlace) -> str:
    """Several plain-text lines on one of the user's own places, for a tooltip."""
    lines = [translate("Formatting", "{name}: a place of your own ({category})").format(
        name=place.name, category=category_label(place.category).lower())]
    lines += [text for text in (place.address, place.note) if text]
    if place.opening_hours:
        lines.append(translate("Formatting", "Opening hours: {hours}").format(
            hours=place.opening_hours))
    return "\n".join(lines)


def describe_permit(permit: Permit) -> str:
    """Plain-text lines on one permit, for tooltips."""
    people = ", ".join(p for p in (permit.director, permit.producer) if p)
    dates = permit.start if permit.start == permit.end or not permit.end else \
        translate("Formatting", "{start} to {end}").format(start=permit.start, end=permit.end)
    kind = permit.kind or translate("Formatting", "shoot")
    lines = [f"{permit.title} ({kind}, {permit.year})", permit.address, people, dates,
             translate("Formatting", "City of Paris filming permit {id} ({dataset}, {licence})")
             .format(id=permit.id, dataset=DATASET_NAME, licence=DATASET_LICENCE)]
    return "\n".join(line for line in lines if line)
