"""Bring back a plan deleted in an earlier session, from the data folder's trash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.core.model import Plan
from planner.ui.catalog_models import AnyIndex
from planner.ui.widgets import list_view


class DeletedPlansModel(QAbstractListModel):
    def __init__(self, plans: list[Plan], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plans = plans

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plans)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        plan = self.plans[index.row()]
        stops = sum(len(day.stops) for day in plan.days)
        saved = f"{plan.updated:%d %b %Y}"
        return f"{plan.name} — {len(plan.days)} day(s), {stops} stop(s), last saved {saved}"


class RestoreDeletedDialog(QDialog):
    """Lists deleted plans; accepting it means "restore the selected ones"."""

    def __init__(self, plans: list[Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore deleted plans")
        self.model = DeletedPlansModel(plans, self)
        self.view = list_view(self.model, "deletedPlans")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.selected_plans()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = ("Deleted plans are kept in the data folder's trash. Select the ones to bring back."
                if plans else "There are no deleted plans to restore.")
        layout.addWidget(QLabel(hint, wordWrap=True))
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def selected_plans(self) -> list[Plan]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.plans[row] for row in rows]
