"""GeoJSON (RFC 7946): the stops as points and each day's route as a line, longitude first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.exchange.registry import ExportOptions, write_export
from planner.exchange.trip_view import ESTIMATE_NOTE, StopView, trip_view


def export_geojson(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    write_export(path, geojson_bytes(plan, catalog, options))


def geojson_bytes(plan: Plan, catalog: Catalog, options: ExportOptions) -> bytes:
    trip = trip_view(plan, catalog, options.estimates)
    features: list[dict[str, Any]] = []
    for day in trip.days:
        placed = [stop for stop in day.stops if stop.has_position]
        features += [_point(stop) for stop in placed]
        if len(placed) > 1:
            features.append({
                "type": "Feature",
                "geometry": {"type": "LineString",
                             "coordinates": [[stop.lon, stop.lat] for stop in placed]},
                "properties": {"kind": "route", "day": day.number, "date": day.date.isoformat(),
                               "label": day.label},
            })
    collection = {"type": "FeatureCollection", "name": trip.name, "note": ESTIMATE_NOTE,
                  "features": features}
    return msgspec.json.format(msgspec.json.encode(collection), indent=1)


def _point(stop: StopView) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": stop.stop_id,
        "geometry": {"type": "Point", "coordinates": [stop.lon, stop.lat]},
        "properties": {
            "kind": "stop", "day": stop.day, "order": stop.order, "name": stop.name,
            "address": stop.address, "town": stop.town,
            "arrival_estimate": stop.arrival.isoformat(),
            "departure_estimate": stop.departure.isoformat(),
            "minutes": stop.minutes, "note": stop.note,
            "titles": "; ".join(f"{shot.title} ({shot.year})" for shot in stop.shots),
            "sources": " ".join(stop.sources),
        },
    }
