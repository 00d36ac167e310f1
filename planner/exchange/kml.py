"""KML for Google Earth and Google My Maps, via ``simplekml``.

A folder per day holds a placemark per stop and a line for its route. My Maps turns each folder
into a layer and keeps the number of layers small (10 per map when this was written), so a
longer trip puts neighbouring days together: "Days 1 to 3". A day holds at most 50 stops, so
no layer comes near the number of features My Maps takes in one.
"""

from __future__ import annotations

from pathlib import Path

import simplekml

from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.exchange.registry import ExportOptions, write_export
from planner.exchange.trip_view import ESTIMATE_NOTE, DayView, StopView, trip_view

MOST_LAYERS = 10
DAY_COLOURS = ["ff9c5a1f", "ff1c7ff5", "ff3ca02c", "ff2827d6", "ffbd6794", "ff4b568c"]
"""aabbggrr, KML's colour order; the first ones of the window's day colours."""


def export_kml(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    write_export(path, kml_text(plan, catalog, options).encode("utf-8"))


def kml_text(plan: Plan, catalog: Catalog, options: ExportOptions) -> str:
    trip = trip_view(plan, catalog, options.estimates)
    document = simplekml.Kml(name=trip.name, description=ESTIMATE_NOTE)
    for group in _layers(trip.days):
        folder = document.newfolder(name=_layer_name(group))
        for day in group:
            placed = [stop for stop in day.stops if stop.has_position]
            for stop in placed:
                placemark = folder.newpoint(name=f"{stop.day}.{stop.order} {stop.name}",
                                            coords=[(stop.lon, stop.lat)])
                placemark.description = _description(stop)
            if len(placed) > 1:
                line = folder.newlinestring(name=f"Day {day.number} route",
                                            coords=[(s.lon, s.lat) for s in placed])
                line.style.linestyle.color = DAY_COLOURS[(day.number - 1) % len(DAY_COLOURS)]
                line.style.linestyle.width = 4
    return str(document.kml())


def _layers(days: list[DayView]) -> list[list[DayView]]:
    """The days in at most :data:`MOST_LAYERS` groups of neighbouring days."""
    size = -(-len(days) // MOST_LAYERS)
    return [days[start:start + size] for start in range(0, len(days), size)]


def _layer_name(group: list[DayView]) -> str:
    if len(group) == 1:
        day = group[0]
        return f"Day {day.number} · {day.date:%a %d %b}" + (f" · {day.label}" if day.label
                                                            else "")
    return f"Days {group[0].number} to {group[-1].number}"


def _description(stop: StopView) -> str:
    lines = [f"About {stop.arrival:%H:%M} to {stop.departure:%H:%M} (estimate)"]
    lines += [stop.address] if stop.address else []
    lines += [f"{shot.title} ({shot.year}): {shot.scene}" for shot in stop.shots]
    lines += stop.sources[:1]
    return "\n".join(lines)
