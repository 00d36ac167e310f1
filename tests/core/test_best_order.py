"""The best order of a day: optimal on small days, never worse, same answer every time."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import editing
from planner.core.best_order import best_day_order, best_trip_order, score
from planner.core.catalog import Catalog
from planner.core.geo import Waypoint, distance_km
from planner.core.itinerary import waypoint_for
from planner.core.model import CustomPlace, Day, Plan, Stop
from planner.core.schedule import day_timetable
from planner.core.travel import TravelMode, leg_minutes
from tests.core.catalog_factory import with_hours

JUNE_1 = dt.date(2027, 6, 1)  # a Tuesday


def scattered_plan(seed: int, count: int, *, base: bool = False,
                   mode: TravelMode = "transit") -> Plan:
    """A one-day plan through ``count`` custom places scattered over Paris, in random order."""
    rng = random.Random(seed)
    plan = editing.new_plan("Scattered", JUNE_1)
    plan.default_travel_mode = mode
    plan.custom_places = [CustomPlace(id=f"spot-{n}", name=f"Spot {n}",
                                      lat=48.82 + rng.random() * 0.08,
                                      lon=2.26 + rng.random() * 0.16) for n in range(count + 1)]
    stops = [Stop(place_id=f"spot-{n}", minutes=rng.choice([15, 30, 45])) for n in range(count)]
    plan.days = [Day(stops=stops, base=f"spot-{count}" if base else None,
                     end_time=dt.time(23, 30))]
    return plan


def reordered(plan: Plan, stop_ids: list[str]) -> Plan:
    by_id = {stop.id: stop for stop in plan.days[0].stops}
    twin = editing.duplicate_plan(plan)
    twin.days[0].stops = [by_id[stop_id] for stop_id in stop_ids]
    return twin


def brute_force_minutes(plan: Plan, catalog: Catalog) -> int:
    """The least travel of any order that keeps the day's fixed ends, tried one by one."""
    day = plan.days[0]
    points = [waypoint_for(stop.place_id, plan, catalog) for stop in day.stops]
    base = waypoint_for(day.base, plan, catalog) if day.base else None

    def minutes(a: Waypoint | None, b: Waypoint | None) -> int:
        return 0 if a is None or b is None else leg_minutes(distance_km(a, b),
                                                           plan.default_travel_mode)

    first, *inner, last = [base, *points, base] if base else points
    return min(sum(minutes(a, b) for a, b in itertools.pairwise([first, *order, last]))
               for order in itertools.permutations(inner))


@pytest.mark.parametrize(("seed", "count", "base"), [
    (1, 4, False), (2, 6, False), (3, 9, False), (4, 9, False),
    (5, 5, True), (6, 7, True), (7, 8, True),
])
def test_a_small_day_gets_the_order_a_brute_force_finds(
    catalog: Catalog, seed: int, count: int, base: bool
) -> None:
    plan = scattered_plan(seed, count, base=base)
    stops = plan.days[0].stops
    result = best_day_order(plan, 0, catalog)
    assert result.after.travel_minutes == brute_force_minutes(plan, catalog)
    assert score(day_timetable(reordered(plan, result.stop_ids), 0, catalog)) == result.after
    if not base:
        assert (result.stop_ids[0], result.stop_ids[-1]) == (stops[0].id, stops[-1].id)


def test_a_booked_stop_keeps_its_place_and_its_time(catalog: Catalog) -> None:
    plan = scattered_plan(8, 8)
    booked = plan.days[0].stops[4]
    booked.fixed_arrival = dt.time(16, 0)
    result = best_day_order(plan, 0, catalog)
    assert result.stop_ids[4] == booked.id
    timetable = day_timetable(reordered(plan, result.stop_ids), 0, catalog)
    assert not [w for w in timetable.warnings if w.kind == "fixed-time"]


