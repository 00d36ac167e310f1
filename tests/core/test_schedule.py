"""A day's timetable: travel estimates, booked times, long legs, late days, midnight and DST."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import editing
from planner.core.catalog import Catalog
from planner.core.model import CustomPlace, Day, Plan, Stop
from planner.core.schedule import PARIS, day_timetable
from planner.core.travel import TRAVEL_ESTIMATES, is_long_leg, leg_minutes
from tests.core.catalog_factory import with_hours

LOUVRE, PONT_DES_ARTS = "paris-louvre", "paris-pont-des-arts"
VENDOME = "paris-place-vendome"
"""A square, open at all hours: timing tests that are not about opening hours use it."""


def plan_on(date: dt.date, stops: list[Stop], **day: object) -> Plan:
    plan = editing.new_plan("Trip", date)
    plan.days = [Day(stops=stops, **day)]  # type: ignore[arg-type]
    return plan


def test_a_leg_is_the_detoured_distance_at_the_modes_speed_plus_its_overhead() -> None:
    walk, car = TRAVEL_ESTIMATES["walk"], TRAVEL_ESTIMATES["car"]
    assert leg_minutes(4.5 / walk.detour, "walk") == 60
    assert leg_minutes(45.0 / car.detour, "car") == 60 + car.overhead_minutes
    assert leg_minutes(0.0, "train") == 0
    assert is_long_leg(12.0, "walk") and not is_long_leg(12.0, "car")


def test_arrivals_and_departures_follow_visits_and_legs(catalog: Catalog) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME, minutes=90),
                                         Stop(place_id=PONT_DES_ARTS, minutes=20)])
    timetable = day_timetable(plan, 0, catalog)
    first, second = timetable.visits
    assert (first.arrival.time(), first.departure.time()) == (dt.time(9, 0), dt.time(10, 30))
    assert first.leg is None, "the day starts at its first stop when it has no base"
    assert second.leg is not None and second.leg.km is not None and second.leg.mode == "walk"
    assert second.arrival == first.departure + dt.timedelta(minutes=second.leg.minutes)
    assert second.departure == second.arrival + dt.timedelta(minutes=20)
    assert timetable.warnings == []


def test_a_booked_time_is_waited_for_or_flagged_when_it_cannot_be_met(catalog: Catalog):
    early = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME, fixed_arrival=dt.time(10, 0))])
    [visit] = day_timetable(early, 0, catalog).visits
    assert visit.arrival.time() == dt.time(10, 0) and visit.wait_minutes == 60

    late = plan_on(dt.date(2027, 6, 1), [
        Stop(place_id=VENDOME, minutes=180),
        Stop(place_id=PONT_DES_ARTS, fixed_arrival=dt.time(11, 0)),
    ])
    timetable = day_timetable(late, 0, catalog)
    [warning] = timetable.warnings
    assert warning.kind == "fixed-time" and warning.stop_id == late.days[0].stops[1].id
    assert warning.text.startswith("Booked for 11:00, but reached about 12:")


def test_a_long_walk_and_a_late_day_are_flagged(catalog: Catalog) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME, minutes=480),
                                         Stop(place_id="versailles-chateau", minutes=60)],
                   end_time=dt.time(17, 0))
    kinds = {w.kind: w.text for w in day_timetable(plan, 0, catalog).warnings}
    assert "km on foot is a long way" in kinds["long-leg"]
    assert "past its planned end at 17:00" in kinds["late"]


def test_a_base_starts_and_ends_the_day(catalog: Catalog) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME, minutes=60)], base="hotel")
    plan.custom_places = [CustomPlace(id="hotel", name="Hôtel", lat=48.8722, lon=2.3640)]
    timetable = day_timetable(plan, 0, catalog)
    [visit] = timetable.visits
    assert visit.leg is not None and visit.arrival > timetable.start
    assert timetable.return_leg is not None
    assert timetable.end == visit.departure + dt.timedelta(minutes=timetable.return_leg.minutes)


def test_a_day_may_end_after_midnight(catalog: Catalog) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME, minutes=180)],
                   start_time=dt.time(22, 0), end_time=dt.time(2, 0))
    timetable = day_timetable(plan, 0, catalog)
    [visit] = timetable.visits
    assert visit.departure == dt.datetime(2027, 6, 2, 1, 0, tzinfo=PARIS)
    assert timetable.planned_end == dt.datetime(2027, 6, 2, 2, 0, tzinfo=PARIS)
    assert timetable.warnings == []


@pytest.mark.parametrize(("date", "start", "minutes", "departure", "offset_hours"), [
    # Clocks go forward at 02:00 on 28 March 2027: an hour on site from 01:30 ends at 03:30.
    (dt.date(2027, 3, 28), dt.time(1, 30), 60, dt.time(3, 30), 2),
    # Clocks go back at 03:00 on 31 October 2027: an hour from 01:30 ends at 02:30 summer time,
    (dt.date(2027, 10, 31), dt.time(1, 30), 60, dt.time(2, 30), 2),
    # and two hours from 01:30 end at 02:30 again, now on winter time.
    (dt.date(2027, 10, 31), dt.time(1, 30), 120, dt.time(2, 30), 1),
])
def test_times_are_right_across_the_clock_changes(
    catalog: Catalog, date: dt.date, start: dt.time, minutes: int, departure: dt.time,
    offset_hours: int,
) -> None:
    plan = plan_on(date, [Stop(place_id=VENDOME, minutes=minutes)], start_time=start,
                   end_time=dt.time(12, 0))
    [visit] = day_timetable(plan, 0, catalog).visits
    assert visit.departure.time() == departure
    assert visit.departure.utcoffset() == dt.timedelta(hours=offset_hours)
    spent = visit.departure.astimezone(dt.UTC) - visit.arrival.astimezone(dt.UTC)
    assert spent == dt.timedelta(minutes=minutes)


def test_a_place_with_no_position_is_flagged_not_guessed(catalog: Catalog) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME), Stop(place_id="gone-place")])
    [warning] = day_timetable(plan, 0, catalog).warnings
    assert warning.kind == "no-position" and "not counted" in warning.text


def museum_catalog(catalog: Catalog, rule: str) -> Catalog:
    """The shipped catalog, with the Louvre given ``rule`` as its opening hours."""
    return with_hours(catalog, LOUVRE, rule)


@pytest.mark.parametrize(("date", "start", "minutes", "expected"), [
    # Closed on Mondays: 7 June 2027 is a Monday.
    (dt.date(2027, 6, 7), dt.time(10, 0), 60, "Closed when reached at 10:00; it opens on Tue"),
    # Closed on public holidays: 14 July is Bastille Day.
    (dt.date(2027, 7, 14), dt.time(10, 0), 60, "Closed when reached at 10:00; it opens on Thu"),
    # Reached before it opens.
    (dt.date(2027, 6, 8), dt.time(8, 0), 60, "Closed when reached at 08:00; it opens at 09:00"),
    # Open on arrival, but it closes before the visit ends.
    (dt.date(2027, 6, 8), dt.time(17, 0), 90, "Closes at 18:00, before the visit would end"),
])
def test_opening_hours_turn_into_warnings(
    catalog: Catalog, date: dt.date, start: dt.time, minutes: int, expected: str
) -> None:
    museum = museum_catalog(catalog, "Tu-Su 09:00-18:00; Mo off; PH off")
    plan = plan_on(date, [Stop(place_id=LOUVRE, minutes=minutes)], start_time=start,
                   end_time=dt.time(23, 0))
    [warning] = day_timetable(plan, 0, museum).warnings
    assert warning.kind == "closed" and warning.text.startswith(expected), warning.text


def test_a_visit_inside_the_opening_hours_has_no_warning(catalog: Catalog) -> None:
    museum = museum_catalog(catalog, "Tu-Su 09:00-18:00; Mo off; PH off")
    plan = plan_on(dt.date(2027, 6, 8), [Stop(place_id=LOUVRE, minutes=120)],
                   start_time=dt.time(10, 0))
    assert day_timetable(plan, 0, museum).warnings == []


def test_the_plans_way_of_travelling_and_a_legs_own_way_set_the_leg_times(
    catalog: Catalog,
) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id=VENDOME), Stop(place_id=PONT_DES_ARTS)])
    on_foot = day_timetable(plan, 0, catalog).visits[1].leg
    editing.set_default_travel_mode(plan, "bike")
    by_bike = day_timetable(plan, 0, catalog).visits[1].leg
    editing.set_stop_travel_mode(plan, plan.days[0].stops[1].id, "walk")
    walked_again = day_timetable(plan, 0, catalog).visits[1].leg
    assert on_foot and by_bike and walked_again
    assert (on_foot.mode, by_bike.mode, walked_again.mode) == ("walk", "bike", "walk")
    assert by_bike.minutes < on_foot.minutes == walked_again.minutes


def test_the_users_own_place_has_opening_hours_too(catalog: Catalog) -> None:
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id="cafe", minutes=30)])  # a Tuesday
    plan.custom_places = [CustomPlace(id="cafe", name="Café", lat=48.86, lon=2.34,
                                      opening_hours="We-Su 10:00-18:00")]
    closed = day_timetable(plan, 0, catalog).warnings
    assert [w.kind for w in closed] == ["closed"]
    assert "We-Su 10:00-18:00" in closed[0].text
    plan.custom_places[0].opening_hours = "Tu 08:00-12:00"
    assert day_timetable(plan, 0, catalog).warnings == []


def test_hours_of_the_users_that_do_not_parse_are_ignored_not_fatal(catalog: Catalog) -> None:
    """A plan file edited by hand may hold anything; the timetable goes on without hours."""
    plan = plan_on(dt.date(2027, 6, 1), [Stop(place_id="cafe", minutes=30)])
    plan.custom_places = [CustomPlace(id="cafe", name="Café", lat=48.86, lon=2.34,
                                      opening_hours="whenever the owner feels like it")]
    assert day_timetable(plan, 0, catalog).warnings == []
