"""Files in and out of the app, each format behind the exporter registry."""

from __future__ import annotations

from planner.exchange.native import FILE_SUFFIX, FORMAT_MARKER, export_plan, import_plan
from planner.exchange.registry import (
    Exporter,
    ExportOptions,
    exporter_for,
    exporters,
    register,
)

_HERE = "planner.exchange"
register(Exporter("ftrip", "Film Trip Planner plan", FILE_SUFFIX, f"{_HERE}.native:export_native"))
register(Exporter("ics", "Calendar (iCalendar)", ".ics", f"{_HERE}.calendar_ics:export_ics"))
register(Exporter("ics-legs", "Calendar with travel between stops (iCalendar)", ".ics",
                  f"{_HERE}.calendar_ics:export_ics", {"travel_legs": True}))
register(Exporter("gpx", "GPS route and waypoints (GPX 1.1)", ".gpx", f"{_HERE}.gpx:export_gpx"))
register(Exporter("kml", "Google Earth and My Maps (KML)", ".kml", f"{_HERE}.kml:export_kml"))
register(Exporter("geojson", "GeoJSON", ".geojson", f"{_HERE}.geojson:export_geojson"))
register(Exporter("html", "Itinerary for the phone (HTML)", ".html",
                  f"{_HERE}.html_itinerary:export_html"))
register(Exporter("csv", "Spreadsheet (CSV, UTF-8)", ".csv", f"{_HERE}.csv_table:export_csv"))
register(Exporter("csv-excel", "Spreadsheet for Excel (CSV, UTF-8 with BOM)", ".csv",
                  f"{_HERE}.csv_table:export_csv", {"excel_bom": True}))

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
