"""Files in and out of the app; for now the native portable plan file."""

from __future__ import annotations

from planner.exchange.native import FILE_SUFFIX, FORMAT_MARKER, export_plan, import_plan

__all__ = ["FILE_SUFFIX", "FORMAT_MARKER", "export_plan", "import_plan"]
