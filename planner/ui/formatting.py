"""How numbers, dates and durations read in the window."""

from __future__ import annotations

import datetime as dt

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


def format_km(km: float | None) -> str:
    if km is None:
        return "—"
    return f"{km * 1000:.0f} m" if km < 1 else f"{km:.1f} km"


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
