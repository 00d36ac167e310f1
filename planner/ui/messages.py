"""One way to tell the user something: window-modal boxes that never block the event loop.

Their text is always plain: it often holds a plan's name or a file's path, which must show as
typed, never be read as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_yes_no(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask, and run ``on_yes`` only if the user agrees; the answer arrives asynchronously."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("question")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_finished(result: int) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(_on_finished)
    box.open()
    return box


def ask_choice(parent: QWidget, title: str, text: str,
               choices: list[tuple[str, str, QMessageBox.ButtonRole]],
               on_choice: Callable[[str], None],
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Ask with one button per ``(key, label, role)``; ``on_choice`` gets the clicked key.

    Closing the box with Escape counts as the choice whose role is ``RejectRole``.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("choice")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    added = [(box.addButton(label, role), key, role) for key, label, role in choices]
    for button, _key, role in added:
        if role == QMessageBox.ButtonRole.RejectRole:
            box.setEscapeButton(button)
            box.setDefaultButton(button)

    def _on_finished(result: int) -> None:
        clicked = box.clickedButton()
        for button, key, _role in added:
            if button is clicked:
                on_choice(key)

    box.finished.connect(_on_finished)
    box.open()
    return box
