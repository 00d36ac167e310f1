"""Small gestures the GUI tests share: find a row, read the itinerary, answer a message box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.ui.catalog_models import ID_ROLE
from planner.ui.main_window import MainWindow


def visible_film_ids(window: MainWindow) -> list[str]:
    model = window.catalog_panel.film_model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def visible_place_ids(window: MainWindow) -> list[str]:
    return window.catalog_panel.place_model.place_ids()


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type like a user, then wait for the search that runs once typing pauses."""
    panel = window.catalog_panel
    panel.search_edit.clear()
    with qtbot.waitSignal(panel.film_model.modelReset, timeout=5000):  # the list is refreshed
        qtbot.keyClicks(panel.search_edit, text)


def place_row(window: MainWindow, place_id: str) -> QModelIndex:
    model = window.catalog_panel.place_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == place_id:
            return model.index(row, 0)
    raise AssertionError(f"{place_id} is not in the places list")


def itinerary(window: MainWindow) -> list[list[str]]:
    """Place ids per day, read from the tree model the user sees."""
    model = window.plan_panel.itinerary_model
    days = []
    for day in range(model.rowCount()):
        day_index = model.index(day, 0)
        days.append([model.index(r, 0, day_index).data(ID_ROLE)
                     for r in range(model.rowCount(day_index))])
    return days


def open_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def answer(qtbot: QtBot, window: MainWindow, button: QMessageBox.StandardButton) -> str:
    """Click ``button`` in the one open message box and return the box's text."""
    qtbot.waitUntil(lambda: len(open_boxes(window)) == 1)
    box = open_boxes(window)[0]
    text = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not open_boxes(window))
    return text


def stop_id(window: MainWindow, day: int, row: int) -> str:
    """The id of the stop the user sees at (day, row) of the current plan."""
    plan = window.workspace.current
    assert plan is not None
    return plan.days[day].stops[row].id


def shown_text(rich_or_plain: str) -> str:
    """What Qt shows for a tooltip or a label's text, as plain text (HTML rendered)."""
    document = QTextDocument()
    document.setHtml(rich_or_plain)
    return document.toPlainText()
