"""The saved plans, one row each, for the plan switcher."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from planner.ui.catalog_models import ID_ROLE, AnyIndex
from planner.ui.workspace import Workspace


class PlanListModel(QAbstractListModel):
    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        workspace.plans_changed.connect(self._on_workspace_plans_changed)

    def _on_workspace_plans_changed(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._workspace.plans)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan = self._workspace.plans[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plan.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{plan.name}\nStarts {plan.start_date:%A %d %B %Y}, {len(plan.days)} day(s)"
        if role == ID_ROLE:
            return plan.id
        return None

    def row_of(self, plan_id: str) -> int:
        ids = [p.id for p in self._workspace.plans]
        return ids.index(plan_id) if plan_id in ids else -1
