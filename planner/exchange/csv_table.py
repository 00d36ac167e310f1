"""CSV for spreadsheets: one row per stop, UTF-8, with a byte-order mark on request for Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.exchange.registry import ExportOptions, write_export
from planner.exchange.trip_view import trip_view

COLUMNS = ["day", "date", "stop", "arrival (estimate)", "departure (estimate)", "minutes",
           "place", "address", "town", "latitude", "longitude", "booked", "note", "titles",
           "sources"]


def export_csv(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    text = csv_text(plan, catalog, options)
    write_export(path, text.encode("utf-8-sig" if options.excel_bom else "utf-8"))


def csv_text(plan: Plan, catalog: Catalog, options: ExportOptions) -> str:
    trip = trip_view(plan, catalog, options.estimates)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for day in trip.days:
        for stop in day.stops:
            writer.writerow([
                day.number, day.date.isoformat(), stop.order, f"{stop.arrival:%H:%M}",
                f"{stop.departure:%H:%M}", stop.minutes, stop.name, stop.address, stop.town,
                "" if stop.lat is None else f"{stop.lat:.6f}",
                "" if stop.lon is None else f"{stop.lon:.6f}",
                "yes" if stop.booked else "", stop.note,
                "; ".join(f"{shot.title} ({shot.year})" for shot in stop.shots),
                " ".join(stop.sources)])
    return out.getvalue()
