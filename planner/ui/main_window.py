"""The main window: menus and shortcuts, the two panels, and what happens at start and close."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from planner import __version__
from planner.core.errors import PlannerError
from planner.core.indexes import CatalogIndexes
from planner.core.itinerary import missing_place_ids, waypoint_for
from planner.core.model import Plan
from planner.exchange import Exporter, exporter_for, exporters
from planner.exchange.native import FILE_SUFFIX, free_file_name, import_plan
from planner.store.paths import AppPaths
from planner.store.plan_store import LoadResult, PlanStore, SaveConflict
from planner.store.recovery import RecoverableFile, find_recoverable, recover_plan
from planner.store.settings import Settings, load_settings, save_settings
from planner.store.window_state import WindowState, load_window_state, save_window_state
from planner.ui.actions import build_actions, build_menus, update_enabled
from planner.ui.autosave import Autosaver
from planner.ui.catalog_panel import CatalogPanel
from planner.ui.dialogs.preferences import PreferencesDialog
from planner.ui.map import ALPS, FRANCE, PARIS, MapView
from planner.ui.map.base_map_item import shipped_base_map
from planner.ui.messages import ask_yes_no, show_message
from planner.ui.plan_panel import PlanPanel
from planner.ui.recover_dialog import RecoverDialog
from planner.ui.selection import Selection
from planner.ui.unsaved_guard import UnsavedPlansGuard
from planner.ui.widgets import named
from planner.ui.workspace import Workspace

APP_TITLE = "Film Trip Planner"
DEFAULT_SIZE = (1280, 720)


def default_start_date(today: dt.date | None = None) -> dt.date:
    """A week from today: a trip is usually planned ahead."""
    return (today or dt.date.today()) + dt.timedelta(days=7)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, indexes: CatalogIndexes, store: PlanStore,
                 paths: AppPaths) -> None:
        """Services are made once by the caller (``app.py``) and shared, never rebuilt here."""
        super().__init__()
        self.workspace = workspace
        self.store = store
        self.paths = paths
        self.autosaver = Autosaver(store, workspace, self)
        self.autosaver.save_failed.connect(self._on_autosaver_save_failed)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.autosaver.unsaved_changed.connect(self._on_autosaver_unsaved_changed)
        self.autosaver.conflict_found.connect(self._on_autosaver_conflict_found)
        self._had_unsaved = False
        self.unsaved_guard = UnsavedPlansGuard(self, self.autosaver)
        self.unsaved_label = named(QLabel(), "unsavedWarning")
        self.unsaved_label.hide()
        self.statusBar().addPermanentWidget(self.unsaved_label)
        self.setWindowTitle(APP_TITLE)
        self.selection = Selection(self)
        self.actions_by_name = build_actions(self, self._action_slots(), workspace.undo_stack)
        self.catalog_panel = CatalogPanel(indexes, self.selection)
        self.plan_panel = PlanPanel(workspace, self.selection, self.actions_by_name)
        self.map_view = MapView(workspace.catalog, workspace, self.selection,
                                shipped_base_map())
        self.setCentralWidget(self.map_view)
        self.catalog_panel.setOrientation(Qt.Orientation.Vertical)
        self.catalog_panel.setSizes([1, 1])  # films and places share the dock's height
        self.docks = {
            "browse": self._dock("Films and places", "browseDock", self.catalog_panel,
                                 Qt.DockWidgetArea.LeftDockWidgetArea),
            "details": self._dock("Details", "detailsDock", self.catalog_panel.tabs,
                                  Qt.DockWidgetArea.LeftDockWidgetArea),
            "plan": self._dock("Plan", "planDock", self.plan_panel,
                               Qt.DockWidgetArea.RightDockWidgetArea),
        }
        self.resize(*DEFAULT_SIZE)
        docks = self.docks
        self.resizeDocks([docks["browse"], docks["plan"]], [400, 430], Qt.Orientation.Horizontal)
        self.resizeDocks([docks["browse"], docks["details"]], [430, 270], Qt.Orientation.Vertical)
        self._default_layout = self.saveState()
        build_menus(self.menuBar(), self.actions_by_name,
                    [dock.toggleViewAction() for dock in self.docks.values()])
        self.catalog_panel.map_places_changed.connect(self.map_view.places.show_only)
        self.map_view.add_to_day_requested.connect(self._on_map_view_add_to_day_requested)
        self.map_view.nearby_requested.connect(self._on_map_view_nearby_requested)
        self._set_tab_order()
        self.catalog_panel.add_places_requested.connect(self._on_catalog_add_places_requested)
        self.plan_panel.plan_chosen.connect(self._on_plan_panel_plan_chosen)
        for signal in (workspace.current_plan_changed, workspace.plan_changed,
                       workspace.plan_added, workspace.plan_removed):
            signal.connect(self._on_workspace_plans_changed)
        workspace.edit_refused.connect(self._on_workspace_edit_refused)
        self.selection.plan_position_changed.connect(self._update_actions)
        self._restore_window_state()
        self.apply_settings(load_settings(paths.config_dir))
        self._update_actions()
        self._update_title()
        # A permanent widget, so hovering a menu (which shows tips there) never hides it.
        self.statusBar().addPermanentWidget(named(QLabel(
            "Read-only: another window has this data folder open" if workspace.read_only
            else f"{len(workspace.catalog.films)} films and series, "
                 f"{len(workspace.catalog.places)} places"), "catalogCounts"))

    # --- actions and menus -------------------------------------------------------------------
    def _action_slots(self) -> dict[str, Callable[[], object]]:
        ws = self.workspace
        return {
            "new_plan": self.new_plan, "duplicate_plan": ws.duplicate_current,
            "delete_plan": self.delete_plan, "rename_plan": self.focus_plan_name,
            "next_plan": lambda: ws.switch_plan(1), "previous_plan": lambda: ws.switch_plan(-1),
            "import_plan": self.choose_import_file, "export_plan": self.choose_export_file,
            "recover": self.show_recover_dialog, "quit": self.close,
            "add_day": lambda: ws.add_day(self.selection.day + 1),
            "remove_day": lambda: ws.remove_day(self.selection.day),
            "remove_stop": lambda: ws.remove_stop(self.selection.stop_id),
            "move_up": lambda: ws.nudge_stop(self.selection.stop_id, -1),
            "move_down": lambda: ws.nudge_stop(self.selection.stop_id, 1),
            "find": self.focus_search, "about": self.show_about,
            "reset_layout": self.reset_layout, "preferences": self.show_preferences,
            "show_paris": lambda: self.map_view.fit(PARIS),
            "show_alps": lambda: self.map_view.fit(ALPS),
            "show_trip": lambda: self.map_view.fit_points(self._plan_points(None)),
            "show_day": lambda: self.map_view.fit_points(self._plan_points(self.selection.day)),
        }

    def _plan_points(self, day: int | None) -> list[tuple[float, float]]:
        """(lat, lon) of the current plan's stops, of one day or of the whole trip."""
        plan = self.workspace.current
        if plan is None:
            return []
        days = plan.days if day is None else plan.days[day:day + 1]
        points = (waypoint_for(stop.place_id, plan, self.workspace.catalog)
                  for d in days for stop in d.stops)
        return [(p.lat, p.lon) for p in points if p is not None]

    def _dock(self, title: str, name: str, panel: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() finds docks by their object names
        dock.setWidget(panel)
        self.addDockWidget(area, dock)
        return dock

    def reset_layout(self) -> None:
        """Put every dock back where it starts, and show the ones the user closed."""
        self.restoreState(self._default_layout)
        for dock in self.docks.values():
            dock.show()

    def _set_tab_order(self) -> None:
        chain = self.catalog_panel.tab_chain() + self.plan_panel.tab_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_actions(self) -> None:
        update_enabled(self.actions_by_name, self.workspace, self.selection)
        plan = self.workspace.current
        can_add_places = self.workspace.can_edit(plan) or (plan is None
                                                            and not self.workspace.read_only)
        self.catalog_panel.set_can_add(can_add_places)

    # --- plan intents ------------------------------------------------------------------------
    def new_plan(self) -> None:
        number = len(self.workspace.plans) + 1
        self.workspace.new_plan(f"My film trip {number}", default_start_date())
        self.focus_plan_name()

    def delete_plan(self) -> None:
        plan = self.workspace.current
        if plan is None:
            return
        question = (f"Delete the plan “{plan.name}”?\n\nYou can bring it back with Edit ▸ Undo; "
                    "its file is kept in the data folder's trash.")
        ask_yes_no(self, "Delete plan", question, self.workspace.delete_current)

    def focus_plan_name(self) -> None:
        self.plan_panel.focus_name()

    def focus_search(self) -> None:
        self.catalog_panel.focus_search()

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import plan", str(Path.home()),
                                              f"Film trip plans (*{FILE_SUFFIX});;All files (*)")
        if path:
            self.import_plan_from(Path(path))

    def import_plan_from(self, path: Path) -> None:
        try:
            plan = import_plan(path, {p.id for p in self.workspace.plans})
        except PlannerError as exc:
            show_message(self, "Import failed", f"Could not import this plan.\n\n{exc}")
            return
        self.workspace.add_plan(plan, f"Import “{plan.name}”")
        self.statusBar().showMessage(f"Imported “{plan.name}” from {path.name}", 5000)

    def choose_export_file(self) -> None:
        """Ask where to export, offering every registered format."""
        plan = self.workspace.current
        if plan is None:
            return
        formats = exporters()
        suggested = str(free_file_name(Path.home(), plan.name, formats[0].suffix))
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export plan", suggested, ";;".join(f.file_filter for f in formats))
        exporter = next((f for f in formats if f.file_filter == chosen), formats[0])
        if path:
            self.export_plan_to(Path(path), exporter)

    def export_plan_to(self, path: Path, exporter: Exporter | None = None) -> None:
        plan = self.workspace.current
        if plan is None:
            return
        exporter = exporter or exporter_for("ftrip")
        if not path.name.endswith(exporter.suffix):
            path = path.with_name(path.name + exporter.suffix)
        try:
            exporter.write(plan, self.workspace.catalog, path)
        except (PlannerError, OSError) as exc:
            show_message(self, "Export failed", f"Could not write {path}.\n\n{exc}")
            return
        self.statusBar().showMessage(f"Exported “{plan.name}” to {path}", 5000)

    def show_recover_dialog(self) -> RecoverDialog:
        """Offer every kept file; the chosen ones come back as plans in one undo step."""
        self.autosaver.flush()  # so a plan deleted a moment ago is in the trash already
        dialog = RecoverDialog(find_recoverable(self.store.plans_dir), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.recover(dialog.selected_items()))
        dialog.open()
        return dialog

    def recover(self, items: list[RecoverableFile]) -> None:
        taken = {plan.id for plan in self.workspace.plans} | self.store.taken_ids()
        plans: list[Plan] = []
        for item in items:
            try:
                plan = recover_plan(item, taken)
            except PlannerError as exc:
                show_message(self, "Could not recover", f"{item.path}\n\n{exc}")
                continue
            taken.add(plan.id)
            plans.append(plan)
        self.workspace.add_plans(plans, "Recover")

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(load_settings(self.paths.config_dir), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen(), save=True))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, *, save: bool = False) -> None:
        """Use ``settings`` now (and keep them for the next start when ``save``)."""
        url = settings.tile_url if settings.online_tiles else None
        self.map_view.set_online_tiles(url, self.paths.cache_dir / "tiles")
        if save:
            try:
                save_settings(self.paths.config_dir, settings)
            except OSError as exc:
                show_message(self, "Preferences not saved", f"They apply now but could not "
                             f"be kept for the next start:\n\n{exc}")

    def show_about(self) -> QMessageBox:
        base_map = shipped_base_map()
        sources = "".join(f"\n• {source.name}: {source.licence}"
                          for source in (base_map.sources if base_map else []))
        return show_message(
            self, "About Film Trip Planner",
            f"Film Trip Planner {__version__}\n\nPlan a trip to the places where films and "
            "series were shot, in Paris and the French Alps.\n\n"
            f"Your plans are kept in {self.paths.plans_dir}\n\nThe offline map is made from:"
            f"{sources}\nTowns © GeoNames (geonames.org), CC BY 4.0.",
            icon=QMessageBox.Icon.Information)

    # --- slots -------------------------------------------------------------------------------
    def _on_catalog_add_places_requested(self, place_ids: list[str]) -> None:
        self.add_places_to_day(place_ids, self.selection.day)

    def _on_map_view_add_to_day_requested(self, place_id: str, day: int) -> None:
        self.add_places_to_day([place_id], day)

    def _on_map_view_nearby_requested(self, place_id: str) -> None:
        self.docks["details"].show()
        self.selection.select_place(place_id)
        self.catalog_panel.show_nearby()

    def add_places_to_day(self, place_ids: list[str], day: int) -> None:
        """Add places to a day of the current plan, starting a plan when there is none."""
        if self.workspace.read_only or not place_ids:
            return
        if self.workspace.current is not None and not self.workspace.current_editable:
            self.statusBar().showMessage("This plan is read-only: duplicate it to change a copy",
                                         5000)
            return
        if self.workspace.current is None:
            self.workspace.new_plan("My film trip", default_start_date())
        self.workspace.add_places(place_ids, day)

    def _update_title(self) -> None:
        plan = self.workspace.current
        read_only = "" if self.workspace.current_editable else " (read-only)"
        self.setWindowTitle(f"{plan.name} — {APP_TITLE}{read_only}" if plan else APP_TITLE)

    def _on_workspace_plans_changed(self) -> None:
        """Any plan was added, removed, edited or shown: refresh what depends on them all."""
        self._update_title()
        self._update_actions()
        self.catalog_panel.set_planned_places(self.workspace.planned_place_ids())

    def _on_plan_panel_plan_chosen(self, plan_id: str) -> None:
        self.workspace.set_current(self.workspace.plan_by_id(plan_id))

    def _on_autosaver_save_failed(self, message: str) -> None:
        show_message(self, "Could not save", f"Your change is kept in this window, but saving "
                     f"failed:\n\n{message}\n\nThe app keeps trying. Check that the data "
                     f"folder is writable and the disk has room: {self.paths.plans_dir}")

    def _on_autosaver_unsaved_changed(self, count: int) -> None:
        self.unsaved_label.setVisible(count > 0)
        self.unsaved_label.setText(f"⚠ {count} plan(s) not saved — retrying")
        self.unsaved_label.setToolTip(self.autosaver.last_error)
        if count == 0 and self._had_unsaved:
            self.statusBar().showMessage("All plans are saved again", 5000)
        self._had_unsaved = count > 0

    def _on_autosaver_conflict_found(self, conflict: SaveConflict) -> None:
        """Show both versions: the other program's as it is on disk, ours as a conflict copy."""
        self.workspace.add_loaded_plans(conflict.theirs.plans)
        self.workspace.read_only_ids = self.workspace.read_only_ids | conflict.theirs.read_only_ids
        self.autosaver.save_all_soon(conflict.theirs.needs_saving)
        self.workspace.show_changed_elsewhere(conflict.ours)
        names = "".join(f"\n• “{p.name}” is the version now in {conflict.theirs_path.name}"
                        for p in conflict.theirs.plans)
        problems = "".join(f"\n\n{p.message}" for p in conflict.theirs.problems)
        show_message(self, "Changed by another program",
                     f"“{conflict.name}” was changed by another program while it was open "
                     f"here, so both versions are kept:{names}\n• “{conflict.ours.name}”"
                     f" is yours, in {conflict.ours_path.name}{problems}",
                     icon=QMessageBox.Icon.Information)

    def _on_workspace_edit_refused(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 8000)

    def _on_autosaver_saved(self, name: str) -> None:
        self.statusBar().showMessage(f"Saved “{name}”", 2000)

    # --- start and close ---------------------------------------------------------------------
    def adopt_load_result(self, result: LoadResult) -> None:
        """Tell the user about files that need attention, offer good backups, and save the
        plans that got a new id while loading."""
        if not self.workspace.read_only:
            self.autosaver.save_all_soon(result.needs_saving)
        missing = [f"“{plan.name}”: {', '.join(ids)}" for plan in result.plans
                   if (ids := missing_place_ids(plan, self.workspace.catalog))]
        if missing:
            show_message(self, "Places missing from the catalog",
                         "Some stops are at places this version's catalog does not know. They "
                         "are kept and shown in red as missing places.\n\n" + "\n".join(missing))
        if result.locked_by_other:
            show_message(self, "Opened read-only", "Another Film Trip Planner window is using "
                         f"this data folder ({self.paths.data_dir}). This window is read-only "
                         "so the two cannot overwrite each other's plans.",
                         icon=QMessageBox.Icon.Information)
        for problem in result.problems:
            text = problem.message
            if problem.quarantined_to is not None:
                text += f"\n\nThe file was moved aside, unchanged, to:\n{problem.quarantined_to}"
            backup = problem.backup
            if backup is not None and not self.workspace.read_only:
                question = f"{text}\n\nA backup of “{backup.name}” is readable. Restore it?"
                ask_yes_no(self, "A plan could not be opened", question,
                           partial(self.workspace.add_plan, backup, "Restore backup"))
            else:
                show_message(self, "A plan could not be opened", text)

    def _restore_window_state(self) -> None:
        state = load_window_state(self.paths.config_dir)
        if state.geometry:
            self.restoreGeometry(QByteArray(state.unpack(state.geometry)))
        if state.docks:
            self.restoreState(QByteArray(state.unpack(state.docks)))
        if state.map_view is not None:
            lat, lon, zoom = state.map_view
            self.map_view.set_zoom(zoom)
            self.map_view.center_on(lat, lon)
        else:
            self.map_view.fit(FRANCE)
        last = self.workspace.plan_by_id(state.last_plan_id)
        if last is not None:
            self.workspace.set_current(last)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.plan_panel.commit_typing()
        if not self.unsaved_guard.allows_close():
            event.ignore()
            return
        plan = self.workspace.current
        state = WindowState(
            geometry=WindowState.pack(bytes(self.saveGeometry().data())),
            docks=WindowState.pack(bytes(self.saveState().data())),
            last_plan_id=plan.id if plan else "",
            map_view=(*self.map_view.center(), self.map_view.zoom),
        )
        with contextlib.suppress(OSError):  # a lost window layout is harmless; plans are saved
            save_window_state(self.paths.config_dir, state)
        super().closeEvent(event)
