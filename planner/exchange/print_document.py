"""The printable itinerary as plain data: rich text for Qt's text engine, and its pictures.

Qt lays the text out on pages (``planner.ui.pdf_export``); this module decides what is on
them, so it stays free of Qt and is tested like the other exports. Pictures are named in the
text (``<img src="map-2">``) and listed beside it: each map as an SVG drawing and each QR code
as the address it opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.base_map import shipped_base_map
from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.core.travel import TRAVEL_ESTIMATES
from planner.exchange.html_itinerary import TEMPLATES, day_pages, overview_map
from planner.exchange.registry import ExportOptions
from planner.exchange.trip_view import ESTIMATE_NOTE, trip_view

QR_PER_ROW = 6


@dataclass(frozen=True)
class PrintDocument:
    title: str
    html: str
    drawings: dict[str, str]
    """Picture name → standalone SVG."""
    qr_codes: dict[str, str]
    """Picture name → the address the QR code opens."""


def print_document(plan: Plan, catalog: Catalog, options: ExportOptions) -> PrintDocument:
    trip = trip_view(plan, catalog, options.estimates)
    base_map = shipped_base_map()
    pages = day_pages(trip, base_map, plan.default_travel_mode)
    maps = TEMPLATES.get_template("map.svg.j2").module
    drawings: dict[str, str] = {}
    overview = overview_map(trip, base_map)
    if overview is not None:
        drawings["map-0"] = str(maps.svg(overview, "The whole trip"))  # type: ignore[attr-defined]
    qr_codes: dict[str, str] = {}
    for page in pages:
        if page.map is not None:
            drawings[f"map-{page.day.number}"] = str(maps.svg(  # type: ignore[attr-defined]
                page.map, f"Day {page.day.number}"))
        for part, link in enumerate(page.routes, 1):
            qr_codes[f"qr-{page.day.number}-{part}"] = link.url
    html = TEMPLATES.get_template("print.html.j2").render(
        trip=trip, pages=pages, overview=overview, qr_per_row=QR_PER_ROW,
        estimate_note=ESTIMATE_NOTE, mode_label=TRAVEL_ESTIMATES[plan.default_travel_mode].label)
    return PrintDocument(trip.name, html, drawings, qr_codes)
