"""Small offline maps for printed and phone itineraries, drawn from the shipped base map.

A map is a box around some points in Web Mercator, with the land, lakes, rivers and borders
that fall inside it, clipped to the box so a day in Paris does not carry the whole coast of
France. Only numbers leave this module (SVG path data and marker positions); names are put in
by the template, which escapes them.
"""

from __future__ import annotations

import itertools
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
    layers = _world_layers(base_map) if base_map else _WorldLayers([], [], [], [])
    land = _path(_clipped_rings(layers.land, frame), close=True)
    lakes = _path(_clipped_rings(layers.lakes, frame), close=True)
    rivers = _path(_lines_in_view(layers.rivers, frame), close=False)
    borders = _path(_lines_in_view(layers.borders, frame), close=False)
    pixels = [frame.pixel(point) for point in world]
    labels = numbers if numbers is not None else range(1, len(pixels) + 1)
    markers = [Marker(round(x, 1), round(y, 1), n)
               for n, (x, y) in zip(labels, pixels, strict=True) if n is not None]
    # Each leg is its own short line: Qt strokes one long line that crosses itself very
    # slowly (0.8 s for 500 stops, against 0.16 s as separate legs).
    legs = [[a, b] for a, b in itertools.pairwise(pixels)]
    return SvgMap(WIDTH, HEIGHT, land, lakes, rivers, borders, _path(legs, close=False),
                  markers)


@dataclass(frozen=True)
class _Shape:
    """A ring or a line of the base map in world pixels, with its bounding box."""

    points: list[tuple[float, float]]
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class _WorldLayers:
    land: list[_Shape]
    lakes: list[_Shape]
    rivers: list[_Shape]
    borders: list[_Shape]


_PROJECTED: dict[int, _WorldLayers] = {}
"""The shipped base map projected once (it is read once and kept), by its id."""


def _world_layers(base_map: BaseMap) -> _WorldLayers:
    found = _PROJECTED.get(id(base_map))
    if found is None:
        layers = base_map.layers
        found = _PROJECTED[id(base_map)] = _WorldLayers(
            [_shape(ring) for polygon in layers.land for ring in polygon],
            [_shape(ring) for polygon in layers.lakes for ring in polygon],
            [_shape(river.line) for river in layers.rivers],
            [_shape(line) for line in layers.borders])
    return found


def _shape(line: list[LonLat]) -> _Shape:
    points = [(p.x, p.y) for p in (project(lat, lon) for lon, lat in line)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return _Shape(points, (min(xs), min(ys), max(xs), max(ys)))


def _frame(world: list[WorldPoint]) -> _Frame:
    xs, ys = [p.x for p in world], [p.y for p in world]
    span_x = max(max(xs) - min(xs), SMALLEST_SPAN)
    span_y = max(max(ys) - min(ys), SMALLEST_SPAN)
    scale = min(WIDTH / (span_x * (1 + 2 * MARGIN)), HEIGHT / (span_y * (1 + 2 * MARGIN)))
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return _Frame(centre_x - WIDTH / 2 / scale, centre_y - HEIGHT / 2 / scale, scale)


def _in_view(shape: _Shape, frame: _Frame) -> bool:
    left, top, right, bottom = shape.box
    return (right >= frame.left and left <= frame.left + WIDTH / frame.scale
            and bottom >= frame.top and top <= frame.top + HEIGHT / frame.scale)


def _clipped_rings(shapes: list[_Shape], frame: _Frame) -> list[list[Pixel]]:
    box = (0.0, 0.0, float(WIDTH), float(HEIGHT))
    rings = []
    for shape in shapes:
        if _in_view(shape, frame):
            clipped = _clip(_to_pixels(shape, frame), box)
            if len(clipped) >= 3:
                rings.append(clipped)
    return rings


def _lines_in_view(shapes: list[_Shape], frame: _Frame) -> list[list[Pixel]]:
    """Lines that cross the picture; the picture's own edge clips what lies outside."""
    return [_to_pixels(shape, frame) for shape in shapes if _in_view(shape, frame)]


def _to_pixels(shape: _Shape, frame: _Frame) -> list[Pixel]:
    """The shape in the picture, with runs that fall on the same half pixel merged."""
    pixels: list[Pixel] = []
    left, top, scale = frame.left, frame.top, frame.scale * 2
    for x, y in shape.points:
        point = (round((x - left) * scale) / 2, round((y - top) * scale) / 2)
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
    end = "Z" if close else ""
    return "".join("M" + "L".join(f"{_number(x)} {_number(y)}" for x, y in part) + end
                   for part in parts if len(part) >= 2)


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "0"
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
