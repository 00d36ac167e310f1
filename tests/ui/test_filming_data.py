"""File ▸ Import filming data on the real window: progress, Cancel, the film page, a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from planner.store.paths import AppPaths
from planner.store.permits_store import permits_path
from tests.permits_files import BAD_ROWS, GOOD_ROWS, csv_row, write_csv
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import answer, itinerary, shown_text

HOSTILE = csv_row("2019-8", 2019, "Série TV", "Emily in Paris", "<img src=x> rue <b>bold</b>",
                  point="48.85, 2.34")


def test_imported_permits_show_on_their_films_page_as_plain_text(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, app_paths: AppPaths
) -> None:
    window = open_window()
    path = write_csv(tmp_path / "lieux-de-tournage-a-paris.csv",
                     [*GOOD_ROWS, HOSTILE, BAD_ROWS[0][0]])
    dialog = window.filming_data.import_from(path)
    assert dialog is not None and dialog.isVisible(), "progress is shown"
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "5 filming permits imported from lieux-de-tournage-a-paris.csv" in text
    assert "1 row could not be read" in text and "line 7: it has no title" in text
    assert "Ville de Paris" in text and "ODbL" in text
    assert permits_path(app_paths.data_dir).exists()
    window.catalog_panel.select_film("emily-in-paris")
    details = window.catalog_panel.details.toPlainText()
    assert "Also filmed in Paris at" in details
    assert "1 place de l'estrapade, 75005 paris" in details
    assert "<img src=x> rue <b>bold</b>" in details, "the city's text is shown literally"
    assert "Lieux de tournage à Paris" in details

    again = open_window()  # a restart: the layer comes back just after the first frame
    qtbot.waitUntil(lambda: again.filming_data.index is not None)
    again.catalog_panel.select_film("emily-in-paris")
    assert "1 place de l'estrapade" in again.catalog_panel.details.toPlainText()

    # Importing again replaces the layer (and converts Lambert-93 on a new thread, safely).
    again.filming_data.import_from(write_csv(tmp_path / "newer.csv", GOOD_ROWS[1:] * 300))
    assert "900 filming permits imported" in answer(qtbot, again, QMessageBox.StandardButton.Ok)
    assert "1 place de l'estrapade" not in again.catalog_panel.details.toPlainText()


def test_cancel_keeps_nothing(qtbot: QtBot, open_window: OpenWindow, tmp_path: Path,
                              app_paths: AppPaths) -> None:
    window = open_window()
    path = write_csv(tmp_path / "big.csv", GOOD_ROWS * 20_000)
    dialog = window.filming_data.import_from(path)
    assert dialog is not None
    [cancel] = dialog.findChildren(QPushButton)
    cancel.click()
    qtbot.waitUntil(lambda: window.filming_data._task is None, timeout=20_000)
    assert not permits_path(app_paths.data_dir).exists()
    assert window.filming_data.index is None


def test_a_file_that_is_not_the_dataset_is_refused_by_name(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    path = tmp_path / "holiday.csv"
    path.write_text("name;lat;lon\nCafé;48.8;2.3\n", encoding="utf-8")
    window.filming_data.import_from(path)
    text = answer(qtbot, window, QMessageBox.StandardButton.Ok)
    assert "Nothing was imported from holiday.csv" in text
    assert "not the City of Paris filming data" in text


def test_the_permits_tab_searches_and_filters_and_the_map_shows_what_it_keeps(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    window.filming_data.import_from(write_csv(tmp_path / "permits.csv", [*GOOD_ROWS, HOSTILE]))
    answer(qtbot, window, QMessageBox.StandardButton.Ok)
    panel, dots = window.permits_panel, window.map_view.permits
    assert panel.count_label.text() == "5 of 5 permits" and len(dots._numbers) == 5
    panel.search_edit.setText("ESTRAPADE")  # case and accents do not matter
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert dots._numbers == [0], "the map shows only what the tab keeps"
    panel.search_edit.setText("")
    panel.year_combo.setCurrentIndex(panel.year_combo.findData(2022))
    panel.refresh()
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "<b>Le Lycéen</b> (2022) · 25 rue des fêtes, 75019 paris"], "plain text, not bold"
    tip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_text(tip).startswith("<b>Le Lycéen</b> (Long métrage, 2022)")

    panel.list.setCurrentIndex(panel.model.index(0, 0))  # centres the map on it
    view = window.map_view
    view.set_zoom(16)
    view.centerOn(dots.point_of(2))
    centre = view.viewport().rect().center()
    assert view.permit_at(centre) == 2
    assert "Lieux de tournage à Paris" in view.describe_permit(2)
    menu = view.menus.permit_menu(centre)
    assert menu is not None
    [add] = menu.actions()
    add.menu().actions()[0].trigger()
    menu.deleteLater()
    plan = window.workspace.current
    assert plan is not None
    [place] = plan.custom_places
    assert place.name == "<b>Le Lycéen</b> (2022)" and place.address.startswith("25 rue des")
    assert "Lieux de tournage à Paris" in place.origin
    assert itinerary(window) == [[place.id]]
