"""Web Mercator: round trips, and known places landing on their known pixels."""

from __future__ import annotations

import pytest

from planner.core.mercator import WorldPoint, metres_per_pixel, project, unproject


@pytest.mark.parametrize(("lat", "lon"), [
    (48.8584, 2.2945), (45.8992, 6.1294), (0.0, 0.0), (-33.86, 151.21), (85.0, -179.9),
])
def test_project_then_unproject_gives_the_point_back(lat: float, lon: float) -> None:
    back_lat, back_lon = unproject(project(lat, lon))
    assert back_lat == pytest.approx(lat, abs=1e-9)
    assert back_lon == pytest.approx(lon, abs=1e-9)


def test_the_equator_and_greenwich_are_the_middle_of_the_world() -> None:
    assert project(0.0, 0.0) == WorldPoint(128.0, 128.0)


def test_a_pixel_covers_less_ground_nearer_the_poles_and_when_zoomed_in() -> None:
    assert metres_per_pixel(0.0, 0) == pytest.approx(156_543.03, rel=1e-6)
    assert metres_per_pixel(45.9, 12) < metres_per_pixel(0.0, 12)
    assert metres_per_pixel(45.9, 13) == pytest.approx(metres_per_pixel(45.9, 12) / 2)
