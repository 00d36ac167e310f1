"""Every change a user can make to a plan, as plain functions on the plan.

Each function returns what is needed to reverse it, so an undo command is one call each way,
and stop edits report what changed (:mod:`planner.core.changes`) so views update only that.
Stops are found by their id, never by a position that an earlier edit may have shifted. Each
edit also refreshes ``plan.updated``.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass

from planner.core import limits
from planner.core.changes import (
    DayEdited,
    DayInserted,
    DayRemoved,
    PlanDetailsEdited,
    StopEdited,
    StopInserted,
    StopMoved,
    StopRemoved,
)
from planner.core.model import CustomPlace, Day, Plan, Stop, new_id, now_utc
from planner.core.travel import TravelMode


def _touch(plan: Plan) -> None:
    plan.updated = now_utc()


def new_plan(name: str, start_date: dt.date) -> Plan:
    """A plan with one empty day."""
    return Plan(name=clean_plan_name(name), start_date=start_date)


def clean_plan_name(name: str) -> str:
    """Names are trimmed to the length limit; an empty name becomes "Untitled trip" so every
    plan can be told apart."""
    return " ".join(name.split())[: limits.MAX_NAME_LENGTH].rstrip() or "Untitled trip"


def name_with_suffix(name: str, suffix: str) -> str:
    """``name`` marked as a copy, e.g. "Lyon (conflict copy)", cut so the suffix always shows."""
    return clean_plan_name(name[: limits.MAX_NAME_LENGTH - len(suffix)] + suffix)


def duplicate_plan(plan: Plan, name: str | None = None) -> Plan:
    """A deep copy with fresh ids, so editing the copy never touches the original."""
    twin = copy.deepcopy(plan)
    twin.id = new_id()
    twin.name = clean_plan_name(name if name is not None else f"{plan.name} (copy)")
    twin.created = twin.updated = now_utc()
    for day in twin.days:
        for stop in day.stops:
            stop.id = new_id()
    return twin


def rename_plan(plan: Plan, name: str) -> str:
    old, plan.name = plan.name, clean_plan_name(name)
    _touch(plan)
    return old


def set_start_date(plan: Plan, start_date: dt.date) -> dt.date:
    old, plan.start_date = plan.start_date, start_date
    _touch(plan)
    return old


def set_default_travel_mode(plan: Plan, mode: TravelMode) -> TravelMode:
    """How the plan's legs are travelled unless a stop says otherwise."""
    old, plan.default_travel_mode = plan.default_travel_mode, mode
    _touch(plan)
    return old


def can_add_day(plan: Plan) -> bool:
    return len(plan.days) < limits.MAX_DAYS


def room_for_stops(plan: Plan, day: int) -> int:
    """How many more stops ``day`` can take within the per-day and per-plan limits."""
    in_plan = sum(len(d.stops) for d in plan.days)
    return max(0, min(limits.MAX_STOPS_PER_DAY - len(plan.days[day].stops),
                      limits.MAX_STOPS_PER_PLAN - in_plan))


def insert_day(plan: Plan, index: int, day: Day | None = None) -> DayInserted:
    """Insert ``day`` (a new empty one by default) so that it becomes day number ``index``."""
    plan.days.insert(index, day if day is not None else Day())
    _touch(plan)
    return DayInserted(index)


def remove_day(plan: Plan, index: int) -> DayRemoved:
    """Remove a day with its stops; a plan always keeps at least one day."""
    if len(plan.days) <= 1:
        raise ValueError("a plan keeps at least one day")
    day = plan.days.pop(index)
    _touch(plan)
    return DayRemoved(index, day)


@dataclass(frozen=True)
class DaySettings:
    """What a user sets for a day, apart from its stops."""

    start_time: dt.time
    end_time: dt.time
    base: str | None
    label: str
    locked: bool

    @classmethod
    def of(cls, day: Day) -> DaySettings:
        return cls(day.start_time, day.end_time, day.base, day.label, day.locked)


def set_day_settings(plan: Plan, index: int, settings: DaySettings) -> tuple[DaySettings,
                                                                             DayEdited]:
    """Give day ``index`` these settings; returns the ones it had, and the change."""
    day = plan.days[index]
    old = DaySettings.of(day)
    day.start_time, day.end_time = settings.start_time, settings.end_time
    day.base, day.locked = settings.base, settings.locked
    day.label = limits.clip_text(settings.label, limits.MAX_NAME_LENGTH)
    _touch(plan)
    return old, DayEdited(index)


def room_for_custom_places(plan: Plan) -> int:
    return max(0, limits.MAX_CUSTOM_PLACES - len(plan.custom_places))


def add_custom_places(plan: Plan, places: list[CustomPlace]) -> PlanDetailsEdited:
    """Add places of the user's own (a hotel, imported waypoints) to the plan."""
    plan.custom_places.extend(places)
    _touch(plan)
    return PlanDetailsEdited()


