"""Quitting while some plans could not be saved: ask, never lose them without the user's word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.core.errors import PlannerError
from planner.exchange.native import FILE_SUFFIX, export_plan, free_file_name
from planner.ui.autosave import Autosaver
from planner.ui.i18n import tr_error, translate
from planner.ui.messages import ask_choice, show_message


class UnsavedPlansGuard(QObject):
    """Lets the window close only once every plan is saved, exported, or given up on purpose."""

    def __init__(self, window: QWidget, autosaver: Autosaver) -> None:
        super().__init__(window)
        self._window = window
        self._autosaver = autosaver
        self._quit_confirmed = False

    def allows_close(self) -> bool:
        """True when nothing would be lost; otherwise asks the user and returns False."""
        self._autosaver.flush()
        if self._quit_confirmed or not self._autosaver.unsaved_plans():
            return True
        self.ask()
        return False

    def ask(self) -> QMessageBox:
        names = ", ".join(translate("UnsavedPlansGuard", "“{name}”").format(name=plan.name)
                          for plan in self._autosaver.unsaved_plans())
        text = translate(
            "UnsavedPlansGuard", "These plans could not be saved: {names}.\n\n{error}\n\n"
            "Try again once the data folder is writable, export a copy somewhere else, or "
            "quit and lose the changes since the last save."
        ).format(names=names, error=self._autosaver.last_error)
        role = QMessageBox.ButtonRole
        return ask_choice(self._window, translate("UnsavedPlansGuard", "Plans not saved"), text, [
            ("retry", translate("UnsavedPlansGuard", "&Try again"), role.AcceptRole),
            ("export", translate("UnsavedPlansGuard", "&Export a copy…"), role.ActionRole),
            ("quit", translate("UnsavedPlansGuard", "&Quit without saving"),
             role.DestructiveRole),
            ("cancel", translate("UnsavedPlansGuard", "Cancel"), role.RejectRole),
        ], self._on_choice)

    def _on_choice(self, choice: str) -> None:
        if choice == "retry":
            self._window.close()
        elif choice == "export":
            dialog = QFileDialog(self._window,
                                 translate("UnsavedPlansGuard", "Export unsaved plans to a folder"))
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.fileSelected.connect(lambda folder: self.export_to(Path(folder)))
            dialog.open()
        elif choice == "quit":
            self._give_up_and_close()

    def export_to(self, folder: Path) -> None:
        """Write every unsaved plan to ``folder`` as a portable file, then close."""
        try:
            for plan in self._autosaver.unsaved_plans():
                export_plan(plan, free_file_name(folder, plan.name, FILE_SUFFIX))
        except PlannerError as exc:
            show_message(self._window, translate("UnsavedPlansGuard", "Export failed"),
                         translate("UnsavedPlansGuard",
                                   "The plans were not all exported.\n\n{error}").format(
                                       error=tr_error(exc)))
            return
        self._give_up_and_close()

    def _give_up_and_close(self) -> None:
        for plan in self._autosaver.unsaved_plans():
            self._autosaver.forget(plan)
        self._quit_confirmed = True
        self._window.close()