def test_opening_hours_are_time_windows(catalog: Catalog) -> None:
    """The flea market opens at 11:00 on Mondays: the shortest way reaches it at 09:00, so
    the best order visits the squares nearby first and reaches the market once it is open."""
    plan = editing.new_plan("Saint-Ouen", dt.date(2027, 6, 7))  # a Monday
    plan.default_travel_mode = "walk"
    places = ["paris-sacre-coeur", "saint-ouen-puces-rue-des-rosiers", "paris-sacre-coeur",
              "paris-place-vendome"]
    plan.days = [Day(stops=[Stop(place_id=place, minutes=50) for place in places])]
    before = day_timetable(plan, 0, catalog)
    assert [w.kind for w in before.warnings] == ["closed"]
    result = best_day_order(plan, 0, catalog)
    after = day_timetable(reordered(plan, result.stop_ids), 0, catalog)
    assert "closed" not in [w.kind for w in after.warnings] and result.changed
    assert result.after.problems == 0 < result.before.problems


def test_a_public_holiday_counts_as_closed(catalog: Catalog) -> None:
    """14 July is a public holiday: a museum shut on holidays stays closed in any order, and
    the timetable of the order found still says so."""
    museum = with_hours(catalog, "paris-louvre", "Mo-Su 09:00-18:00; PH off")
    plan = editing.new_plan("Bastille Day", dt.date(2027, 7, 14))
    plan.days = [Day(stops=[Stop(place_id=p) for p in (
        "paris-place-vendome", "paris-louvre", "paris-pont-des-arts", "paris-sacre-coeur")])]
    result = best_day_order(plan, 0, museum)
    after = day_timetable(reordered(plan, result.stop_ids), 0, museum)
    assert [w.kind for w in after.warnings] == ["closed"]
    assert "Jul" in after.warnings[0].text


@st.composite
def catalog_days(draw: st.DrawFn) -> Plan:
    places = draw(st.lists(st.sampled_from(PARIS_PLACES), min_size=0, max_size=9))
    plan = editing.new_plan("Drawn", draw(st.dates(dt.date(2027, 1, 1), dt.date(2027, 12, 31))))
    plan.default_travel_mode = draw(st.sampled_from(["walk", "transit", "bike"]))
    stops = []
    for place in places:
        fixed = draw(st.none() | st.times(dt.time(9), dt.time(20)).map(
            lambda t: t.replace(second=0, microsecond=0)))
        stops.append(Stop(place_id=place, minutes=draw(st.sampled_from([20, 60, 120])),
                          fixed_arrival=fixed if draw(st.integers(0, 5)) == 0 else None))
    base = draw(st.none() | st.sampled_from(PARIS_PLACES))
    plan.days = [Day(stops=stops, base=base,
                     start_time=draw(st.sampled_from([dt.time(8), dt.time(10), dt.time(14)])))]
    return plan


PARIS_PLACES = ["paris-louvre", "paris-musee-d-orsay", "paris-sacre-coeur", "paris-place-vendome",
                "paris-pont-des-arts", "paris-eiffel-tower", "paris-parc-monceau",
                "saint-ouen-puces-rue-des-rosiers", "paris-musee-de-l-orangerie"]


@settings(max_examples=40, deadline=None)
@given(plan=catalog_days())
def test_the_order_is_never_worse_and_always_the_same(catalog: Catalog, plan: Plan) -> None:
    result = best_day_order(plan, 0, catalog)
    stops = plan.days[0].stops
    assert sorted(result.stop_ids) == sorted(stop.id for stop in stops)
    assert result.after <= result.before
    assert score(day_timetable(reordered(plan, result.stop_ids), 0, catalog)) == result.after
    for row, stop in enumerate(stops):
        if stop.fixed_arrival is not None:
            assert result.stop_ids[row] == stop.id
    if plan.days[0].base is None and stops:
        assert (result.stop_ids[0], result.stop_ids[-1]) == (stops[0].id, stops[-1].id)
    assert best_day_order(plan, 0, catalog).stop_ids == result.stop_ids


def test_the_whole_trip_leaves_locked_days_alone(catalog: Catalog) -> None:
    plan = scattered_plan(9, 7)
    plan.days.append(Day(stops=[Stop(place_id=s.place_id) for s in plan.days[0].stops],
                         locked=True))
    plan.days.append(Day(stops=[Stop(place_id=s.place_id) for s in plan.days[0].stops]))
    orders = best_trip_order(plan, catalog)
    assert [order.day for order in orders] == [0, 2]
