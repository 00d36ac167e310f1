"""The map view and what it draws."""

from __future__ import annotations

from planner.ui.map.map_view import ALPS, FRANCE, PARIS, MapView

__all__ = ["ALPS", "FRANCE", "PARIS", "MapView"]
