"""What the window tells the user about their files: load problems, failed saves, conflicts.

Kept out of the main window: it listens to the autosaver and answers a load result, and owns the
status bar's "not saved" warning.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from planner.core.itinerary import missing_place_ids
from planner.store.plan_store import LoadResult, SaveConflict
from planner.ui.autosave import Autosaver
from planner.ui.i18n import tr_phrase, translate
from planner.ui.messages import ask_yes_no, show_message
from planner.ui.widgets import named
from planner.ui.workspace import Workspace


class StoreMessages(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, autosaver: Autosaver,
                 data_dir: Path) -> None:
        super().__init__(window)
        self._window, self._workspace, self._autosaver = window, workspace, autosaver
        self._data_dir = data_dir
        self._had_unsaved = False
        self.unsaved_label = named(QLabel(), "unsavedWarning")
        self.unsaved_label.hide()
        window.statusBar().addPermanentWidget(self.unsaved_label)
        autosaver.save_failed.connect(self._on_autosaver_save_failed)
        autosaver.saved.connect(self._on_autosaver_saved)
        autosaver.unsaved_changed.connect(self._on_autosaver_unsaved_changed)
        autosaver.conflict_found.connect(self._on_autosaver_conflict_found)

    def _on_autosaver_save_failed(self, message: str) -> None:
        show_message(self._window, translate("StoreMessages", "Could not save"),
                     translate("StoreMessages", "Your change is kept in this window, but saving "
                               "failed:\n\n{error}\n\nThe app keeps trying. Check that the data "
                               "folder is writable and the disk has room: {folder}")
                     .format(error=message, folder=self._data_dir))

    def _on_autosaver_saved(self, name: str) -> None:
        self._window.statusBar().showMessage(
            translate("StoreMessages", "Saved “{name}”").format(name=name), 2000)

    def _on_autosaver_unsaved_changed(self, count: int) -> None:
        self.unsaved_label.setVisible(count > 0)
        self.unsaved_label.setText(
            translate("StoreMessages", "⚠ %n plan(s) not saved — retrying", None, count))
        self.unsaved_label.setToolTip(self._autosaver.last_error)
        if count == 0 and self._had_unsaved:
            self._window.statusBar().showMessage(
                translate("StoreMessages", "All plans are saved again"), 5000)
        self._had_unsaved = count > 0

    def _on_autosaver_conflict_found(self, conflict: SaveConflict) -> None:
        """Show both versions: the other program's as it is on disk, ours as a conflict copy."""
        workspace = self._workspace
        workspace.add_loaded_plans(conflict.theirs.plans)
        workspace.read_only_ids = workspace.read_only_ids | conflict.theirs.read_only_ids
        self._autosaver.save_all_soon(conflict.theirs.needs_saving)
        workspace.show_changed_elsewhere(conflict.ours)
        names = "".join(translate("StoreMessages", "\n• “{name}” is the version now in {file}")
                        .format(name=p.name, file=conflict.theirs_path.name)
                        for p in conflict.theirs.plans)
        problems = "".join(f"\n\n{tr_phrase(p.reason)}" for p in conflict.theirs.problems)
        show_message(self._window, translate("StoreMessages", "Changed by another program"),
                     translate("StoreMessages", "“{name}” was changed by another program while "
                               "it was open here, so both versions are kept:{theirs}\n• “{ours}” "
                               "is yours, in {file}{problems}")
                     .format(name=conflict.name, theirs=names, ours=conflict.ours.name,
                             file=conflict.ours_path.name, problems=problems),
                     icon=QMessageBox.Icon.Information)

    def report_load(self, result: LoadResult) -> None:
        """Tell the user about files that need attention, offer good backups, and save the
        plans that got a new id while loading."""
        workspace, window = self._workspace, self._window
        if not workspace.read_only:
            self._autosaver.save_all_soon(result.needs_saving)
        missing = [translate("StoreMessages", "“{name}”: {places}").format(
                       name=plan.name, places=", ".join(ids)) for plan in result.plans
                   if (ids := missing_place_ids(plan, workspace.catalog))]
        if missing:
            show_message(window, translate("StoreMessages", "Places missing from the catalog"),
                         translate("StoreMessages", "Some stops are at places this version's "
                                   "catalog does not know. They are kept and shown in red as "
                                   "missing places.\n\n{plans}").format(plans="\n".join(missing)))
        if result.locked_by_other:
            show_message(window, translate("StoreMessages", "Opened read-only"),
                         translate("StoreMessages", "Another Film Trip Planner window is using "
                                   "this data folder ({folder}). This window is read-only so the "
                                   "two cannot overwrite each other's plans.")
                         .format(folder=self._data_dir),
                         icon=QMessageBox.Icon.Information)
        for problem in result.problems:
            text = tr_phrase(problem.reason)
            if problem.quarantined_to is not None:
                text = translate("StoreMessages", "{problem}\n\nThe file was moved aside, "
                                 "unchanged, to:\n{path}").format(problem=text,
                                                                 path=problem.quarantined_to)
            backup = problem.backup
            title = translate("StoreMessages", "A plan could not be opened")
            if backup is not None and not workspace.read_only:
                question = translate("StoreMessages", "{problem}\n\nA backup of “{name}” is "
                                     "readable. Restore it?").format(problem=text, name=backup.name)
                ask_yes_no(window, title, question, partial(
                    workspace.add_plan, backup, translate("StoreMessages", "Restore backup")))
            else:
                show_message(window, title, text)
