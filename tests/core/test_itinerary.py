"""Leg, day and trip distances, on the WGS84 ellipsoid."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.core import editing
from planner.core.catalog import Catalog, load_catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.itinerary import summarize_day
from planner.core.model import CustomPlace, Stop
from tests.core.catalog_factory import catalog_document, write_catalog


def test_one_degree_of_latitude_at_the_equator() -> None:
    # 110.574 km is the published length of one degree of latitude at the equator (WGS84).
    assert distance_km(Waypoint("a", 0, 0), Waypoint("b", 1, 0)) == pytest.approx(110.574, abs=0.01)


@pytest.fixture
def small(tmp_path: Path) -> Catalog:
    return load_catalog(write_catalog(tmp_path / "catalog.json", catalog_document()))


def test_day_summary_measures_each_leg_including_custom_places(small: Catalog) -> None:
    plan = editing.new_plan("Trip", dt.date(2027, 5, 1))
    hotel = CustomPlace(id="hotel", name="Hotel", lat=48.8854, lon=2.3333 + 0.01)
    plan.custom_places.append(hotel)
    plan.days[0].stops = [Stop(place_id="cafe", minutes=30), Stop(place_id="hotel", minutes=20),
                          Stop(place_id="gone", minutes=10)]
    summary = summarize_day(plan, 0, small)
    assert summary.legs_km[0] is None
    assert summary.legs_km[1] == pytest.approx(0.733, abs=0.01)  # 0.01° of longitude at 48.9°N
    assert summary.legs_km[2] is None  # an unknown place has no position
    assert summary.visit_minutes == 60
    assert summary.rough_legs == [False, False, False]
    assert summary.total_km == pytest.approx(summary.legs_km[1])


def test_legs_touching_a_town_level_place_are_rough(tmp_path: Path) -> None:
    document = catalog_document()
    document["places"].append({**document["places"][0], "id": "somewhere", "name": "Somewhere",
                               "precision": "town", "lat": 48.8566, "lon": 2.3522})
    document["appearances"].append({**document["appearances"][0], "place": "somewhere"})
    catalog = load_catalog(write_catalog(tmp_path / "catalog.json", document))
    plan = editing.new_plan("Trip", dt.date(2027, 5, 1))
    plan.days[0].stops = [Stop(place_id=p) for p in ("cafe", "somewhere", "cafe")]
    assert summarize_day(plan, 0, catalog).rough_legs == [False, True, True]
