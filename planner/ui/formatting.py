"""How numbers, dates and durations read in the window."""

from __future__ import annotations

import datetime as dt


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
