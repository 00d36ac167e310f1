"""A day's timetable: when each stop is reached and left, and what will not work on the day.

Times shown are wall-clock times in Europe/Paris. Inside, every time is an instant in UTC, where
adding and comparing are exact (Python compares two times of one time zone as wall-clock
times), so a day across the spring or autumn clock change comes out right. A day may end after
midnight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from planner.core.catalog import Catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.itinerary import opening_hours_of, waypoint_for
from planner.core.model import Plan, Stop
from planner.core.opening import open_state
from planner.core.phrase import QT_TRANSLATE_NOOP, Phrase, phrase
from planner.core.travel import (
    TRAVEL_ESTIMATES,
    ModeEstimate,
    TravelMode,
    is_long_leg,
    leg_minutes,
)

PARIS = ZoneInfo("Europe/Paris")
WarningKind = Literal["late", "fixed-time", "long-leg", "no-position", "closed"]


@dataclass(frozen=True)
class Leg:
    """The way to a stop (or back to the day's base) from where the day was before."""

    km: float | None
    """Straight-line distance; None when a place's position is unknown."""
    minutes: int
    mode: TravelMode


@dataclass(frozen=True)
class Visit:
    stop_id: str
    leg: Leg | None
    """None for the first stop of a day without a base."""
    arrival: dt.datetime
    departure: dt.datetime
    wait_minutes: int
    """Time spent waiting for a fixed arrival (a booked visit)."""


@dataclass(frozen=True)
class ScheduleWarning:
    kind: WarningKind
    stop_id: str | None
    """The stop it is about; None for the day as a whole."""
    phrase: Phrase

    @property
    def text(self) -> str:
        """The warning in English (files written, the command line)."""
        return str(self.phrase)


@dataclass(frozen=True)
class DayTimetable:
    visits: list[Visit]
    return_leg: Leg | None
    """Back to the base at the end of the day, when the day has one."""
    start: dt.datetime
    planned_end: dt.datetime
    end: dt.datetime
    """When the day's last visit (or the way back to the base) ends."""
    warnings: list[ScheduleWarning]


def paris_time(day: dt.date, time: dt.time) -> dt.datetime:
    """A Paris wall-clock time as an instant in UTC (where adding and comparing are exact)."""
    return dt.datetime.combine(day, time, tzinfo=PARIS).astimezone(dt.UTC)


def later(moment: dt.datetime, minutes: int) -> dt.datetime:
    return moment + dt.timedelta(minutes=minutes)


def clock(moment: dt.datetime) -> str:
    """"14:30", the Paris wall-clock time of an instant."""
    return f"{moment.astimezone(PARIS):%H:%M}"


def day_timetable(plan: Plan, day_index: int, catalog: Catalog,
                  estimates: dict[TravelMode, ModeEstimate] = TRAVEL_ESTIMATES) -> DayTimetable:
    """The timetable of day ``day_index``: arrivals, departures and warnings, all estimates."""
    day = plan.days[day_index]
    date = plan.day_date(day_index)
    start = paris_time(date, day.start_time)
    planned_end = paris_time(date, day.end_time)
    if planned_end <= start:  # a day that ends after midnight
        planned_end = paris_time(date + dt.timedelta(days=1), day.end_time)
    base = waypoint_for(day.base, plan, catalog) if day.base else None
    warnings: list[ScheduleWarning] = []
    visits: list[Visit] = []
    now, here = start, base
    for stop in day.stops:
        point = waypoint_for(stop.place_id, plan, catalog)
        leg = None
        if here is not None or point is None:
            leg = leg_between(here, point, stop.travel_mode or plan.default_travel_mode, estimates)
            _warn_about_leg(leg, stop, point, warnings)
        arrival = later(now, leg.minutes) if leg else now
        wait = 0
        if stop.fixed_arrival is not None:
            booked = paris_time(date, stop.fixed_arrival)
            if booked < start:
                booked = paris_time(date + dt.timedelta(days=1), stop.fixed_arrival)
            if arrival > booked:
                warnings.append(ScheduleWarning("fixed-time", stop.id, phrase(
                    QT_TRANSLATE_NOOP("core", "Booked for {booked}, but reached about "
                                      "{arrival}, {late} min late"),
                    booked=clock(booked), arrival=clock(arrival),
                    late=minutes_between(booked, arrival))))
            else:
                wait = minutes_between(arrival, booked)
                arrival = booked
        departure = later(arrival, stop.minutes)
        _warn_about_hours(stop, opening_hours_of(stop.place_id, plan, catalog), arrival,
                          departure, warnings)
        visits.append(Visit(stop.id, leg, arrival.astimezone(PARIS),
                            departure.astimezone(PARIS), wait))
        now, here = departure, point if point is not None else here
    return_leg = None
    if base is not None and visits:
        return_leg = leg_between(here, base, plan.default_travel_mode, estimates)
        now = later(now, return_leg.minutes)
    if now > planned_end:
        warnings.append(ScheduleWarning("late", None, phrase(
            QT_TRANSLATE_NOOP("core", "The day runs to about {end}, {late} min past its "
                              "planned end at {planned}"),
            end=clock(now), late=minutes_between(planned_end, now), planned=clock(planned_end))))
    return DayTimetable(visits, return_leg, start.astimezone(PARIS),
                        planned_end.astimezone(PARIS), now.astimezone(PARIS), warnings)


def leg_between(origin: Waypoint | None, target: Waypoint | None, mode: TravelMode,
         estimates: dict[TravelMode, ModeEstimate]) -> Leg:
    """The estimated leg between two points; no time when either position is unknown."""
    if origin is None or target is None:
        return Leg(None, 0, mode)
    km = distance_km(origin, target)
    return Leg(km, leg_minutes(km, mode, estimates), mode)


def travel_matrix(points: Sequence[Waypoint | None], modes: Sequence[TravelMode],
                  estimates: dict[TravelMode, ModeEstimate]) -> list[list[int]]:
    """Estimated minutes from each point to each other, reaching point ``b`` by ``modes[b]``."""
    return [[leg_between(a, b, mode, estimates).minutes for b, mode in
             zip(points, modes, strict=True)] for a in points]


def _warn_about_leg(leg: Leg, stop: Stop, point: Waypoint | None,
                    warnings: list[ScheduleWarning]) -> None:
    if point is None or leg.km is None:
        warnings.append(ScheduleWarning("no-position", stop.id, phrase(QT_TRANSLATE_NOOP(
            "core", "Position unknown, so the travel time is not counted"))))
    elif is_long_leg(leg.km, leg.mode):
        warnings.append(ScheduleWarning("long-leg", stop.id, phrase(
            QT_TRANSLATE_NOOP("core", "{km} km {how} is a long way; another way of travelling "
                              "may suit better"),
            km=round(leg.km, 1), how=phrase(TRAVEL_ESTIMATES[leg.mode].label))))


def _warn_about_hours(stop: Stop, hours: str, arrival: dt.datetime,
                      departure: dt.datetime, warnings: list[ScheduleWarning]) -> None:
    """A place reached while closed, or that closes before the visit ends."""
    if not hours:
        return
    state = open_state(hours, arrival.astimezone(PARIS))
    change = state.next_change
    if not state.is_open:
        if change is None:
            text = QT_TRANSLATE_NOOP("core", "Closed when reached at {arrival} (hours: {hours})")
        elif change.date() == arrival.astimezone(PARIS).date():
            text = QT_TRANSLATE_NOOP("core", "Closed when reached at {arrival}; it opens at "
                                     "{opens} (hours: {hours})")
        else:
            text = QT_TRANSLATE_NOOP("core", "Closed when reached at {arrival}; it opens on "
                                     "{day} at {opens} (hours: {hours})")
        warnings.append(ScheduleWarning("closed", stop.id, phrase(
            text, arrival=clock(arrival), hours=hours, day=change and change.date(),
            opens=change and f"{change:%H:%M}")))
    elif change is not None and change < departure.astimezone(PARIS).replace(tzinfo=None):
        warnings.append(ScheduleWarning("closed", stop.id, phrase(
            QT_TRANSLATE_NOOP("core", "Closes at {closes}, before the visit would end at "
                              "{departure}"),
            closes=f"{change:%H:%M}", departure=clock(departure))))


def minutes_between(earlier: dt.datetime, later_time: dt.datetime) -> int:
    """Whole minutes from ``earlier`` to ``later_time`` (negative when it is before)."""
    return round((later_time - earlier).total_seconds() / 60)
