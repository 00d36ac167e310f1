"""The current plan as a tree: days at the top, their stops below, with distances and times.

The model keeps its own copy of the rows (the Day and Stop objects, in order) and brings it in
line with the plan through the precise changes each edit reports: rows are inserted, moved and
removed, never reset, so the selection, the scroll position and expanded days survive every
edit. Only showing another plan resets it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner.core.changes import (
    DayEdited,
    DayInserted,
    DayRemoved,
    PlanChange,
    PlanDetailsEdited,
    StopEdited,
    StopInserted,
    StopMoved,
    StopRemoved,
)
from planner.core.itinerary import DaySummary, custom_place, summarize_stops, waypoint_for
from planner.core.model import Day, Plan, Stop
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.core.schedule import DayTimetable, Visit, clock, day_timetable
from planner.core.travel import TRAVEL_ESTIMATES
from planner.ui.catalog_models import ID_ROLE, PLACE_MIME_TYPE, AnyIndex
from planner.ui.formatting import (
    describe_own_place,
    format_day_heading,
    format_km,
    format_minutes,
)
from planner.ui.i18n import tr_core, tr_phrase, translate
from planner.ui.theme import day_color
from planner.ui.widgets import plain_tooltip
from planner.ui.workspace import Workspace

STOP_MIME_TYPE = "application/x-film-trip-planner-stops"
COLUMNS = (QT_TRANSLATE_NOOP("ItineraryModel", "Day / stop"),
           QT_TRANSLATE_NOOP("ItineraryModel", "Time (est.)"),
           QT_TRANSLATE_NOOP("ItineraryModel", "Visit"),
           QT_TRANSLATE_NOOP("ItineraryModel", "From previous"),
           QT_TRANSLATE_NOOP("ItineraryModel", "Note"))
"""The columns' headers in English; ``headerData`` shows them in the window's language."""
COL_NAME, COL_TIME, COL_MINUTES, COL_LEG, COL_NOTE = range(5)
_WARNING_COLOUR = QColor("#B35900")
DASH = "\u2013"  # the en dash of a time range, as in 10:15 to 11:45
STOP_ID_ROLE = ID_ROLE + 1
_DAY = 0  # internal id of day rows; a stop row's internal id is its day's key (from 1)
_MISSING_COLOUR = QColor("#b00020")
ESTIMATE_NOTE = QT_TRANSLATE_NOOP(
    "ItineraryModel", "Times are estimates: straight-line distance, a detour factor and a "
    "typical speed for the way of travelling")


class ItineraryModel(QAbstractItemModel):
    """Shows the workspace's current plan; edits and drops are sent back as workspace intents."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plan: Plan | None = None
        self._days: list[Day] = []
        self._stops: list[list[Stop]] = []
        self._summaries: list[DaySummary] = []
        self._timetables: list[DayTimetable] = []
        self._visits: dict[str, Visit] = {}
        self._warnings: dict[str | None, list[str]] = {}
        # "Day 2 · date" depends on the row: it changes only through dataChanged, after a
        # structural change is complete, as Qt's model contract expects.
        self._headings: list[str] = []
        # Stop indexes must name their day by something that survives days being inserted or
        # removed before it, so each Day object gets a key for as long as it is shown.
        self._keys: dict[int, int] = {}
        self._next_key = 1
        self._bold = QFont()
        self._bold.setBold(True)
        workspace.current_plan_changed.connect(self._on_workspace_current_plan_changed)
        workspace.plan_changed.connect(self._on_workspace_plan_changed)
        self._load(workspace.current)

    # --- keeping in step with the plan -------------------------------------------------------
    def _load(self, plan: Plan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._days = list(plan.days) if plan else []
        self._stops = [list(day.stops) for day in self._days]
        self._keys.clear()
        for day in self._days:
            self._key_of(day)
        self._summarize()
        self._headings = self._new_headings()
        self.endResetModel()

    def _on_workspace_current_plan_changed(self, plan: Plan | None) -> None:
        self._load(plan)

    def _on_workspace_plan_changed(self, plan: Plan, change: PlanChange) -> None:
        if plan is not self._plan:
            return
        match change:
            case StopInserted(day, row):
                self.beginInsertRows(self.index(day, 0), row, row)
                self._stops[day].insert(row, plan.days[day].stops[row])
                self._summarize()
                self.endInsertRows()
            case StopRemoved(day, row):
                self.beginRemoveRows(self.index(day, 0), row, row)
                del self._stops[day][row]
                self._summarize()
                self.endRemoveRows()
            case StopMoved():
                self._move_row(change)
            case DayInserted(index):
                self.beginInsertRows(QModelIndex(), index, index)
                self._days.insert(index, plan.days[index])
                self._stops.insert(index, list(plan.days[index].stops))
                self._key_of(plan.days[index])
                self._summarize()
                self._headings.insert(index, self._new_headings()[index])
                self.endInsertRows()
            case DayRemoved(index):
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._days[index], self._stops[index], self._headings[index]
                self._summarize()
                self.endRemoveRows()
            case StopEdited() | DayEdited() | PlanDetailsEdited():
                self._summarize()
        self._repaint_all()

    def refresh(self) -> None:
        """Work the timetables out again (the travel estimates changed)."""
        self._summarize()
        self._repaint_all()

    def _move_row(self, move: StopMoved) -> None:
        source, target = self.index(move.from_day, 0), self.index(move.to_day, 0)
        # Qt wants the destination as a row of the list before the move.
        before = move.to_row + (1 if source == target and move.to_row > move.from_row else 0)
        if not self.beginMoveRows(source, move.from_row, move.from_row, target, before):
            return
        stop = self._stops[move.from_day].pop(move.from_row)
        self._stops[move.to_day].insert(move.to_row, stop)
        self._summarize()
        self.endMoveRows()

    def _summarize(self) -> None:
        """Recompute legs, totals and timetables from this model's rows; done before each
        ``end*`` call, since views read the new rows as soon as it returns."""
        plan, catalog = self._plan, self._workspace.catalog
        self._summaries = [summarize_stops(stops, plan, catalog) for stops in self._stops] \
            if plan else []
        self._timetables = [day_timetable(plan, day, catalog, self._workspace.estimates)
                            for day in range(len(plan.days))] \
            if plan else []
        self._visits = {v.stop_id: v for table in self._timetables for v in table.visits}
        self._warnings = {}
        for day, table in enumerate(self._timetables):
            for warning in table.warnings:
                key = warning.stop_id if warning.stop_id is not None else f"day-{day}"
                self._warnings.setdefault(key, []).append(tr_phrase(warning.phrase))

    def _new_headings(self) -> list[str]:
        """"Day 2 · Fri 04 Dec 2026", with the day's straight-line distance once it has legs."""
        plan = self._plan
        if plan is None:
            return []
        headings = []
        for day, summary in enumerate(self._summaries):
            heading = format_day_heading(day, plan.day_date(day))
            if self._days[day].label:
                heading += f" · {self._days[day].label}"
            if self._days[day].locked:
                heading += " · 🔒"
            if len(summary.legs_km) > 1:
                heading += f" · {format_km(summary.total_km)}"
            headings.append(heading)
        return headings

    def _repaint_all(self) -> None:
        """Legs, totals and dates depend on neighbours: repaint every row, structure unchanged."""
        self._headings = self._new_headings()
        last_column = len(COLUMNS) - 1
        for day in range(self.rowCount()):
            day_index = self.index(day, 0)
            self.dataChanged.emit(day_index, day_index.siblingAtColumn(last_column))
            rows = self.rowCount(day_index)
            if rows:
                self.dataChanged.emit(self.index(0, 0, day_index),
                                      self.index(rows - 1, last_column, day_index))

    def _key_of(self, day: Day) -> int:
        key = self._keys.get(id(day))
        if key is None:
            key = self._keys[id(day)] = self._next_key
            self._next_key += 1
        return key

    @property
    def trip_total_km(self) -> float:
        return sum(s.total_km for s in self._summaries)

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        return self.createIndex(row, column, self._key_of(self._days[parent.row()]))

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(self._day_row(index.internalId()), 0, _DAY)

    def _day_row(self, key: int) -> int:
        return next(row for row, day in enumerate(self._days) if self._keys[id(day)] == key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == _DAY:
            return len(self._stops[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ItineraryModel", COLUMNS[section])
        return None

    def position(self, index: AnyIndex) -> tuple[int, int]:
        """(day, row) of a stop index, or (day, -1) for a day index."""
        if index.internalId() == _DAY:
            return index.row(), -1
        return self._day_row(index.internalId()), index.row()

    def index_of(self, day: int, row: int) -> QModelIndex:
        day_index = self.index(day, 0)
        return day_index if row < 0 else self.index(row, 0, day_index)

    def index_of_stop(self, stop_id: str) -> QModelIndex:
        for day, stops in enumerate(self._stops):
            for row, stop in enumerate(stops):
                if stop.id == stop_id:
                    return self.index_of(day, row)
        return QModelIndex()

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
        warnings = self._warnings.get(f"day-{day}", [])
        if column == COL_TIME and day < len(self._timetables) and self._stops[day]:
            table = self._timetables[day]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{'⚠ ' if warnings else ''}{clock(table.start)}{DASH}{clock(table.end)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join([*warnings, translate("ItineraryModel", ESTIMATE_NOTE)])
            if role == Qt.ItemDataRole.ForegroundRole and warnings:
                return QBrush(_WARNING_COLOUR)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return self._headings[day]
            if column == COL_MINUTES:
                return format_minutes(summary.visit_minutes) if summary.legs_km else ""
            if column == COL_NOTE and not self._stops[day]:
                return translate("ItineraryModel", "No stops yet")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE and not self._stops[day]:
            return translate("ItineraryModel", "Add places from the list: double-click them, "
                             "press Enter, or drag them here")
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return day_color(day)  # the colour of the day's route on the map
        return None

    def _stop_data(self, day: int, row: int, column: int, role: int) -> Any:
        assert self._plan is not None
        stop = self._stops[day][row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._stop_text(stop, day, row, column, role == Qt.ItemDataRole.EditRole)
        missing = column == COL_NAME and waypoint_for(stop.place_id, self._plan,
                                                      self._workspace.catalog) is None
        if missing and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_MISSING_COLOUR)
        if column == COL_NAME and role == Qt.ItemDataRole.ToolTipRole:
            own = custom_place(self._plan, stop.place_id)
            if own is not None:
                return plain_tooltip(describe_own_place(own) + "\n" + translate(
                    "ItineraryModel", "Right-click ▸ Edit my place… to change it."))
        if missing and role == Qt.ItemDataRole.ToolTipRole:
            return translate("ItineraryModel", "This place is not in this version's catalog "
                             "(it may have been removed). The stop is kept: remove it, or keep "
                             "it as a reminder.")
        warnings = self._warnings.get(stop.id, [])
        if column == COL_TIME and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([*warnings, translate("ItineraryModel", ESTIMATE_NOTE)])
        if column == COL_TIME and role == Qt.ItemDataRole.ForegroundRole and warnings:
            return QBrush(_WARNING_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LEG:
            return translate("ItineraryModel", "Straight-line (geodesic) distance from the "
                             "previous stop; ≈ when one of the two places is only known to its "
                             "town")
        if role == ID_ROLE:
            return stop.place_id
        if role == STOP_ID_ROLE:
            return stop.id
        return None

    def _stop_text(self, stop: Stop, day: int, row: int, column: int, edit: bool) -> Any:
        if column == COL_NAME:
            return self._workspace.place_name(stop.place_id)
        if column == COL_TIME:
            visit = self._visits.get(stop.id)
            if visit is None:
                return ""
            mark = "⚠ " if self._warnings.get(stop.id) else ""
            return f"{mark}{clock(visit.arrival)}{DASH}{clock(visit.departure)}"
        if column == COL_MINUTES:
            return stop.minutes if edit else format_minutes(stop.minutes)
        if column == COL_LEG:
            summary = self._summaries[day]
            leg = summary.legs_km[row]
            if leg is None and row == 0:
                return translate("ItineraryModel", "start")
            visit = self._visits.get(stop.id)
            minutes = f" · {format_minutes(visit.leg.minutes)}" if visit and visit.leg else ""
            # A leg travelled otherwise than the plan's way says how.
            how = (f" {tr_core(TRAVEL_ESTIMATES[stop.travel_mode].label)}"
                   if stop.travel_mode else "")
            return ("≈ " if summary.rough_legs[row] else "") + format_km(leg) + minutes + how
        return stop.note if column == COL_NOTE else None

    # --- editing -----------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or self.position(index)[1] < 0:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() in (COL_MINUTES, COL_NOTE) and self._workspace.can_edit(self._plan):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        stop_id = index.data(STOP_ID_ROLE)
        if stop_id is None:
            return False
        if index.column() == COL_MINUTES:
            try:
                self._workspace.set_stop_minutes(stop_id, int(value))
            except (TypeError, ValueError):
                return False
            return True
        if index.column() == COL_NOTE:
            self._workspace.set_stop_note(stop_id, str(value))
            return True
        return False

    # --- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [STOP_MIME_TYPE, PLACE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged stops, named by id, with the plan and the window they come from."""
        mime = QMimeData()
        rows = sorted({self.position(i) for i in indexes if i.isValid()})
        stop_ids = [self._stops[day][row].id for day, row in rows if row >= 0]
        if stop_ids and self._plan is not None:
            payload = {"window": self._workspace.token, "plan": self._plan.id, "stops": stop_ids}
            mime.setData(STOP_MIME_TYPE, json.dumps(payload).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if not parent.isValid() or not self._workspace.can_edit(self._plan):
            return False
        if data.hasFormat(STOP_MIME_TYPE):
            return self._dragged_stops(data) is not None
        return data.hasFormat(PLACE_MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Turn a drop into an intent; the view never removes rows, the command moves them."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        day, before = self._drop_target(row, parent)
        stop_ids = self._dragged_stops(data)
        if stop_ids is not None:
            self._workspace.move_stops(stop_ids, day, before)
            return True
        place_ids = bytes(data.data(PLACE_MIME_TYPE).data()).decode("utf-8", "replace").split()
        at = len(self._stops[day]) if before is None else self.position(
            self.index_of_stop(before))[1]
        self._workspace.add_places(place_ids, day, at)
        return True

    def _dragged_stops(self, data: QMimeData) -> list[str] | None:
        """The stop ids of a drag from this window's current plan; None for anything else."""
        try:
            payload = json.loads(bytes(data.data(STOP_MIME_TYPE).data()))
        except (ValueError, RecursionError):
            return None
        if not isinstance(payload, dict) or self._plan is None:
            return None
        stops = payload.get("stops")
        same_source = (payload.get("window") == self._workspace.token
                       and payload.get("plan") == self._plan.id)
        if not same_source or not isinstance(stops, list) or not stops:
            return None
        shown = {stop.id for day in self._stops for stop in day}
        return stops if all(isinstance(s, str) and s in shown for s in stops) else None

    def _drop_target(self, row: int, parent: AnyIndex) -> tuple[int, str | None]:
        """The day dropped on, and the stop the drop goes before (None: the end of the day)."""
        day, stop_row = self.position(parent)
        if stop_row >= 0:  # dropped onto a stop: insert before it
            return day, self._stops[day][stop_row].id
        stops = self._stops[day]
        return day, stops[row].id if 0 <= row < len(stops) else None
