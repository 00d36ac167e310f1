"""Undo commands: each is one core edit in ``redo`` and its reverse in ``undo``.

A command depends only on a small :class:`PlanHost` (run an edit, add or drop a plan), not on
the workspace. It holds the plan object itself, so undo works after the user switched plans
(the host brings the plan back into view), and it names stops by id, so an earlier edit can
never make it touch the wrong stop. Every command is checked before it is pushed: none fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from planner.core import editing
from planner.core.changes import (
    DayRemoved,
    PlanChange,
    PlanDetailsEdited,
    StopEdited,
    StopMoved,
    StopRemoved,
)
from planner.core.model import CustomPlace, Day, Plan, Stop
from planner.core.travel import TravelMode
from planner.ui.i18n import translate

T = TypeVar("T", int, str)
MERGE_MINUTES_ID = 1001
MERGE_START_DATE_ID = 1002


class PlanHost(Protocol):
    def edit(self, plan: Plan, action: Callable[[], PlanChange]) -> None:
        """Show ``plan``, run ``action`` (one core edit) and publish the change it returns."""

    def insert_plan(self, plan: Plan) -> None: ...

    def discard_plan(self, plan: Plan) -> None: ...


class PlanCommand(QUndoCommand):
    """Base: knows the host to run edits through and the plan it changes."""

    def __init__(self, host: PlanHost, plan: Plan, text: str) -> None:
        super().__init__(text)
        self.host = host
        self.plan = plan

    def _edit(self, action: Callable[[], PlanChange]) -> None:
        self.host.edit(self.plan, action)


class AddStopCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, day: int, row: int, stop: Stop, name: str):
        super().__init__(host, plan, translate("Commands", "Add {name}").format(name=name))
        self.day, self.row, self.stop = day, row, stop

    def redo(self) -> None:
        self._edit(partial(editing.add_stop, self.plan, self.day, self.row, self.stop))

    def undo(self) -> None:
        self._edit(partial(editing.remove_stop, self.plan, self.stop.id))


class RemoveStopCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, stop_id: str, name: str):
        super().__init__(host, plan,
                         translate("Commands", "Remove {name}").format(name=name))
        self.stop_id = stop_id
        self.removed: StopRemoved | None = None

    def redo(self) -> None:
        self._edit(self._remove)

    def _remove(self) -> PlanChange:
        self.removed = editing.remove_stop(self.plan, self.stop_id)
        return self.removed

    def undo(self) -> None:
        removed = self.removed
        assert removed is not None
        self._edit(partial(editing.add_stop, self.plan, removed.day, removed.row, removed.stop))


class MoveStopCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, stop_id: str, to_day: int, to_row: int):
        super().__init__(host, plan, translate("Commands", "Move stop"))
        self.stop_id, self.to_day, self.to_row = stop_id, to_day, to_row
        self.moved: StopMoved | None = None

    def redo(self) -> None:
        self._edit(self._move)

    def _move(self) -> PlanChange:
        self.moved = editing.move_stop(self.plan, self.stop_id, self.to_day, self.to_row)
        return self.moved

    def undo(self) -> None:
        moved = self.moved
        assert moved is not None
        self._edit(partial(editing.move_stop, self.plan, self.stop_id, moved.from_day,
                           moved.from_row))


class _SetStopValueCommand(PlanCommand, Generic[T]):
    """Sets one field of a stop; undo puts back the value it had before the first redo."""

    def __init__(self, host: PlanHost, plan: Plan, stop_id: str, value: T, text: str):
        super().__init__(host, plan, text)
        self.stop_id = stop_id
        self.value: T = value
        self.old: T | None = None

    def redo(self) -> None:
        self._edit(partial(self._set, self.value))

    def undo(self) -> None:
        assert self.old is not None
        self._edit(partial(self._set, self.old))

    def _set(self, value: T) -> PlanChange:
        old, change = self._write(value)
        self.old = old if self.old is None else self.old
        return change

    def _write(self, value: T) -> tuple[T, PlanChange]:
        raise NotImplementedError


class SetStopMinutesCommand(_SetStopValueCommand[int]):
    """Changing the same stop's minutes several times in a row undoes as one step."""

    def __init__(self, host: PlanHost, plan: Plan, stop_id: str, minutes: int):
        super().__init__(host, plan, stop_id, minutes,
                         translate("Commands", "Change visit time"))

    def id(self) -> int:
        return MERGE_MINUTES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetStopMinutesCommand):
            return False
        if (other.plan, other.stop_id) != (self.plan, self.stop_id):
            return False
        self.value = other.value
        return True

    def _write(self, value: int) -> tuple[int, PlanChange]:
        return editing.set_stop_minutes(self.plan, self.stop_id, value)


class SetStopNoteCommand(_SetStopValueCommand[str]):
    def __init__(self, host: PlanHost, plan: Plan, stop_id: str, note: str):
        super().__init__(host, plan, stop_id, note, translate("Commands", "Edit note"))

    def _write(self, value: str) -> tuple[str, PlanChange]:
        return editing.set_stop_note(self.plan, self.stop_id, value)


V = TypeVar("V")


