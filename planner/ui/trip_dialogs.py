"""The Plan menu's planning dialogs: day settings, booked times, split, what fits.

Each opens non-modally (``open``) and, once accepted, goes through the workspace or
:class:`TripTools`, so every change is one undo step. Results are told in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from planner.core import editing
from planner.core.gaps import Suggestion, what_fits
from planner.core.itinerary import place_name
from planner.ui.dialogs.booked_time import BookedTimeDialog
from planner.ui.dialogs.day_settings import DaySettingsDialog
from planner.ui.dialogs.split_days import SplitDaysDialog
from planner.ui.dialogs.what_fits import WhatFitsDialog
from planner.ui.formatting import format_day_heading
from planner.ui.i18n import translate
from planner.ui.selection import Selection
from planner.ui.trip_tools import TripTools
from planner.ui.workspace import Workspace


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a search runs (a whole trip can take a few seconds)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class TripDialogs:
    def __init__(self, parent: QWidget, workspace: Workspace, selection: Selection,
                 tell: Callable[[str], None]) -> None:
        self.parent, self.workspace, self.selection, self.tell = parent, workspace, selection, tell
        self.tools = TripTools(workspace)

    def best_order(self, whole_trip: bool) -> None:
        with busy():
            self.tell(self.tools.best_order(None if whole_trip else self.selection.day))

    def toggle_lock(self) -> None:
        plan, day = self.workspace.current, self.selection.day
        if plan is None or not 0 <= day < len(plan.days):
            return
        settings = editing.DaySettings.of(plan.days[day])
        locked = not settings.locked
        text = (translate("TripDialogs", "Lock day") if locked
                else translate("TripDialogs", "Unlock day"))
        self.workspace.set_day_settings(day, editing.DaySettings(
            settings.start_time, settings.end_time, settings.base, settings.label, locked), text)

    def day_settings(self) -> QDialog | None:
        plan, day = self.workspace.current, self.selection.day
        if plan is None or not 0 <= day < len(plan.days):
            return None
        catalog = self.workspace.catalog
        ids = dict.fromkeys([*(c.id for c in plan.custom_places),
                             *(s.place_id for d in plan.days for s in d.stops)])
        places = [(i, name) for i in ids if (name := place_name(i, plan, catalog)) is not None]
        title = translate("TripDialogs", "Settings of {day}").format(
            day=format_day_heading(day, plan.day_date(day)))
        dialog = DaySettingsDialog(title, editing.DaySettings.of(plan.days[day]), places,
                                   self.parent)
        return self._open(dialog, lambda: self.workspace.set_day_settings(day, dialog.chosen()))

    def booked_time(self) -> QDialog | None:
        plan, stop_id = self.workspace.current, self.selection.stop_id
        position = editing.locate_stop(plan, stop_id) if plan and stop_id else None
        if plan is None or position is None:
            return None
        stop = plan.days[position[0]].stops[position[1]]
        name = place_name(stop.place_id, plan, self.workspace.catalog) or stop.place_id
        dialog = BookedTimeDialog(name, stop.fixed_arrival, self.parent)
        return self._open(dialog, lambda: self.workspace.set_stop_arrival(stop_id,
                                                                          dialog.chosen()))

    def split(self) -> QDialog | None:
        plan = self.workspace.current
        if plan is None:
            return None
        dialog = SplitDaysDialog(sum(not day.locked for day in plan.days), self.parent)
        def split() -> None:
            days, hours = dialog.chosen()
            with busy():
                self.tell(self.tools.split(days=days, hours_per_day=hours))

        return self._open(dialog, split)

    def what_fits(self) -> QDialog | None:
        plan, day = self.workspace.current, self.selection.day
        if plan is None or not 0 <= day < len(plan.days):
            return None
        catalog = self.workspace.catalog

        def find() -> list[Suggestion]:
            return what_fits(plan, day, catalog, self.workspace.estimates)

        def add(suggestion: Suggestion) -> None:
            self.workspace.add_place(suggestion.place_id, day, suggestion.row)

        title = translate("TripDialogs", "What fits in {day}").format(
            day=format_day_heading(day, plan.day_date(day)))
        dialog = WhatFitsDialog(title, catalog, find, add, self.parent)
        dialog.open()
        return dialog

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.accepted.connect(on_accept)
        dialog.open()
        return dialog
