"""GPX 1.1 for OsmAnd, Organic Maps and Garmin devices, via ``gpxpy``.

Every stop is a waypoint (name, description, link to its source); each day is a route through
its stops in visiting order. Stops without a known position are left out: GPX needs one.
"""

from __future__ import annotations

from pathlib import Path

import gpxpy.gpx

from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.exchange.registry import ExportOptions, write_export
from planner.exchange.trip_view import ESTIMATE_NOTE, StopView, trip_view

CREATOR = "Film Trip Planner"


def export_gpx(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    write_export(path, gpx_text(plan, catalog, options).encode("utf-8"))


def gpx_text(plan: Plan, catalog: Catalog, options: ExportOptions) -> str:
    trip = trip_view(plan, catalog, options.estimates)
    document = gpxpy.gpx.GPX()
    document.creator = CREATOR
    document.name = trip.name
    document.description = ESTIMATE_NOTE
    for day in trip.days:
        placed = [stop for stop in day.stops if stop.lat is not None and stop.lon is not None]
        for stop in placed:
            assert stop.lat is not None and stop.lon is not None
            waypoint = gpxpy.gpx.GPXWaypoint(stop.lat, stop.lon, name=_label(stop),
                                             description=_description(stop))
            waypoint.comment = stop.note or None
            waypoint.type = "Filming location"
            document.waypoints.append(waypoint)
        if placed:
            route = gpxpy.gpx.GPXRoute(name=_day_name(day.number, day.label),
                                       description=f"{day.date:%A %d %B %Y}", number=day.number)
            for stop in placed:
                assert stop.lat is not None and stop.lon is not None
                route.points.append(gpxpy.gpx.GPXRoutePoint(stop.lat, stop.lon,
                                                            name=_label(stop)))
            document.routes.append(route)
    return str(document.to_xml(version="1.1"))


def _day_name(number: int, label: str) -> str:
    return f"Day {number}" + (f": {label}" if label else "")


def _label(stop: StopView) -> str:
    return f"{stop.day}.{stop.order} {stop.name}"


def _description(stop: StopView) -> str:
    arrives = f"Day {stop.day}, about {stop.arrival:%H:%M} to {stop.departure:%H:%M} (estimate)."
    shots = [f"{shot.title} ({shot.year}): {shot.scene}" for shot in stop.shots]
    return " ".join([arrives, *shots, *(f"Source: {s}" for s in stop.sources[:1])])
