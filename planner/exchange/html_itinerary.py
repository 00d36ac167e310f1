"""One self-contained HTML file for the phone: the itinerary, day maps and map-app links.

Nothing in it is fetched from anywhere: styles are inline, maps are inline SVG drawn from the
shipped base map, and a Content-Security-Policy forbids any request, so the file works in
airplane mode and cannot be made to call out. Text from the plan and the catalog goes through
Jinja's autoescaping.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from planner.core.base_map import BaseMap, shipped_base_map
from planner.core.catalog import Catalog
from planner.core.model import Plan
from planner.core.travel import TRAVEL_ESTIMATES, TravelMode
from planner.exchange.map_links import RouteLink, directions_links, geo_uri
from planner.exchange.registry import ExportOptions, write_export
from planner.exchange.svg_map import SvgMap, svg_map
from planner.exchange.trip_view import ESTIMATE_NOTE, DayView, StopView, TripView, trip_view

TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("planner.exchange", "templates"),
    autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


@dataclass(frozen=True)
class DayPage:
    day: DayView
    map: SvgMap | None
    routes: list[RouteLink]
    geo: dict[str, str]
    """Stop id → geo: URI, for the stops whose position is known."""


def export_html(plan: Plan, catalog: Catalog, path: Path, options: ExportOptions) -> None:
    write_export(path, html_text(plan, catalog, options).encode("utf-8"))


def html_text(plan: Plan, catalog: Catalog, options: ExportOptions) -> str:
    trip = trip_view(plan, catalog, options.estimates)
    base_map = shipped_base_map()
    return TEMPLATES.get_template("itinerary.html.j2").render(
        trip=trip, pages=day_pages(trip, base_map, plan.default_travel_mode),
        overview=overview_map(trip, base_map), estimate_note=ESTIMATE_NOTE,
        mode_label=TRAVEL_ESTIMATES[plan.default_travel_mode].label)


def day_pages(trip: TripView, base_map: BaseMap | None, mode: TravelMode) -> list[DayPage]:
    """Each day with its map, its route links and a map-app link per located stop."""
    pages = []
    for day in trip.days:
        placed = [stop for stop in day.stops if _point(stop) is not None]
        points = [p for p in (_point(stop) for stop in placed) if p is not None]
        pages.append(DayPage(day, svg_map(points, base_map), directions_links(points, mode),
                             {s.stop_id: geo_uri(s.lat, s.lon, s.name) for s in placed
                              if s.lat is not None and s.lon is not None}))
    return pages


def overview_map(trip: TripView, base_map: BaseMap | None) -> SvgMap | None:
    """The whole trip on one map, each day numbered at its first stop."""
    located = [stop for stop in trip.stops if _point(stop) is not None]
    firsts = {day.stops[0].stop_id: day.number for day in trip.days if day.stops}
    return svg_map([p for p in map(_point, located) if p is not None], base_map,
                   [firsts.get(stop.stop_id) for stop in located])


def _point(stop: StopView) -> tuple[float, float] | None:
    return (stop.lat, stop.lon) if stop.lat is not None and stop.lon is not None else None
