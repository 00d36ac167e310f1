"""Web Mercator, the projection of web maps and map tiles, in "world pixels".

At zoom level z the world is a square of ``256 * 2**z`` pixels, x growing east and y growing
south; zoom 0 is the whole world in one 256-pixel tile. The map view works in zoom-0 world
pixels and scales its view for the other zooms, so a point keeps one position in the scene.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TILE_SIZE = 256
MAX_LATITUDE = 85.05112878
"""Beyond this the projection runs off to infinity; tiles stop there."""
EARTH_CIRCUMFERENCE_M = 40_075_016.686


@dataclass(frozen=True)
class WorldPoint:
    """A point in zoom-0 world pixels."""

    x: float
    y: float


def project(lat: float, lon: float) -> WorldPoint:
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = (lon + 180.0) / 360.0 * TILE_SIZE
    sin = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * TILE_SIZE
    return WorldPoint(x, y)


def unproject(point: WorldPoint) -> tuple[float, float]:
    """(lat, lon) of a world point."""
    lon = point.x / TILE_SIZE * 360.0 - 180.0
    n = math.pi - 2 * math.pi * point.y / TILE_SIZE
    lat = math.degrees(math.atan(math.sinh(n)))
    return lat, lon


def metres_per_pixel(lat: float, zoom: float) -> float:
    """Ground distance covered by one screen pixel at a latitude and zoom (for the scale bar)."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (TILE_SIZE * math.pow(2.0, zoom))
