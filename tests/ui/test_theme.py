"""Light and dark: the window, the map and the routes follow the colour scheme."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.ui.theme import day_color, map_colours
from tests.ui.conftest import OpenWindow


def corner_colour(window: object) -> QColor:
    view = window.map_view  # type: ignore[attr-defined]
    image = view.viewport().grab().toImage()
    return QColor(image.pixel(2, image.height() // 2))


def test_dark_darkens_the_window_the_map_and_keeps_routes_readable(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    view = window.map_view
    view.set_zoom(5)
    view.center_on(46.0, -12.0)  # the Atlantic: sea at the left edge
    light_sea = corner_colour(window)
    try:
        window.theme.force(True)
        palette = QApplication.instance().palette()  # type: ignore[union-attr]
        assert palette.color(QPalette.ColorRole.Window).lightness() < 80
        assert palette.color(QPalette.ColorRole.WindowText).lightness() > 200
        dark_sea = corner_colour(window)
        assert dark_sea.lightness() < 60 < light_sea.lightness(), (dark_sea.name(),
                                                                     light_sea.name())
        assert map_colours().land.lightness() < 80
        assert all(day_color(day).lightness() > 100 for day in range(8)), "no black route"
    finally:
        window.theme.force(False)
    assert QApplication.instance().palette().color(  # type: ignore[union-attr]
        QPalette.ColorRole.Window).lightness() > 200
    assert corner_colour(window) == light_sea
