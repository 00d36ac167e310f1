"""Plans in and out of files from the window: import, export in any registered format, and
File ▸ Recover."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow

from planner.core import limits
from planner.core.errors import PlannerError
from planner.core.model import CustomPlace, Plan, new_id
from planner.exchange import Exporter, ExportOptions, exporter_for, exporters
from planner.exchange.native import FILE_SUFFIX, free_file_name, import_plan
from planner.exchange.place_import import read_places
from planner.store.plan_store import PlanStore
from planner.store.recovery import RecoverableFile, find_recoverable, recover_plan
from planner.ui.autosave import Autosaver
from planner.ui.dialogs.choose_places import Choice, ChoosePlacesDialog
from planner.ui.formatting import format_day_heading
from planner.ui.i18n import tr_error, translate
from planner.ui.messages import show_message
from planner.ui.recover_dialog import RecoverDialog
from planner.ui.workspace import Workspace


def _all_files() -> str:
    """The file dialogs' last filter."""
    return translate("PlanFiles", "All files ({patterns})").format(patterns="*")


class PlanFiles(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, store: PlanStore,
                 autosaver: Autosaver, selected_day: Callable[[], int]) -> None:
        super().__init__(window)
        self._window, self._workspace = window, workspace
        self._store, self._autosaver = store, autosaver
        self._day = selected_day

    def choose_import_file(self) -> None:
        plans = translate("PlanFiles", "Film trip plans ({patterns})").format(
            patterns=f"*{FILE_SUFFIX}")
        path, _ = QFileDialog.getOpenFileName(self._window, translate("PlanFiles", "Import plan"),
                                              str(Path.home()), f"{plans};;{_all_files()}")
        if path:
            self.import_plan_from(Path(path))

    def import_plan_from(self, path: Path) -> None:
        try:
            plan = import_plan(path, {p.id for p in self._workspace.plans})
        except PlannerError as exc:
            show_message(self._window, translate("PlanFiles", "Import failed"),
                         translate("PlanFiles", "Could not import this plan.\n\n{error}")
                         .format(error=tr_error(exc)))
            return
        self._workspace.add_plan(plan, translate("PlanFiles", "Import “{name}”").format(
            name=plan.name))
        self._window.statusBar().showMessage(
            translate("PlanFiles", "Imported “{name}” from {file}").format(name=plan.name,
                                                                           file=path.name), 5000)

    def choose_places_file(self) -> None:
        places = translate("PlanFiles", "Places ({patterns})").format(
            patterns="*.gpx *.kml *.geojson *.json *.csv")
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("PlanFiles", "Import places"), str(Path.home()),
            f"{places};;{_all_files()}")
        if path:
            self.import_places_from(Path(path))

    def import_places_from(self, path: Path) -> ChoosePlacesDialog | None:
        """Read the places in ``path`` and let the user choose which to add."""
        plan = self._workspace.current
        if plan is None or not self._workspace.can_edit(plan):
            return None
        try:
            found = read_places(path)
        except PlannerError as exc:
            show_message(self._window, translate("PlanFiles", "Import failed"),
                         translate("PlanFiles", "No places were imported.\n\n{error}")
                         .format(error=tr_error(exc)))
            return None
        day = max(0, min(self._day(), len(plan.days) - 1))
        count = len(found)
        dialog = ChoosePlacesDialog(
            translate("PlanFiles", "Import places from {file}").format(file=path.name),
            translate("PlanFiles", "%n place(s) found. Untick those you do not want; the others "
                      "become places of your own in this plan.", None, count),
            [Choice(f"{p.name}  ·  {p.lat:.5f}, {p.lon:.5f}  ·  {p.where}", p.note or p.name)
             for p in found],
            format_day_heading(day, plan.day_date(day)), ticked=True, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def add() -> None:
            origin = limits.clip_text(
                translate("PlanFiles", "Imported from {file}").format(file=path.name))
            places = [CustomPlace(id=new_id(), name=p.name, lat=p.lat, lon=p.lon, note=p.note,
                                  origin=origin)
                      for p in (found[row] for row in dialog.chosen_rows())]
            chosen = len(places)
            self._workspace.add_own_places(places, day if dialog.to_day.isChecked() else None,
                                          translate("PlanFiles", "Import %n place(s)", None,
                                                    chosen))
            self._window.statusBar().showMessage(
                translate("PlanFiles", "Imported %n place(s) from {file}", None, chosen)
                .format(file=path.name), 5000)

        dialog.accepted.connect(add)
        dialog.open()
        return dialog

    def choose_export_file(self) -> None:
        """Ask where to export, offering every registered format."""
        plan = self._workspace.current
        if plan is None:
            return
        formats = exporters()
        suggested = str(free_file_name(Path.home(), plan.name, formats[0].suffix))
        path, chosen = QFileDialog.getSaveFileName(
            self._window, translate("PlanFiles", "Export plan"), suggested,
            ";;".join(f.file_filter for f in formats))
        exporter = next((f for f in formats if f.file_filter == chosen), formats[0])
        if path:
            self.export_plan_to(Path(path), exporter)

    def export_plan_to(self, path: Path, exporter: Exporter | None = None) -> None:
        plan = self._workspace.current
        if plan is None:
            return
        exporter = exporter or exporter_for("ftrip")
        if not path.name.endswith(exporter.suffix):
            path = path.with_name(path.name + exporter.suffix)
        try:
            exporter.write(plan, self._workspace.catalog, path,
                           ExportOptions(estimates=self._workspace.estimates))
        except (PlannerError, OSError) as exc:
            show_message(self._window, translate("PlanFiles", "Export failed"),
                         translate("PlanFiles", "Could not write {path}.\n\n{error}")
                         .format(path=path, error=tr_error(exc)))
            return
        self._window.statusBar().showMessage(
            translate("PlanFiles", "Exported “{name}” to {path}").format(name=plan.name,
                                                                         path=path), 5000)

    def show_recover_dialog(self) -> RecoverDialog:
        """Offer every kept file; the chosen ones come back as plans in one undo step."""
        self._autosaver.flush()  # so a plan deleted a moment ago is in the trash already
        dialog = RecoverDialog(find_recoverable(self._store.plans_dir), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.recover(dialog.selected_items()))
        dialog.open()
        return dialog

    def recover(self, items: list[RecoverableFile]) -> None:
        taken = {plan.id for plan in self._workspace.plans} | self._store.taken_ids()
        plans: list[Plan] = []
        for item in items:
            try:
                plan = recover_plan(item, taken)
            except PlannerError as exc:
                show_message(self._window, translate("PlanFiles", "Could not recover"),
                             f"{item.path}\n\n{tr_error(exc)}")
                continue
            taken.add(plan.id)
            plans.append(plan)
        count = len(plans)
        self._workspace.add_plans(plans, translate("PlanFiles", "Recover “{name}”"),
                                  translate("PlanFiles", "Recover %n plans", None, count))
