"""Places of one's own: from a right-click on the map, or typed as coordinates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.mercator import WorldPoint, unproject
from planner.core.schedule import day_timetable
from planner.store.geocoding import Geocoder
from planner.store.settings import Settings
from planner.ui.dialogs.own_place import OwnPlaceDialog
from planner.ui.main_window import MainWindow
from tests.fake_nominatim import FakeNominatim
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import itinerary, shown_text
from tests.ui.test_undo import snapshot


def window_with_plan(open_window: OpenWindow, name: str = "Annecy") -> MainWindow:
    """The window with a new plan starting on Saturday 1 May 2027."""
    window = open_window()
    window.workspace.new_plan(name, dt.date(2027, 5, 1))
    return window


def undo_and_compare(window: MainWindow, before: list[bytes]) -> None:
    """One undo brings every plan back to ``before`` exactly."""
    window.workspace.undo_stack.undo()
    assert snapshot(window.workspace) == before


def adding(window: MainWindow, position: tuple[float, float] | None = None) -> OwnPlaceDialog:
    """The Add my place dialog, open (at ``position``, as from the map)."""
    dialog = window.own_places.add(position)
    assert isinstance(dialog, OwnPlaceDialog)
    return dialog


def test_right_clicking_the_map_adds_a_place_there_in_one_undo_step(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, "Annecy")
    before = snapshot(window.workspace)
    spot = QPoint(window.map_view.viewport().width() // 3, window.map_view.viewport().height() // 2)
    scene = window.map_view.mapToScene(spot)
    expected = unproject(WorldPoint(scene.x(), scene.y()))
    menu = window.map_view.menus.place_menu(spot)
    [add] = [action for action in menu.actions() if "my place" in action.text()]
    add.trigger()
    menu.deleteLater()
    [dialog] = [d for d in window.findChildren(OwnPlaceDialog) if d.isVisible()]
    assert dialog.position() == pytest.approx(expected, abs=1e-6)
    dialog.name_edit.setText("Hôtel du Lac")
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None and [p.name for p in plan.custom_places] == ["Hôtel du Lac"]
    assert len(window.map_view.plan.own_places()) == 1, "drawn on the map though not a stop"
    undo_and_compare(window, before)


def test_a_typed_position_is_read_back_or_refused_before_ok(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, "Paris")
    dialog = adding(window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "no position yet"
    dialog.position_edit.setText("91, 2")
    assert not ok.isEnabled() and "outside -90 to 90" in dialog.reading.text()
    dialog.position_edit.setText("48°51'29.6\"N 2°17'40.2\"E")
    assert ok.isEnabled() and "48.858222" in dialog.reading.text()
    dialog.name_edit.setText("Tour Eiffel, north pillar")
    dialog.to_day.setChecked(True)
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None
    [place] = plan.custom_places
    assert itinerary(window) == [[place.id]], "also a stop of the selected day"


def test_a_place_found_by_name_fills_the_dialog_without_blocking_the_window(
    qtbot: QtBot, open_window: OpenWindow, nominatim_server: str, tmp_path: Path
) -> None:
    window = window_with_plan(open_window, "Paris")
    dialog = OwnPlaceDialog("Day 1", None, window, Geocoder(tmp_path, "nominatim", nominatim_server,
                                                            min_delay_s=0))
    dialog.show()
    dialog.finder.query_edit.setText("Tour Eiffel")
    assert FakeNominatim.requests == [], "typing alone asks nothing"
    qtbot.keyClick(dialog.finder.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.finder.results.count() == 1)
    assert "OpenStreetMap contributors" in dialog.finder.note.text()
    dialog.finder.results.setCurrentRow(0)
    assert dialog.name() == "Tour Eiffel"
    assert dialog.position() == pytest.approx((48.8582599, 2.2945006))
    FakeNominatim.mode = "error"
    dialog.finder.query_edit.setText("Louvre")
    dialog.finder.search()
    qtbot.waitUntil(lambda: "not available" in dialog.finder.note.text())
    assert dialog.finder.search_button.isEnabled()
    dialog.reject()


def test_a_spot_picked_on_the_map_gets_its_address_when_a_service_answers(
    qtbot: QtBot, open_window: OpenWindow, nominatim_server: str
) -> None:
    window = open_window()
    assert window.own_places.geocoder() is None, "online search is off until asked for"
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    window.apply_settings(Settings(online_search=True, geocoder_url=nominatim_server))
    dialog = adding(window, (48.8582, 2.2945))
    qtbot.waitUntil(lambda: dialog.address().startswith("Tour Eiffel, 5, Avenue"))
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None and plan.custom_places[0].address == dialog.address()


def wait_for_answer(qtbot: QtBot, dialog: OwnPlaceDialog) -> None:
    qtbot.waitUntil(lambda: dialog.finder.search_button.isEnabled(), timeout=10_000)


def test_offline_the_gazetteer_finds_towns_and_stations(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, "Alps")
    dialog = adding(window)
    dialog.finder.query_edit.setText("chamonx")  # a typo, and no network asked for
    qtbot.keyClick(dialog.finder.query_edit, Qt.Key.Key_Return)
    wait_for_answer(qtbot, dialog)
    assert "GeoNames" in dialog.finder.note.text() and "SNCF" in dialog.finder.note.text()
    dialog.finder.results.setCurrentRow(0)
    assert dialog.name() == "Chamonix-Mont-Blanc"
    assert dialog.category_combo.currentData() == "station"
    assert dialog.position() == pytest.approx((45.92277, 6.87363))
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None and plan.custom_places[0].category == "station"


def test_when_the_service_fails_the_offline_list_answers_instead(
    qtbot: QtBot, open_window: OpenWindow, nominatim_server: str
) -> None:
    window = window_with_plan(open_window, "Alps")
    window.apply_settings(Settings(online_search=True, geocoder_url=nominatim_server))
    FakeNominatim.mode = "error"
    dialog = adding(window)
    dialog.finder.query_edit.setText("Annecy")
    dialog.finder.search()
    wait_for_answer(qtbot, dialog)
    note = dialog.finder.note.text()
    assert "not available" in note and "Offline list" in note
    assert dialog.finder.results.item(0).text() == "Annecy (station, Annecy)"
    dialog.reject()


def test_editing_an_own_place_is_one_undo_step_and_its_stops_follow(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, "Annecy")  # a Saturday
    add = adding(window, (45.899, 6.129))
    add.name_edit.setText("Café du Lac")
    add.to_day.setChecked(True)
    add.accept()
    before = snapshot(window.workspace)
    window.plan_panel.select_position(0, 0)
    assert window.actions_by_name["edit_own_place"].isEnabled()
    dialog = window.own_places.edit()
    assert isinstance(dialog, OwnPlaceDialog) and not dialog.to_day.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.hours_edit.setText("Mo-Fr 9:00")
    assert not ok.isEnabled() and "Not understood" in dialog.hours_reading.text()
    dialog.hours_edit.setText("Mo-Fr 08:00-18:00")
    assert ok.isEnabled()
    dialog.name_edit.setText("Café <b>du</b> Lac")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("food"))
    dialog.minutes_spin.setValue(45)
    dialog.note_edit.setPlainText("Terrace on the lake")
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None
    [place] = plan.custom_places
    assert (place.name, place.category, place.minutes, place.note) == (
        "Café <b>du</b> Lac", "food", 45, "Terrace on the lake")
    assert plan.days[0].stops[0].minutes == 45, "the stop kept the place's length, so follows"
    assert "Café <b>du</b> Lac" in window.plan_panel.itinerary_model.index(
        0, 0, window.plan_panel.itinerary_model.index(0, 0)).data(), "shown as plain text"
    timetable = day_timetable(plan, 0, window.workspace.catalog, window.workspace.estimates)
    [closed] = [w for w in timetable.warnings if w.kind == "closed"]
    assert "Mo-Fr 08:00-18:00" in closed.text, "a Saturday: the new hours apply at once"
    undo_and_compare(window, before)


def test_dragging_an_own_place_on_the_map_moves_it(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = window_with_plan(open_window, "Annecy")
    map_view = window.map_view
    map_view.set_zoom(13)
    map_view.center_on(45.9, 6.13)
    add = adding(window, (45.9, 6.13))
    add.accept()
    before = snapshot(window.workspace)
    start = map_view.mapFromScene(map_view.mapToScene(map_view.viewport().rect().center()))
    assert map_view.own_place_at(start), "the marker is under the centre"
    end = start + QPoint(60, 40)
    viewport = map_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(30, 20))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    scene = map_view.mapToScene(end)
    expected = unproject(WorldPoint(scene.x(), scene.y()))
    plan = window.workspace.current
    assert plan is not None
    [place] = plan.custom_places
    assert (place.lat, place.lon) == pytest.approx(expected, abs=1e-6)
    assert map_view.own_place_at(end) == place.id
    undo_and_compare(window, before)


def test_a_place_kept_in_my_places_can_join_another_plan(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, "Annecy")
    add = adding(window, (45.9, 6.13))
    add.name_edit.setText("Hôtel du Lac")
    add.keep.setChecked(True)
    add.accept()
    first = window.workspace.current
    assert first is not None
    window.workspace.new_plan("Annecy again", dt.date(2028, 5, 1))
    dialog = window.own_places.add_from_my_places()
    assert dialog is not None and dialog.list.count() == 1
    assert "Hôtel du Lac" in dialog.list.item(0).text()
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    second = window.workspace.current
    assert second is not None and second is not first
    assert [p.name for p in second.custom_places] == ["Hôtel du Lac"]
    assert itinerary(window) == [[second.custom_places[0].id]]
    again = window.own_places.add_from_my_places()
    assert again is not None
    again.list.item(0).setCheckState(Qt.CheckState.Checked)
    again.forget_button.click()
    assert again.list.count() == 0
    again.reject()
    assert window.own_places.my_places.load() == []
    assert len(second.custom_places) == 1, "the plans keep their own copies"


def test_an_own_stop_and_its_marker_describe_the_place(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = window_with_plan(open_window, "Annecy")
    window.map_view.set_zoom(13)
    window.map_view.center_on(45.9, 6.13)
    add = adding(window, (45.9, 6.13))
    add.name_edit.setText("Hôtel du Lac")
    add.category_combo.setCurrentIndex(add.category_combo.findData("hotel"))
    add.address_edit.setText("1 quai du Lac")
    add.to_day.setChecked(True)
    add.accept()
    model = window.plan_panel.itinerary_model
    tip = model.index(0, 0, model.index(0, 0)).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_text(tip).startswith(
        "Hôtel du Lac: a place of your own (hotel or lodging)\n1 quai du Lac")
    centre = window.map_view.viewport().rect().center()
    menu = window.map_view.menus.own_place_menu(centre)
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["&Edit my place…", "&Keep in My places"]
    menu.actions()[1].trigger()
    menu.deleteLater()
    assert [p.name for p in window.own_places.my_places.load()] == ["Hôtel du Lac"]
