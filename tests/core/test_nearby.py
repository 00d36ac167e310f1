"""The nearby index: every place within the radius, nearest first, and the grid never misses one."""

from __future__ import annotations

import math
import random

from planner.core.catalog import Catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.model import Place
from planner.core.nearby import NearbyIndex, distances_from_first

ORIGIN = (45.8992, 6.1294)  # Annecy


def place(place_id: str, lat: float, lon: float) -> Place:
    return Place(id=place_id, name=place_id, town="Annecy", lat=lat, lon=lon,
                 precision="exact", access="public", visit_minutes=30,
                 sources=["https://example.org/p"], departement="74", area="french-alps")


def scattered_catalog(count: int, seed: int) -> Catalog:
    """Places around Annecy, many near grid-cell edges, some far away."""
    rng = random.Random(seed)
    places = [place("origin", *ORIGIN)]
    for n in range(count):
        km = rng.choice([rng.uniform(0, 3), rng.uniform(0, 30)])
        bearing = rng.uniform(0, 2 * math.pi)
        lat = ORIGIN[0] + km * math.cos(bearing) / 111.0
        lon = ORIGIN[1] + km * math.sin(bearing) / (111.0 * math.cos(math.radians(ORIGIN[0])))
        places.append(place(f"p{n}", lat, lon))
    return Catalog.build([], places, [], [])


def test_around_finds_exactly_the_places_a_full_scan_finds() -> None:
    catalog = scattered_catalog(600, seed=7)
    index = NearbyIndex(catalog)
    origin = Waypoint("origin", *ORIGIN)
    for radius in (0.25, 1.0, 2.0, 5.0, 10.0, 25.0):
        found = index.around("origin", radius)
        expected = sorted(p.id for p in catalog.places.values() if p.id != "origin"
                          and distance_km(origin, Waypoint(p.name, p.lat, p.lon)) <= radius)
        assert sorted(p.id for p, _ in found) == expected, f"radius {radius} km"
        distances = [km for _, km in found]
        assert distances == sorted(distances), "nearest first"
        assert all(km <= radius for km in distances)


def test_a_place_alone_has_no_neighbours_and_is_never_its_own() -> None:
    index = NearbyIndex(Catalog.build([], [place("origin", *ORIGIN)], [], []))
    assert index.around("origin", 25.0) == []


def test_distances_from_the_first_place_of_a_film() -> None:
    first, second = place("a", *ORIGIN), place("b", ORIGIN[0] + 0.009, ORIGIN[1])
    assert distances_from_first([]) == []
    gaps = distances_from_first([first, second])
    assert gaps[0] is None and gaps[1] is not None and 0.99 < gaps[1] < 1.01
