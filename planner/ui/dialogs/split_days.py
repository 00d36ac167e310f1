"""Plan ▸ Split into days: how many days, or how many hours a day."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.limits import MAX_DAYS
from planner.ui.i18n import translate
from planner.ui.widgets import named, ok_cancel


def split_note() -> str:
    return translate(
        "SplitDaysDialog",
        "The stops of every day that is not locked are shared out again by where they are and "
        "when they open; each day then gets its best order. A travel day is added between Paris "
        "and the Alps. Locked days stay as they are. Undo puts everything back.")


class SplitDaysDialog(QDialog):
    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SplitDaysDialog", "Split into days"))
        self.by_days = named(QRadioButton(translate("SplitDaysDialog", "A number of &days:")),
                             "splitByDays")
        self.by_hours = named(QRadioButton(translate("SplitDaysDialog", "Up to &hours a day:")),
                              "splitByHours")
        self.days_spin = named(QSpinBox(), "splitDays",
                               translate("SplitDaysDialog", "Days of visits"))
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(max(1, days))
        self.hours_spin = named(QDoubleSpinBox(), "splitHours",
                                translate("SplitDaysDialog", "Hours a day"))
        self.hours_spin.setRange(2.0, 16.0)
        self.hours_spin.setSingleStep(0.5)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setValue(8.0)
        self.by_days.toggled.connect(self.days_spin.setEnabled)
        self.by_hours.toggled.connect(self.hours_spin.setEnabled)
        self.by_days.setChecked(True)
        self.hours_spin.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.by_days, self.days_spin)
        form.addRow(self.by_hours, self.hours_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(split_note(), wordWrap=True))
        layout.addWidget(ok_cancel(self))
        self.resize(460, 220)

    def chosen(self) -> tuple[int | None, float | None]:
        """(days, None) or (None, hours per day)."""
        if self.by_days.isChecked():
            return self.days_spin.value(), None
        return None, self.hours_spin.value()