class SetStopFieldCommand(PlanCommand, Generic[V]):
    """Sets one field of a stop with ``write`` (an edit returning the old value and the
    change); undo writes back the value it had before."""

    def __init__(self, host: PlanHost, plan: Plan, stop_id: str, value: V, text: str,
                 write: Callable[[Plan, str, V], tuple[V, StopEdited]]) -> None:
        super().__init__(host, plan, text)
        self.stop_id, self.value, self.write = stop_id, value, write
        self.old: list[V] = []

    def redo(self) -> None:
        self._edit(partial(self._set, self.value, remember=True))

    def undo(self) -> None:
        self._edit(partial(self._set, self.old[0], remember=False))

    def _set(self, value: V, *, remember: bool) -> PlanChange:
        old, change = self.write(self.plan, self.stop_id, value)
        if remember:
            self.old = [old]
        return change


class SetDaySettingsCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, index: int, settings: editing.DaySettings,
                 text: str | None = None) -> None:
        super().__init__(host, plan,
                         translate("Commands", "Change day settings") if text is None else text)
        self.index, self.settings = index, settings
        self.old = editing.DaySettings.of(plan.days[index])

    def redo(self) -> None:
        self._edit(partial(self._set, self.settings))

    def undo(self) -> None:
        self._edit(partial(self._set, self.old))

    def _set(self, settings: editing.DaySettings) -> PlanChange:
        return editing.set_day_settings(self.plan, self.index, settings)[1]


class SetTravelModeCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, mode: TravelMode):
        super().__init__(host, plan, translate("Commands", "Change how the trip is travelled"))
        self.mode, self.old = mode, plan.default_travel_mode

    def redo(self) -> None:
        self._edit(partial(self._set, self.mode))

    def undo(self) -> None:
        self._edit(partial(self._set, self.old))

    def _set(self, mode: TravelMode) -> PlanChange:
        editing.set_default_travel_mode(self.plan, mode)
        return PlanDetailsEdited()


class AddCustomPlacesCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, places: list[CustomPlace], text: str):
        super().__init__(host, plan, text)
        self.places = places

    def redo(self) -> None:
        self._edit(partial(editing.add_custom_places, self.plan, list(self.places)))

    def undo(self) -> None:
        self._edit(partial(editing.remove_custom_places, self.plan,
                           {place.id for place in self.places}))


class EditCustomPlaceCommand(PlanCommand):
    """New details or a new position for one of the plan's own places."""

    def __init__(self, host: PlanHost, plan: Plan, place: CustomPlace, text: str):
        super().__init__(host, plan, text)
        self.place = place
        self.old: tuple[CustomPlace, dict[str, int]] | None = None

    def redo(self) -> None:
        self._edit(self._replace)

    def undo(self) -> None:
        assert self.old is not None, "undone before done"
        old_place, old_minutes = self.old
        self._edit(lambda: editing.replace_custom_place(self.plan, old_place, old_minutes)[2])

    def _replace(self) -> PlanChange:
        old_place, old_minutes, change = editing.replace_custom_place(self.plan, self.place)
        self.old = old_place, old_minutes
        return change


class InsertDayCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, index: int):
        super().__init__(host, plan, translate("Commands", "Add day"))
        self.index = index
        self.day = Day()

    def redo(self) -> None:
        self._edit(partial(editing.insert_day, self.plan, self.index, self.day))

    def undo(self) -> None:
        self._edit(partial(editing.remove_day, self.plan, self.index))


class RemoveDayCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, index: int):
        super().__init__(host, plan,
                         translate("Commands", "Remove day {number}").format(number=index + 1))
        self.index = index
        self.removed: DayRemoved | None = None

    def redo(self) -> None:
        self._edit(self._remove)

    def _remove(self) -> PlanChange:
        self.removed = editing.remove_day(self.plan, self.index)
        return self.removed

    def undo(self) -> None:
        assert self.removed is not None
        self._edit(partial(editing.insert_day, self.plan, self.index, self.removed.day))


class RenamePlanCommand(PlanCommand):
    def __init__(self, host: PlanHost, plan: Plan, name: str):
        super().__init__(host, plan, translate("Commands", "Rename plan"))
        self.name = name
        self.old = plan.name

    def redo(self) -> None:
        self._edit(partial(self._rename, self.name))

    def undo(self) -> None:
        self._edit(partial(self._rename, self.old))

    def _rename(self, name: str) -> PlanChange:
        editing.rename_plan(self.plan, name)
        return PlanDetailsEdited()


class SetStartDateCommand(PlanCommand):
    """Stepping through dates in the date field undoes as one step."""

    def __init__(self, host: PlanHost, plan: Plan, start: dt.date):
        super().__init__(host, plan, translate("Commands", "Change start date"))
        self.start = start
        self.old = plan.start_date

    def id(self) -> int:
        return MERGE_START_DATE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetStartDateCommand) or other.plan is not self.plan:
            return False
        self.start = other.start
        return True

    def redo(self) -> None:
        self._edit(partial(self._set, self.start))

    def undo(self) -> None:
        self._edit(partial(self._set, self.old))

    def _set(self, start: dt.date) -> PlanChange:
        editing.set_start_date(self.plan, start)
        return PlanDetailsEdited()


class AddPlanCommand(PlanCommand):
    """Adds a new, duplicated, imported or recovered plan and shows it."""

    def redo(self) -> None:
        self.host.insert_plan(self.plan)

    def undo(self) -> None:
        self.host.discard_plan(self.plan)


class DeletePlanCommand(PlanCommand):
    """Deleting moves the file to the trash folder; undo brings the same plan back."""

    def __init__(self, host: PlanHost, plan: Plan):
        super().__init__(host, plan,
                         translate("Commands", "Delete plan “{name}”").format(name=plan.name))

    def redo(self) -> None:
        self.host.discard_plan(self.plan)

    def undo(self) -> None:
        self.host.insert_plan(self.plan)
