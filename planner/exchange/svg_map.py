"""Small offline maps for printed and phone itineraries, drawn from the shipped base map.

A map is a box around some points in Web Mercator, with the land, lakes, rivers and borders
that fall inside it, clipped to the box so a day in Paris does not carry the whole coast of
France. Only numbers leave this module (SVG path data and marker positions); names are put in
by the template, which escapes them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.core.base_map import BaseMap, LonLat
from planner.core.mercator import WorldPoint, project

WIDTH, HEIGHT = 360, 240
MARGIN = 0.18
"""Room around the points, as a share of the box."""
SMALLEST_SPAN = 0.004
"""Zoom-0 world pixels (about 6 km in France): a one-stop day still shows its surroundings."""
Pixel = tuple[float, float]


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    number: int


@dataclass(frozen=True)
class SvgMap:
    width: int
    height: int
    land: str
    lakes: str
    rivers: str
    borders: str
    route: str
    markers: list[Marker]


@dataclass(frozen=True)
class _Frame:
    """Maps world points into the picture."""

    left: float
    top: float
    scale: float

    def pixel(self, point: WorldPoint) -> Pixel:
        return ((point.x - self.left) * self.scale, (point.y - self.top) * self.scale)


def svg_map(points: Sequence[tuple[float, float]], base_map: BaseMap | None,
            numbers: Sequence[int | None] | None = None) -> SvgMap | None:
    """A map of ``points`` ((lat, lon), in visiting order) joined by a line; each point is
    numbered 1, 2, … or as ``numbers`` says (None: no marker). None when there are no points."""
    if not points:
        return None
    world = [project(lat, lon) for lat, lon in points]
    frame = _frame(world)
    box = (0.0, 0.0, float(WIDTH), float(HEIGHT))
    layers = base_map.layers if base_map else None
    land = _areas(layers.land if layers else [], frame, box)
    lakes = _areas(layers.lakes if layers else [], frame, box)
    rivers = _lines((river.line for river in layers.rivers) if layers else [], frame)
    borders = _lines(layers.borders if layers else [], frame)
    pixels = [frame.pixel(point) for point in world]
    labels = numbers if numbers is not None else range(1, len(pixels) + 1)
    markers = [Marker(round(x, 1), round(y, 1), n)
               for n, (x, y) in zip(labels, pixels, strict=True) if n is not None]
    return SvgMap(WIDTH, HEIGHT, land, lakes, rivers, borders, _path([pixels], close=False),
                  markers)


def _frame(world: list[WorldPoint]) -> _Frame:
    xs, ys = [p.x for p in world], [p.y for p in world]
    span_x = max(max(xs) - min(xs), SMALLEST_SPAN)
    span_y = max(max(ys) - min(ys), SMALLEST_SPAN)
    scale = min(WIDTH / (span_x * (1 + 2 * MARGIN)), HEIGHT / (span_y * (1 + 2 * MARGIN)))
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return _Frame(centre_x - WIDTH / 2 / scale, centre_y - HEIGHT / 2 / scale, scale)


def _areas(polygons: Iterable[list[list[LonLat]]], frame: _Frame,
           box: tuple[float, float, float, float]) -> str:
    rings = []
    for polygon in polygons:
        for ring in polygon:
            clipped = _clip(_project_ring(ring, frame), box)
            if len(clipped) >= 3:
                rings.append(clipped)
    return _path(rings, close=True)


def _lines(lines: Iterable[list[LonLat]], frame: _Frame) -> str:
    """Lines with a point in (or near) the picture; the picture's own edge clips the rest."""
    kept = []
    for line in lines:
        pixels = _project_ring(line, frame)
        if any(-WIDTH <= x <= 2 * WIDTH and -HEIGHT <= y <= 2 * HEIGHT for x, y in pixels):
            kept.append(pixels)
    return _path(kept, close=False)


def _project_ring(ring: list[LonLat], frame: _Frame) -> list[Pixel]:
    """Projected points, with runs that fall on the same half pixel merged."""
    pixels: list[Pixel] = []
    for lon, lat in ring:
        x, y = frame.pixel(project(lat, lon))
        point = (round(x * 2) / 2, round(y * 2) / 2)
        if not pixels or pixels[-1] != point:
            pixels.append(point)
    return pixels


def _clip(ring: list[Pixel], box: tuple[float, float, float, float]) -> list[Pixel]:
    """The part of a polygon ring inside ``box`` (Sutherland and Hodgman's algorithm)."""
    left, top, right, bottom = box
    edges = [(0, left, True), (0, right, False), (1, top, True), (1, bottom, False)]
    for axis, limit, keep_above in edges:
        if not ring:
            break
        result: list[Pixel] = []
        for current, previous in zip(ring, ring[-1:] + ring[:-1], strict=True):
            now_in = _inside(current, axis, limit, keep_above)
            was_in = _inside(previous, axis, limit, keep_above)
            if now_in != was_in:
                result.append(_crossing(previous, current, axis, limit))
            if now_in:
                result.append(current)
        ring = result
    return ring


def _inside(point: Pixel, axis: int, limit: float, keep_above: bool) -> bool:
    return point[axis] >= limit if keep_above else point[axis] <= limit


def _crossing(a: Pixel, b: Pixel, axis: int, limit: float) -> Pixel:
    t = (limit - a[axis]) / (b[axis] - a[axis])
    x, y = a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
    return (limit, y) if axis == 0 else (x, limit)


def _path(parts: Iterable[Sequence[Pixel]], *, close: bool) -> str:
    """SVG path data for polylines (or closed rings), one decimal, nothing else."""
    pieces = []
    for part in parts:
        if len(part) < 2:
            continue
        head, *rest = part
        text = f"M{_number(head[0])} {_number(head[1])}" + "".join(
            f"L{_number(x)} {_number(y)}" for x, y in rest)
        pieces.append(text + ("Z" if close else ""))
    return "".join(pieces)


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "0"
    return f"{value:.1f}".rstrip("0").rstrip(".")
