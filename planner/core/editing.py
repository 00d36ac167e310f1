"""Every change a user can make to a plan, as plain functions on the plan.

Each function returns what is needed to reverse it, so an undo command is one call each way.
Each also refreshes ``plan.updated``, which autosave and the plan list rely on.
"""

from __future__ import annotations

import copy
import datetime as dt

from planner.core import limits
from planner.core.model import Day, Plan, Stop, new_id, now_utc


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


def can_add_day(plan: Plan) -> bool:
    return len(plan.days) < limits.MAX_DAYS


def room_for_stops(plan: Plan, day: int) -> int:
    """How many more stops ``day`` can take within the per-day and per-plan limits."""
    in_plan = sum(len(d.stops) for d in plan.days)
    return max(0, min(limits.MAX_STOPS_PER_DAY - len(plan.days[day].stops),
                      limits.MAX_STOPS_PER_PLAN - in_plan))


def insert_day(plan: Plan, index: int, day: Day | None = None) -> Day:
    """Insert ``day`` (a new empty one by default) so that it becomes day number ``index``."""
    inserted = day if day is not None else Day()
    plan.days.insert(index, inserted)
    _touch(plan)
    return inserted


def remove_day(plan: Plan, index: int) -> Day:
    """Remove a day with its stops; a plan always keeps at least one day."""
    if len(plan.days) <= 1:
        raise ValueError("a plan keeps at least one day")
    day = plan.days.pop(index)
    _touch(plan)
    return day


def add_stop(plan: Plan, day: int, row: int, stop: Stop) -> Stop:
    plan.days[day].stops.insert(row, stop)
    _touch(plan)
    return stop


def remove_stop(plan: Plan, day: int, row: int) -> Stop:
    stop = plan.days[day].stops.pop(row)
    _touch(plan)
    return stop


def move_stop(plan: Plan, day: int, row: int, to_day: int, to_row: int) -> None:
    """Move a stop; ``to_row`` is its index in the target day once the move is done."""
    stop = plan.days[day].stops.pop(row)
    plan.days[to_day].stops.insert(to_row, stop)
    _touch(plan)


def set_stop_minutes(plan: Plan, day: int, row: int, minutes: int) -> int:
    stop = plan.days[day].stops[row]
    old = stop.minutes
    stop.minutes = max(limits.MIN_STOP_MINUTES, min(limits.MAX_STOP_MINUTES, minutes))
    _touch(plan)
    return old


def set_stop_note(plan: Plan, day: int, row: int, note: str) -> str:
    stop = plan.days[day].stops[row]
    old, stop.note = stop.note, limits.clip_text(note)
    _touch(plan)
    return old
