"""File ▸ Recover…: every kept version of a plan, with its date and what is wrong with it."""

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

from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.store.recovery import KIND_LABELS, Kind, RecoverableFile
from planner.ui.catalog_models import AnyIndex
from planner.ui.i18n import format_date, tr_phrase, translate
from planner.ui.widgets import list_view

KINDS: dict[Kind, str] = {
    "quarantined": QT_TRANSLATE_NOOP("RecoverDialog", "Set aside"),
    "backup": QT_TRANSLATE_NOOP("RecoverDialog", "Backup"),
    "deleted": QT_TRANSLATE_NOOP("RecoverDialog", "Deleted"),
}
"""The store's :data:`KIND_LABELS`, marked for ``lupdate``: :func:`describe` translates them."""


def describe(item: RecoverableFile) -> str:
    """One line: what kind of copy, which plan (or why it cannot be read), and when."""
    modified = item.modified.astimezone()
    when = f"{format_date(modified.date(), 'dd MMM yyyy')} {modified:%H:%M}"
    if item.plan is None:
        what = translate("RecoverDialog", "{file}: cannot be recovered, {problem}").format(
            file=item.path.name, problem=tr_phrase(item.reason) if item.reason else "")
    else:
        days, stops = len(item.plan.days), sum(len(day.stops) for day in item.plan.days)
        what = translate("RecoverDialog", "“{name}”, {days}, {stops}").format(
            name=item.plan.name,
            days=translate("RecoverDialog", "%n day(s)", None, days),
            stops=translate("RecoverDialog", "%n stop(s)", None, stops))
    kind = (translate("RecoverDialog", KINDS[item.kind]) if item.kind in KINDS
            else KIND_LABELS[item.kind])
    return f"{kind} · {what} · {when}"


class RecoverableModel(QAbstractListModel):
    def __init__(self, items: list[RecoverableFile], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.items[index.row()].plan is None:
            return Qt.ItemFlag.ItemIsEnabled  # shown, but there is nothing to recover
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{describe(item)}\n{item.path}"
        return None


class RecoverDialog(QDialog):
    """Lists kept files; accepting it means "make the selected ones plans again"."""

    def __init__(self, items: list[RecoverableFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RecoverDialog", "Recover plans"))
        self.model = RecoverableModel(items, self)
        self.view = list_view(self.model, "recoverable",
                              translate("RecoverDialog", "Kept versions of plans"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.recover_button = buttons.addButton(translate("RecoverDialog", "&Recover"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.recover_button.setEnabled(False)
        self.view.selectionModel().selectionChanged.connect(
            lambda: self.recover_button.setEnabled(bool(self.selected_items()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = (translate("RecoverDialog", "Deleted plans, backups of earlier versions and files "
                          "that could not be read are kept in the data folder. Recovering one "
                          "adds it as a plan; the kept file stays as it is.") if items
                else translate("RecoverDialog", "There is nothing to recover."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(hint, wordWrap=True))
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def selected_items(self) -> list[RecoverableFile]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.items[row] for row in rows]

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if self.model.items[index.row()].plan is not None:
            self.accept()
