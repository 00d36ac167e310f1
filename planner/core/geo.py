"""Distances on the ellipsoid, via geopy's geodesic (Karney) algorithm."""

from __future__ import annotations

from typing import NamedTuple

from geopy.distance import geodesic


class Waypoint(NamedTuple):
    """A named point on the map: a catalog place or one of the user's own places."""

    name: str
    lat: float
    lon: float


def distance_km(a: Waypoint, b: Waypoint) -> float:
    """Geodesic distance in kilometres (as the crow flies, not by road)."""
    return float(geodesic((a.lat, a.lon), (b.lat, b.lon)).km)
