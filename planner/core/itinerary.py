"""What a plan adds up to: each leg's distance, each day's and the whole trip's total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from planner.core.catalog import Catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.model import CustomPlace, Plan, Stop
from planner.core.opening import is_valid_rule


def place_name(place_id: str, plan: Plan, catalog: Catalog) -> str | None:
    """The name of a catalog place or of one of the plan's own places; None if unknown."""
    waypoint = waypoint_for(place_id, plan, catalog)
    return waypoint.name if waypoint is not None else None


def waypoint_for(place_id: str, plan: Plan, catalog: Catalog) -> Waypoint | None:
    """The point of a catalog place or of one of the plan's own places; None if unknown."""
    place = catalog.places.get(place_id)
    if place is not None:
        return Waypoint(place.name, place.lat, place.lon)
    custom = custom_place(plan, place_id)
    return Waypoint(custom.name, custom.lat, custom.lon) if custom is not None else None


def opening_hours_of(place_id: str, plan: Plan, catalog: Catalog) -> str:
    """The opening-hours rule of a catalog place or of one of the plan's own places; empty
    when unknown, and for a rule of the user's that does not parse (the file may be old or
    edited by hand), so a timetable never trips on it."""
    place = catalog.places.get(place_id)
    if place is not None:
        return place.opening_hours
    custom = custom_place(plan, place_id)
    rule = custom.opening_hours if custom is not None else ""
    return rule if rule and is_valid_rule(rule) else ""


def custom_place(plan: Plan, place_id: str) -> CustomPlace | None:
    """One of the plan's own places, by id."""
    return next((custom for custom in plan.custom_places if custom.id == place_id), None)


def missing_place_ids(plan: Plan, catalog: Catalog) -> list[str]:
    """Places the plan's stops name that neither the catalog nor the plan itself has, in
    order; such stops are kept and shown as missing (a catalog update may have removed one)."""
    custom = {place.id for place in plan.custom_places}
    found = (stop.place_id for day in plan.days for stop in day.stops)
    return list(dict.fromkeys(p for p in found if p not in catalog.places and p not in custom))


@dataclass(frozen=True)
class DaySummary:
    """Leg distances (km) to each stop from the one before; the first stop has no leg."""

    legs_km: list[float | None]
    visit_minutes: int
    rough_legs: list[bool]
    """Legs that start or end at a place only known to its town: their distance is rough."""

    @property
    def total_km(self) -> float:
        return sum(leg for leg in self.legs_km if leg is not None)


def summarize_day(plan: Plan, day: int, catalog: Catalog) -> DaySummary:
    return summarize_stops(plan.days[day].stops, plan, catalog)


def summarize_stops(stops: Sequence[Stop], plan: Plan, catalog: Catalog) -> DaySummary:
    """The legs and visit time of ``stops`` in this order (a day of ``plan``)."""
    points = [waypoint_for(stop.place_id, plan, catalog) for stop in stops]
    legs: list[float | None] = [None]
    for previous, current in pairwise(points):
        legs.append(None if previous is None or current is None else distance_km(previous, current))
    town_only = [_town_only(stop.place_id, catalog) for stop in stops]
    rough = [False, *(a or b for a, b in pairwise(town_only))]
    return DaySummary(legs_km=legs[: len(stops)], visit_minutes=sum(s.minutes for s in stops),
                      rough_legs=rough[: len(stops)])


def _town_only(place_id: str, catalog: Catalog) -> bool:
    place = catalog.places.get(place_id)
    return place is not None and place.precision == "town"
