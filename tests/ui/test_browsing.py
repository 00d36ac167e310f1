"""Browsing the catalog in the real window: search, filters, details, nearby places."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.core.catalog import Catalog, parse_catalog
from planner.core.text import fold
from planner.ui.catalog_models import ID_ROLE
from planner.ui.details_html import CONFIDENCE_TEXT, NOT_YET_AUDITED, place_html
from tests.core.catalog_factory import catalog_document
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import place_row, type_search, visible_film_ids, visible_place_ids


def test_typing_finds_films_despite_case_accents_and_typos(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    everything = visible_film_ids(window)
    type_search(qtbot, window, "periph")
    assert set(visible_film_ids(window)) == {"the-takedown", "on-the-other-side-of-the-tracks"}
    type_search(qtbot, window, "amellie")
    assert visible_film_ids(window)[0] == "amelie"
    type_search(qtbot, window, "omar sy")
    assert "the-takedown" in visible_film_ids(window)
    type_search(qtbot, window, "")
    assert visible_film_ids(window) == everything


def test_films_are_sorted_by_title_without_a_search(open_window: OpenWindow) -> None:
    window = open_window()
    films = window.catalog_panel.catalog.films
    titles = [films[f].title for f in visible_film_ids(window)]
    assert titles == sorted(titles, key=fold)  # "Élise" sorts with the E's


def test_a_town_typed_with_a_typo_lists_its_places(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    type_search(qtbot, window, "anecy")
    places = visible_place_ids(window)
    catalog = window.catalog_panel.catalog
    texts = [f"{catalog.places[p].name} {catalog.places[p].town} {catalog.places[p].address}"
             for p in places]
    assert texts and all("annecy" in text.casefold() for text in texts)
    assert "Places for “anecy”" in window.catalog_panel.places_label.text()
    model = window.catalog_panel.place_model
    for row, place_id in enumerate(places):  # each hit says which title was shot there
        first_title = sorted(catalog.films[a.film].title
                             for a in catalog.appearances_at_place(place_id))[0]
        assert f"({first_title}" in model.index(row, 0).data()


def test_no_match_says_so(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    type_search(qtbot, window, "zzzz qqqq")
    assert visible_film_ids(window) == []
    assert window.catalog_panel.no_match_label.isVisible()


def test_area_kind_and_decade_filters(open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.catalog_panel
    catalog = panel.catalog
    panel.area_combo.setCurrentIndex(panel.area_combo.findData("lyon-rhone"))
    assert "sibyl" in visible_film_ids(window) and "lupin" not in visible_film_ids(window)
    panel.area_combo.setCurrentIndex(panel.area_combo.findData("auvergne-rhone-alpes"))
    assert "sur-les-chemins-noirs" in visible_film_ids(window), "the Cantal is not the Alps"
    assert "sibyl" not in visible_film_ids(window)
    panel.area_combo.setCurrentIndex(panel.area_combo.findData("paris"))
    assert "lupin" in visible_film_ids(window) and "sibyl" not in visible_film_ids(window)
    panel.area_combo.setCurrentIndex(panel.area_combo.findData("paris-day-trip"))
    assert "midnight-in-paris" in visible_film_ids(window), "Giverny is a day trip from Paris"
    assert "lupin" not in visible_film_ids(window)
    panel.area_combo.setCurrentIndex(0)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("series"))
    assert visible_film_ids(window)
    assert all(catalog.films[f].kind == "series" for f in visible_film_ids(window))
    panel.kind_combo.setCurrentIndex(0)
    panel.decade_combo.setCurrentIndex(panel.decade_combo.findData(1960))
    assert visible_film_ids(window)
    assert all(1960 <= catalog.films[f].year < 1970 for f in visible_film_ids(window))


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


def test_a_films_places_show_distances_from_the_first(open_window: OpenWindow) -> None:
    window = open_window()
    window.catalog_panel.select_film("lupin")
    model = window.catalog_panel.place_model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels[0].startswith("1st · ")
    assert all(label.split(" · ", 1)[0].endswith(("km", " m")) for label in labels[1:])


def test_distances_to_town_level_places_are_marked_rough(open_window: OpenWindow) -> None:
    window = open_window()
    window.catalog_panel.select_film("the-takedown")  # Albertville is only known to its town
    model = window.catalog_panel.place_model
    catalog = window.catalog_panel.catalog
    assert model.rowCount() > 1
    for row in range(1, model.rowCount()):
        place = catalog.places[model.index(row, 0).data(ID_ROLE)]
        first = catalog.places[model.index(0, 0).data(ID_ROLE)]
        rough = "town" in (place.precision, first.precision)
        assert ("≈" in model.index(row, 0).data()) == rough


def test_nearby_lists_places_within_the_radius_nearest_first(
    qtbot: QtBot, open_window: OpenWindow, catalog: Catalog
) -> None:
    window = open_window()
    panel = window.catalog_panel
    panel.select_film("lupin")
    panel.places_view.setCurrentIndex(place_row(window, "paris-louvre"))
    panel.radius_combo.setCurrentIndex(panel.radius_combo.findData(1.0))
    nearby = panel.nearby_model.place_ids()
    assert nearby and "paris-louvre" not in nearby
    assert "paris-pont-des-arts" in nearby  # across the courtyard from the pyramid
    labels = [panel.nearby_model.index(r, 0).data() for r in range(len(nearby))]
    distances = [label.split(" · ", 1)[0].strip("≈ ").split() for label in labels]
    metres = [float(value) * (1000 if unit == "km" else 1) for value, unit in distances]
    assert metres == sorted(metres)
    assert metres[-1] <= 1000
    panel.radius_combo.setCurrentIndex(panel.radius_combo.findData(0.25))
    assert len(panel.nearby_model.place_ids()) < len(nearby)


def test_a_film_without_a_visitable_place_explains_why(open_window: OpenWindow) -> None:
    window = open_window()
    panel = window.catalog_panel
    panel.select_film("red-notice")
    assert panel.place_model.rowCount() == 0
    assert "Where it was really filmed" in panel.details.toPlainText()


def test_a_places_opening_hours_show_with_their_source(open_window: OpenWindow) -> None:
    window = open_window()
    window.selection.select_place("saint-ouen-puces-rue-des-rosiers")
    html = window.catalog_panel.details.toHtml()
    assert "Sa 09:00-18:00; Su 10:00-18:00; Mo 11:00-17:00" in html
    assert "lacampagneaparis.fr" in html


def test_a_scene_nobody_has_read_again_yet_says_so(qapp: object) -> None:
    """Of two scenes at a place, only the one without an audit carries the mark."""
    document = catalog_document()
    unread = dict(document["appearances"][0], film="takedown", scene="The chase ends here.")
    document["appearances"][0]["audit"] = {"date": "2026-11-26", "result": "verified"}
    document["appearances"].append(unread)
    catalog = parse_catalog(json.dumps(document).encode(), Path("catalog.json"))
    lines = place_html(catalog.places["cafe"], catalog).split("<li>")[1:]
    mark = NOT_YET_AUDITED.format(confidence=CONFIDENCE_TEXT["confirmed"])
    assert [mark in line for line in lines] == [False, True]
    assert "The chase ends here." in lines[1]
