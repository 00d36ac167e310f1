"""Best order, split into days, what fits, day settings and booked times, in the real window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDoubleSpinBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from planner.core.editing import DaySettings
from planner.store.settings import load_settings
from planner.ui.dialogs.booked_time import BookedTimeDialog
from planner.ui.dialogs.day_settings import DaySettingsDialog
from planner.ui.dialogs.split_days import SplitDaysDialog
from planner.ui.dialogs.what_fits import WhatFitsDialog
from planner.ui.formatting import scale_bar, set_distance_unit
from planner.ui.itinerary_model import COL_LEG, COL_TIME, DASH
from planner.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import itinerary
from tests.ui.test_undo import snapshot

# Zig-zag across Paris: west, east, west, east, so a better order exists.
ZIGZAG = ["paris-place-vendome", "paris-eiffel-tower", "paris-sacre-coeur",
          "paris-pont-des-arts", "paris-parc-monceau", "paris-louvre"]


def window_with_plan(open_window: OpenWindow, places: list[str]) -> MainWindow:
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 6, 2))
    window.workspace.set_default_travel_mode("transit")
    window.workspace.add_places(places, 0)
    return window


def test_best_order_saves_time_says_so_and_undoes_exactly(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, ZIGZAG)
    before = snapshot(window.workspace)
    window.actions_by_name["best_order_day"].trigger()
    after = snapshot(window.workspace)
    assert after != before
    assert "less on the way" in window.statusBar().currentMessage()
    [day] = itinerary(window)
    assert (day[0], day[-1]) == (ZIGZAG[0], ZIGZAG[-1]), "the ends stay"
    assert day != ZIGZAG
    assert window.workspace.undo_stack.undoText() == "Best order of day 1"
    window.workspace.undo_stack.undo()
    assert snapshot(window.workspace) == before
    window.workspace.undo_stack.redo()
    assert snapshot(window.workspace) == after
    window.actions_by_name["best_order_trip"].trigger()
    assert "already the best" in window.statusBar().currentMessage()


def test_split_into_days_from_the_dialog_is_one_undo_step(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, [*ZIGZAG, "annecy-pont-des-amours"])
    before = snapshot(window.workspace)
    dialog = window.trip_dialogs.split()
    assert isinstance(dialog, SplitDaysDialog)
    dialog.days_spin.setValue(3)
    dialog.accept()
    days = itinerary(window)
    assert len(days) == 4, "three days of visits and a travel day"
    assert sorted(p for day in days for p in day) == sorted(
        [*ZIGZAG, "annecy-pont-des-amours"])
    assert window.workspace.current is not None
    assert window.workspace.current.days[2].label == "Travel day: Paris → the Alps"
    assert (days[2], days[3]) == ([], ["annecy-pont-des-amours"])
    model = window.plan_panel.itinerary_model
    assert model.index(2, COL_TIME).data() is None, "a day without stops has no times"
    assert model.index(3, COL_TIME).data() == f"09:00{DASH}09:20"
    assert window.workspace.undo_stack.undoText() == "Split into days"
    window.workspace.undo_stack.undo()
    assert snapshot(window.workspace) == before


def test_what_fits_adds_a_place_in_one_click(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = window_with_plan(open_window, ZIGZAG[:2])
    dialog = window.trip_dialogs.what_fits()
    assert isinstance(dialog, WhatFitsDialog)
    first_name = dialog.tree.topLevelItem(0).text(0)
    first = next(p.id for p in window.workspace.catalog.places.values() if p.name == first_name)
    button = dialog.tree.itemWidget(dialog.tree.topLevelItem(0), 4)
    assert isinstance(button, QPushButton)
    button.click()
    assert first in itinerary(window)[0]
    assert dialog.tree.topLevelItem(0).text(0) != first_name, "the list is worked out again"
    dialog.close()


def test_day_settings_and_a_booked_time_show_in_the_plan(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, ZIGZAG[:3])
    dialog = window.trip_dialogs.day_settings()
    assert isinstance(dialog, DaySettingsDialog)
    dialog.label_edit.setText("Landmarks")
    dialog.base_combo.setCurrentIndex(dialog.base_combo.findData("paris-place-vendome"))
    dialog.lock_check.setChecked(True)
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None
    day = plan.days[0]
    assert (day.label, day.base, day.locked) == ("Landmarks", "paris-place-vendome", True)
    heading = window.plan_panel.itinerary_model.index(0, 0).data()
    assert "Landmarks" in heading and "🔒" in heading
    window.actions_by_name["best_order_day"].trigger()
    assert "locked" in window.statusBar().currentMessage()
    window.trip_dialogs.toggle_lock()
    assert not plan.days[0].locked

    window.plan_panel.tree.setCurrentIndex(
        window.plan_panel.itinerary_model.index_of(0, 1))
    booked = window.trip_dialogs.booked_time()
    assert isinstance(booked, BookedTimeDialog)
    booked.booked_check.setChecked(True)
    booked.accept()
    assert plan.days[0].stops[1].fixed_arrival == dt.time(10, 0)
    window.workspace.undo_stack.undo()
    assert plan.days[0].stops[1].fixed_arrival is None
    assert DaySettings.of(plan.days[0]).label == "Landmarks"


def test_travel_estimates_changed_in_preferences_retime_the_plan_and_are_kept(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, ZIGZAG[:3])
    model = window.plan_panel.itinerary_model
    departure_before = model.index(2, 1, model.index(0, 0)).data()
    dialog = window.show_preferences()
    speed = dialog.findChild(QDoubleSpinBox, "speed-transit")
    assert speed is not None and speed.value() == 20.0
    speed.setValue(5.0)
    dialog.accept()
    assert window.workspace.estimates["transit"].speed_kmh == 5.0
    assert model.index(2, 1, model.index(0, 0)).data() != departure_before, "retimed"
    restarted = open_window()
    assert restarted.workspace.estimates["transit"].speed_kmh == 5.0
    again = restarted.show_preferences()
    again.findChild(QPushButton, "travelDefaults").click()
    assert again.chosen().travel == {}
    again.reject()


def test_distances_follow_the_unit_chosen_in_preferences(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    window.workspace.add_places(["paris-louvre", "paris-pont-des-arts"], 0)
    dialog = window.show_preferences()
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData("mi"))
    dialog.accept()
    try:
        assert load_settings(window.paths.config_dir).distance_unit == "mi", "kept"
        model = window.plan_panel.itinerary_model
        leg = model.index(1, COL_LEG, model.index(0, 0)).data()
        assert " ft" in leg or " mi" in leg, leg
        assert "mi straight-line" in window.plan_panel.totals_label.text() or \
            "ft straight-line" in window.plan_panel.totals_label.text()
        assert scale_bar(10.0)[1].endswith(("ft", "mi"))
    finally:
        set_distance_unit("km")  # the unit is the window's; leave it as other tests expect


def test_a_new_language_offers_to_start_again_now_or_later(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.new_plan("Lyon", dt.date(2027, 5, 1))
    dialog = window.show_preferences()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.accept()
    offer = next(box for box in window.findChildren(QMessageBox, "choice") if box.isVisible())
    assert "Français" in offer.text() and "saved first" in offer.text()
    later, = (b for b in offer.buttons() if b.text() == "Later")
    later.click()
    assert window.isVisible() and not window.restart_requested
    assert load_settings(window.paths.config_dir).language == "fr", "kept for the next start"
    again = window.offer_restart("Français")
    now, = (b for b in again.buttons() if b.text() == "Restart now")
    now.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.restart_requested
    assert open_window().workspace.plans[0].name == "Lyon", "saved on the way out"
