"""The best visiting order of a day: less time on the way, opening hours and bookings kept.

What stays put: the day's base (it starts and ends there), or without a base its first and
last stops (the hotel, the station), and every stop with a booked time. The stops between two
fixed ones are reordered by :func:`planner.core.routing.best_path`, with each place's opening
hours as the times it may be reached. A new order is kept only when its timetable is better
than the current one: fewer problems (closed, late, a missed booking), then fewer minutes on
the way, then an earlier end. So the result is never worse than what the user had.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

import msgspec

from planner.core.catalog import Catalog
from planner.core.itinerary import opening_hours_of, waypoint_for
from planner.core.model import Day, Plan, Stop
from planner.core.opening import open_spans
from planner.core.routing import Timing, Window, best_path
from planner.core.schedule import (
    PARIS,
    DayTimetable,
    day_timetable,
    minutes_between,
    travel_matrix,
)
from planner.core.travel import TRAVEL_ESTIMATES, ModeEstimate, TravelMode

Estimates = dict[TravelMode, ModeEstimate]
PROBLEMS = frozenset({"closed", "fixed-time", "late"})


@dataclass(frozen=True, order=True)
class DayScore:
    """How good a day's order is; smaller is better, compared field by field."""

    problems: int
    travel_minutes: int
    end: dt.datetime


@dataclass(frozen=True)
class DayOrder:
    day: int
    stop_ids: list[str]
    """The day's stops in the best order found (the current order when nothing is better)."""
    before: DayScore
    after: DayScore

    @property
    def changed(self) -> bool:
        return self.after < self.before

    @property
    def minutes_saved(self) -> int:
        return self.before.travel_minutes - self.after.travel_minutes


def score(timetable: DayTimetable) -> DayScore:
    legs = [visit.leg for visit in timetable.visits] + [timetable.return_leg]
    problems = sum(warning.kind in PROBLEMS for warning in timetable.warnings)
    return DayScore(problems, sum(leg.minutes for leg in legs if leg is not None), timetable.end)


def best_day_order(plan: Plan, day_index: int, catalog: Catalog,
                   estimates: Estimates = TRAVEL_ESTIMATES) -> DayOrder:
    """The best order of day ``day_index`` found, with its score before and after."""
    day = plan.days[day_index]
    current = list(day.stops)
    before = _score_of(current, plan, day_index, catalog, estimates)
    best = before
    for first, last in _segments(day):
        for candidate in _candidates(current, first, last, plan, day_index, catalog, estimates):
            candidate_score = _score_of(candidate, plan, day_index, catalog, estimates)
            if candidate_score < best:
                current, best = candidate, candidate_score
    return DayOrder(day_index, [stop.id for stop in current], before, best)


def best_trip_order(plan: Plan, catalog: Catalog,
                    estimates: Estimates = TRAVEL_ESTIMATES) -> list[DayOrder]:
    """The best order of every day not locked by the user."""
    return [best_day_order(plan, index, catalog, estimates)
            for index, day in enumerate(plan.days) if not day.locked]


def _segments(day: Day) -> list[tuple[int, int]]:
    """Runs of movable stops as (fixed before, fixed after) rows; -1 and len(stops) stand
    for the day's base."""
    count = len(day.stops)
    fixed = [row for row, stop in enumerate(day.stops) if stop.fixed_arrival is not None]
    ends = [-1, count] if day.base else [0, count - 1]
    anchors = sorted({*ends, *fixed})
    return [(a, b) for a, b in itertools.pairwise(anchors) if b - a > 2]


def _candidates(stops: list[Stop], first: int, last: int, plan: Plan, day_index: int,
                catalog: Catalog, estimates: Estimates) -> list[list[Stop]]:
    """New orders of the stops strictly between rows ``first`` and ``last``: one that keeps
    to opening hours and bookings (when any order can) and one that only saves travel."""
    day = plan.days[day_index]
    base = waypoint_for(day.base, plan, catalog) if day.base else None
    movable = stops[first + 1:last]
    points = [base if first < 0 else waypoint_for(stops[first].place_id, plan, catalog),
              *(waypoint_for(stop.place_id, plan, catalog) for stop in movable),
              base if last >= len(stops) else waypoint_for(stops[last].place_id, plan, catalog)]
    modes = [plan.default_travel_mode,
             *(stop.travel_mode or plan.default_travel_mode for stop in movable),
             (stops[last].travel_mode or plan.default_travel_mode) if last < len(stops)
             else plan.default_travel_mode]
    costs = travel_matrix(points, modes, estimates)
    timing = _timing(stops, first, last, plan, day_index, catalog, estimates)
    orders = [best_path(costs, timing), best_path(costs)]
    return [stops[:first + 1] + [movable[node - 1] for node in order] + stops[last:]
            for order in orders]


def _timing(stops: list[Stop], first: int, last: int, plan: Plan, day_index: int,
            catalog: Catalog, estimates: Estimates) -> Timing:
    """Minutes from the day's start: when the segment leaves its first stop, and when each
    stop may be reached (open for the whole visit; on time for a booking that ends it)."""
    timetable = _timetable(stops, plan, day_index, catalog, estimates)
    day_start = timetable.start
    leaves = day_start if first < 0 else timetable.visits[first].departure
    movable = stops[first + 1:last]
    windows: list[list[Window] | None] = [None]
    windows += [_opening_windows(stop, opening_hours_of(stop.place_id, plan, catalog), day_start)
                for stop in movable]
    booked = None
    if last < len(stops) and stops[last].fixed_arrival is not None:
        booked = [(0, minutes_between(day_start, timetable.visits[last].arrival))]
    windows.append(booked)
    return Timing(service=[0, *(stop.minutes for stop in movable), 0], windows=windows,
                  start=minutes_between(day_start, leaves))


def _opening_windows(stop: Stop, hours: str, day_start: dt.datetime) -> list[Window] | None:
    """When the stop's place may be reached so the visit ends before it closes; None when
    its hours are unknown, or when no time that day works (the timetable will say so)."""
    if not hours:
        return None
    local_start = day_start.astimezone(PARIS).replace(tzinfo=None)
    spans = open_spans(hours, local_start, local_start + dt.timedelta(days=1))
    windows = []
    for begin, end in spans:
        opens = minutes_between(day_start, begin.replace(tzinfo=PARIS))
        last_arrival = minutes_between(day_start, end.replace(tzinfo=PARIS)) - stop.minutes
        if last_arrival >= max(opens, 0):
            windows.append((max(opens, 0), max(last_arrival, 0)))
    return windows or None


def with_day_stops(plan: Plan, day_index: int, stops: list[Stop]) -> Plan:
    """A throw-away copy of ``plan`` whose day ``day_index`` has ``stops`` (the plan itself
    is unchanged; the copy shares its stops)."""
    days = list(plan.days)
    days[day_index] = msgspec.structs.replace(days[day_index], stops=stops)
    return msgspec.structs.replace(plan, days=days)


def _timetable(stops: list[Stop], plan: Plan, day_index: int, catalog: Catalog,
               estimates: Estimates) -> DayTimetable:
    """The timetable the day would have with ``stops`` in this order."""
    return day_timetable(with_day_stops(plan, day_index, stops), day_index, catalog, estimates)


def _score_of(stops: list[Stop], plan: Plan, day_index: int, catalog: Catalog,
              estimates: Estimates) -> DayScore:
    return score(_timetable(stops, plan, day_index, catalog, estimates))