def remove_custom_places(plan: Plan, place_ids: set[str]) -> PlanDetailsEdited:
    plan.custom_places = [place for place in plan.custom_places if place.id not in place_ids]
    _touch(plan)
    return PlanDetailsEdited()


def replace_custom_place(
    plan: Plan, place: CustomPlace, stop_minutes: dict[str, int] | None = None
) -> tuple[CustomPlace, dict[str, int], PlanDetailsEdited]:
    """Put ``place`` in the plan instead of its own place with the same id (edited details,
    or a new position).

    Stops there that kept the old visit length take the new one; ``stop_minutes`` (stop id →
    minutes) instead says exactly what to set, as an undo needs. Returns the old place and
    the old minutes of the stops it changed, which together undo the edit.
    """
    index = next(i for i, own in enumerate(plan.custom_places) if own.id == place.id)
    old = plan.custom_places[index]
    plan.custom_places[index] = place
    stops = [stop for day in plan.days for stop in day.stops if stop.place_id == place.id]
    if stop_minutes is None:
        stop_minutes = {stop.id: place.minutes for stop in stops
                        if stop.minutes == old.minutes != place.minutes}
    changed = {}
    for stop in stops:
        if stop.id in stop_minutes:
            changed[stop.id], stop.minutes = stop.minutes, stop_minutes[stop.id]
    _touch(plan)
    return old, changed, PlanDetailsEdited()


def locate_stop(plan: Plan, stop_id: str) -> tuple[int, int] | None:
    """(day, row) of the stop with ``stop_id``, or None when the plan has no such stop."""
    for day_index, day in enumerate(plan.days):
        for row, stop in enumerate(day.stops):
            if stop.id == stop_id:
                return day_index, row
    return None


def _find(plan: Plan, stop_id: str) -> tuple[int, int]:
    position = locate_stop(plan, stop_id)
    if position is None:
        raise KeyError(f"plan {plan.name!r} has no stop {stop_id}")
    return position


def add_stop(plan: Plan, day: int, row: int, stop: Stop) -> StopInserted:
    plan.days[day].stops.insert(row, stop)
    _touch(plan)
    return StopInserted(day, row)


def remove_stop(plan: Plan, stop_id: str) -> StopRemoved:
    day, row = _find(plan, stop_id)
    stop = plan.days[day].stops.pop(row)
    _touch(plan)
    return StopRemoved(day, row, stop)


def can_move_stop(plan: Plan, stop_id: str, to_day: int, to_row: int) -> bool:
    """Whether the move names a stop of this plan and a place inside a day with room."""
    position = locate_stop(plan, stop_id)
    if position is None or not 0 <= to_day < len(plan.days):
        return False
    same_day = position[0] == to_day
    rows_after = len(plan.days[to_day].stops) + (0 if same_day else 1)
    fits = same_day or room_for_stops(plan, to_day) > 0
    return fits and 0 <= to_row < rows_after and position != (to_day, to_row)


def move_stop(plan: Plan, stop_id: str, to_day: int, to_row: int) -> StopMoved:
    """Move a stop; ``to_row`` is its index in ``to_day`` once the move is done."""
    day, row = _find(plan, stop_id)
    stop = plan.days[day].stops.pop(row)
    plan.days[to_day].stops.insert(to_row, stop)
    _touch(plan)
    return StopMoved(stop_id, day, row, to_day, to_row)


def set_stop_minutes(plan: Plan, stop_id: str, minutes: int) -> tuple[int, StopEdited]:
    """Set the minutes on site (kept within the limits); returns the old value and the change."""
    day, row = _find(plan, stop_id)
    stop = plan.days[day].stops[row]
    old = stop.minutes
    stop.minutes = max(limits.MIN_STOP_MINUTES, min(limits.MAX_STOP_MINUTES, minutes))
    _touch(plan)
    return old, StopEdited(day, row)


def set_stop_travel_mode(plan: Plan, stop_id: str,
                         mode: TravelMode | None) -> tuple[TravelMode | None, StopEdited]:
    """How the leg to this stop is travelled; None follows the plan's default."""
    day, row = _find(plan, stop_id)
    stop = plan.days[day].stops[row]
    old, stop.travel_mode = stop.travel_mode, mode
    _touch(plan)
    return old, StopEdited(day, row)


def set_stop_arrival(plan: Plan, stop_id: str,
                     arrival: dt.time | None) -> tuple[dt.time | None, StopEdited]:
    """Book a time to be at this stop (a timed visit); None: whenever the day reaches it."""
    day, row = _find(plan, stop_id)
    stop = plan.days[day].stops[row]
    old, stop.fixed_arrival = stop.fixed_arrival, arrival
    _touch(plan)
    return old, StopEdited(day, row)


def set_stop_note(plan: Plan, stop_id: str, note: str) -> tuple[str, StopEdited]:
    """Set the note (trimmed to the limit); returns the old note and the change."""
    day, row = _find(plan, stop_id)
    stop = plan.days[day].stops[row]
    old, stop.note = stop.note, limits.clip_text(note)
    _touch(plan)
    return old, StopEdited(day, row)
