"""File ▸ Import places in the real window: preview, untick, one undo step, text kept as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.ui.dialogs.choose_places import ChoosePlacesDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import open_boxes
from tests.ui.test_undo import snapshot

HOSTILE = ["<img src=x onerror=alert(1)>", "<b>Bold café</b>", "Plain"]


def window_with_new_plan(open_window: OpenWindow) -> tuple[MainWindow, list[bytes]]:
    """The window with one empty plan, and a snapshot of it to compare with later."""
    window = open_window()
    window.workspace.new_plan("Lyon", dt.date(2027, 5, 1))
    return window, snapshot(window.workspace)


def test_imported_places_are_previewed_chosen_added_and_undone_as_one_step(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window, before = window_with_new_plan(open_window)
    table = tmp_path / "friends.csv"
    table.write_text("name,lat,lon\n" + "".join(f'"{name}",45.76,4.8{n}\n'
                                                for n, name in enumerate(HOSTILE)),
                     encoding="utf-8")
    dialog = window.plan_files.import_places_from(table)
    assert isinstance(dialog, ChoosePlacesDialog)
    shown = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert [text.split("  ·  ")[0] for text in shown] == HOSTILE, "names shown as typed"
    dialog.list.item(2).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None
    assert [p.name for p in plan.custom_places] == HOSTILE[:2]
    assert {p.origin for p in plan.custom_places} == {"Imported from friends.csv"}
    model = window.plan_panel.itinerary_model
    day = model.index(0, 0)
    assert [model.index(row, 0, day).data() for row in range(model.rowCount(day))] == \
        HOSTILE[:2]
    assert window.workspace.undo_stack.undoText() == "Import 2 places"
    window.workspace.undo_stack.undo()
    assert snapshot(window.workspace) == before


def test_a_broken_file_changes_nothing_and_says_where_in_plain_text(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window, before = window_with_new_plan(open_window)
    broken = tmp_path / "<b>broken<i>.gpx"
    broken.write_text('<gpx><wpt lat="45" lon="east"/></gpx>', encoding="utf-8")
    assert window.plan_files.import_places_from(broken) is None
    qtbot.waitUntil(lambda: len(open_boxes(window)) == 1)
    box = open_boxes(window)[0]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>broken<i>.gpx: waypoint 1: longitude 'east' is not a number" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert snapshot(window.workspace) == before
