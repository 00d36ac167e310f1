"""The portable .ftrip.json file: what a friend receives, and how bad files are refused."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import msgspec
import pytest

from planner.core.errors import PlanFileError, PlanImportError
from planner.core.model import CustomPlace, Day, Plan, Stop
from planner.exchange import FILE_SUFFIX, export_plan, import_plan
from planner.fileio import encode_plan, plan_codec


def sample_plan() -> Plan:
    return Plan(
        name="Les Bronzés font du ski — Val d'Isère",
        start_date=dt.date(2026, 2, 7),
        created=dt.datetime(2025, 11, 1, 10, 0, tzinfo=dt.UTC),
        updated=dt.datetime(2025, 11, 2, 11, 0, tzinfo=dt.UTC),
        default_travel_mode="car",
        custom_places=[CustomPlace(id="chalet", name="Chalet", lat=45.448, lon=6.98)],
        days=[
            Day(
                base="chalet",
                stops=[Stop(place_id="val-d-isere-piste", minutes=180, note="Tout schuss")],
            ),
            Day(start_time=dt.time(10, 0), stops=[Stop(place_id="chalet", travel_mode="walk")]),
        ],
    )


def datetime_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def test_exported_file_is_marked_json_an_independent_reader_accepts(tmp_path: Path) -> None:
    target = tmp_path / f"ski{FILE_SUFFIX}"

    export_plan(sample_plan(), target)

    parsed = json.loads(target.read_text(encoding="utf-8"))
    assert parsed["format"] == "film-trip-planner/plan"
    assert parsed["schema_version"] == 1
    assert parsed["plan"]["name"] == "Les Bronzés font du ski — Val d'Isère"
    assert parsed["plan"]["days"][0]["stops"][0]["minutes"] == 180
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ski.ftrip.json"], "no backup, no temp"


def test_import_gives_the_same_trip_under_a_new_id(tmp_path: Path) -> None:
    original = sample_plan()
    target = tmp_path / f"ski{FILE_SUFFIX}"
    export_plan(original, target)
    before = datetime_now()

    first = import_plan(target, existing_ids={original.id})
    second = import_plan(target, existing_ids={original.id, first.id})

    assert first.id != original.id and second.id != original.id and first.id != second.id
    assert first.created >= before and first.updated >= before
    same_identity = msgspec.structs.replace(
        first, id=original.id, created=original.created, updated=original.updated
    )
    assert same_identity == original


def test_export_replaces_an_older_export(tmp_path: Path) -> None:
    target = tmp_path / f"trip{FILE_SUFFIX}"
    plan = sample_plan()
    export_plan(plan, target)
    plan.name = "Renamed"

    export_plan(plan, target)

    assert import_plan(target).name == "Renamed"


def test_export_to_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / f"trip{FILE_SUFFIX}"

    with pytest.raises(PlanFileError, match=r"trip\.ftrip\.json: could not be written"):
        export_plan(sample_plan(), target)


def exported_bytes() -> bytes:
    return plan_codec.encode_json(
        {"format": "film-trip-planner/plan", "schema_version": 1, "plan": sample_plan()}
    )


def exported_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(exported_bytes())
    return document


def with_change(path: list[str | int], value: object) -> bytes:
    document = exported_document()
    node: Any = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(document).encode()


BAD_IMPORTS = [
    pytest.param(b"PK\x03\x04 zip bytes", "not valid JSON", id="not-json"),
    pytest.param(b'{"format": "film-trip-planner/plan", "sch', "incomplete", id="truncated"),
    pytest.param(b"", "the file is empty", id="empty"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "nested far too deeply", id="deep-nesting"),
    pytest.param(
        exported_bytes().replace("Bronzés".encode(), "Bronzés".encode("latin-1")),
        "not valid UTF-8",
        id="latin1",
    ),
    pytest.param(b'{"type": "FeatureCollection"}', "not a Film Trip Planner plan", id="geojson"),
    pytest.param(
        encode_plan(sample_plan()), "not a Film Trip Planner plan", id="store-file-not-export"
    ),
    pytest.param(
        with_change(["schema_version"], 7),
        "newer version of Film Trip Planner (schema 7)",
        id="newer",
    ),
    pytest.param(
        with_change(["plan", "days", 1, "stops", 0, "minutes"], [60]),
        "$.plan.days[1].stops[0].minutes: expected int, got array",
        id="wrong-type",
    ),
    pytest.param(
        with_change(["plan", "default_travel_mode"], "teleport"),
        "$.plan.default_travel_mode",
        id="unknown-mode",
    ),
]


@pytest.mark.parametrize(("data", "reason"), BAD_IMPORTS)
def test_bad_file_is_refused_and_left_unchanged(tmp_path: Path, data: bytes, reason: str) -> None:
    target = tmp_path / f"from-a-friend{FILE_SUFFIX}"
    target.write_bytes(data)
    before = target.stat().st_mtime_ns

    with pytest.raises(PlanImportError) as caught:
        import_plan(target)

    message = str(caught.value)
    assert message.startswith("from-a-friend.ftrip.json: ")
    assert reason in message
    assert target.read_bytes() == data
    assert target.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(PlanImportError, match=r"gone\.ftrip\.json: the file does not exist"):
        import_plan(tmp_path / "gone.ftrip.json")


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.ftrip.json"
    folder.mkdir()

    with pytest.raises(PlanImportError, match="folder, not a plan file"):
        import_plan(folder)


def test_older_export_is_migrated_on_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rename_title(doc: dict[str, Any]) -> dict[str, Any]:
        doc["plan"]["name"] = doc["plan"].pop("title")
        return doc

    old = exported_document()
    old["plan"]["title"] = old["plan"].pop("name")
    target = tmp_path / f"old{FILE_SUFFIX}"
    target.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.setattr(plan_codec, "PLAN_SCHEMA_VERSION", 2)
    monkeypatch.setitem(plan_codec.MIGRATIONS, 1, rename_title)

    assert import_plan(target).name == sample_plan().name


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / f"saved-by-notepad{FILE_SUFFIX}"
    target.write_bytes(b"\xef\xbb\xbf" + exported_bytes())

    assert import_plan(target).name == sample_plan().name


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / f"pipe{FILE_SUFFIX}"
    os.mkfifo(fifo)

    with pytest.raises(PlanImportError, match="not a regular file"):
        import_plan(fifo)
