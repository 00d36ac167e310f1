"""Edits update the plan views row by row: no resets, nothing lost, no command that can fail."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QMimeData, QPoint, Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from planner.ui.itinerary_model import STOP_MIME_TYPE
from planner.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import itinerary, stop_id
from tests.ui.test_planning import LUPIN_PLACES, build_lupin_day, select_stop


@pytest.fixture
def window(qtbot: QtBot, open_window: OpenWindow) -> MainWindow:
    """A window with two plans; the one shown ("Zzz Lupin") is not first in the list."""
    shown = open_window()
    build_lupin_day(qtbot, shown)
    shown.workspace.rename_current("Zzz Lupin")
    shown.actions_by_name["add_day"].trigger()
    shown.new_plan()
    shown.workspace.rename_current("Aaa Alps")
    shown.workspace.switch_plan(1)
    assert shown.workspace.current.name == "Zzz Lupin"  # type: ignore[union-attr]
    return shown


@pytest.fixture
def resets(window: MainWindow, qtlog: object) -> Iterator[list[str]]:
    """Names of the plan models that reset; Qt's own model tester watches every change."""
    models: dict[str, QAbstractItemModel] = {
        "itinerary": window.plan_panel.itinerary_model,
        "plan list": window.plan_panel.plan_list_model,
    }
    seen: list[str] = []
    warn = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [QAbstractItemModelTester(model, warn) for model in models.values()]
    for name, model in models.items():
        model.modelReset.connect(lambda name=name: seen.append(name))
    yield seen
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]  # type: ignore[attr-defined]
    assert failures == [], "QAbstractItemModelTester found a broken model"
    del testers


def test_ordinary_edits_never_reset_a_model_and_keep_selection_and_expansion(
    window: MainWindow, resets: list[str]
) -> None:
    ws, tree, model = window.workspace, window.plan_panel.tree, window.plan_panel.itinerary_model
    select_stop(window, 0, 1)
    first, second, third = (stop_id(window, 0, row) for row in range(3))
    edits = [
        lambda: ws.set_stop_note(second, "Buy the book first"),
        lambda: ws.set_stop_minutes(third, 30),
        lambda: ws.add_place("paris-louvre", 1),
        lambda: ws.move_stop(first, 1, 0),
        lambda: ws.nudge_stop(third, -1),
        lambda: ws.add_day(0),
        lambda: ws.remove_day(0),
        lambda: ws.remove_stop(first),
        lambda: ws.rename_current("Lupin, renamed to the top"),
        lambda: ws.undo_stack.undo(),
        lambda: ws.undo_stack.undo(),
        lambda: ws.undo_stack.redo(),
    ]
    for edit in edits:
        edit()
        assert all(tree.isExpanded(model.index(day, 0)) for day in range(model.rowCount()))
    assert resets == []
    assert window.selection.stop_id != ""


def test_the_plan_switcher_keeps_showing_the_current_plan_after_edits(
    window: MainWindow, resets: list[str]
) -> None:
    combo = window.plan_panel.plan_combo
    window.workspace.set_stop_note(stop_id(window, 0, 0), "Note")
    assert combo.currentText() == "Zzz Lupin"
    window.workspace.rename_current("A Lupin now first")
    assert combo.currentText() == "A Lupin now first"
    window.new_plan()
    window.workspace.rename_current("Middle")
    window.workspace.switch_plan(-1)
    assert combo.currentText() == window.workspace.current.name  # type: ignore[union-attr]
    assert window.windowTitle().startswith(combo.currentText())


def stop_payload(shown: MainWindow, stop_ids: list[str], **changes: object) -> QMimeData:
    """A stop drag as this window makes it, with ``changes`` to its fields."""
    plan = shown.workspace.current
    assert plan is not None
    payload = {"window": shown.workspace.token, "plan": plan.id, "stops": stop_ids} | changes
    mime = QMimeData()
    mime.setData(STOP_MIME_TYPE, json.dumps(payload).encode())
    return mime


def raw_payload(data: bytes) -> QMimeData:
    mime = QMimeData()
    mime.setData(STOP_MIME_TYPE, data)
    return mime


def bad_payloads(window: MainWindow) -> dict[str, QMimeData]:
    return {
        "old form": raw_payload(b"0,99"),  # the old "day,row" payload, out of range
        "deep": raw_payload(b"[" * 100_000),
        "not utf-8": raw_payload(b'{"stops": ["\xff"]}'),
        "unknown stop": stop_payload(window, ["no-such-stop"]),
        "another window": stop_payload(window, [stop_id(window, 0, 0)], window="other"),
        "another plan": stop_payload(window, [stop_id(window, 0, 0)], plan="other-plan"),
        "no plan": stop_payload(window, [stop_id(window, 0, 0)], plan=None),
        "stops not a list": stop_payload(window, [], stops="abc"),
    }


def test_a_bad_drop_is_refused_without_an_undo_step(window: MainWindow) -> None:
    model = window.plan_panel.itinerary_model
    before, steps = itinerary(window), window.workspace.undo_stack.count()
    move, second_day = Qt.DropAction.MoveAction, model.index(1, 0)
    for name, mime in bad_payloads(window).items():
        assert not model.canDropMimeData(mime, move, 0, 0, second_day), name
        assert not model.dropMimeData(mime, move, 0, 0, second_day), name
    assert itinerary(window) == before
    assert window.workspace.undo_stack.count() == steps


def test_a_drag_moves_the_stop_it_names_even_after_other_edits(window: MainWindow) -> None:
    model = window.plan_panel.itinerary_model
    mime = model.mimeData([model.index_of(0, 2)])  # the third Lupin place
    window.workspace.remove_stop(stop_id(window, 0, 0))  # rows shift under the drag
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0))
    assert itinerary(window) == [[LUPIN_PLACES[1]], [LUPIN_PLACES[2]]]


def test_drops_on_a_read_only_plan_are_refused_without_an_undo_step(window: MainWindow) -> None:
    model = window.plan_panel.itinerary_model
    plan = window.workspace.current
    assert plan is not None
    window.workspace.read_only_ids = frozenset({plan.id})
    steps = window.workspace.undo_stack.count()
    places = window.catalog_panel.place_model
    window.catalog_panel.select_film("lupin")
    mime = places.mimeData([places.index(0, 0), places.index(1, 0)])

    assert not model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, model.index(0, 0))
    window.workspace.add_places(LUPIN_PLACES[:2], 0)
    assert window.workspace.undo_stack.count() == steps


def test_context_menus_do_not_pile_up(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.plan_panel.tree
    select_stop(window, 0, 0)
    point = tree.visualRect(window.plan_panel.itinerary_model.index_of(0, 0)).center()

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            menu.close()
        else:
            QTimer.singleShot(10, close_menu)

    for _ in range(5):
        QTimer.singleShot(10, close_menu)
        tree.customContextMenuRequested.emit(QPoint(point))
    qtbot.waitUntil(lambda: len(window.plan_panel.findChildren(QMenu)) == 0, timeout=1000)
