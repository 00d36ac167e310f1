"""A list of places to tick before anything is added: File ▸ Import places shows what a file
holds, Plan ▸ Add from My places what the user kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.i18n import translate
from planner.ui.widgets import named, ok_cancel


@dataclass(frozen=True)
class Choice:
    label: str
    tip: str


class ChoosePlacesDialog(QDialog):
    """``choices`` to tick, and whether they also become stops of the day ``day_heading``
    names. With ``forget``, a button removes the ticked rows from where they came from
    (``forget`` does it and returns the choices left)."""

    def __init__(self, title: str, intro: str, choices: list[Choice], day_heading: str, *,
                 ticked: bool, parent: QWidget | None = None,
                 forget: Callable[[list[int]], list[Choice]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = named(QListWidget(), "chooseList",
                          translate("ChoosePlacesDialog", "Places"))
        self._ticked = ticked
        self._show(choices)
        self.to_day = named(QCheckBox(translate(
            "ChoosePlacesDialog", "Also add them as stops to {day}").format(day=day_heading)),
            "chooseToDay")
        self.to_day.setChecked(True)
        intro_label = QLabel(intro, wordWrap=True)
        intro_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.list)
        layout.addWidget(self.to_day)
        buttons = QHBoxLayout()
        if forget is not None:
            self.forget_button = named(QPushButton(
                translate("ChoosePlacesDialog", "&Remove ticked from My places")),
                                       "chooseForget")
            self.forget_button.setAutoDefault(False)
            self.forget_button.clicked.connect(lambda: self._show(forget(self.chosen_rows())))
            buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        buttons.addWidget(ok_cancel(self))
        layout.addLayout(buttons)
        self.resize(560, 420)

    def _show(self, choices: list[Choice]) -> None:
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setToolTip(choice.tip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self._ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def chosen_rows(self) -> list[int]:
        return [row for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
