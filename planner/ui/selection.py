"""The one selection the browser, the details, the plan and (next) the map share.

Views write what the user picked here and listen for what others picked; no widget reads
another widget's view to learn what is selected.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """The selected catalog place, and the selected day and stop of the plan.

    Signals:
        place_changed: the selected place id ("" for none).
        plan_position_changed: the selected day or stop changed.
    """

    place_changed = Signal(str)
    plan_position_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.place_id = ""
        self.day = 0
        self.stop_id = ""
        """The selected stop's id; "" when a day (or nothing) is selected."""

    def select_place(self, place_id: str) -> None:
        if place_id != self.place_id:
            self.place_id = place_id
            self.place_changed.emit(place_id)

    def select_in_plan(self, day: int, stop_id: str = "") -> None:
        if (day, stop_id) != (self.day, self.stop_id):
            self.day, self.stop_id = day, stop_id
            self.plan_position_changed.emit()
