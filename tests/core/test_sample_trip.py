"""The welcome screen's sample trip: real catalog places of The Takedown and its friends, and a
timetable with nothing wrong in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.core.catalog import Catalog
from planner.core.phrase import Phrase
from planner.core.sample_trip import next_thursday, sample_trip
from planner.core.schedule import day_timetable
from planner.fileio.plan_codec import decode_plan, encode_plan

FILMS = {"the-takedown", "lupin", "on-the-other-side-of-the-tracks", "the-crimson-rivers"}


@pytest.mark.parametrize("today", [dt.date(2027, 3, 1), dt.date(2027, 3, 4), dt.date(2027, 3, 7)])
def test_the_trip_starts_on_the_next_thursday(today: dt.date) -> None:
    start = next_thursday(today)
    assert start.weekday() == 3 and 0 < (start - today).days <= 7


def test_every_stop_is_a_confirmed_place_of_the_takedown_or_its_friends(
    catalog: Catalog
) -> None:
    plan = sample_trip(catalog, dt.date(2027, 3, 4))
    assert [len(day.stops) for day in plan.days] == [5, 5, 2, 1]
    takedown = set()
    for day in plan.days:
        for stop in day.stops:
            films = {a.film for a in catalog.appearances_at_place(stop.place_id)
                     if a.confidence == "confirmed"}
            assert films & FILMS, stop.place_id
            takedown |= films & {"the-takedown"}
    assert takedown, "The Takedown's own places are in it"


def test_the_timetable_has_no_closed_place_late_day_or_long_leg(catalog: Catalog) -> None:
    plan = sample_trip(catalog, next_thursday(dt.date(2027, 3, 1)))
    for index in range(len(plan.days)):
        warnings = day_timetable(plan, index, catalog).warnings
        assert not warnings, [str(w.phrase) for w in warnings]


def test_it_saves_and_reads_back_as_any_plan(catalog: Catalog, tmp_path: Path) -> None:
    plan = sample_trip(catalog, dt.date(2027, 3, 4), words=str.upper)
    assert plan.name.startswith("THE TAKEDOWN AND FRIENDS")
    assert all(day.label.isupper() for day in plan.days)
    again = decode_plan(encode_plan(plan), tmp_path / "sample.ftrip.json")
    assert encode_plan(again) == encode_plan(plan)


def test_a_phrase_reads_in_english_with_its_dates_and_decimals() -> None:
    phrase = Phrase("{km} km; opens on {day}; {how}",
                    {"km": 12.345, "day": dt.date(2027, 3, 4), "how": Phrase("by car")})
    assert str(phrase) == "12.3 km; opens on Thu 04 Mar; by car"
