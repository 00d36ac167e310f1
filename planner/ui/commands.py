"""Undo commands: each is one core call in ``redo`` and its reverse in ``undo``.

Commands hold the plan object itself, so undo works even after the user switched plans; the
workspace brings the edited plan back into view.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.core import editing
from planner.core.model import Day, Plan, Stop

if TYPE_CHECKING:
    from planner.ui.workspace import Workspace

MERGE_MINUTES_ID = 1001
MERGE_START_DATE_ID = 1002


class PlanCommand(QUndoCommand):
    """Base: knows the workspace to notify and the plan it changes."""

    def __init__(self, workspace: Workspace, plan: Plan, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.plan = plan

    def _did_edit(self, focus: tuple[int, int] | None = None) -> None:
        self.workspace.did_edit(self.plan, focus)


class AddStopCommand(PlanCommand):
    def __init__(self, workspace: Workspace, plan: Plan, day: int, row: int, stop: Stop, name: str):
        super().__init__(workspace, plan, f"Add {name}")
        self.day, self.row, self.stop = day, row, stop

    def redo(self) -> None:
        editing.add_stop(self.plan, self.day, self.row, self.stop)
        self._did_edit((self.day, self.row))

    def undo(self) -> None:
        editing.remove_stop(self.plan, self.day, self.row)
        self._did_edit()


class RemoveStopCommand(PlanCommand):
    def __init__(self, workspace: Workspace, plan: Plan, day: int, row: int, name: str):
        super().__init__(workspace, plan, f"Remove {name}")
        self.day, self.row = day, row
        self.stop: Stop | None = None

    def redo(self) -> None:
        self.stop = editing.remove_stop(self.plan, self.day, self.row)
        self._did_edit((self.day, min(self.row, len(self.plan.days[self.day].stops) - 1)))

    def undo(self) -> None:
        assert self.stop is not None
        editing.add_stop(self.plan, self.day, self.row, self.stop)
        self._did_edit((self.day, self.row))


class MoveStopCommand(PlanCommand):
    def __init__(
        self, workspace: Workspace, plan: Plan, source: tuple[int, int], target: tuple[int, int]
    ):
        super().__init__(workspace, plan, "Move stop")
        self.source, self.target = source, target

    def redo(self) -> None:
        editing.move_stop(self.plan, *self.source, *self.target)
        self._did_edit(self.target)

    def undo(self) -> None:
        editing.move_stop(self.plan, *self.target, *self.source)
        self._did_edit(self.source)


class SetStopMinutesCommand(PlanCommand):
    """Changing the same stop's minutes several times in a row undoes as one step."""

    def __init__(self, workspace: Workspace, plan: Plan, day: int, row: int, minutes: int):
        super().__init__(workspace, plan, "Change visit time")
        self.day, self.row, self.minutes = day, row, minutes
        self.old: int | None = None

    def id(self) -> int:
        return MERGE_MINUTES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetStopMinutesCommand):
            return False
        if (other.plan, other.day, other.row) != (self.plan, self.day, self.row):
            return False
        self.minutes = other.minutes
        return True

    def redo(self) -> None:
        old = editing.set_stop_minutes(self.plan, self.day, self.row, self.minutes)
        self.old = old if self.old is None else self.old
        self._did_edit((self.day, self.row))

    def undo(self) -> None:
        assert self.old is not None
        editing.set_stop_minutes(self.plan, self.day, self.row, self.old)
        self._did_edit((self.day, self.row))


class SetStopNoteCommand(PlanCommand):
    def __init__(self, workspace: Workspace, plan: Plan, day: int, row: int, note: str):
        super().__init__(workspace, plan, "Edit note")
        self.day, self.row, self.note = day, row, note
        self.old = ""

    def redo(self) -> None:
        self.old = editing.set_stop_note(self.plan, self.day, self.row, self.note)
        self._did_edit((self.day, self.row))

    def undo(self) -> None:
        editing.set_stop_note(self.plan, self.day, self.row, self.old)
        self._did_edit((self.day, self.row))


class InsertDayCommand(PlanCommand):
    def __init__(self, workspace: Workspace, plan: Plan, index: int):
        super().__init__(workspace, plan, "Add day")
        self.index = index
        self.day = Day()

    def redo(self) -> None:
        editing.insert_day(self.plan, self.index, self.day)
        self._did_edit((self.index, -1))

    def undo(self) -> None:
        editing.remove_day(self.plan, self.index)
        self._did_edit()


class RemoveDayCommand(PlanCommand):
    def __init__(self, workspace: Workspace, plan: Plan, index: int):
        super().__init__(workspace, plan, f"Remove day {index + 1}")
        self.index = index
        self.day: Day | None = None

    def redo(self) -> None:
        self.day = editing.remove_day(self.plan, self.index)
        self._did_edit((min(self.index, len(self.plan.days) - 1), -1))

    def undo(self) -> None:
        editing.insert_day(self.plan, self.index, self.day)
        self._did_edit((self.index, -1))


class RenamePlanCommand(PlanCommand):
    def __init__(self, workspace: Workspace, plan: Plan, name: str):
        super().__init__(workspace, plan, "Rename plan")
        self.name = name
        self.old = plan.name

    def redo(self) -> None:
        self.old = editing.rename_plan(self.plan, self.name)
        self._did_edit()

    def undo(self) -> None:
        editing.rename_plan(self.plan, self.old)
        self._did_edit()


class SetStartDateCommand(PlanCommand):
    """Stepping through dates in the date field undoes as one step."""

    def __init__(self, workspace: Workspace, plan: Plan, start: dt.date):
        super().__init__(workspace, plan, "Change start date")
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
        editing.set_start_date(self.plan, self.start)
        self._did_edit()

    def undo(self) -> None:
        editing.set_start_date(self.plan, self.old)
        self._did_edit()


class AddPlanCommand(PlanCommand):
    """Adds a new or duplicated plan to the workspace and shows it."""

    def redo(self) -> None:
        self.workspace.insert_plan(self.plan)

    def undo(self) -> None:
        self.workspace.discard_plan(self.plan)


class DeletePlanCommand(PlanCommand):
    """Deleting moves the file to the trash folder; undo brings the same plan back."""

    def __init__(self, workspace: Workspace, plan: Plan):
        super().__init__(workspace, plan, f"Delete plan “{plan.name}”")

    def redo(self) -> None:
        self.workspace.discard_plan(self.plan)

    def undo(self) -> None:
        self.workspace.insert_plan(self.plan)
