"""Places near a place: what a fan can add to fill an afternoon around one spot."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from planner.core.catalog import Catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.model import Place

CELL_DEGREES = 0.05  # about 5.5 km north-south; a grid cell lookup replaces a full scan
KM_PER_DEGREE_LAT = 110.574


def _waypoint(place: Place) -> Waypoint:
    return Waypoint(place.name, place.lat, place.lon)


class NearbyIndex:
    """A grid over the catalog's places, so a radius query reads a few cells, not every place."""

    def __init__(self, catalog: Catalog) -> None:
        self._places = catalog.places
        self._cells: dict[tuple[int, int], list[str]] = defaultdict(list)
        for place in catalog.places.values():
            self._cells[self._cell(place.lat, place.lon)].append(place.id)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)

    def _candidates(self, lat: float, lon: float, radius_km: float) -> Iterable[str]:
        lat_span = radius_km / KM_PER_DEGREE_LAT
        lon_span = lat_span / max(math.cos(math.radians(lat)), 0.01)
        south, west = self._cell(lat - lat_span, lon - lon_span)
        north, east = self._cell(lat + lat_span, lon + lon_span)
        for row in range(south, north + 1):
            for column in range(west, east + 1):
                yield from self._cells.get((row, column), ())

    def around(self, place_id: str, radius_km: float) -> list[tuple[Place, float]]:
        """Other places within ``radius_km`` of a place, nearest first, with their distance."""
        origin = self._places[place_id]
        found = []
        for other_id in self._candidates(origin.lat, origin.lon, radius_km):
            if other_id == place_id:
                continue
            other = self._places[other_id]
            distance = distance_km(_waypoint(origin), _waypoint(other))
            if distance <= radius_km:
                found.append((other, distance))
        found.sort(key=lambda item: (item[1], item[0].name))
        return found


def distances_from_first(places: list[Place]) -> list[float | None]:
    """How far each of a film's places is from its first one (None for the first)."""
    if not places:
        return []
    first = _waypoint(places[0])
    return [None, *(distance_km(first, _waypoint(p)) for p in places[1:])]
