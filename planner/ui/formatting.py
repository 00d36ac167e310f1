"""How numbers, dates and durations read in the window."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from planner.core.model import CustomPlace, PlaceCategory
from planner.core.permits import DATASET_LICENCE, DATASET_NAME, Permit

CATEGORY_LABELS: dict[PlaceCategory, str] = {
    "hotel": "Hotel or lodging", "food": "Food and drink", "station": "Station",
    "viewpoint": "Viewpoint", "other": "Other",
}


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


def format_km(km: float | None) -> str:
    """A distance in the unit of Preferences: "850 m", "2.4 km", or "900 ft", "1.5 mi"."""
    if km is None:
        return "—"
    if _unit[0] == "mi":
        miles = km * 1000 / METRES_PER_MILE
        return f"{km * 1000 / METRES_PER_FOOT:.0f} ft" if miles < 0.2 else f"{miles:.1f} mi"
    return f"{km * 1000:.0f} m" if km < 1 else f"{km:.1f} km"


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
    """"Day 2 · Fri 4 Dec": short enough for a narrow plan panel (the year is in "Starts on")."""
    return f"Day {index + 1} · {date:%a} {date.day} {date:%b}"


def describe_own_place(place: CustomPlace) -> str:
    """Several plain-text lines on one of the user's own places, for a tooltip."""
    lines = [f"{place.name}: a place of your own ({CATEGORY_LABELS[place.category].lower()})"]
    lines += [text for text in (place.address, place.note) if text]
    if place.opening_hours:
        lines.append(f"Opening hours: {place.opening_hours}")
    return "\n".join(lines)


def describe_permit(permit: Permit) -> str:
    """Plain-text lines on one permit, for tooltips."""
    people = ", ".join(p for p in (permit.director, permit.producer) if p)
    dates = permit.start if permit.start == permit.end or not permit.end else \
        f"{permit.start} to {permit.end}"
    lines = [f"{permit.title} ({permit.kind or 'shoot'}, {permit.year})", permit.address,
             people, dates, f"City of Paris filming permit {permit.id} ({DATASET_NAME}, "
             f"{DATASET_LICENCE})"]
    return "\n".join(line for line in lines if line)
