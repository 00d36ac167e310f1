"""The travel estimates table of Preferences: speed, detour and overhead of each way."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from planner.core.travel import TRAVEL_ESTIMATES, ModeEstimate, TravelMode
from planner.store.settings import TravelSetting
from planner.ui.i18n import tr_core, translate
from planner.ui.widgets import named


def note_text() -> str:
    return translate("TravelEstimatesBox", "Times are estimated from the straight-line "
                     "distance, made longer by the detour factor, at the average speed, plus a "
                     "fixed overhead per leg (waiting, parking).")


class TravelEstimatesBox(QGroupBox):
    """One row per way of travelling; ``changed()`` returns only what differs from defaults."""

    def __init__(self, estimates: dict[TravelMode, ModeEstimate],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("TravelEstimatesBox", "Travel estimates"), parent)
        grid = QGridLayout(self)
        headings = ["", translate("TravelEstimatesBox", "Speed (km/h)"),
                    translate("TravelEstimatesBox", "Detour factor"),
                    translate("TravelEstimatesBox", "Overhead (min)")]
        for column, heading in enumerate(headings):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.rows: dict[TravelMode, tuple[QDoubleSpinBox, QDoubleSpinBox, QSpinBox]] = {}
        for row, (mode, estimate) in enumerate(estimates.items(), start=1):
            way = tr_core(estimate.label)
            speed = named(QDoubleSpinBox(), f"speed-{mode}",
                          translate("TravelEstimatesBox", "Speed {way}").format(way=way))
            speed.setRange(1, 400)
            speed.setDecimals(1)
            detour = named(QDoubleSpinBox(), f"detour-{mode}",
                           translate("TravelEstimatesBox", "Detour {way}").format(way=way))
            detour.setRange(1, 3)
            detour.setSingleStep(0.05)
            overhead = named(QSpinBox(), f"overhead-{mode}",
                             translate("TravelEstimatesBox", "Overhead {way}").format(way=way))
            overhead.setRange(0, 240)
            grid.addWidget(QLabel(way.capitalize()), row, 0)
            for column, box in enumerate((speed, detour, overhead), start=1):
                grid.addWidget(box, row, column)
            self.rows[mode] = (speed, detour, overhead)
        self._show(estimates)
        defaults = named(QPushButton(translate("TravelEstimatesBox", "Restore &defaults")),
                         "travelDefaults")
        defaults.clicked.connect(lambda: self._show(TRAVEL_ESTIMATES))
        note = QLabel(note_text(), wordWrap=True)
        grid.addWidget(note, len(self.rows) + 1, 0, 1, 4)
        grid.addWidget(defaults, len(self.rows) + 2, 0, 1, 2)

    def _show(self, estimates: dict[TravelMode, ModeEstimate]) -> None:
        for mode, (speed, detour, overhead) in self.rows.items():
            speed.setValue(estimates[mode].speed_kmh)
            detour.setValue(estimates[mode].detour)
            overhead.setValue(estimates[mode].overhead_minutes)

    def changed(self) -> dict[TravelMode, TravelSetting]:
        own = {}
        for mode, (speed, detour, overhead) in self.rows.items():
            setting = TravelSetting(speed.value(), round(detour.value(), 2), overhead.value())
            default = TRAVEL_ESTIMATES[mode]
            if setting != TravelSetting(default.speed_kmh, default.detour,
                                        default.overhead_minutes):
                own[mode] = setting
        return own
