"""A stop's booked time: a timed ticket or a reservation the day must meet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.ui.dialogs.day_settings import time_edit, time_of
from planner.ui.i18n import translate
from planner.ui.widgets import named, ok_cancel


class BookedTimeDialog(QDialog):
    def __init__(self, place: str, booked: dt.time | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("BookedTimeDialog", "Booked time at {place}").format(
            place=place))
        self.booked_check = named(QCheckBox(translate("BookedTimeDialog", "&Booked for")),
                                  "isBooked")
        self.booked_check.setChecked(booked is not None)
        self.time_edit = time_edit(booked or dt.time(10, 0), "bookedTime")
        self.time_edit.setEnabled(booked is not None)
        self.booked_check.toggled.connect(self.time_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.booked_check)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(translate(
            "BookedTimeDialog", "The timetable waits for a booked time and warns when the day "
            "cannot reach it; Best order keeps the stop where it is."), wordWrap=True))
        layout.addWidget(buttons)

    def chosen(self) -> dt.time | None:
        return time_of(self.time_edit) if self.booked_check.isChecked() else None
