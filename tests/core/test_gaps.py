"""What fits in a day: near the route, inside the time left, open when reached."""

from __future__ import annotations

import datetime as dt

from planner.core import editing
from planner.core.catalog import Catalog
from planner.core.gaps import what_fits
from planner.core.geo import Waypoint, distance_km
from planner.core.model import Day, Plan, Stop
from planner.core.schedule import day_timetable


def louvre_morning(date: dt.date, end: dt.time = dt.time(18, 0)) -> Plan:
    plan = editing.new_plan("Louvre", date)
    plan.default_travel_mode = "transit"
    plan.days = [Day(end_time=end, stops=[Stop(place_id="paris-place-vendome", minutes=30),
                                          Stop(place_id="paris-pont-des-arts", minutes=30)])]
    return plan


def test_suggestions_fit_the_day_and_come_nearest_first(catalog: Catalog) -> None:
    plan = louvre_morning(dt.date(2027, 6, 2))
    suggestions = what_fits(plan, 0, catalog)
    assert len(suggestions) == 12
    detours = [s.detour_minutes for s in suggestions]
    assert detours == sorted(detours)
    vendome = catalog.places["paris-place-vendome"]
    for suggestion in suggestions:
        place = catalog.places[suggestion.place_id]
        assert place.access != "private"
        assert distance_km(Waypoint("", place.lat, place.lon),
                           Waypoint("", vendome.lat, vendome.lon)) < 40
        plan_with = louvre_morning(dt.date(2027, 6, 2))
        plan_with.days[0].stops.insert(suggestion.row, Stop(place_id=place.id,
                                                           minutes=place.visit_minutes))
        timetable = day_timetable(plan_with, 0, catalog)
        assert timetable.end <= timetable.planned_end
        assert "closed" not in [w.kind for w in timetable.warnings]


def test_a_place_closed_that_day_is_not_suggested(catalog: Catalog) -> None:
    """The Louvre is next door, open on Wednesdays and shut on Tuesdays."""
    wednesday = [s.place_id for s in what_fits(louvre_morning(dt.date(2027, 6, 2)), 0, catalog,
                                               limit=200)]
    tuesday = [s.place_id for s in what_fits(louvre_morning(dt.date(2027, 6, 1)), 0, catalog,
                                             limit=200)]
    assert "paris-louvre" in wednesday and "paris-louvre" not in tuesday


def test_a_full_day_has_room_for_nothing(catalog: Catalog) -> None:
    assert what_fits(louvre_morning(dt.date(2027, 6, 2), end=dt.time(10, 0)), 0, catalog) == []
    empty = editing.new_plan("Empty", dt.date(2027, 6, 2))
    assert what_fits(empty, 0, catalog) == []
