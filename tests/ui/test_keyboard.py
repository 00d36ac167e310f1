"""The whole window by keyboard: a focus chain that reaches everything, names for screen
readers, and a map that can be used without a mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import OpenWindow
from tests.ui.test_map import show_street_level


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, or a button's or tab bar's own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    return ""


def test_tab_reaches_every_part_of_the_window_and_each_has_a_name(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.workspace.new_plan("Paris", dt.date(2027, 5, 1))
    window.catalog_panel.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.catalog_panel.search_edit)
    visited: list[QWidget] = []
    for _ in range(80):  # a date field takes a Tab per section, so stop only back at the start
        widget = QApplication.focusWidget()
        assert widget is not None
        if visited and widget is window.catalog_panel.search_edit:
            break
        if widget not in visited:
            visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for part in (window.catalog_panel.films_view, window.catalog_panel.places_view,
                 window.map_view, window.plan_panel.plan_combo, window.plan_panel.tree):
        assert part in visited, f"{part.objectName()} is reachable by Tab"
    unnamed = [w.objectName() or type(w).__name__ for w in visited if not spoken_name(w)]
    assert unnamed == [], "every control the focus reaches has a name to be spoken"


def test_the_map_steps_through_its_markers_and_enter_selects_one(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    view = window.map_view
    show_street_level(window, "paris-louvre", zoom=14)  # a dozen markers in view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = view.marker_focus.current
    assert first is not None and view.accessibleDescription().startswith(
        window.workspace.catalog.places[first.keys[0]].name if first.size == 1 else f"{first.size}")
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.marker_focus.current == first, "N then P comes back"
    for _ in range(30):  # find a single place (not a group) and select it with Enter
        current = view.marker_focus.current
        if current is not None and current.size == 1:
            break
        qtbot.keyClick(view, Qt.Key.Key_N)
    assert current is not None and current.size == 1
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.selection.place_id == current.keys[0]
