"""A plan as every export sees it: days of stops, each with its place, times and what was shot.

One reading of the plan, the catalog and the timetable feeds every file format, so a calendar,
a GPS file and a spreadsheet of the same plan always agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from planner.core.catalog import Catalog
from planner.core.itinerary import custom_place, waypoint_for
from planner.core.model import CustomPlace, Plan
from planner.core.schedule import day_timetable
from planner.core.travel import TRAVEL_ESTIMATES, ModeEstimate, TravelMode

ESTIMATE_NOTE = ("Times are estimates from straight-line distances and typical speeds, "
                 "made by Film Trip Planner.")


@dataclass(frozen=True)
class Shot:
    """A title filmed at a place, and the scene."""

    title: str
    year: int
    scene: str
    sources: Sequence[str]


@dataclass(frozen=True)
class StopView:
    stop_id: str
    day: int
    """1 for the first day."""
    order: int
    """1 for the day's first stop."""
    name: str
    lat: float | None
    lon: float | None
    """None when the place is not known (a place removed from the catalog)."""
    arrival: dt.datetime
    departure: dt.datetime
    """Paris times, estimates."""
    minutes: int
    address: str = ""
    town: str = ""
    note: str = ""
    booked: bool = False
    leg_minutes: int | None = None
    """Travel from the stop before (or the base), estimate; None for the day's first stop."""
    leg_mode: TravelMode | None = None
    shots: list[Shot] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    """Where the place's position and facts come from."""

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class DayView:
    number: int
    date: dt.date
    label: str
    start: dt.datetime
    end: dt.datetime
    stops: list[StopView]
    warnings: list[str]


@dataclass(frozen=True)
class TripView:
    plan_id: str
    name: str
    updated: dt.datetime
    days: list[DayView]

    @property
    def stops(self) -> list[StopView]:
        return [stop for day in self.days for stop in day.stops]


def trip_view(plan: Plan, catalog: Catalog,
              estimates: dict[TravelMode, ModeEstimate] = TRAVEL_ESTIMATES) -> TripView:
    days = []
    for index, day in enumerate(plan.days):
        timetable = day_timetable(plan, index, catalog, estimates)
        stops = []
        for order, (stop, visit) in enumerate(zip(day.stops, timetable.visits, strict=True), 1):
            point = waypoint_for(stop.place_id, plan, catalog)
            place = catalog.places.get(stop.place_id)
            custom = custom_place(plan, stop.place_id)
            shots = [Shot(catalog.films[a.film].title, catalog.films[a.film].year, a.scene,
                          a.sources) for a in catalog.appearances_at_place(stop.place_id)]
            stops.append(StopView(
                stop_id=stop.id, day=index + 1, order=order,
                name=point.name if point else f"Missing place ({stop.place_id})",
                lat=point.lat if point else None, lon=point.lon if point else None,
                arrival=visit.arrival, departure=visit.departure, minutes=stop.minutes,
                address=place.address if place else (custom.address if custom else ""),
                town=place.town if place else "", note=_note(stop.note, custom),
                booked=stop.fixed_arrival is not None,
                leg_minutes=visit.leg.minutes if visit.leg else None,
                leg_mode=visit.leg.mode if visit.leg else None,
                shots=shots, sources=list(place.sources) if place else []))
        days.append(DayView(index + 1, plan.day_date(index), day.label, timetable.start,
                            timetable.end, stops, [w.text for w in timetable.warnings]))
    return TripView(plan.id, plan.name, plan.updated, days)


def _note(stop_note: str, own: CustomPlace | None) -> str:
    """The stop's note, then what the user wrote about a place of their own and its hours."""
    hours = f"Opening hours: {own.opening_hours}" if own and own.opening_hours else ""
    return " · ".join(text for text in (stop_note, own.note if own else "", hours) if text)
