"""The plan file format: what is written, and the reason given for each kind of bad file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.core.errors import NewerPlanError, PlanFileError
from planner.core.model import Plan
from planner.fileio import plan_codec
from planner.fileio.plan_codec import decode_plan, encode_plan

SOURCE = Path("/plans/1234.json")
PlanFactory = Callable[..., Plan]


def document(plan: dict[str, Any] | None = None, version: object = 1) -> bytes:
    plan = plan if plan is not None else {"id": "p1", "name": "Trip", "start_date": "2025-05-17"}
    return json.dumps({"schema_version": version, "plan": plan}).encode()


def test_encoded_plan_is_readable_versioned_json(make_plan: PlanFactory) -> None:
    plan = make_plan()

    data = encode_plan(plan)

    assert data.endswith(b"}\n")
    assert b'\n  "plan": {' in data, "pretty-printed with an indent of 2"
    parsed = json.loads(data.decode("utf-8"))
    assert parsed["schema_version"] == plan_codec.PLAN_SCHEMA_VERSION == 1
    assert parsed["plan"]["name"] == "Amélie à Montmartre"
    assert parsed["plan"]["days"][0]["stops"][1]["fixed_arrival"] == "14:30:00"


def test_decode_returns_an_equal_plan(make_plan: PlanFactory) -> None:
    plan = make_plan()

    assert decode_plan(encode_plan(plan), SOURCE) == plan


def test_fields_left_out_take_their_defaults() -> None:
    plan = decode_plan(document(), SOURCE)

    assert (plan.id, plan.name, plan.default_travel_mode) == ("p1", "Trip", "walk")
    assert len(plan.days) == 1


DEEP_NESTING = b'{"schema_version":1,"plan":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
"""The outside test's file that stopped the app from starting with a RecursionError."""

BAD_FILES = [
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b" \n", "the file is empty", id="blank"),
    pytest.param(document()[:-7], "incomplete", id="truncated"),
    pytest.param(b"<html>nope</html>", "not valid JSON", id="not-json"),
    pytest.param(b"\xff\xfe{}", "not valid JSON", id="utf16-bom"),
    pytest.param(b'{"schema_version": 1, "plan": {"name": "\xff"}}', "not valid UTF-8",
                 id="latin1"),
    pytest.param(DEEP_NESTING, "nested far too deeply", id="deep-nesting"),
    pytest.param(b"[1, 2]", "expected a JSON object, got array", id="array"),
    pytest.param(b'{"plan": {}}', '$: missing required field "schema_version"', id="no-version"),
    pytest.param(document(version="1"), "$.schema_version: expected int, got str", id="str-ver"),
    pytest.param(document(version=0), "$.schema_version: 0 is not a valid version", id="ver-0"),
    pytest.param(b'{"schema_version": 1}', '$: missing required field "plan"', id="no-plan"),
    pytest.param(
        document({"id": "p1", "start_date": "2025-05-17"}),
        '$.plan: missing required field "name"',
        id="no-name",
    ),
    pytest.param(
        document({"name": "Trip", "start_date": "2025-05-17"}),
        '$.plan: missing required field "id"',
        id="no-id",
    ),
    pytest.param(
        document(
            {
                "id": "p1",
                "name": "Trip",
                "start_date": "2025-05-17",
                "days": [{"stops": [{"place_id": "a"}, {"place_id": "b", "minutes": "90"}]}],
            }
        ),
        "$.plan.days[0].stops[1].minutes: expected int, got str",
        id="wrong-type",
    ),
    pytest.param(
        document({"id": "p1", "name": "Trip", "start_date": "17/05/2025"}),
        "$.plan.start_date: expected a date written YYYY-MM-DD",
        id="bad-date",
    ),
    pytest.param(
        document({"id": "p1", "name": "Trip", "start_date": "2025-05-17", "days": {}}),
        "$.plan.days: expected array, got object",
        id="days-object",
    ),
]


@pytest.mark.parametrize(("data", "reason"), BAD_FILES)
def test_bad_file_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        decode_plan(data, SOURCE)

    assert type(caught.value) is PlanFileError
    assert reason in caught.value.problem
    assert str(caught.value).startswith("1234.json: ")
    assert caught.value.path == SOURCE


def test_newer_schema_is_refused_as_read_only() -> None:
    with pytest.raises(NewerPlanError) as caught:
        decode_plan(document(version=3), SOURCE)

    assert caught.value.problem == "written by a newer version (schema 3); opened read-only"


def test_older_schema_is_migrated_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend today's format is 2 and that version 1 called the plan's name "title".
    def rename_title(doc: dict[str, Any]) -> dict[str, Any]:
        doc["plan"]["name"] = doc["plan"].pop("title")
        return doc

    monkeypatch.setattr(plan_codec, "PLAN_SCHEMA_VERSION", 2)
    monkeypatch.setitem(plan_codec.MIGRATIONS, 1, rename_title)
    old = document({"id": "p1", "title": "Old trip", "start_date": "2025-05-17"}, version=1)
    current = document({"id": "p2", "name": "New trip", "start_date": "2025-05-17"}, version=2)

    assert decode_plan(old, SOURCE).name == "Old trip"
    assert decode_plan(current, SOURCE).name == "New trip"
    assert json.loads(encode_plan(decode_plan(old, SOURCE)))["schema_version"] == 2
    with pytest.raises(NewerPlanError):
        decode_plan(document(version=3), SOURCE)


def test_migration_that_cannot_apply_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def needs_title(doc: dict[str, Any]) -> dict[str, Any]:
        doc["plan"]["name"] = doc["plan"].pop("title")
        return doc

    monkeypatch.setattr(plan_codec, "PLAN_SCHEMA_VERSION", 2)
    monkeypatch.setitem(plan_codec.MIGRATIONS, 1, needs_title)

    with pytest.raises(PlanFileError, match="cannot upgrade from schema 1"):
        decode_plan(document(version=1), SOURCE)


def test_missing_migration_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_codec, "PLAN_SCHEMA_VERSION", 2)

    with pytest.raises(PlanFileError, match=r"cannot upgrade from schema 1: .* no converter"):
        decode_plan(document(version=1), SOURCE)


def test_a_utf8_byte_order_mark_is_accepted(make_plan: PlanFactory) -> None:
    plan = make_plan()

    assert decode_plan(b"\xef\xbb\xbf" + encode_plan(plan), SOURCE) == plan
