"""What fits in a day: catalog places near its route that the time left can take.

A place fits when adding it where it costs the least travel keeps the day within its planned
end and adds no problem to the timetable: it must be open when reached and until the visit
ends, and no booked time may be missed because of it. Private places are never suggested.
The best come first: the smallest detour, then the nearest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.core.best_order import PROBLEMS, Estimates, with_day_stops
from planner.core.catalog import Catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.itinerary import waypoint_for
from planner.core.model import Plan, Stop
from planner.core.schedule import day_timetable, leg_between
from planner.core.travel import TRAVEL_ESTIMATES, TravelMode

REACH_KM = 40.0
"""Places farther than this from every point of the day are not tried."""


@dataclass(frozen=True)
class Suggestion:
    place_id: str
    row: int
    """Where in the day it goes: the row it takes among the day's stops."""
    detour_minutes: int
    """Travel it adds to the day (estimate)."""
    arrival: dt.datetime
    """When it would be reached (Paris time, estimate)."""


def what_fits(plan: Plan, day_index: int, catalog: Catalog,
              estimates: Estimates = TRAVEL_ESTIMATES, *, limit: int = 12) -> list[Suggestion]:
    """Up to ``limit`` catalog places that fit in day ``day_index``, best first."""
    day = plan.days[day_index]
    current = day_timetable(plan, day_index, catalog, estimates)
    if current.end >= current.planned_end:
        return []
    base = waypoint_for(day.base, plan, catalog) if day.base else None
    stops = [waypoint_for(stop.place_id, plan, catalog) for stop in day.stops]
    route = [base, *stops, base] if base else [None, *stops, None]
    known = [point for point in route if point is not None]
    if not known:
        return []
    taken = {stop.place_id for other in plan.days for stop in other.stops}
    problems = sum(w.kind in PROBLEMS for w in current.warnings)
    found: list[tuple[int, float, Suggestion]] = []
    for place in catalog.places.values():
        point = Waypoint(place.name, place.lat, place.lon)
        nearest = min(distance_km(point, other) for other in known)
        if place.id in taken or place.access == "private" or nearest > REACH_KM:
            continue
        row, detour = _cheapest_row(route, point, plan.default_travel_mode, estimates)
        stop = Stop(place_id=place.id, minutes=place.visit_minutes)
        stops_after = list(day.stops)
        stops_after.insert(row, stop)
        trial = with_day_stops(plan, day_index, stops_after)
        timetable = day_timetable(trial, day_index, catalog, estimates)
        if (timetable.end <= timetable.planned_end
                and sum(w.kind in PROBLEMS for w in timetable.warnings) <= problems):
            arrival = timetable.visits[row].arrival
            found.append((detour, nearest, Suggestion(place.id, row, detour, arrival)))
    found.sort(key=lambda entry: (entry[0], entry[1], entry[2].place_id))
    return [suggestion for _, _, suggestion in found[:limit]]


def _cheapest_row(route: list[Waypoint | None], point: Waypoint, mode: TravelMode,
                  estimates: Estimates) -> tuple[int, int]:
    """(row among the stops, added minutes) of the cheapest place to put ``point``."""
    best: tuple[int, int] | None = None
    for row in range(len(route) - 1):
        before, after = route[row], route[row + 1]
        added = (leg_between(before, point, mode, estimates).minutes
                 + leg_between(point, after, mode, estimates).minutes
                 - leg_between(before, after, mode, estimates).minutes)
        if best is None or added < best[1]:
            best = (row, added)
    assert best is not None
    return best
