"""One way to tell the user something: window-modal boxes that never block the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_yes_no(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask, and run ``on_yes`` only if the user agrees; the answer arrives asynchronously."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("question")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_finished(result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(_on_finished)
    box.open()
    return box
