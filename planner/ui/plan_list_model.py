"""The saved plans, one row each, for the plan switcher.

Rows follow the workspace's list (sorted by name) through inserts, moves and removals, never a
reset, so the switcher keeps showing the current plan when another plan is added or renamed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from planner.core.changes import PlanChange, PlanDetailsEdited
from planner.core.model import Plan
from planner.ui.catalog_models import ID_ROLE, AnyIndex
from planner.ui.i18n import format_date, translate
from planner.ui.workspace import Workspace


class PlanListModel(QAbstractListModel):
    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._rows: list[Plan] = list(workspace.plans)
        workspace.plan_added.connect(self._follow_workspace)
        workspace.plan_removed.connect(self._follow_workspace)
        workspace.plan_changed.connect(self._on_workspace_plan_changed)

    def _on_workspace_plan_changed(self, plan: Plan, change: PlanChange) -> None:
        if isinstance(change, PlanDetailsEdited):
            self._follow_workspace()
            row = self.row_of(plan.id)
            self.dataChanged.emit(self.index(row), self.index(row))

    def _follow_workspace(self) -> None:
        """Remove, move and insert rows until they are the workspace's plans, in its order."""
        live = self._workspace.plans
        for row in reversed(range(len(self._rows))):
            if not any(plan is self._rows[row] for plan in live):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for target, plan in enumerate(live):
            found = next((row for row, shown in enumerate(self._rows) if shown is plan), None)
            if found is None:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, plan)
                self.endInsertRows()
            elif found != target:  # every row above ``target`` is already in place
                self.beginMoveRows(QModelIndex(), found, found, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(found))
                self.endMoveRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plan.name
        if role == Qt.ItemDataRole.ToolTipRole:
            start, days = plan.start_date, len(plan.days)
            return translate("PlanListModel", "{name}\nStarts {date}, {days}").format(
                name=plan.name,
                date=format_date(start, "dddd dd MMMM yyyy"),
                days=translate("PlanListModel", "%n day(s)", None, days))
        if role == ID_ROLE:
            return plan.id
        return None

    def row_of(self, plan_id: str) -> int:
        return next((row for row, plan in enumerate(self._rows) if plan.id == plan_id), -1)
