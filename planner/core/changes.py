"""What one edit changed in a plan, precisely enough for a view to update only that.

Every edit in :mod:`planner.core.editing` returns one of these. The window's item models turn
them into row insertions, moves and removals instead of resetting, so selection, scrolling and
expanded days survive; the map and the timetable can listen to the same events.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.model import Day, Stop


@dataclass(frozen=True)
class StopInserted:
    day: int
    row: int


@dataclass(frozen=True)
class StopRemoved:
    day: int
    row: int
    stop: Stop


@dataclass(frozen=True)
class StopMoved:
    """``to_row`` is the stop's row in ``to_day`` once the move is done."""

    stop_id: str
    from_day: int
    from_row: int
    to_day: int
    to_row: int


@dataclass(frozen=True)
class StopEdited:
    """Minutes or note of the stop at (day, row) changed."""

    day: int
    row: int


@dataclass(frozen=True)
class DayInserted:
    index: int


@dataclass(frozen=True)
class DayRemoved:
    index: int
    day: Day


@dataclass(frozen=True)
class DayEdited:
    """A day's times, base, label or lock changed (its stops did not move)."""

    index: int


@dataclass(frozen=True)
class PlanDetailsEdited:
    """The name or the start date (so every day's date) changed."""


PlanChange = (StopInserted | StopRemoved | StopMoved | StopEdited | DayInserted | DayRemoved
              | DayEdited | PlanDetailsEdited)
