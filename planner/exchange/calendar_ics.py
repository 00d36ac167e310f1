"""iCalendar (.ics) for Google Calendar, Apple Calendar and Thunderbird, via ``icalendar``.

One event per stop, in Europe/Paris with its VTIMEZONE. Each event's UID comes from the stop's
own id, which never changes, so importing the plan again updates its events instead of adding
them twice. The stamp is the plan's last edit, so the same plan always gives the same file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.core.travel import TRAVEL_ESTIMATES
from planner.exchange.registry import ExportOptions, write_export
from planner.exchange.trip_view import ESTIMATE_NOTE, StopView, trip_view

PRODUCT_ID = "-//Film Trip Planner//film-trip-planner//EN"
UID_DOMAIN = "film-trip-planner.invalid"


def export_ics(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    write_export(path, ics_bytes(plan, catalog, options))


def ics_bytes(plan: Plan, catalog: Catalog, options: ExportOptions) -> bytes:
    trip = trip_view(plan, catalog, options.estimates)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", trip.name)
    for stop in trip.stops:
        if options.travel_legs and stop.leg_minutes:
            calendar.add_component(_leg_event(stop, trip.updated))
        calendar.add_component(_stop_event(stop, trip.updated))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _stop_event(stop: StopView, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{stop.stop_id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", stop.arrival)
    event.add("dtend", stop.departure)
    event.add("summary", stop.name)
    location = ", ".join(part for part in (stop.address, stop.town) if part)
    if location:
        event.add("location", location)
    if stop.has_position:
        event.add("geo", (stop.lat, stop.lon))
    event.add("description", _description(stop))
    if stop.sources:
        event.add("url", stop.sources[0])
    return event


def _leg_event(stop: StopView, stamp: dt.datetime) -> Event:
    assert stop.leg_minutes is not None and stop.leg_mode is not None
    event = Event()
    event.add("uid", f"{stop.stop_id}-leg@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", stop.arrival - dt.timedelta(minutes=stop.leg_minutes))
    event.add("dtend", stop.arrival)
    event.add("summary", f"To {stop.name} {TRAVEL_ESTIMATES[stop.leg_mode].label}")
    event.add("description", ESTIMATE_NOTE)
    event.add("transp", "TRANSPARENT")
    return event


def _description(stop: StopView) -> str:
    lines = [f"Day {stop.day}, stop {stop.order}."]
    if stop.booked:
        lines.append("Booked time.")
    if stop.note:
        lines.append(stop.note)
    for shot in stop.shots:
        lines.append(f"{shot.title} ({shot.year}): {shot.scene}")
        lines.extend(f"  Source: {source}" for source in shot.sources)
    lines.append(ESTIMATE_NOTE)
    return "\n".join(lines)
