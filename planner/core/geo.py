"""Distances on the WGS84 ellipsoid, by Karney's geodesic algorithm (geographiclib).

geopy computes its geodesic distances with the same library; calling it directly skips
geopy's package import (every geocoder, and asyncio), which cost the window 0.13 s at start.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from geographiclib.geodesic import Geodesic


class Waypoint(NamedTuple):
    """A named point on the map: a catalog place or one of the user's own places."""

    name: str
    lat: float
    lon: float


@lru_cache(maxsize=65_536)
def distance_km(a: Waypoint, b: Waypoint) -> float:
    """Geodesic distance in kilometres (as the crow flies, not by road).

    Remembered: an edit recomputes a whole day's legs and timetable, and the geodesic (about
    0.1 ms each) would otherwise dominate the time a 500-stop plan takes to redraw.
    """
    inverse = Geodesic.WGS84.Inverse(a.lat, a.lon, b.lat, b.lon, Geodesic.DISTANCE)
    return float(inverse["s12"]) / 1000
