"""Plan ▸ Add my place: a hotel, a station or a café, by name and position.

The position is typed or pasted in any common form (see :mod:`planner.core.coordinates`), or
comes from where the map was right-clicked; the dialog says at once how it reads it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.coordinates import CoordinateError, format_decimal, parse_coordinates
from planner.core.limits import MAX_NAME_LENGTH
from planner.ui.widgets import named, ok_cancel


class OwnPlaceDialog(QDialog):
    def __init__(self, day_heading: str, position: tuple[float, float] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add my place")
        self.name_edit = named(QLineEdit("My place"), "ownPlaceName", "Name")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.position_edit = named(QLineEdit(), "ownPlacePosition", "Position")
        self.position_edit.setPlaceholderText("48.8584, 2.2945 or 48°51'29.6\"N 2°17'40.2\"E")
        self.reading = named(QLabel(), "ownPlaceReading")
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.to_day = named(QCheckBox(f"Also add it as a stop to {day_heading}"), "ownPlaceToDay")
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Position:", self.position_edit)
        form.addRow("", self.reading)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.to_day)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.position_edit.textChanged.connect(self._check)
        self.name_edit.textChanged.connect(self._check)
        if position is not None:
            self.position_edit.setText(format_decimal(*position))
        self._check()
        self.resize(460, 200)

    def position(self) -> tuple[float, float] | None:
        try:
            return parse_coordinates(self.position_edit.text())
        except CoordinateError:
            return None

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _check(self) -> None:
        try:
            lat, lon = parse_coordinates(self.position_edit.text())
            self.reading.setText(f"Read as latitude {lat:.6f}, longitude {lon:.6f}")
            valid = True
        except CoordinateError as error:
            self.reading.setText(str(error))
            valid = False
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(valid and bool(self.name()))
