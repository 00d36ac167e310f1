"""Building a trip in the real window: plans, days, stops, keyboard, drag and drop, undo."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.ui.itinerary_model import COL_LEG, COL_MINUTES, COL_NOTE, COL_TIME
from planner.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import answer, itinerary, place_row

LUPIN_PLACES = ["paris-louvre", "paris-pont-des-arts", "paris-musee-nissim-de-camondo"]


def start_plan(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.plan_panel.findChild(object, "emptyNewPlan"), Qt.MouseButton.LeftButton)
    assert window.workspace.current is not None


def add_by_double_click(qtbot: QtBot, window: MainWindow, place_id: str) -> None:
    view = window.catalog_panel.places_view
    centre = view.visualRect(place_row(window, place_id)).center()
    # A real double-click starts with a press; Qt's views ignore a double-click without one.
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def build_lupin_day(qtbot: QtBot, window: MainWindow) -> None:
    start_plan(qtbot, window)
    window.catalog_panel.select_film("lupin")
    for place_id in LUPIN_PLACES:
        add_by_double_click(qtbot, window, place_id)


def select_stop(window: MainWindow, day: int, row: int) -> None:
    window.plan_panel.select_position(day, row)
    window.plan_panel.tree.setFocus()


def test_empty_state_invites_a_new_plan(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.plan_panel.currentIndex() == 0
    start_plan(qtbot, window)
    assert window.plan_panel.currentIndex() == 1
    assert window.plan_panel.name_edit.hasFocus()
    assert itinerary(window) == [[]]


def test_add_places_by_double_click_enter_button_and_drop(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    build_lupin_day(qtbot, window)
    assert itinerary(window) == [LUPIN_PLACES]

    panel = window.catalog_panel
    panel.places_view.setFocus()
    panel.places_view.setCurrentIndex(place_row(window, "paris-place-vendome"))
    qtbot.keyClick(panel.places_view, Qt.Key.Key_Return)
    panel.places_view.selectionModel().select(
        place_row(window, "paris-sacre-coeur"), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert itinerary(window)[0][-2:] == ["paris-place-vendome", "paris-sacre-coeur"]

    # A drag from the places list carries the place model's own mime data to the day row.
    model = window.plan_panel.itinerary_model
    mime = panel.place_model.mimeData([place_row(window, "paris-catacombes-denfert")])
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, model.index(0, 0))
    assert itinerary(window)[0][0] == "paris-catacombes-denfert"


def test_reorder_with_alt_arrows_and_undo_redo_shortcuts(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    build_lupin_day(qtbot, window)
    a, b, c = LUPIN_PLACES
    select_stop(window, 0, 2)
    qtbot.keyClick(window.plan_panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert itinerary(window) == [[a, c, b]]
    qtbot.keyClick(window.plan_panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert itinerary(window) == [[c, a, b]]  # the moved stop stays selected
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert itinerary(window) == [[a, c, b]]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert itinerary(window) == [[a, b, c]]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    assert itinerary(window) == [[a, c, b]]


def test_stops_move_across_days_and_drag_within_the_tree(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    build_lupin_day(qtbot, window)
    a, b, c = LUPIN_PLACES
    window.actions_by_name["add_day"].trigger()
    assert itinerary(window) == [[a, b, c], []]
    select_stop(window, 0, 2)
    qtbot.keyClick(window.plan_panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert itinerary(window) == [[a, b], [c]]

    model = window.plan_panel.itinerary_model
    mime = model.mimeData([model.index_of(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, model.index(1, 0))
    assert itinerary(window) == [[b], [c, a]]


def test_remove_stop_and_day_with_keyboard(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    select_stop(window, 0, 1)
    qtbot.keyClick(window.plan_panel.tree, Qt.Key.Key_Delete)
    assert itinerary(window) == [[LUPIN_PLACES[0], LUPIN_PLACES[2]]]
    window.actions_by_name["add_day"].trigger()
    select_stop(window, 1, -1)
    window.actions_by_name["remove_day"].trigger()
    assert len(itinerary(window)) == 1
    assert not window.actions_by_name["remove_day"].isEnabled()  # the last day stays


def test_minutes_and_note_are_edited_in_the_tree(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    tree = window.plan_panel.tree
    model = window.plan_panel.itinerary_model
    minutes = model.index_of(0, 1).siblingAtColumn(COL_MINUTES)
    tree.setCurrentIndex(minutes)
    tree.edit(minutes)
    editor = tree.focusWidget()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "95")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    note = model.index_of(0, 1).siblingAtColumn(COL_NOTE)
    tree.setCurrentIndex(note)
    tree.edit(note)
    qtbot.keyClicks(tree.focusWidget(), "Book tickets")
    qtbot.keyClick(tree.focusWidget(), Qt.Key.Key_Return)
    stop = window.workspace.current.days[0].stops[1]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: stop.note == "Book tickets")  # the delegate commits on the next loop
    assert stop.minutes == 95
    assert model.index_of(0, 1).siblingAtColumn(COL_MINUTES).data() == "1 h 35"
    before = window.workspace.undo_stack.index()
    window.workspace.undo_stack.undo()
    assert (stop.minutes, stop.note) == (95, "")
    window.workspace.undo_stack.undo()
    assert stop.minutes != 95 and stop.note == ""
    assert window.workspace.undo_stack.index() == before - 2


def test_legs_and_totals_show_distances(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    model = window.plan_panel.itinerary_model
    legs = [model.index_of(0, r).siblingAtColumn(COL_LEG).data() for r in range(3)]
    assert legs[0] == "start"
    assert all(re.fullmatch(r"[\d.]+ k?m · \d+ min", leg) for leg in legs[1:]), legs
    assert "km straight-line" in window.plan_panel.totals_label.text()


def test_rename_duplicate_switch_and_delete_plans(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    build_lupin_day(qtbot, window)
    name_edit = window.plan_panel.name_edit
    name_edit.setFocus()
    name_edit.selectAll()
    qtbot.keyClicks(name_edit, "Lupin weekend")
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    assert window.plan_panel.plan_combo.currentText() == "Lupin weekend"

    window.actions_by_name["duplicate_plan"].trigger()
    assert [p.name for p in window.workspace.plans] == ["Lupin weekend", "Lupin weekend (copy)"]
    assert window.workspace.current.name == "Lupin weekend (copy)"  # type: ignore[union-attr]
    window.plan_panel.plan_combo.setCurrentIndex(0)
    window.plan_panel.plan_combo.activated.emit(0)
    assert window.workspace.current.name == "Lupin weekend"  # type: ignore[union-attr]

    window.actions_by_name["delete_plan"].trigger()
    text = answer(qtbot, window, QMessageBox.StandardButton.No)
    assert "Lupin weekend" in text
    assert len(window.workspace.plans) == 2
    window.actions_by_name["delete_plan"].trigger()
    answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert [p.name for p in window.workspace.plans] == ["Lupin weekend (copy)"]
    window.workspace.undo_stack.undo()
    assert [p.name for p in window.workspace.plans] == ["Lupin weekend", "Lupin weekend (copy)"]
    assert itinerary(window) == [LUPIN_PLACES]


def test_context_menu_moves_a_stop_to_another_day(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    build_lupin_day(qtbot, window)
    window.actions_by_name["add_day"].trigger()
    window.actions_by_name["add_day"].trigger()
    select_stop(window, 0, 0)
    menu = window.plan_panel.stop_menu()
    assert menu is not None
    (move_menu,) = [a.menu() for a in menu.actions() if a.menu() and "day" in a.text()]
    labels = [a.text() for a in move_menu.actions()]
    assert [label.split(" ·")[0] for label in labels] == ["Day 2", "Day 3"]
    move_menu.actions()[1].trigger()
    assert itinerary(window) == [LUPIN_PLACES[1:], [], LUPIN_PLACES[:1]]


def test_add_all_is_one_undo_step_and_planned_places_can_be_hidden(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    start_plan(qtbot, window)
    panel = window.catalog_panel
    panel.select_film("emily-in-paris")
    film_places = panel.place_model.place_ids()
    qtbot.mouseClick(panel.add_all_button, Qt.MouseButton.LeftButton)
    assert itinerary(window) == [film_places]
    panel.hide_planned_check.setChecked(True)
    assert panel.place_model.place_ids() == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert itinerary(window) == [[]]
    assert panel.place_model.place_ids() == film_places


def test_start_date_steps_undo_as_one_and_days_follow(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    start_plan(qtbot, window)
    window.actions_by_name["add_day"].trigger()
    plan = window.workspace.current
    assert plan is not None
    first = plan.start_date
    edit = window.plan_panel.start_edit
    edit.setFocus()
    edit.setCurrentSection(edit.Section.DaySection)
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert (plan.start_date - first).days == 3
    heading = window.plan_panel.itinerary_model.index(1, 0).data()
    second = plan.day_date(1)
    assert heading.startswith(f"Day 2 · {second:%a} {second.day} {second:%b}")
    window.workspace.undo_stack.undo()
    assert plan.start_date == first


def test_ctrl_page_keys_switch_between_plans(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    for name in ("Alps", "Lyon", "Paris"):
        window.new_plan()
        window.workspace.rename_current(name)
    assert window.workspace.current.name == "Paris"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current.name == "Alps"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current.name == "Paris"  # type: ignore[union-attr]
    assert window.plan_panel.plan_combo.currentText() == "Paris"


def test_adding_a_place_without_a_plan_starts_one(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    window.catalog_panel.select_film("lupin")
    add_by_double_click(qtbot, window, "paris-louvre")
    assert window.workspace.current is not None
    assert itinerary(window) == [["paris-louvre"]]


def test_each_stop_shows_its_estimated_times_and_warnings(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.workspace.set_start_date(dt.date(2027, 6, 2))  # a Wednesday: the Louvre is open
    window.workspace.add_place("versailles-chateau", 0)  # far beyond a walk from Paris
    model = window.plan_panel.itinerary_model
    times = [model.index_of(0, r).siblingAtColumn(COL_TIME).data() for r in range(4)]
    assert times[0].startswith("09:00\u2013")
    assert all(re.fullmatch(r"(⚠ )?\d\d:\d\d\u2013\d\d:\d\d", t) for t in times), times
    assert times[3].startswith("⚠ ")
    tip = model.index_of(0, 3).siblingAtColumn(COL_TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert "km on foot is a long way" in tip and "estimates" in tip
    day = model.index(0, 0).siblingAtColumn(COL_TIME).data()
    assert day.split("\u2013")[0].endswith("09:00")


def test_the_plans_way_of_travelling_and_one_legs_own_are_chosen_and_undone(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    model, panel = window.plan_panel.itinerary_model, window.plan_panel
    leg = model.index_of(0, 1).siblingAtColumn(COL_LEG)
    on_foot = leg.data()
    panel.mode_combo.activated.emit(panel.mode_combo.findData("bike"))
    assert window.workspace.current.default_travel_mode == "bike"  # type: ignore[union-attr]
    assert leg.data() != on_foot
    select_stop(window, 0, 1)
    menu = panel.stop_menu()
    assert menu is not None
    [get_here] = [a.menu() for a in menu.actions() if a.menu() and "Get here" in a.text()]
    [by_car] = [a for a in get_here.actions() if a.text() == "By car"]
    by_car.trigger()
    assert leg.data().endswith(" by car")
    menu.deleteLater()
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.undo()
    assert leg.data() == on_foot
    assert panel.mode_combo.currentData() == "walk"
