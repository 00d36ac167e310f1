"""Shared builders for store tests: realistic plans and a folder to keep them in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.core.model import CustomPlace, Day, Plan, Stop


def build_plan(name: str = "Amélie à Montmartre", **changes: object) -> Plan:
    """A plan with every kind of field filled, so a lossy round trip would show."""
    hotel = CustomPlace(
        id="hotel-1", name="Hôtel du Nord", lat=48.8722, lon=2.3640, note="2 nights"
    )
    plan = Plan(
        name=name,
        start_date=dt.date(2025, 5, 17),
        created=dt.datetime(2025, 4, 1, 8, 30, tzinfo=dt.UTC),
        updated=dt.datetime(2025, 4, 2, 19, 5, tzinfo=dt.UTC),
        default_travel_mode="transit",
        custom_places=[hotel],
        days=[
            Day(
                base="hotel-1",
                stops=[
                    Stop(place_id="cafe-des-2-moulins", minutes=45, note="crème brûlée"),
                    Stop(
                        place_id="sacre-coeur",
                        minutes=90,
                        travel_mode="walk",
                        fixed_arrival=dt.time(14, 30),
                    ),
                ],
            ),
            Day(start_time=dt.time(8, 0), end_time=dt.time(20, 15), stops=[]),
        ],
    )
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


@pytest.fixture
def make_plan() -> Callable[..., Plan]:
    return build_plan


@pytest.fixture
def plans_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "plans"
