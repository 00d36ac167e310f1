"""One set of limits: the largest plan edits can make is one that loading and importing accept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.core import editing, limits
from planner.core.errors import PlanFileError, PlanImportError
from planner.core.model import CustomPlace, Day, Plan, Stop
from planner.exchange.native import FILE_SUFFIX, export_plan, import_plan
from planner.fileio.plan_codec import decode_plan, encode_plan

SOURCE = Path("limits.json")
WORST_CHARACTER = "\x01"
"""A control character: JSON writes it as a six-byte escape, the most any character costs."""


def largest_plan() -> Plan:
    """Every list and every text at its limit, written with the costliest character."""
    note = WORST_CHARACTER * limits.MAX_NOTE_LENGTH
    long_id = "p" * limits.MAX_ID_LENGTH
    per_day = limits.MAX_STOPS_PER_DAY
    days = [Day(base=long_id, stops=[]) for _ in range(limits.MAX_DAYS)]
    for number in range(limits.MAX_STOPS_PER_PLAN):
        stop = Stop(place_id=long_id, minutes=limits.MAX_STOP_MINUTES, note=note, id=long_id)
        days[number // per_day].stops.append(stop)
    custom = [
        CustomPlace(id=long_id, name=WORST_CHARACTER * limits.MAX_NAME_LENGTH, lat=45.0,
                    lon=6.0, address=note, note=note)
        for _ in range(limits.MAX_CUSTOM_PLACES)
    ]
    return Plan(name=WORST_CHARACTER * limits.MAX_NAME_LENGTH, start_date=dt.date(2027, 1, 1),
                id=long_id, custom_places=custom, days=days)


def test_the_largest_plan_the_limits_allow_saves_and_loads_back() -> None:
    plan = largest_plan()
    data = encode_plan(plan)

    assert len(data) <= limits.MAX_PLAN_FILE_BYTES
    assert decode_plan(data, SOURCE) == plan


def test_the_largest_plan_exports_and_re_imports(tmp_path: Path) -> None:
    target = tmp_path / f"largest{FILE_SUFFIX}"
    export_plan(largest_plan(), target)

    imported = import_plan(target)

    assert sum(len(day.stops) for day in imported.days) == limits.MAX_STOPS_PER_PLAN


def over_the_limit(change: str) -> Plan:
    plan = editing.new_plan("Trip", dt.date(2027, 1, 1))
    if change == "name":
        plan.name = "x" * (10 * 1024 * 1024)
    elif change == "note":
        plan.days[0].stops = [Stop(place_id="louvre", note="n" * (limits.MAX_NOTE_LENGTH + 1))]
    elif change == "stops-in-a-day":
        plan.days[0].stops = [Stop(place_id="louvre")] * (limits.MAX_STOPS_PER_DAY + 1)
    elif change == "stops-in-a-plan":
        plan.days = [Day(stops=[Stop(place_id="louvre")] * limits.MAX_STOPS_PER_DAY)
                     for _ in range(limits.MAX_STOPS_PER_PLAN // limits.MAX_STOPS_PER_DAY + 1)]
    elif change == "days":
        plan.days = [Day() for _ in range(limits.MAX_DAYS + 1)]
    elif change == "no-days":
        plan.days = []
    elif change == "minutes":
        plan.days[0].stops = [Stop(place_id="louvre", minutes=100_000)]
    return plan


@pytest.mark.parametrize(("change", "reason"), [
    ("name", "$.plan.name: expected str of length <= 120"),
    ("note", "$.plan.days[0].stops[0].note: expected str of length <= 2000"),
    ("stops-in-a-day", "$.plan.days[0].stops: expected array of length <= 50"),
    ("stops-in-a-plan", "$.plan.days: 1050 stops in all, more than the 1000 a plan can hold"),
    ("days", "$.plan.days: expected array of length <= 60"),
    ("no-days", "$.plan.days: needs at least one entry"),
    ("minutes", "$.plan.days[0].stops[0].minutes: expected int <= 720"),
])
def test_a_plan_over_a_limit_is_refused_on_load_and_import(
    tmp_path: Path, change: str, reason: str
) -> None:
    plan = over_the_limit(change)
    with pytest.raises(PlanFileError) as on_load:
        decode_plan(encode_plan(plan), SOURCE)
    assert on_load.value.problem == reason

    target = tmp_path / f"huge{FILE_SUFFIX}"
    export_plan(plan, target)
    with pytest.raises(PlanImportError) as on_import:
        import_plan(target)
    assert on_import.value.problem == reason


def test_edits_stay_inside_the_limits() -> None:
    plan = editing.new_plan("n" * 500, dt.date(2027, 1, 1))
    assert len(plan.name) == limits.MAX_NAME_LENGTH
    editing.rename_plan(plan, "  " + "r" * 500)
    assert plan.name == "r" * limits.MAX_NAME_LENGTH

    editing.add_stop(plan, 0, 0, Stop(place_id="louvre"))
    editing.set_stop_note(plan, plan.days[0].stops[0].id, "w" * 5000)
    assert len(plan.days[0].stops[0].note) == limits.MAX_NOTE_LENGTH

    assert editing.room_for_stops(plan, 0) == limits.MAX_STOPS_PER_DAY - 1
    while editing.can_add_day(plan):
        editing.insert_day(plan, len(plan.days))
    assert len(plan.days) == limits.MAX_DAYS
    assert decode_plan(encode_plan(plan), SOURCE) == plan
