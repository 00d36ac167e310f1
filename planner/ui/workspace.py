"""The open plans and the one undo stack: every user intent becomes one undo command here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.core import editing, limits
from planner.core.catalog import Catalog
from planner.core.model import Plan, Stop
from planner.ui import commands


def _plan_order(plan: Plan) -> tuple[str, str]:
    """Plans are listed by name, as the store lists them."""
    return plan.name.casefold(), plan.id


class Workspace(QObject):
    """Holds the plans the window shows and turns intents into undoable commands.

    Signals:
        plans_changed: a plan was added, removed or renamed.
        current_plan_changed: another plan (or none) is now shown.
        plan_edited: a plan's content changed and must be saved.
        plan_discarded: a plan (the object) was deleted; its file goes to the trash folder.
        focus_requested: (day, row) to select after an edit; row -1 selects the day.
        edit_refused: why an intent was not carried out (a limit was reached), in words.
    """

    plans_changed = Signal()
    current_plan_changed = Signal(object)
    plan_edited = Signal(object)
    plan_discarded = Signal(object)
    focus_requested = Signal(int, int)
    edit_refused = Signal(str)

    def __init__(
        self, catalog: Catalog, plans: list[Plan], *, read_only: bool = False,
        read_only_ids: frozenset[str] = frozenset(), parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.plans = sorted(plans, key=_plan_order)
        self.read_only = read_only
        self.read_only_ids = read_only_ids
        self.undo_stack = QUndoStack(self)
        self._current: Plan | None = self.plans[0] if self.plans else None

    # --- state -------------------------------------------------------------------------------
    @property
    def current(self) -> Plan | None:
        return self._current

    def can_edit(self, plan: Plan | None) -> bool:
        """False for no plan, in a read-only window, and for plans a newer version wrote."""
        return plan is not None and not self.read_only and plan.id not in self.read_only_ids

    @property
    def current_editable(self) -> bool:
        return self.can_edit(self._current)

    def plan_by_id(self, plan_id: str) -> Plan | None:
        return next((p for p in self.plans if p.id == plan_id), None)

    def set_current(self, plan: Plan | None) -> None:
        if plan is not self._current:
            self._current = plan
            self.current_plan_changed.emit(plan)

    def switch_plan(self, step: int) -> None:
        """Show the next (1) or previous (-1) plan in the list, wrapping around."""
        if self._current in self.plans:
            index = self.plans.index(self._current)
            self.set_current(self.plans[(index + step) % len(self.plans)])

    def place_name(self, place_id: str) -> str:
        place = self.catalog.places.get(place_id)
        if place is not None:
            return place.name
        custom = self._current and next(
            (c for c in self._current.custom_places if c.id == place_id), None
        )
        return custom.name if custom else f"Missing place ({place_id})"

    # --- called back by commands ---------------------------------------------------------------
    def did_edit(self, plan: Plan, focus: tuple[int, int] | None) -> None:
        self.plans.sort(key=_plan_order)
        self.set_current(plan)
        self.plan_edited.emit(plan)
        self.plans_changed.emit()
        if focus is not None:
            self.focus_requested.emit(*focus)

    def insert_plan(self, plan: Plan) -> None:
        self.plans.append(plan)
        self.plans.sort(key=_plan_order)
        self.plans_changed.emit()
        self.plan_edited.emit(plan)
        self.set_current(plan)

    def add_loaded_plans(self, plans: list[Plan]) -> None:
        """Show plans found on disk (another program's version of a plan); not an undo step."""
        self.plans.extend(plans)
        self.plans.sort(key=_plan_order)
        self.plans_changed.emit()

    def discard_plan(self, plan: Plan) -> None:
        index = self.plans.index(plan)
        self.plans.remove(plan)
        self.plan_discarded.emit(plan)
        self.plans_changed.emit()
        if plan is self._current:
            remaining = self.plans[min(index, len(self.plans) - 1)] if self.plans else None
            self.set_current(remaining)

    # --- intents -----------------------------------------------------------------------------
    def _push(self, command: commands.PlanCommand) -> None:
        """Run a command unless it would change something that must not change."""
        adds_a_plan = isinstance(command, commands.AddPlanCommand)
        if self.can_edit(command.plan) or (adds_a_plan and not self.read_only):
            self.undo_stack.push(command)

    def new_plan(self, name: str, start: dt.date) -> None:
        self._push(commands.AddPlanCommand(self, editing.new_plan(name, start), "New plan"))

    def duplicate_current(self) -> None:
        if self._current:
            twin = editing.duplicate_plan(self._current)
            self._push(commands.AddPlanCommand(self, twin, "Duplicate plan"))

    def delete_current(self) -> None:
        if self._current:
            self._push(commands.DeletePlanCommand(self, self._current))

    def add_plan(self, plan: Plan, text: str) -> None:
        """Add a plan made elsewhere (an import) as one undoable step."""
        self._push(commands.AddPlanCommand(self, plan, text))

    def add_plans(self, plans: list[Plan], text: str) -> None:
        """Add several plans made elsewhere as one undoable step."""
        if len(plans) > 1:
            self.undo_stack.beginMacro(f"{text} {len(plans)} plans")
        for plan in plans:
            self.add_plan(plan, f"{text} “{plan.name}”")
        if len(plans) > 1:
            self.undo_stack.endMacro()

    def rename_current(self, name: str) -> None:
        plan = self._current
        if plan and editing.clean_plan_name(name) != plan.name:
            self._push(commands.RenamePlanCommand(self, plan, name))

    def set_start_date(self, start: dt.date) -> None:
        if self._current and start != self._current.start_date:
            self._push(commands.SetStartDateCommand(self, self._current, start))

    def add_places(self, place_ids: list[str], day: int, row: int | None = None) -> None:
        """Add several places in a row as one undoable step, or none if they do not all fit."""
        if not self._has_room(day, len(place_ids)):
            return
        if len(place_ids) == 1:
            self.add_place(place_ids[0], day, row)
            return
        self.undo_stack.beginMacro(f"Add {len(place_ids)} places")
        for offset, place_id in enumerate(place_ids):
            self.add_place(place_id, day, None if row is None else row + offset)
        self.undo_stack.endMacro()

    def planned_place_ids(self) -> frozenset[str]:
        plan = self._current
        if plan is None:
            return frozenset()
        return frozenset(stop.place_id for day in plan.days for stop in day.stops)

    def _has_room(self, day: int, count: int) -> bool:
        """Whether ``count`` more stops fit in ``day``; if not, say why."""
        plan = self._current
        if plan is None or not 0 <= day < len(plan.days):
            return False
        if editing.room_for_stops(plan, day) >= count:
            return True
        self.edit_refused.emit(
            f"Not added: day {day + 1} has no room for {count} more stop(s). A day holds at most "
            f"{limits.MAX_STOPS_PER_DAY} stops and a plan {limits.MAX_STOPS_PER_PLAN}.")
        return False

    def add_place(self, place_id: str, day: int, row: int | None = None) -> None:
        plan = self._current
        if plan is None or place_id not in self.catalog.places or not self._has_room(day, 1):
            return
        stops = plan.days[day].stops
        position = len(stops) if row is None else max(0, min(row, len(stops)))
        stop = Stop(place_id=place_id, minutes=self.catalog.places[place_id].visit_minutes)
        name = self.place_name(place_id)
        self._push(commands.AddStopCommand(self, plan, day, position, stop, name))

    def remove_stop(self, day: int, row: int) -> None:
        if self._current:
            name = self.place_name(self._current.days[day].stops[row].place_id)
            self._push(commands.RemoveStopCommand(self, self._current, day, row, name))

    def move_stop(self, source: tuple[int, int], target: tuple[int, int]) -> None:
        if source[0] != target[0] and not self._has_room(target[0], 1):
            return
        if self._current and source != target:
            self._push(commands.MoveStopCommand(self, self._current, source, target))

    def nudge_stop(self, day: int, row: int, step: int) -> None:
        """Move a stop one place up or down; past a day's edge it goes to the next day."""
        plan = self._current
        if plan is None:
            return
        target_row = row + step
        if 0 <= target_row < len(plan.days[day].stops):
            self.move_stop((day, row), (day, target_row))
        elif step < 0 and day > 0:
            self.move_stop((day, row), (day - 1, len(plan.days[day - 1].stops)))
        elif step > 0 and day + 1 < len(plan.days):
            self.move_stop((day, row), (day + 1, 0))

    def set_stop_minutes(self, day: int, row: int, minutes: int) -> None:
        if self._current and self._current.days[day].stops[row].minutes != minutes:
            command = commands.SetStopMinutesCommand(self, self._current, day, row, minutes)
            self._push(command)

    def set_stop_note(self, day: int, row: int, note: str) -> None:
        if self._current and self._current.days[day].stops[row].note != note.strip():
            self._push(commands.SetStopNoteCommand(self, self._current, day, row, note))

    def add_day(self, index: int | None = None) -> None:
        if self._current and not editing.can_add_day(self._current):
            self.edit_refused.emit(f"A plan holds at most {limits.MAX_DAYS} days.")
            return
        if self._current:
            position = len(self._current.days) if index is None else index
            self._push(commands.InsertDayCommand(self, self._current, position))

    def remove_day(self, index: int) -> None:
        if self._current and len(self._current.days) > 1:
            self._push(commands.RemoveDayCommand(self, self._current, index))
