"""Distances on the ellipsoid, via geopy's geodesic (Karney) algorithm."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from geopy.distance import geodesic


class Waypoint(NamedTuple):
    """A named point on the map: a catalog place or one of the user's own places."""

    name: str
    lat: float
    lon: float


@lru_cache(maxsize=65_536)
def distance_km(a: Waypoint, b: Waypoint) -> float:
    """Geodesic distance in kilometres (as the crow flies, not by road).

    Remembered: an edit recomputes a whole day's legs and timetable, and the geodesic (about
    0.2 ms each) would otherwise dominate the time a 500-stop plan takes to redraw.
    """
    return float(geodesic((a.lat, a.lon), (b.lat, b.lon)).km)
