"""Places of one's own: from a right-click on the map, or typed as coordinates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.mercator import WorldPoint, unproject
from planner.store.geocoding import Geocoder
from planner.store.settings import Settings
from planner.ui.dialogs.own_place import OwnPlaceDialog
from tests.fake_nominatim import FakeNominatim
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import itinerary
from tests.ui.test_undo import snapshot


def test_right_clicking_the_map_adds_a_place_there_in_one_undo_step(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.new_plan("Annecy", dt.date(2027, 5, 1))
    before = snapshot(window.workspace)
    spot = QPoint(window.map_view.viewport().width() // 3, window.map_view.viewport().height() // 2)
    scene = window.map_view.mapToScene(spot)
    expected = unproject(WorldPoint(scene.x(), scene.y()))
    menu = window.map_view.place_menu(spot)
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
    window.workspace.undo_stack.undo()
    assert snapshot(window.workspace) == before


def test_a_typed_position_is_read_back_or_refused_before_ok(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    dialog = window.trip_dialogs.own_place()
    assert isinstance(dialog, OwnPlaceDialog)
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
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    dialog = OwnPlaceDialog("Day 1", None, window, Geocoder(tmp_path, "nominatim", nominatim_server,
                                                            min_delay_s=0))
    dialog.show()
    dialog.query_edit.setText("Tour Eiffel")
    assert FakeNominatim.requests == [], "typing alone asks nothing"
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert "OpenStreetMap contributors" in dialog.search_note.text()
    dialog.results.setCurrentRow(0)
    assert dialog.name() == "Tour Eiffel"
    assert dialog.position() == pytest.approx((48.8582599, 2.2945006))
    FakeNominatim.mode = "error"
    dialog.query_edit.setText("Louvre")
    dialog.search()
    qtbot.waitUntil(lambda: "not available" in dialog.search_note.text())
    assert dialog.search_button.isEnabled()
    dialog.reject()


def test_a_spot_picked_on_the_map_gets_its_address_when_a_service_answers(
    qtbot: QtBot, open_window: OpenWindow, nominatim_server: str
) -> None:
    window = open_window()
    assert window.trip_dialogs.geocoder() is None, "online search is off until asked for"
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    window.apply_settings(Settings(online_search=True, geocoder_url=nominatim_server))
    dialog = window.trip_dialogs.own_place((48.8582, 2.2945))
    assert isinstance(dialog, OwnPlaceDialog)
    qtbot.waitUntil(lambda: dialog.address.startswith("Tour Eiffel, 5, Avenue"))
    dialog.accept()
    plan = window.workspace.current
    assert plan is not None and plan.custom_places[0].address == dialog.address
