"""Plan ▸ Day settings: when a day starts and ends, where it starts from, what it is for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.editing import DaySettings
from planner.core.limits import MAX_NAME_LENGTH
from planner.ui.i18n import translate
from planner.ui.widgets import named, ok_cancel


def base_note() -> str:
    return translate("DaySettingsDialog", "With a base (your hotel, a station), the day's "
                     "timetable starts there and comes back to it. Any place of this plan can "
                     "be the base.")


def lock_note() -> str:
    return translate("DaySettingsDialog", "A locked day is left as it is by Best order of the "
                     "whole trip and by Split.")


def time_edit(value: dt.time, name: str) -> QTimeEdit:
    edit = named(QTimeEdit(QTime(value.hour, value.minute)), name)
    edit.setDisplayFormat("HH:mm")
    return edit


def time_of(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class DaySettingsDialog(QDialog):
    def __init__(self, title: str, settings: DaySettings, places: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        """``places``: (id, name) of the places that may be the day's base."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label_edit = named(QLineEdit(settings.label), "dayLabel",
                                translate("DaySettingsDialog", "What the day is for"))
        self.label_edit.setMaxLength(MAX_NAME_LENGTH)
        self.label_edit.setPlaceholderText(
            translate("DaySettingsDialog", "e.g. Montmartre, or Travel day"))
        self.start_edit = time_edit(settings.start_time, "dayStart")
        self.end_edit = time_edit(settings.end_time, "dayEnd")
        self.base_combo = named(QComboBox(), "dayBase",
                                translate("DaySettingsDialog", "Base"))
        self.base_combo.addItem(
            translate("DaySettingsDialog", "No base: start at the first stop"), None)
        for place_id, name in places:
            self.base_combo.addItem(name, place_id)
        self.base_combo.setCurrentIndex(max(0, self.base_combo.findData(settings.base)))
        self.lock_check = named(QCheckBox(
            translate("DaySettingsDialog", "&Locked: arranged by hand")), "dayLocked")
        self.lock_check.setChecked(settings.locked)
        self.lock_check.setToolTip(lock_note())
        form = QFormLayout()
        form.addRow(translate("DaySettingsDialog", "&Label:"), self.label_edit)
        form.addRow(translate("DaySettingsDialog", "&Starts at:"), self.start_edit)
        form.addRow(translate("DaySettingsDialog", "&Ends at:"), self.end_edit)
        form.addRow(translate("DaySettingsDialog", "&Base:"), self.base_combo)
        form.addRow(self.lock_check)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        after_midnight = translate("DaySettingsDialog",
                                   "An end before the start means after midnight.")
        layout.addWidget(QLabel(f"{base_note()} {lock_note()} {after_midnight}", wordWrap=True))
        layout.addWidget(buttons)
        self.resize(440, 300)

    def chosen(self) -> DaySettings:
        return DaySettings(time_of(self.start_edit), time_of(self.end_edit),
                           self.base_combo.currentData(), self.label_edit.text(),
                           self.lock_check.isChecked())
