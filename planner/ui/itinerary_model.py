"""The current plan as a tree: days at the top, their stops below, with distances and times."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.core.itinerary import DaySummary, summarize_day, waypoint_for
from planner.core.model import Plan
from planner.ui.catalog_models import ID_ROLE, PLACE_MIME_TYPE, AnyIndex
from planner.ui.formatting import format_day_heading, format_km, format_minutes
from planner.ui.workspace import Workspace

STOP_MIME_TYPE = "application/x-film-trip-planner-stop"
COLUMNS = ("Day / stop", "Visit", "From previous", "Note")
COL_NAME, COL_MINUTES, COL_LEG, COL_NOTE = range(4)
_DAY = 0  # internal id of day rows; stop rows store their day index + 1


def _shape(plan: Plan | None) -> list[list[str]]:
    """The stop ids per day: when it is unchanged, rows can be repainted instead of reset."""
    return [[stop.id for stop in day.stops] for day in plan.days] if plan else []


class ItineraryModel(QAbstractItemModel):
    """Shows the workspace's current plan; edits and drops are sent back as workspace intents."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan: Plan | None = None
        self._summaries: list[DaySummary] = []
        self._shape: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        workspace.current_plan_changed.connect(self._on_workspace_current_plan_changed)
        workspace.plan_edited.connect(self._on_workspace_plan_edited)
        self._reload(workspace.current)

    # --- refresh -----------------------------------------------------------------------------
    def _reload(self, plan: Plan | None) -> None:
        """Reset for a new shape; for edits inside stops just repaint, so open editors survive."""
        shape = _shape(plan)
        same_shape = plan is self._plan and shape == self._shape
        if not same_shape:
            self.beginResetModel()
        self._plan, self._shape = plan, shape
        catalog = self._workspace.catalog
        days = range(len(plan.days)) if plan else range(0)
        self._summaries = [summarize_day(plan, i, catalog) for i in days] if plan else []
        if not same_shape:
            self.endResetModel()
            return
        last_column = len(COLUMNS) - 1
        for day in range(self.rowCount()):
            day_index = self.index(day, 0)
            self.dataChanged.emit(day_index, day_index.siblingAtColumn(last_column))
            rows = self.rowCount(day_index)
            if rows:
                self.dataChanged.emit(self.index(0, 0, day_index),
                                      self.index(rows - 1, last_column, day_index))

    def _on_workspace_current_plan_changed(self, plan: Plan | None) -> None:
        self._reload(plan)

    def _on_workspace_plan_edited(self, plan: Plan) -> None:
        if plan is self._plan:
            self._reload(plan)

    @property
    def trip_total_km(self) -> float:
        return sum(s.total_km for s in self._summaries)

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _DAY)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if self._plan is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._plan.days)
        if parent.internalId() == _DAY:
            return len(self._plan.days[parent.row()].stops)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    @staticmethod
    def position(index: AnyIndex) -> tuple[int, int]:
        """(day, row) of a stop index, or (day, -1) for a day index."""
        if index.internalId() == _DAY:
            return index.row(), -1
        return index.internalId() - 1, index.row()

    def index_of(self, day: int, row: int) -> QModelIndex:
        day_index = self.index(day, 0)
        return day_index if row < 0 else self.index(row, 0, day_index)

    # --- data --------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None:
            return None
        day, row = self.position(index)
        if row < 0:
            return self._day_data(day, index.column(), role)
        return self._stop_data(day, row, index.column(), role)

    def _day_data(self, day: int, column: int, role: int) -> Any:
        assert self._plan is not None
        summary = self._summaries[day]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return format_day_heading(day, self._plan.day_date(day))
            if column == COL_MINUTES:
                return format_minutes(summary.visit_minutes) if summary.legs_km else ""
            if column == COL_LEG:
                return f"Σ {format_km(summary.total_km)}" if len(summary.legs_km) > 1 else ""
            if column == COL_NOTE and not self._plan.days[day].stops:
                return "No stops yet — add places from the list"
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            return self._bold
        return None

    def _stop_data(self, day: int, row: int, column: int, role: int) -> Any:
        assert self._plan is not None
        stop = self._plan.days[day].stops[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if column == COL_NAME:
                return self._workspace.place_name(stop.place_id)
            if column == COL_MINUTES:
                return stop.minutes if edit else format_minutes(stop.minutes)
            if column == COL_LEG:
                summary = self._summaries[day]
                leg = summary.legs_km[row]
                if leg is None and row == 0:
                    return "start"
                return ("≈ " if summary.rough_legs[row] else "") + format_km(leg)
            if column == COL_NOTE:
                return stop.note
        missing = column == COL_NAME and waypoint_for(stop.place_id, self._plan,
                                                      self._workspace.catalog) is None
        if missing and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b00020"))
        if missing and role == Qt.ItemDataRole.ToolTipRole:
            return ("This place is not in this version's catalog (it may have been removed). "
                    "The stop is kept: remove it, or keep it as a reminder.")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LEG:
            return ("Straight-line (geodesic) distance from the previous stop; ≈ when one of "
                    "the two places is only known to its town")
        if role == ID_ROLE:
            return stop.place_id
        return None

    # --- editing -----------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if self.position(index)[1] < 0:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() in (COL_MINUTES, COL_NOTE) and self._workspace.can_edit(self._plan):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        day, row = self.position(index)
        if row < 0:
            return False
        if index.column() == COL_MINUTES:
            try:
                self._workspace.set_stop_minutes(day, row, int(value))
            except (TypeError, ValueError):
                return False
            return True
        if index.column() == COL_NOTE:
            self._workspace.set_stop_note(day, row, str(value))
            return True
        return False

    # --- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [STOP_MIME_TYPE, PLACE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        stops = {self.position(i) for i in indexes if i.isValid() and self.position(i)[1] >= 0}
        if stops:
            day, row = min(stops)
            mime.setData(STOP_MIME_TYPE, f"{day},{row}".encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        has_payload = data.hasFormat(STOP_MIME_TYPE) or data.hasFormat(PLACE_MIME_TYPE)
        return has_payload and self._plan is not None and parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Turn a drop into an intent; the view never removes rows, the command moves them."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target_day, target_row = self._drop_target(row, parent)
        if data.hasFormat(STOP_MIME_TYPE):
            day_text, row_text = bytes(data.data(STOP_MIME_TYPE).data()).decode().split(",")
            source = (int(day_text), int(row_text))
            if source[0] == target_day and target_row > source[1]:
                target_row -= 1
            self._workspace.move_stop(source, (target_day, target_row))
            return True
        place_ids = bytes(data.data(PLACE_MIME_TYPE).data()).decode().split()
        self._workspace.add_places(place_ids, target_day, target_row)
        return True

    def _drop_target(self, row: int, parent: AnyIndex) -> tuple[int, int]:
        assert self._plan is not None
        day, stop_row = self.position(parent)
        if stop_row >= 0:  # dropped onto a stop: insert before it
            return day, stop_row
        return day, row if row >= 0 else len(self._plan.days[day].stops)
