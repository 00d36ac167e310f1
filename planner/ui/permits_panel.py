"""The "Paris permits" tab: the City of Paris filming permits, searched and filtered.

The permits the tab keeps are the ones the map shows. The text is the city's: the list shows
it as plain text, and the dataset is named under the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.permits import DATASET_LICENCE, DATASET_NAME, Permit, PermitIndex
from planner.ui.catalog_models import AnyIndex
from planner.ui.formatting import describe_permit
from planner.ui.i18n import translate
from planner.ui.widgets import ElidedLabel, list_view, named, plain_tooltip

SEARCH_DELAY_MS = 150
PERMIT_ROLE = Qt.ItemDataRole.UserRole


def _empty_hint() -> str:
    return translate("PermitsPanel", "No filming permits yet. Download the City of Paris dataset "
                     "\"Lieux de tournage à Paris\" as CSV or GeoJSON, then File ▸ Import "
                     "filming data….")


class PermitListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._permits: list[Permit] = []
        self._numbers: list[int] = []

    def set_rows(self, permits: list[Permit], numbers: list[int]) -> None:
        self.beginResetModel()
        self._permits, self._numbers = permits, numbers
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._numbers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = self._numbers[index.row()]
        permit = self._permits[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{permit.title} ({permit.year}) · {permit.address}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(describe_permit(permit))
        if role == PERMIT_ROLE:
            return number
        return None


class PermitsPanel(QWidget):
    """Signals:
        shown_changed: the numbers of the permits the filters keep (the map shows those).
        permit_chosen: the number of the permit picked in the list.
        add_requested: the number of the permit to add to the selected day.
    """

    shown_changed = Signal(list)
    permit_chosen = Signal(int)
    add_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.index: PermitIndex | None = None
        self.model = PermitListModel(self)
        self.search_edit = named(QLineEdit(), "permitSearch",
                                 translate("PermitsPanel", "Search the permits"))
        self.search_edit.setPlaceholderText(translate("PermitsPanel", "Title, address, director…"))
        self.year_combo = named(QComboBox(), "permitYear", translate("PermitsPanel", "Year"))
        self.kind_combo = named(QComboBox(), "permitKind", translate("PermitsPanel", "Type"))
        self.count_label = named(ElidedLabel(_empty_hint()), "permitCount")
        self.list = list_view(self.model, "permitList",
                              translate("PermitsPanel", "Filming permits"))
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.add_button = named(QPushButton(translate("PermitsPanel", "Add to &day")), "permitAdd")
        self.add_button.setEnabled(False)
        self.source_label = named(ElidedLabel(translate(
            "PermitsPanel", "Source: {dataset}, {licence}. Permits to film at an address, not "
            "checked by us.").format(dataset=DATASET_NAME, licence=DATASET_LICENCE)),
            "permitSource")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.year_combo.activated.connect(lambda _row: self.refresh())
        self.kind_combo.activated.connect(lambda _row: self.refresh())
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.year_combo, 1)
        filters.addWidget(self.kind_combo, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.source_label)
        self._enable(False)

    def set_index(self, index: PermitIndex | None) -> None:
        self.index = index
        self.year_combo.clear()
        self.kind_combo.clear()
        self.year_combo.addItem(translate("PermitsPanel", "Any year"), None)
        self.kind_combo.addItem(translate("PermitsPanel", "Any type"), None)
        for year in index.years if index else []:
            self.year_combo.addItem(str(year), year)
        for kind in index.kinds if index else []:
            self.kind_combo.addItem(kind, kind)
        self._enable(index is not None)
        self.refresh()

    def _enable(self, on: bool) -> None:
        for widget in (self.search_edit, self.year_combo, self.kind_combo, self.list):
            widget.setEnabled(on)

    def refresh(self) -> None:
        """Apply the search and the filters to the list and, through ``shown_changed``, the map."""
        if self.index is None:
            self.model.set_rows([], [])
            self.count_label.set_full_text(_empty_hint())
            self.shown_changed.emit([])
            return
        numbers = self.index.matching(self.search_edit.text(), self.year_combo.currentData(),
                                      self.kind_combo.currentData())
        self.model.set_rows(self.index.layer.permits, numbers)
        total = len(self.index.layer.permits)
        self.count_label.set_full_text(translate(
            "PermitsPanel", "{shown} of %Ln permit(s)", None, total).format(
            shown=QLocale().toString(len(numbers))))
        self.add_button.setEnabled(False)
        self.shown_changed.emit(numbers)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = current.data(PERMIT_ROLE) if current.isValid() else None
        self.add_button.setEnabled(number is not None)
        if number is not None:
            self.permit_chosen.emit(number)

    def _on_add_clicked(self) -> None:
        number = self.list.currentIndex().data(PERMIT_ROLE)
        if number is not None:
            self.add_requested.emit(number)
