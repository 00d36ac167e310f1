"""Files in and out of the app, each format behind the exporter registry."""

from __future__ import annotations

from dataclasses import replace

from planner.exchange.calendar_ics import export_ics
from planner.exchange.csv_table import export_csv
from planner.exchange.geojson import export_geojson
from planner.exchange.gpx import export_gpx
from planner.exchange.html_itinerary import export_html
from planner.exchange.kml import export_kml
from planner.exchange.native import FILE_SUFFIX, FORMAT_MARKER, export_plan, import_plan
from planner.exchange.registry import (
    Exporter,
    ExportOptions,
    exporter_for,
    exporters,
    register,
)

register(Exporter("ftrip", "Film Trip Planner plan", FILE_SUFFIX,
                  lambda plan, _catalog, path, _options: export_plan(plan, path)))
register(Exporter("ics", "Calendar (iCalendar)", ".ics", export_ics))
register(Exporter("ics-legs", "Calendar with travel between stops (iCalendar)", ".ics",
                  lambda plan, catalog, path, options: export_ics(
                      plan, catalog, path, replace(options, travel_legs=True))))
register(Exporter("gpx", "GPS route and waypoints (GPX 1.1)", ".gpx", export_gpx))
register(Exporter("kml", "Google Earth and My Maps (KML)", ".kml", export_kml))
register(Exporter("geojson", "GeoJSON", ".geojson", export_geojson))
register(Exporter("html", "Itinerary for the phone (HTML)", ".html", export_html))
register(Exporter("csv", "Spreadsheet (CSV, UTF-8)", ".csv", export_csv))
register(Exporter("csv-excel", "Spreadsheet for Excel (CSV, UTF-8 with BOM)", ".csv",
                  lambda plan, catalog, path, options: export_csv(
                      plan, catalog, path, replace(options, excel_bom=True))))

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_MARKER",
    "ExportOptions",
    "Exporter",
    "export_plan",
    "exporter_for",
    "exporters",
    "import_plan",
    "register",
]
