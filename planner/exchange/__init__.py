"""Files in and out of the app, each format behind the exporter registry."""

from __future__ import annotations

from planner.exchange.native import FILE_SUFFIX, FORMAT_MARKER, export_plan, import_plan
from planner.exchange.registry import Exporter, exporter_for, exporters, register

register(Exporter("ftrip", "Film Trip Planner plan", FILE_SUFFIX,
                  lambda plan, _catalog, path: export_plan(plan, path)))

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_MARKER",
    "Exporter",
    "export_plan",
    "exporter_for",
    "exporters",
    "import_plan",
    "register",
]
