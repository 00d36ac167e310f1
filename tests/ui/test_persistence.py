"""Nothing is lost: autosave, restart, broken and newer files, a second window, import/export."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.core import editing
from planner.exchange.native import FILE_SUFFIX
from planner.fileio.plan_codec import decode_plan, encode_plan
from planner.store.paths import AppPaths
from tests.store.test_store_lock import open_other_window
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import answer, itinerary, open_boxes, stop_id
from tests.ui.test_planning import LUPIN_PLACES, build_lupin_day, select_stop


def saved_plans(paths: AppPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(paths.plans_dir.glob("*.json"))}


def test_edits_are_saved_within_a_second(qtbot: QtBot, open_window: OpenWindow, app_paths):
    window = open_window()
    build_lupin_day(qtbot, window)
    plan = window.workspace.current
    assert plan is not None
    path = app_paths.plans_dir / f"{plan.id}.json"
    qtbot.waitUntil(lambda: path.exists() and decode_plan(path.read_bytes(), path) == plan,
                    timeout=1000)


def test_restart_restores_every_plan_the_last_plan_and_the_window(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.workspace.rename_current("Lupin weekend")
    window.actions_by_name["add_day"].trigger()
    select_stop(window, 0, 2)
    window.actions_by_name["move_down"].trigger()
    window.workspace.set_stop_note(stop_id(window, 0, 0), "Arrive at opening time")
    window.new_plan()
    window.workspace.rename_current("Alps week")
    window.plan_panel.plan_combo.activated.emit(window.plan_panel.plan_list_model.row_of(
        window.workspace.plans[1].id))
    window.resize(window.width(), 555)
    before = [msgspec.json.encode(p) for p in window.workspace.plans]
    current_id = window.workspace.current.id  # type: ignore[union-attr]
    window.close()

    again = open_window()
    assert [msgspec.json.encode(p) for p in again.workspace.plans] == before
    assert again.workspace.current.id == current_id  # type: ignore[union-attr]
    assert again.workspace.current.name == "Lupin weekend"  # type: ignore[union-attr]
    assert itinerary(again) == [LUPIN_PLACES[:2], LUPIN_PLACES[2:]]
    tree, model = again.plan_panel.tree, again.plan_panel.itinerary_model
    assert all(tree.isExpanded(model.index(day, 0)) for day in range(model.rowCount()))
    assert again.plan_panel.totals_label.text().startswith("Trip: 2 days, 3 stops")
    assert again.height() == 555  # (the test screen is too narrow to check a width)
    assert open_boxes(again) == []  # nothing to warn about


@pytest.mark.parametrize("last_name", ["Aaa, first in the list", "Zzz, last in the list"])
def test_the_plan_shown_at_start_looks_as_it_did_at_close(
    qtbot: QtBot, open_window: OpenWindow, last_name: str
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.actions_by_name["add_day"].trigger()
    window.workspace.rename_current(last_name)
    window.new_plan()
    window.workspace.rename_current("Mmm, in the middle")
    lupin = next(p for p in window.workspace.plans if p.name == last_name)
    window.workspace.set_current(lupin)
    totals = window.plan_panel.totals_label.text()
    window.close()

    again = open_window()

    assert again.workspace.current is not None and again.workspace.current.name == last_name
    tree, model = again.plan_panel.tree, again.plan_panel.itinerary_model
    assert [tree.isExpanded(model.index(day, 0)) for day in range(model.rowCount())] == [True] * 2
    assert again.plan_panel.totals_label.text() == totals
    assert totals.startswith("Trip: 2 days, 3 stops")


def test_a_corrupt_plan_is_set_aside_and_its_backup_offered(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    good = editing.new_plan("Kept safe", editing.dt.date(2027, 6, 1))
    path = app_paths.plans_dir / f"{good.id}.json"
    path.with_name(path.name + ".bak").write_bytes(encode_plan(good))
    path.write_bytes(encode_plan(good)[:40])  # truncated, as after a disk failure
    other = editing.new_plan("Untouched", editing.dt.date(2027, 6, 1))
    (app_paths.plans_dir / f"{other.id}.json").write_bytes(encode_plan(other))

    window = open_window()
    assert [p.name for p in window.workspace.plans] == ["Untouched"]
    text = answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert path.name in text and "incomplete" in text and "quarantine" in text
    assert [p.name for p in window.workspace.plans] == ["Kept safe", "Untouched"]
    quarantined = list((app_paths.plans_dir / "quarantine").iterdir())
    assert [q.read_bytes() for q in quarantined] == [encode_plan(good)[:40]]


def test_a_plan_from_a_newer_version_is_never_overwritten(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    plan = editing.new_plan("From the future", editing.dt.date(2030, 1, 1))
    future = json.loads(encode_plan(plan))
    future["schema_version"] = 99
    path = app_paths.plans_dir / f"{future['plan']['id']}.json"
    path.write_text(json.dumps(future))
    before = path.read_bytes()
    window = open_window()
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert path.name in text and "newer version" in text and "read-only" in text
    window.workspace.set_current(window.workspace.plan_by_id(plan.id))
    assert "(read-only)" in window.windowTitle()
    assert not window.actions_by_name["add_day"].isEnabled()
    assert window.plan_panel.name_edit.isReadOnly()
    window.workspace.add_day()
    window.workspace.rename_current("Changed")
    assert window.workspace.undo_stack.count() == 0
    window.actions_by_name["duplicate_plan"].trigger()  # an editable copy is allowed
    copy = window.workspace.current
    assert copy is not None and copy.id != plan.id and window.workspace.current_editable
    window.close()
    assert path.read_bytes() == before


def test_a_second_window_opens_read_only(qtbot: QtBot, open_window: OpenWindow, app_paths):
    with open_other_window(app_paths.plans_dir):
        window = open_window()
        text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
        assert "read-only" in text
        assert window.workspace.read_only
        assert not window.actions_by_name["new_plan"].isEnabled()
        window.new_plan()
        assert window.workspace.plans == []
    assert saved_plans(app_paths) == {}


def test_export_then_import_gives_a_new_plan(qtbot: QtBot, open_window: OpenWindow, tmp_path):
    window = open_window()
    build_lupin_day(qtbot, window)
    original = window.workspace.current
    assert original is not None
    window.plan_files.export_plan_to(tmp_path / "lupin")
    exported = tmp_path / f"lupin{FILE_SUFFIX}"
    assert exported.exists()
    window.plan_files.import_plan_from(exported)
    imported = window.workspace.current
    assert imported is not None and imported is not original
    assert imported.id != original.id
    assert imported.days == original.days
    assert len(window.workspace.plans) == 2


BAD_IMPORTS = [
    pytest.param(b'{"format": "something-else", "plan": {}}', "not a Film Trip Planner plan",
                 id="other-format"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "nested far too deeply", id="deep-nesting"),
    pytest.param(b'{"format": "film-trip-planner/plan", "name": "\xff"}', "not valid UTF-8",
                 id="latin1"),
]


@pytest.mark.parametrize(("content", "reason"), BAD_IMPORTS)
def test_a_bad_import_explains_and_changes_nothing(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path,
    content: bytes, reason: str,
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.autosaver.flush()
    before = saved_plans(app_paths)
    bad = tmp_path / f"holiday{FILE_SUFFIX}"
    bad.write_bytes(content)
    window.plan_files.import_plan_from(bad)
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert bad.name in text and reason in text
    assert len(window.workspace.plans) == 1
    assert not open_boxes(window)
    window.autosaver.flush()
    assert saved_plans(app_paths) == before
    assert bad.read_bytes() == content


def test_a_failed_save_is_reported_and_the_edit_kept(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.autosaver.flush()
    plan = window.workspace.current
    assert plan is not None
    target = app_paths.plans_dir / f"{plan.id}.json"
    target.unlink()
    target.mkdir()  # something in the way that no save can replace
    window.workspace.rename_current("Cannot be written")
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "saving failed" in text and plan.id in text
    assert window.workspace.current.name == "Cannot be written"  # type: ignore[union-attr]


def test_a_failed_export_is_reported(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path):
    window = open_window()
    build_lupin_day(qtbot, window)
    window.plan_files.export_plan_to(tmp_path / "no such folder" / "trip")
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "Could not write" in text and "no such folder" in text
