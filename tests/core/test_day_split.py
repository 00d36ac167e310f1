"""Splitting a trip into days: every place once, locked days untouched, hours respected."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core import editing
from planner.core.catalog import Catalog
from planner.core.day_split import SplitError, TripSplit, split_trip
from planner.core.model import Day, Plan, Stop

PARIS = ["paris-louvre", "paris-musee-d-orsay", "paris-sacre-coeur", "paris-place-vendome",
         "paris-pont-des-arts", "paris-eiffel-tower", "paris-parc-monceau",
         "paris-musee-de-l-orangerie"]
ALPS = ["annecy-pont-des-amours", "lyon-vieux-lyon-saint-jean", "chamonix-le-planet"]


def one_day_plan(places: list[str], start: dt.date = dt.date(2027, 6, 2)) -> Plan:
    plan = editing.new_plan("Pool", start)
    plan.default_travel_mode = "transit"
    plan.days = [Day(stops=[Stop(place_id=place, minutes=90) for place in places])]
    return plan


def stop_ids(split: TripSplit) -> list[str]:
    return [stop_id for day in split.days for stop_id in day.stop_ids]


def test_a_number_of_days_shares_every_stop_once(catalog: Catalog) -> None:
    plan = one_day_plan(PARIS)
    split = split_trip(plan, catalog, days=3)
    assert len(split.days) == 3 and all(day.stop_ids for day in split.days)
    assert sorted(stop_ids(split)) == sorted(stop.id for stop in plan.days[0].stops)


def test_hours_per_day_uses_as_few_days_as_hold_the_visits(catalog: Catalog) -> None:
    plan = one_day_plan(PARIS)
    split = split_trip(plan, catalog, hours_per_day=6)
    assert split.overfull == []
    assert 2 < len(split.days) <= 4, "8 visits of 90 min fit in 3 or 4 days of 6 hours"
    assert all(day.end_time == dt.time(15, 0) for day in split.days)


def test_a_place_is_not_put_on_a_day_it_is_closed(catalog: Catalog) -> None:
    """The Louvre is shut on Tuesdays: 1 June 2027 is a Tuesday, so it goes on day 2."""
    plan = one_day_plan(["paris-louvre", "paris-place-vendome", "paris-pont-des-arts"],
                        start=dt.date(2027, 6, 1))
    louvre = plan.days[0].stops[0].id
    split = split_trip(plan, catalog, days=2)
    assert louvre in split.days[1].stop_ids


def test_paris_and_the_alps_get_a_travel_day_between_them(catalog: Catalog) -> None:
    plan = one_day_plan([ALPS[0], PARIS[0], ALPS[1], PARIS[1]])
    split = split_trip(plan, catalog, days=2)
    labels = [day.label for day in split.days]
    assert labels == ["", "Travel day: the Alps → Paris", ""]
    assert split.days[1].stop_ids == []
    by_id = {stop.id: stop.place_id for stop in plan.days[0].stops}
    assert {by_id[s] for s in split.days[0].stop_ids} == {ALPS[0], ALPS[1]}


def test_too_few_days_for_two_regions_and_nothing_to_split_are_explained(
    catalog: Catalog,
) -> None:
    with pytest.raises(SplitError, match="at least 2 days"):
        split_trip(one_day_plan([ALPS[0], PARIS[0]]), catalog, days=1)
    crowded = one_day_plan(PARIS)
    crowded.days = [Day(stops=[Stop(place_id=PARIS[n % 8]) for n in range(50)])
                    for _ in range(3)]
    with pytest.raises(SplitError, match="at most 50 stops: give at least 3 days"):
        split_trip(crowded, catalog, days=2)
    with pytest.raises(SplitError, match="needs 61 days"):
        split_trip(one_day_plan([ALPS[0], *PARIS]), catalog, days=60)
    locked = one_day_plan(PARIS[:2])
    locked.days[0].locked = True
    with pytest.raises(SplitError, match="locked"):
        split_trip(locked, catalog, days=2)


@st.composite
def pooled_plans(draw: st.DrawFn) -> Plan:
    plan = editing.new_plan("Drawn", dt.date(2027, 6, 1))
    plan.days = []
    for _ in range(draw(st.integers(1, 4))):
        places = draw(st.lists(st.sampled_from(PARIS + ALPS[:1]), max_size=4))
        plan.days.append(Day(stops=[Stop(place_id=place) for place in places],
                             locked=draw(st.booleans())))
    return plan


@settings(max_examples=25, deadline=None)
@given(plan=pooled_plans(), days=st.integers(2, 4))
def test_splitting_keeps_every_place_once_and_locked_days_as_they_were(
    catalog: Catalog, plan: Plan, days: int
) -> None:
    try:
        split = split_trip(plan, catalog, days=days)
    except SplitError:
        assert all(day.locked or not day.stops for day in plan.days)
        return
    before = Counter(stop.id for day in plan.days for stop in day.stops)
    assert Counter(stop_ids(split)) == before
    for index, day in enumerate(plan.days):
        if day.locked:
            assert split.days[index].stop_ids == [stop.id for stop in day.stops]
