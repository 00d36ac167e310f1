"""The window never loses a plan: copies, outside changes, failed saves, fast edits, Recover."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.core import limits
from planner.core.model import Plan
from planner.exchange.native import FILE_SUFFIX, import_plan
from planner.fileio.plan_codec import decode_plan, encode_plan
from planner.store.paths import AppPaths
from planner.ui.main_window import MainWindow
from tests.disk_full import disk_full
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import answer, itinerary, open_boxes, stop_id
from tests.ui.test_planning import LUPIN_PLACES, build_lupin_day


def saved(paths: AppPaths) -> dict[str, Plan]:
    """Every plan file in the folder, decoded, by file name."""
    return {p.name: decode_plan(p.read_bytes(), p) for p in paths.plans_dir.glob("*.json")}


def lupin_plan(qtbot: QtBot, open_window: OpenWindow, name: str = "Lupin") -> Plan:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.workspace.rename_current(name)
    window.close()
    [plan] = window.workspace.plans
    return plan


def saved_lupin_window(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> tuple[MainWindow, Plan, Path]:
    """A window whose one plan is on disk: the window, the plan and its file."""
    window = open_window()
    build_lupin_day(qtbot, window)
    window.autosaver.flush()
    plan = window.workspace.current
    assert plan is not None
    return window, plan, app_paths.plans_dir / f"{plan.id}.json"


def rename_on_a_full_disk(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """An edit whose save fails; the one message about it is acknowledged."""
    window.workspace.rename_current(name)
    window.autosaver.flush()
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "saving failed" in text and "keeps trying" in text


def click_choice(qtbot: QtBot, window: MainWindow, label: str) -> None:
    """Click ``label`` in the question about unsaved plans."""
    box = next(b for b in open_boxes(window) if b.objectName() == "choice")
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == label),
                     Qt.MouseButton.LeftButton)


def test_a_file_copied_by_a_sync_tool_opens_as_a_second_plan(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    plan = lupin_plan(qtbot, open_window)
    own = app_paths.plans_dir / f"{plan.id}.json"
    copy = app_paths.plans_dir / f"{plan.id}.sync-conflict-20261126-101010-ABCDEFG.json"
    shutil.copy2(own, copy)

    window = open_window()

    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert copy.name in text and "same plan as" in text
    ids = {p.id for p in window.workspace.plans}
    assert len(ids) == 2 and plan.id in ids
    qtbot.waitUntil(lambda: decode_plan(copy.read_bytes(), copy).id != plan.id, timeout=1500)
    assert decode_plan(own.read_bytes(), own).id == plan.id
    window.close()
    again = open_window()
    assert open_boxes(again) == [] and len(again.workspace.plans) == 2


def test_a_plan_changed_by_another_program_is_kept_beside_ours(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    plan = lupin_plan(qtbot, open_window)
    window = open_window()
    path = app_paths.plans_dir / f"{plan.id}.json"
    theirs = decode_plan(path.read_bytes(), path)
    theirs.name = "Lupin, edited on the other laptop"
    path.write_bytes(encode_plan(theirs))

    window.workspace.rename_current("Lupin, edited here")
    window.autosaver.flush()

    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "changed by another program" in text
    assert f"“Lupin, edited on the other laptop” is the version now in {path.name}" in text
    assert "“Lupin, edited here (conflict copy)” is yours" in text
    names = sorted(p.name for p in window.workspace.plans)
    assert names == ["Lupin, edited here (conflict copy)", "Lupin, edited on the other laptop"]
    assert window.workspace.current.name == "Lupin, edited here (conflict copy)"  # type: ignore[union-attr]
    assert decode_plan(path.read_bytes(), path) == theirs
    assert sorted(p.name for p in saved(app_paths).values()) == names


def test_edits_that_never_pause_are_still_saved_within_a_second(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window, _plan, path = saved_lupin_window(qtbot, open_window, app_paths)
    first_edit = time.monotonic()
    saved_at: float | None = None
    for minutes in range(600, 625):  # an edit every 100 ms for 2.5 s, never a 300 ms pause
        window.workspace.set_stop_minutes(stop_id(window, 0, 0), minutes)
        qtbot.wait(100)
        on_disk = decode_plan(path.read_bytes(), path).days[0].stops[0].minutes
        if saved_at is None and on_disk >= 600:
            saved_at = time.monotonic()
    assert saved_at is not None, "nothing was saved while the edits kept coming"
    assert saved_at - first_edit < 1.3


def test_a_failed_save_is_retried_shown_and_asked_about_at_quit(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window, _plan, path = saved_lupin_window(qtbot, open_window, app_paths)
    with disk_full():
        rename_on_a_full_disk(qtbot, window, "Renamed on a full disk")
        window.workspace.set_stop_note(stop_id(window, 0, 0),
                                        "a second edit while the disk is full")
        window.autosaver.flush()
        assert open_boxes(window) == [], "a failure is reported once, not on every retry"
        assert window.store_messages.unsaved_label.isVisible()
        assert "1 plan not saved" in window.store_messages.unsaved_label.text()

        window.close()
        assert window.isVisible(), "quitting with unsaved plans asks first"
        choice = next(b for b in open_boxes(window) if b.objectName() == "choice")
        assert "“Renamed on a full disk”" in choice.text()
        click_choice(qtbot, window, "&Try again")
        qtbot.waitUntil(lambda: len(open_boxes(window)) == 1)
        assert window.isVisible(), "still failing: asked again"

    # The disk has room again: the retry timer saves without another edit.
    qtbot.waitUntil(lambda: decode_plan(path.read_bytes(), path).name == "Renamed on a full disk",
                    timeout=3000)
    assert decode_plan(path.read_bytes(), path).days[0].stops[0].note.startswith("a second")
    assert not window.store_messages.unsaved_label.isVisible()
    click_choice(qtbot, window, "&Try again")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_unsaved_plans_can_be_exported_elsewhere_when_quitting(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths, tmp_path: Path
) -> None:
    window, _plan, _path = saved_lupin_window(qtbot, open_window, app_paths)
    with disk_full():
        rename_on_a_full_disk(qtbot, window, "Only in memory")
        window.close()
        click_choice(qtbot, window, "&Export a copy…")
        qtbot.waitUntil(lambda: bool(window.findChildren(QFileDialog)))
    [dialog] = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    dialog.fileSelected.emit(str(tmp_path))

    qtbot.waitUntil(lambda: not window.isVisible())
    exported = tmp_path / f"Only in memory{FILE_SUFFIX}"
    assert import_plan(exported).name == "Only in memory"


def test_quitting_without_saving_closes_when_asked(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window, _plan, path = saved_lupin_window(qtbot, open_window, app_paths)
    with disk_full():
        rename_on_a_full_disk(qtbot, window, "Lost on purpose")
        window.close()
        click_choice(qtbot, window, "&Quit without saving")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert decode_plan(path.read_bytes(), path).name != "Lost on purpose"


def test_recover_lists_kept_files_and_brings_several_back_in_one_step(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.workspace.rename_current("Gone for now")
    window.new_plan()
    window.workspace.rename_current("Also gone")
    window.autosaver.flush()
    for _ in range(2):
        window.workspace.delete_current()
    window.close()
    (app_paths.plans_dir / "quarantine").mkdir()
    (app_paths.plans_dir / "quarantine" / "broken.json.20261126T101010Z").write_bytes(b"{")
    kept = {p: p.read_bytes() for p in app_paths.plans_dir.rglob("*") if p.is_file()}

    again = open_window()
    assert again.workspace.plans == []
    dialog = again.plan_files.show_recover_dialog()
    rows = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert any(r.startswith("Deleted · “Gone for now”, 1 day, 3 stops · ") for r in rows)
    assert any("broken.json.20261126T101010Z: cannot be recovered, the file is incomplete" in r
               for r in rows)
    assert not dialog.recover_button.isEnabled()
    selection = dialog.view.selectionModel()
    for row, text in enumerate(rows):
        if text.startswith("Deleted"):
            selection.select(dialog.model.index(row, 0), selection.SelectionFlag.Select)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)

    assert sorted(p.name for p in again.workspace.plans) == ["Also gone", "Gone for now"]
    again.workspace.set_current(next(p for p in again.workspace.plans if p.name == "Gone for now"))
    assert itinerary(again) == [LUPIN_PLACES]
    assert again.workspace.undo_stack.undoText() == "Recover 2 plans"
    again.autosaver.flush()
    assert all(path.read_bytes() == data for path, data in kept.items()), "kept files unchanged"
    again.workspace.undo_stack.undo()
    assert again.workspace.plans == []


def test_a_stop_at_a_place_the_catalog_lacks_is_kept_and_shown_as_missing(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    plan = lupin_plan(qtbot, open_window)
    path = app_paths.plans_dir / f"{plan.id}.json"
    plan.days[0].stops[1].place_id = "a-place-removed-from-the-catalog"
    path.write_bytes(encode_plan(plan))

    window = open_window()

    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "a-place-removed-from-the-catalog" in text and "“Lupin”" in text
    model = window.plan_panel.itinerary_model
    missing = model.index(1, 0, model.index(0, 0))
    assert missing.data() == "Missing place (a-place-removed-from-the-catalog)"
    assert "not in this version's catalog" in missing.data(Qt.ItemDataRole.ToolTipRole)
    window.workspace.add_place(LUPIN_PLACES[0], 0)
    window.autosaver.flush()
    assert len(decode_plan(path.read_bytes(), path).days[0].stops) == 4


def test_a_plan_without_days_is_set_aside_and_the_others_still_open(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    plan = lupin_plan(qtbot, open_window)
    empty = app_paths.plans_dir / "no-days.json"
    empty.write_bytes(encode_plan(plan).replace(plan.id.encode(), b"other-id")
                      .split(b'"days"')[0] + b'"days": []}}')

    window = open_window()

    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "no-days.json cannot be read: $.plan.days: needs at least one entry" in text
    assert [p.name for p in window.workspace.plans] == ["Lupin"]
    window.catalog_panel.add_places_requested.emit([LUPIN_PLACES[0]])
    assert len(window.workspace.plans[0].days[0].stops) == 4


def test_a_full_day_refuses_more_stops_and_says_why(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window, plan, _path = saved_lupin_window(qtbot, open_window, app_paths)
    while len(plan.days[0].stops) < limits.MAX_STOPS_PER_DAY:
        window.workspace.add_place(LUPIN_PLACES[0], 0)
    undo_steps = window.workspace.undo_stack.count()

    window.catalog_panel.add_places_requested.emit(LUPIN_PLACES[:2])

    assert len(plan.days[0].stops) == limits.MAX_STOPS_PER_DAY
    assert window.workspace.undo_stack.count() == undo_steps
    assert "day 1 has no room for 2 more stops" in window.statusBar().currentMessage()
