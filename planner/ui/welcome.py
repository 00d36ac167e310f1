"""The first-run welcome: the sample trip, a short tour of the window, or an empty plan."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from planner.core.sample_trip import SAMPLE_NAME
from planner.ui.i18n import tr_core, translate
from planner.ui.widgets import named


class WelcomeChoice(Enum):
    SAMPLE = "sample"
    TOUR = "tour"
    EMPTY = "empty"


class WelcomeDialog(QDialog):
    """Asks once, on the first start; Help ▸ Welcome… shows it again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(translate("WelcomeDialog", "Welcome to Film Trip Planner"))
        self.choice: WelcomeChoice | None = None
        """What the user picked; None when the dialog was closed without a choice."""
        intro = QLabel(translate(
            "WelcomeDialog",
            "Plan a trip to the places where films and series were shot, in Paris and the "
            "French Alps. Everything works offline, and your plans are saved as you go."),
            wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons: dict[WelcomeChoice, QCommandLinkButton] = {}
        for choice, text, description in (
            (WelcomeChoice.SAMPLE, translate("WelcomeDialog", "Open the sample trip"),
             tr_core(SAMPLE_NAME)),
            (WelcomeChoice.TOUR, translate("WelcomeDialog", "Take the 30-second tour"),
             translate("WelcomeDialog", "Where to find films, the map, your days and the "
                                        "exports")),
            (WelcomeChoice.EMPTY, translate("WelcomeDialog", "Start with an empty plan"),
             translate("WelcomeDialog", "Add places from the list or the map whenever you "
                                        "like")),
        ):
            button = named(QCommandLinkButton(text, description), f"welcome-{choice.value}",
                           text)
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        self.buttons[WelcomeChoice.SAMPLE].setDefault(True)
        self.setMinimumWidth(480)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()
