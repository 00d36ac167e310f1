"""The planning side of the window: which plan, its name and start date, and its days."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.core.changes import (
    DayInserted,
    DayRemoved,
    PlanChange,
    StopInserted,
    StopMoved,
    StopRemoved,
)
from planner.core.limits import MAX_NAME_LENGTH
from planner.core.model import Plan
from planner.core.travel import TRAVEL_ESTIMATES, TravelMode
from planner.ui.catalog_models import ID_ROLE
from planner.ui.formatting import format_day_heading, format_km
from planner.ui.i18n import tr_core, translate
from planner.ui.itinerary_model import (
    COL_LEG,
    COL_MINUTES,
    COL_NAME,
    COL_NOTE,
    COL_TIME,
    STOP_ID_ROLE,
    ItineraryModel,
)
from planner.ui.plan_list_model import PlanListModel
from planner.ui.selection import Selection
from planner.ui.widgets import named
from planner.ui.workspace import Workspace

NOTE_COLUMN_WIDTH = 60


def _tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


LEG_COLUMN_MAX_WIDTH = 150
"""Pixels; the widest a column sized to its contents gets."""


class PlanPanel(QStackedWidget):
    """Shows an empty state until a plan exists, then the plan editor.

    Signals:
        plan_chosen: the user picked another plan in the switcher.
    """

    plan_chosen = Signal(str)

    def __init__(self, workspace: Workspace, selection: Selection,
                 actions: dict[str, QAction]) -> None:
        super().__init__()
        self.workspace = workspace
        self.selection = selection
        self.plan_list_model = PlanListModel(workspace, self)
        self.itinerary_model = ItineraryModel(workspace, self)
        self.addWidget(self._build_empty_page(actions))
        self.addWidget(self._build_editor_page(actions))
        workspace.current_plan_changed.connect(self._on_workspace_current_plan_changed)
        workspace.plan_changed.connect(self._on_workspace_plan_changed)
        workspace.plan_added.connect(self._on_workspace_plan_added)
        self.itinerary_model.modelReset.connect(self._on_itinerary_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self._on_workspace_current_plan_changed(workspace.current)
        self._on_itinerary_reset()  # the model was filled before this panel listened to it

    # --- layout ------------------------------------------------------------------------------
    def _build_empty_page(self, actions: dict[str, QAction]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel(translate("PlanPanel", "<h3>No plan yet</h3><p>Start a trip, then add "
                                 "filming places to its days.</p>"),
                       alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        new_button = _tool_button(actions["new_plan"])
        new_button.setObjectName("emptyNewPlan")
        row.addWidget(new_button)
        row.addWidget(_tool_button(actions["import_plan"]))
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _build_editor_page(self, actions: dict[str, QAction]) -> QWidget:
        self.plan_combo = named(QComboBox(), "planSwitcher", translate("PlanPanel", "Plan"))
        self.plan_combo.setModel(self.plan_list_model)
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(16)
        self.plan_combo.activated.connect(self._on_plan_combo_activated)
        self.name_edit = named(QLineEdit(), "planName", translate("PlanPanel", "Plan name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.editingFinished.connect(self._on_name_edit_finished)
        self.start_edit = named(QDateEdit(), "startDate", translate("PlanPanel", "Starts on"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("ddd d MMM yyyy")
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.mode_combo = named(QComboBox(), "travelMode",
                                translate("PlanPanel", "How the trip is travelled"))
        for mode, estimate in TRAVEL_ESTIMATES.items():
            self.mode_combo.addItem(tr_core(estimate.label).capitalize(), mode)
        self.mode_combo.setToolTip(translate("PlanPanel", "How to get from stop to stop, unless a "
                                             "stop says otherwise (right-click a stop)"))
        self.mode_combo.activated.connect(self._on_mode_combo_activated)

        self.tree = named(QTreeView(), "itinerary", translate("PlanPanel", "Days and stops"))
        self.tree.setModel(self.itinerary_model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.tree.header()
        # Place names get the room; the note column keeps a fixed, adjustable width.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_TIME, COL_MINUTES, COL_LEG):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NOTE, NOTE_COLUMN_WIDTH)
        # A long leg ("≈ 14.8 km · 36 min by car") ends in "…" (its tooltip has it all)
        # rather than leave the place names no room.
        header.setMaximumSectionSize(LEG_COLUMN_MAX_WIDTH)
        for name in ("remove_stop", "move_up", "move_down"):
            self.tree.addAction(actions[name])
        self._stop_actions = [actions[n] for n in ("remove_stop", "move_up", "move_down",
                                                   "booked_time", "edit_own_place")]
        self._day_actions = [actions[n] for n in ("day_settings", "lock_day", "best_order_day",
                                                  "what_fits", "remove_day")]
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)

        self.totals_label = named(QLabel(), "totals")

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("PlanPanel", "<b>Plan</b>")))
        top.addWidget(self.plan_combo, 1)
        self._shorten_button_texts(actions)
        for name in ("new_plan", "duplicate_plan", "delete_plan"):
            top.addWidget(_tool_button(actions[name]))
        layout.addLayout(top)
        form = QFormLayout()
        form.addRow(translate("PlanPanel", "&Name:"), self.name_edit)
        form.addRow(translate("PlanPanel", "&Starts on:"), self.start_edit)
        form.addRow(translate("PlanPanel", "&Get around:"), self.mode_combo)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for name in ("add_day", "remove_day", "remove_stop", "move_up", "move_down"):
            buttons.addWidget(_tool_button(actions[name]))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.totals_label)
        return page

    def tab_chain(self) -> list[QWidget]:
        """This panel's widgets in keyboard order."""
        return [self.plan_combo, self.name_edit, self.start_edit, self.mode_combo, self.tree]

    def focus_name(self) -> None:
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def commit_typing(self) -> None:
        """Finish a rename being typed (before closing, for instance)."""
        self.name_edit.clearFocus()

    # --- selection and focus -----------------------------------------------------------------
    def select_position(self, day: int, row: int) -> None:
        """Make (day, row) the current row; row -1 selects the day itself."""
        index = self.itinerary_model.index_of(day, row)
        if index.isValid():
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.selection.select_in_plan(0)
            return
        day, row = self.itinerary_model.position(current)
        self.selection.select_in_plan(day, current.siblingAtColumn(0).data(STOP_ID_ROLE) or "")
        if row >= 0:
            self.selection.select_place(current.siblingAtColumn(0).data(ID_ROLE))

    def _focus_after(self, change: PlanChange) -> None:
        """Select what an edit touched, so keyboard users can go on from there."""
        plan = self.workspace.current
        assert plan is not None
        match change:
            case StopInserted(day, row):
                self.select_position(day, row)
            case StopRemoved(day, row):
                self.select_position(day, min(row, len(plan.days[day].stops) - 1))
            case StopMoved(to_day=day, to_row=row):
                self.select_position(day, row)
            case DayInserted(index):
                self.tree.expand(self.itinerary_model.index(index, 0))
                self.select_position(index, -1)
            case DayRemoved(index):
                self.select_position(min(index, len(plan.days) - 1), -1)

    # --- slots -------------------------------------------------------------------------------
    def _on_workspace_current_plan_changed(self, plan: Plan | None) -> None:
        self.setCurrentIndex(1 if plan else 0)
        if plan:
            self._show_plan_fields(plan)

    def _on_workspace_plan_changed(self, plan: Plan, change: PlanChange) -> None:
        if plan is not self.workspace.current:
            return
        self._show_plan_fields(plan)
        self._focus_after(change)
        self.show_totals()

    def _on_workspace_plan_added(self, plan: Plan) -> None:
        if plan is self.workspace.current:
            self._show_plan_fields(plan)

    def _show_plan_fields(self, plan: Plan) -> None:
        self.plan_combo.setCurrentIndex(self.plan_list_model.row_of(plan.id))
        if not self.name_edit.hasFocus() or self.name_edit.text() != plan.name:
            self.name_edit.setText(plan.name)
        start = QDate(plan.start_date.year, plan.start_date.month, plan.start_date.day)
        if self.start_edit.date() != start:
            self.start_edit.blockSignals(True)
            self.start_edit.setDate(start)
            self.start_edit.blockSignals(False)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(plan.default_travel_mode))
        read_only = not self.workspace.can_edit(plan)
        self.name_edit.setReadOnly(read_only)
        self.start_edit.setReadOnly(read_only)
        self.mode_combo.setEnabled(not read_only)

    def _on_itinerary_reset(self) -> None:
        self.tree.expandAll()
        self.show_totals()

    def show_totals(self) -> None:
        plan = self.workspace.current
        if plan is None:
            self.totals_label.clear()
            return
        days, stops = len(plan.days), sum(len(day.stops) for day in plan.days)
        km = format_km(self.itinerary_model.trip_total_km)
        self.totals_label.setText(
            translate("PlanPanel", "Trip: {days}, {stops}, {km} straight-line between stops")
            .format(days=translate("PlanPanel", "%n day(s)", None, days),
                    stops=translate("PlanPanel", "%n stop(s)", None, stops), km=km))

    @staticmethod
    def _shorten_button_texts(actions: dict[str, QAction]) -> None:
        """The panel's buttons say less than the menus (the row already says "Plan"), so a
        longer language still leaves the map its room."""
        for name, text in (
            ("new_plan", translate("PlanPanel", "New plan")),
            ("duplicate_plan", translate("PlanPanel", "Duplicate plan")),
            ("delete_plan", translate("PlanPanel", "Delete plan")),
            ("add_day", translate("PlanPanel", "Add day")),
            ("remove_day", translate("PlanPanel", "Remove day")),
            ("remove_stop", translate("PlanPanel", "Remove stop")),
        ):
            actions[name].setIconText(text)

    def stop_menu(self) -> QMenu | None:
        """The selected stop's menu: the stop actions, and a move to any other day.

        The caller owns the menu and must delete it (``deleteLater``) once it is closed.
        """
        plan = self.workspace.current
        stop_id = self.selection.stop_id
        if plan is None or not stop_id:
            return None
        menu = QMenu(self)
        menu.addActions(self._stop_actions)
        move_menu = menu.addMenu(translate("PlanPanel", "Move to &day"))
        move_menu.setEnabled(len(plan.days) > 1 and self.workspace.can_edit(plan))
        for target in range(len(plan.days)):
            if target != self.selection.day:
                action = move_menu.addAction(format_day_heading(target, plan.day_date(target)))
                action.triggered.connect(partial(self._move_to_day, stop_id, target))
        self._add_travel_menu(menu, stop_id)
        return menu

    def _add_travel_menu(self, menu: QMenu, stop_id: str) -> None:
        """"Get here": the plan's way of travelling, or another for this one leg."""
        plan = self.workspace.current
        assert plan is not None
        current = next(s.travel_mode for d in plan.days for s in d.stops if s.id == stop_id)
        travel = menu.addMenu(translate("PlanPanel", "&Get here"))
        travel.setEnabled(self.workspace.can_edit(plan))
        default = tr_core(TRAVEL_ESTIMATES[plan.default_travel_mode].label)
        choices: list[tuple[str, TravelMode | None]] = [
            (translate("PlanPanel", "As the plan ({way})").format(way=default), None)]
        choices += [(tr_core(e.label).capitalize(), mode) for mode, e in TRAVEL_ESTIMATES.items()]
        for label, mode in choices:
            action = travel.addAction(label)
            action.setCheckable(True)
            action.setChecked(mode == current)
            action.triggered.connect(
                partial(self.workspace.set_stop_travel_mode, stop_id, mode))

    def _move_to_day(self, stop_id: str, target: int) -> None:
        plan = self.workspace.current
        if plan is not None and 0 <= target < len(plan.days):
            self.workspace.move_stop(stop_id, target, len(plan.days[target].stops))

    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        menu = self.stop_menu()
        if menu is None and self.workspace.current is not None:
            menu = QMenu(self)
            menu.addActions(self._day_actions)
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _on_plan_combo_activated(self, row: int) -> None:
        self.plan_chosen.emit(self.plan_combo.itemData(row, ID_ROLE))

    def _on_name_edit_finished(self) -> None:
        self.workspace.rename_current(self.name_edit.text())

    def _on_mode_combo_activated(self, row: int) -> None:
        self.workspace.set_default_travel_mode(self.mode_combo.itemData(row))

    def _on_start_edit_date_changed(self, date: QDate) -> None:
        self.workspace.set_start_date(dt.date(date.year(), date.month(), date.day()))
