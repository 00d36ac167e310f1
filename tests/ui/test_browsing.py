"""Browsing the catalog in the real window: search, region filter, film and place details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import OpenWindow
from tests.ui.helpers import place_row, visible_film_ids


def test_typing_in_search_filters_films_ignoring_accents(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    panel = window.catalog_panel
    everything = visible_film_ids(window)
    qtbot.keyClicks(panel.search_edit, "periph")
    assert set(visible_film_ids(window)) == {"the-takedown", "on-the-other-side-of-the-tracks"}
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "LUPIN")
    assert visible_film_ids(window) == ["lupin"]
    panel.search_edit.clear()
    assert visible_film_ids(window) == everything


def test_films_are_sorted_by_title(open_window: OpenWindow) -> None:
    window = open_window()
    titles = [window.catalog_panel.catalog.films[f].title for f in visible_film_ids(window)]
    assert titles == sorted(titles, key=str.casefold)


def test_no_match_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    qtbot.keyClicks(window.catalog_panel.search_edit, "zzzz no such film")
    assert visible_film_ids(window) == []
    assert window.catalog_panel.no_match_label.isVisible()


def test_region_filter(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.catalog_panel
    panel.region_combo.setCurrentIndex(panel.region_combo.findData("alps"))
    alps = visible_film_ids(window)
    assert "sibyl" in alps and "lupin" not in alps
    panel.region_combo.setCurrentIndex(panel.region_combo.findData("paris"))
    assert "lupin" in visible_film_ids(window)
    assert "sibyl" not in visible_film_ids(window)


def test_selecting_a_film_then_a_place_shows_details(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    panel = window.catalog_panel
    assert panel.select_film("lupin")
    assert "Lupin" in panel.details.toPlainText()
    index = place_row(window, "paris-louvre")
    qtbot.mouseClick(panel.places_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.places_view.visualRect(index).center())
    text = panel.details.toPlainText()
    assert "Musée du Louvre" in text
    assert "Access:" in text and "Suggested visit:" in text and "Position:" in text
    catalog = panel.catalog
    appearances = catalog.appearances_at_place("paris-louvre")
    assert len(appearances) > 1  # the Louvre is in several titles: all are listed
    assert all(catalog.films[a.film].title in text for a in appearances)
    assert 'href="https://' in panel.details.toHtml()


def test_a_film_without_a_visitable_place_explains_why(open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.catalog_panel
    panel.select_film("red-notice")
    assert panel.place_model.rowCount() == 0
    assert "Where it was really filmed" in panel.details.toPlainText()
