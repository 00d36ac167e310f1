"""Plan edits: each one changes the plan as a user expects and can be reversed."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import editing, limits
from planner.core.changes import StopEdited, StopInserted, StopMoved
from planner.core.model import CustomPlace, Day, Plan, Stop

START = dt.date(2027, 5, 1)


def plan_with(*days: list[str]) -> Plan:
    plan = editing.new_plan("Trip", START)
    plan.days[0].stops = [Stop(place_id=p) for p in days[0]]
    for stops in days[1:]:
        editing.insert_day(plan, len(plan.days), Day(stops=[Stop(place_id=p) for p in stops]))
    return plan


def places(plan: Plan) -> list[list[str]]:
    return [[s.place_id for s in day.stops] for day in plan.days]


def stop_id(plan: Plan, day: int, row: int) -> str:
    return plan.days[day].stops[row].id


def test_move_within_a_day_and_back() -> None:
    plan = plan_with(["a", "b", "c"])
    moved = editing.move_stop(plan, stop_id(plan, 0, 0), 0, 2)
    assert places(plan) == [["b", "c", "a"]]
    assert moved == StopMoved(moved.stop_id, 0, 0, 0, 2)
    editing.move_stop(plan, moved.stop_id, moved.from_day, moved.from_row)
    assert places(plan) == [["a", "b", "c"]]


def test_move_to_another_day() -> None:
    plan = plan_with(["a", "b"], ["c"])
    editing.move_stop(plan, stop_id(plan, 0, 1), 1, 0)
    assert places(plan) == [["a"], ["b", "c"]]


@pytest.mark.parametrize(("stop", "to_day", "to_row", "allowed"), [
    ((0, 0), 0, 1, True),
    ((0, 0), 0, 0, False),  # where it already is
    ((0, 0), 0, 2, False),  # past the end of its own day
    ((0, 0), 1, 1, True),   # the end of another day
    ((0, 0), 1, 2, False),
    ((0, 0), 2, 0, False),  # no such day
    ((0, 0), -1, 0, False),
    (None, 0, 0, False),    # no such stop
])
def test_a_move_is_checked_before_it_is_made(
    stop: tuple[int, int] | None, to_day: int, to_row: int, allowed: bool
) -> None:
    plan = plan_with(["a", "b"], ["c"])
    moving = stop_id(plan, *stop) if stop else "not-a-stop"
    assert editing.can_move_stop(plan, moving, to_day, to_row) is allowed


def test_remove_then_add_restores_the_same_stop() -> None:
    plan = plan_with(["a", "b"])
    removed = editing.remove_stop(plan, stop_id(plan, 0, 0))
    assert (removed.day, removed.row) == (0, 0)
    assert editing.add_stop(plan, removed.day, removed.row, removed.stop) == StopInserted(0, 0)
    assert places(plan) == [["a", "b"]]
    assert plan.days[0].stops[0] is removed.stop


def test_a_plan_keeps_at_least_one_day() -> None:
    plan = plan_with(["a"])
    with pytest.raises(ValueError, match="at least one day"):
        editing.remove_day(plan, 0)


def test_day_dates_follow_the_start_date() -> None:
    plan = plan_with([], [], [])
    editing.set_start_date(plan, dt.date(2027, 12, 31))
    assert plan.day_date(2) == dt.date(2028, 1, 2)


def test_minutes_are_kept_within_sensible_bounds() -> None:
    plan = plan_with(["a"])
    assert editing.set_stop_minutes(plan, stop_id(plan, 0, 0), 0) == (60, StopEdited(0, 0))
    assert plan.days[0].stops[0].minutes == limits.MIN_STOP_MINUTES
    editing.set_stop_minutes(plan, stop_id(plan, 0, 0), 10_000)
    assert plan.days[0].stops[0].minutes == limits.MAX_STOP_MINUTES


def test_duplicate_is_independent_with_fresh_ids() -> None:
    plan = plan_with(["a"])
    twin = editing.duplicate_plan(plan)
    assert twin.name == "Trip (copy)"
    assert twin.id != plan.id
    assert twin.days[0].stops[0].id != plan.days[0].stops[0].id
    editing.remove_stop(twin, stop_id(twin, 0, 0))
    assert places(plan) == [["a"]]


def test_edits_refresh_the_updated_time() -> None:
    plan = plan_with(["a"])
    plan.updated = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    editing.rename_plan(plan, "  Lupin   weekend ")
    assert plan.name == "Lupin weekend"
    assert plan.updated.year > 2000


def test_blank_name_becomes_untitled() -> None:
    assert editing.new_plan("   ", START).name == "Untitled trip"


def test_editing_an_own_place_carries_its_visit_length_to_stops_that_kept_it() -> None:
    plan = editing.new_plan("Trip", dt.date(2027, 6, 1))
    hotel = CustomPlace(id="hotel", name="Hotel", lat=45.9, lon=6.1, minutes=60)
    plan.custom_places = [hotel]
    kept, own_length = Stop(place_id="hotel", minutes=60), Stop(place_id="hotel", minutes=15)
    plan.days = [Day(stops=[kept, own_length])]
    moved = CustomPlace(id="hotel", name="Hôtel du Lac", lat=45.91, lon=6.12, minutes=30,
                        category="hotel", opening_hours="24/7")
    old, old_minutes, _ = editing.replace_custom_place(plan, moved)
    assert plan.custom_places == [moved]
    assert (kept.minutes, own_length.minutes) == (30, 15)
    assert old == hotel and old_minutes == {kept.id: 60}
    editing.replace_custom_place(plan, old, old_minutes)  # the undo
    assert plan.custom_places == [hotel] and (kept.minutes, own_length.minutes) == (60, 15)
