"""What a new user stumbled on at 1366x768: cut labels, empty results, unclear figures, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.ui.itinerary_model import COL_NOTE
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import itinerary, type_search, visible_place_ids
from tests.ui.test_planning import build_lupin_day


def test_a_title_search_offers_that_titles_places(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    type_search(qtbot, window, "takedown")
    catalog = window.catalog_panel.catalog
    takedown = {a.place for a in catalog.appearances_of_film("the-takedown")}
    assert takedown and set(visible_place_ids(window)) == takedown
    label = window.catalog_panel.places_label
    assert label.text() == f"Places for “takedown” ({len(takedown)})"


def test_a_long_places_header_ends_in_an_ellipsis_and_tells_all_in_its_tooltip(
    open_window: OpenWindow,
) -> None:
    window = open_window()
    window.catalog_panel.select_film("on-the-other-side-of-the-tracks")
    label = window.catalog_panel.places_label
    label.resize(160, label.height())
    assert label.shown_text().endswith("…")
    assert label.toolTip() == label.text()
    assert label.text().startswith("Places of On the Other Side of the Tracks (")


def test_a_days_distance_is_in_its_heading_and_an_empty_day_says_so(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.actions_by_name["add_day"].trigger()
    model = window.plan_panel.itinerary_model
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data().endswith(" km") or first.data().endswith(" m")
    assert all(not (model.index(0, column).data() or "").startswith("Σ") for column in range(5))
    assert second.siblingAtColumn(COL_NOTE).data() == "No stops yet"
    assert "drag them here" in second.siblingAtColumn(COL_NOTE).data(Qt.ItemDataRole.ToolTipRole)


def test_the_catalog_counts_stay_while_a_menu_tip_is_shown(open_window: OpenWindow) -> None:
    window = open_window()
    counts = window.statusBar().findChild(QLabel, "catalogCounts")
    assert counts is not None and "films and series" in counts.text()
    window.statusBar().showMessage("Start a new trip plan")  # what hovering a menu item does
    assert counts.isVisible()


def test_ctrl_z_in_the_search_box_undoes_the_last_plan_edit(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    type_search(qtbot, window, "lupin")
    search = window.catalog_panel.search_edit
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(itinerary(window)[0]) == 2, "the last added stop is gone"
    assert search.text() == "lupin", "the search text is left alone"
