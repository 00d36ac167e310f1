"""The open plans and the one undo stack: every user intent becomes one undo command here.

Intents are checked before a command is pushed, so a command never fails halfway (an exception
inside ``QUndoCommand.redo`` would take the whole app down). Stops are named by their id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.core import editing, limits
from planner.core.catalog import Catalog
from planner.core.changes import PlanChange, PlanDetailsEdited
from planner.core.itinerary import custom_place, place_name
from planner.core.model import CustomPlace, Plan, Stop, new_id
from planner.core.travel import TRAVEL_ESTIMATES, ModeEstimate, TravelMode
from planner.ui import commands
from planner.ui.i18n import translate


def _plan_order(plan: Plan) -> tuple[str, str]:
    """Plans are listed by name, as the store lists them."""
    return plan.name.casefold(), plan.id


class Workspace(QObject):
    """Holds the plans the window shows and turns intents into undoable commands.

    It is the commands' :class:`~planner.ui.commands.PlanHost`.

    Signals:
        current_plan_changed: another plan (or none) is now shown.
        plan_changed: (plan, change) after every edit, for views to update just that.
        plan_edited: a plan's content changed and must be saved.
        plan_added: a plan joined the list (new, imported, restored, loaded).
        plan_removed: a plan (the object) was deleted; its file goes to the trash folder.
        edit_refused: why an intent was not carried out (a limit was reached), in words.
    """

    current_plan_changed = Signal(object)
    plan_changed = Signal(object, object)
    plan_edited = Signal(object)
    plan_added = Signal(object)
    plan_removed = Signal(object)
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
        self.estimates: dict[TravelMode, ModeEstimate] = dict(TRAVEL_ESTIMATES)
        """The travel estimates timetables use; Preferences may adjust them."""
        self.token = new_id()
        """Names this window in drag payloads, so a drop from another window is refused."""
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
        plan = self._current
        name = place_name(place_id, plan, self.catalog) if plan else None
        if name is not None:
            return name
        return translate("Workspace", "Missing place ({id})").format(id=place_id)

    def planned_place_ids(self) -> frozenset[str]:
        plan = self._current
        if plan is None:
            return frozenset()
        return frozenset(stop.place_id for day in plan.days for stop in day.stops)

    # --- the commands' PlanHost ----------------------------------------------------------------
    def edit(self, plan: Plan, action: Callable[[], PlanChange]) -> None:
        """Show ``plan``, run one core edit on it, and tell views and the autosave what changed."""
        self.set_current(plan)
        change = action()
        self.plans.sort(key=_plan_order)
        self.plan_changed.emit(plan, change)
        self.plan_edited.emit(plan)

    def insert_plan(self, plan: Plan) -> None:
        self._add(plan)
        self.plan_edited.emit(plan)
        self.set_current(plan)

    def show_changed_elsewhere(self, plan: Plan) -> None:
        """Show ``plan`` after the store renamed it (a conflict copy); nothing to save."""
        self.plans.sort(key=_plan_order)
        self.set_current(plan)
        self.plan_changed.emit(plan, PlanDetailsEdited())

    def discard_plan(self, plan: Plan) -> None:
        index = self.plans.index(plan)
        self.plans.remove(plan)
        self.plan_removed.emit(plan)
        if plan is self._current:
            remaining = self.plans[min(index, len(self.plans) - 1)] if self.plans else None
            self.set_current(remaining)

    def add_loaded_plans(self, plans: list[Plan]) -> None:
        """Show plans found on disk (another program's version of a plan); not an undo step."""
        for plan in plans:
            self._add(plan)

    def _add(self, plan: Plan) -> None:
        self.plans.append(plan)
        self.plans.sort(key=_plan_order)
        self.plan_added.emit(plan)

    # --- intents -----------------------------------------------------------------------------
    def _push(self, command: commands.PlanCommand) -> None:
        """Run an edit of an existing plan, unless that plan must not change."""
        if self.can_edit(command.plan):
            self.undo_stack.push(command)

    def _push_new_plan(self, plan: Plan, text: str) -> None:
        if not self.read_only:
            self.undo_stack.push(commands.AddPlanCommand(self, plan, text))

    def new_plan(self, name: str, start: dt.date) -> None:
        self._push_new_plan(editing.new_plan(name, start), translate("Workspace", "New plan"))

    def duplicate_current(self) -> None:
        if self._current:
            self._push_new_plan(editing.duplicate_plan(self._current),
                                translate("Workspace", "Duplicate plan"))

    def delete_current(self) -> None:
        if self._current:
            self._push(commands.DeletePlanCommand(self, self._current))

    def add_plan(self, plan: Plan, text: str) -> None:
        """Add a plan made elsewhere (an import) as one undoable step."""
        self._push_new_plan(plan, text)

    def add_plans(self, plans: list[Plan], each: str, together: str) -> None:
        """Add several plans made elsewhere as one undoable step, named ``together`` (already
        in words for these plans); each plan's own step is ``each`` with its ``{name}``."""
        if len(plans) == 1 or self.read_only:
            for plan in plans:
                self.add_plan(plan, each.format(name=plan.name))
            return
        if plans:
            self.undo_stack.beginMacro(together)
            for plan in plans:
                self.add_plan(plan, each.format(name=plan.name))
            self.undo_stack.endMacro()

    def rename_current(self, name: str) -> None:
        plan = self._current
        if plan and editing.clean_plan_name(name) != plan.name:
            self._push(commands.RenamePlanCommand(self, plan, name))

    def set_start_date(self, start: dt.date) -> None:
        if self._current and start != self._current.start_date:
            self._push(commands.SetStartDateCommand(self, self._current, start))

    def add_places(self, place_ids: list[str], day: int, row: int | None = None) -> None:
        """Add places in a row as one undoable step, or none if they cannot all be added."""
        plan = self._current
        known = [p for p in place_ids if p in self.catalog.places]
        if (plan is None or not known or not self.can_edit(plan)
                or not self._has_room(plan, day, len(known))):
            return
        stops = plan.days[day].stops
        position = len(stops) if row is None else max(0, min(row, len(stops)))
        count = len(known)
        if count > 1:
            self.undo_stack.beginMacro(translate("Workspace", "Add %n places", None, count))
        for offset, place_id in enumerate(known):
            stop = Stop(place_id=place_id, minutes=self.catalog.places[place_id].visit_minutes)
            self.undo_stack.push(commands.AddStopCommand(
                self, plan, day, position + offset, stop, self.place_name(place_id)))
        if len(known) > 1:
            self.undo_stack.endMacro()

    def add_own_places(self, places: list[CustomPlace], day: int | None, text: str) -> None:
        """Add the user's own places to the plan, and as stops at the end of ``day`` unless
        it is None, as one undoable step; nothing is added unless all of them fit. A place
        the plan has already (the same place from My places) only becomes a stop."""
        plan = self._current
        if plan is None or not places or not self.can_edit(plan):
            return
        new = [place for place in places if custom_place(plan, place.id) is None]
        if editing.room_for_custom_places(plan) < len(new):
            self.edit_refused.emit(translate(
                "Workspace", "Not added: a plan holds at most {most} places of your own."
            ).format(most=limits.MAX_CUSTOM_PLACES))
            return
        if day is not None and not self._has_room(plan, day, len(places)):
            return
        if day is None and not new:
            return
        self.undo_stack.beginMacro(text)
        if new:
            self.undo_stack.push(commands.AddCustomPlacesCommand(self, plan, new, text))
        if day is not None:
            for place in places:
                stop = Stop(place_id=place.id, minutes=place.minutes)
                self.undo_stack.push(commands.AddStopCommand(
                    self, plan, day, len(plan.days[day].stops), stop, place.name))
        self.undo_stack.endMacro()

    def edit_own_place(self, place: CustomPlace, text: str) -> None:
        """Replace the plan's own place that has ``place``'s id (new details or position)."""
        plan = self._current
        if plan is None or not self.can_edit(plan) or custom_place(plan, place.id) is None:
            return
        self.undo_stack.push(commands.EditCustomPlaceCommand(self, plan, place, text))

    def add_place(self, place_id: str, day: int, row: int | None = None) -> None:
        self.add_places([place_id], day, row)

    def _has_room(self, plan: Plan, day: int, count: int) -> bool:
        """Whether ``count`` more stops fit in ``day``; if not, say why."""
        if not 0 <= day < len(plan.days):
            return False
        if editing.room_for_stops(plan, day) >= count:
            return True
        no_room = translate("Workspace", "Not added: day {day} has no room for %n more stop(s).",
                            None, count).format(day=day + 1)
        self.edit_refused.emit(translate(
            "Workspace", "{no_room} A day holds at most {per_day} stops and a plan {per_plan}."
        ).format(no_room=no_room, per_day=limits.MAX_STOPS_PER_DAY,
                 per_plan=limits.MAX_STOPS_PER_PLAN))
        return False

    def remove_stop(self, stop_id: str) -> None:
        plan = self._current
        position = plan and editing.locate_stop(plan, stop_id)
        if plan and position:
            name = self.place_name(plan.days[position[0]].stops[position[1]].place_id)
            self._push(commands.RemoveStopCommand(self, plan, stop_id, name))

    def move_stop(self, stop_id: str, to_day: int, to_row: int) -> None:
        """Move a stop; ``to_row`` is its row in ``to_day`` once moved. Impossible moves
        (no such stop or day, a full day) change nothing."""
        plan = self._current
        if plan is None:
            return
        position = editing.locate_stop(plan, stop_id)
        if position is not None and position[0] != to_day and 0 <= to_day < len(plan.days):
            self._has_room(plan, to_day, 1)  # says why a move into a full day is refused
        if editing.can_move_stop(plan, stop_id, to_day, to_row):
            self._push(commands.MoveStopCommand(self, plan, stop_id, to_day, to_row))

    def move_stops(self, stop_ids: list[str], to_day: int, before: str | None) -> None:
        """Move stops, in this order, in front of the stop ``before`` (None: to the end of
        ``to_day``), as one undoable step; nothing moves unless every stop can."""
        plan = self._current
        if plan is None or not self.can_edit(plan) or not 0 <= to_day < len(plan.days):
            return
        positions = [editing.locate_stop(plan, stop_id) for stop_id in stop_ids]
        anchor = editing.locate_stop(plan, before) if before is not None else None
        arriving = sum(1 for p in positions if p is not None and p[0] != to_day)
        if (None in positions or len(set(stop_ids)) != len(stop_ids) or before in stop_ids
                or (before is not None and (anchor is None or anchor[0] != to_day))
                or not self._has_room(plan, to_day, arriving)):
            return
        moves = []
        for stop_id in reversed(stop_ids):  # each goes in front of the one placed after it
            moves.append((stop_id, before))
            before = stop_id
        count = len(moves)
        if count > 1:
            self.undo_stack.beginMacro(translate("Workspace", "Move %n stops", None, count))
        for stop_id, in_front_of in moves:
            self._move_in_front_of(plan, stop_id, to_day, in_front_of)
        if len(moves) > 1:
            self.undo_stack.endMacro()

    def _move_in_front_of(self, plan: Plan, stop_id: str, day: int, anchor: str | None) -> None:
        source = editing.locate_stop(plan, stop_id)
        assert source is not None
        stops = plan.days[day].stops
        row = len(stops) if anchor is None else [s.id for s in stops].index(anchor)
        if source[0] == day and source[1] < row:
            row -= 1  # the stop leaves a gap above the place it goes to
        if editing.can_move_stop(plan, stop_id, day, row):
            self.undo_stack.push(commands.MoveStopCommand(self, plan, stop_id, day, row))

    def nudge_stop(self, stop_id: str, step: int) -> None:
        """Move a stop one place up or down; past a day's edge it goes to the next day."""
        plan = self._current
        position = plan and editing.locate_stop(plan, stop_id)
        if plan is None or not position:
            return
        day, row = position
        if 0 <= row + step < len(plan.days[day].stops):
            self.move_stop(stop_id, day, row + step)
        elif step < 0 and day > 0:
            self.move_stop(stop_id, day - 1, len(plan.days[day - 1].stops))
        elif step > 0 and day + 1 < len(plan.days):
            self.move_stop(stop_id, day + 1, 0)

    def set_stop_minutes(self, stop_id: str, minutes: int) -> None:
        stop = self._stop(stop_id)
        if self._current and stop and stop.minutes != minutes:
            self._push(commands.SetStopMinutesCommand(self, self._current, stop_id, minutes))

    def set_stop_note(self, stop_id: str, note: str) -> None:
        stop = self._stop(stop_id)
        if self._current and stop and stop.note != limits.clip_text(note):
            self._push(commands.SetStopNoteCommand(self, self._current, stop_id, note))

    def set_stop_travel_mode(self, stop_id: str, mode: TravelMode | None) -> None:
        """How to reach a stop; None follows the plan's default."""
        stop = self._stop(stop_id)
        if self._current and stop and stop.travel_mode != mode:
            self._push(commands.SetStopFieldCommand(self, self._current, stop_id, mode,
                                                    translate("Workspace",
                                                              "Change how to get there"),
                                                    editing.set_stop_travel_mode))

    def set_stop_arrival(self, stop_id: str, arrival: dt.time | None) -> None:
        """Book a time at a stop; None lifts the booking."""
        stop = self._stop(stop_id)
        if self._current and stop and stop.fixed_arrival != arrival:
            text = (translate("Workspace", "Book a time") if arrival is not None
                    else translate("Workspace", "Remove booked time"))
            self._push(commands.SetStopFieldCommand(self, self._current, stop_id, arrival, text,
                                                    editing.set_stop_arrival))

    def set_day_settings(self, index: int, settings: editing.DaySettings,
                         text: str | None = None) -> None:
        """Give a day new settings as one undo step, named ``text`` (by default "Change day
        settings")."""
        plan = self._current
        if plan and 0 <= index < len(plan.days) and editing.DaySettings.of(
                plan.days[index]) != settings:
            self._push(commands.SetDaySettingsCommand(self, plan, index, settings, text))

    def set_default_travel_mode(self, mode: TravelMode) -> None:
        plan = self._current
        if plan and plan.default_travel_mode != mode:
            self._push(commands.SetTravelModeCommand(self, plan, mode))

    def _stop(self, stop_id: str) -> Stop | None:
        plan = self._current
        position = plan and editing.locate_stop(plan, stop_id)
        return plan.days[position[0]].stops[position[1]] if plan and position else None

    def add_day(self, index: int | None = None) -> None:
        plan = self._current
        if plan is None:
            return
        if not editing.can_add_day(plan):
            self.edit_refused.emit(translate("Workspace", "A plan holds at most {most} days.")
                                   .format(most=limits.MAX_DAYS))
            return
        position = len(plan.days) if index is None else max(0, min(index, len(plan.days)))
        self._push(commands.InsertDayCommand(self, plan, position))

    def remove_day(self, index: int) -> None:
        plan = self._current
        if plan and len(plan.days) > 1 and 0 <= index < len(plan.days):
            self._push(commands.RemoveDayCommand(self, plan, index))
