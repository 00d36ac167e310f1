"""Child process for test_crash_safety: the real window, editing its plan until it is killed.

It starts the app through its real entry point, then renames the current plan to the next
counter value every 100 ms, an undoable edit that the window autosaves. It continues from the
counter in the plan's name, across kills. It prints ``ready`` once editing starts, then one line
``edit COUNTER MONOTONIC_TIME`` after each edit (creating the plan is edit 0), so the parent can
tell how much work a kill lost. A message box is a bug here: the script then exits non-zero.

Usage: python crash_window.py DATA_DIR
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
import traceback
from collections.abc import Callable
from functools import wraps
from typing import NoReturn

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.app import main
from planner.ui.main_window import MainWindow

EDIT_INTERVAL_MS = 100
WINDOW_TIMEOUT_S = 30.0
START_DATE = dt.date(2025, 7, 1)
EXIT_MESSAGE_BOX = 4
EXIT_NO_WINDOW = 5
EXIT_ERROR = 6


def say(line: str) -> None:
    """One line to the parent, flushed at once so a kill cannot hold it back."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def die(code: int, reason: str) -> NoReturn:
    """Stop at once and loudly: no event loop, no clean-up, a non-zero exit."""
    sys.stderr.write(f"crash_window: {reason}\n")
    sys.stderr.flush()
    os._exit(code)


def fail_on_message_box() -> None:
    """Any message box would wait for a user who is not there; it means something went wrong."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            die(EXIT_MESSAGE_BOX, f"a message box opened: {widget.windowTitle()!r}: "
                                  f"{widget.text()!r}")


def loud(slot: Callable[[], None]) -> Callable[[], None]:
    """Qt only prints an exception raised in a slot; here it ends the process instead."""

    @wraps(slot)
    def run() -> None:
        try:
            slot()
        except BaseException:
            die(EXIT_ERROR, traceback.format_exc())

    return run


class Editor:
    """Finds the window once it shows, then edits its current plan on a timer."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + WINDOW_TIMEOUT_S
        self.window: MainWindow | None = None
        self.counter = 0
        self.timer = QTimer()
        self.timer.setInterval(EDIT_INTERVAL_MS)
        self.timer.timeout.connect(loud(self.edit))

    def start(self) -> None:
        """Wait for the whole main window (not just its first frame), make sure it has a plan,
        and start editing."""
        fail_on_message_box()
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.built]
        if not windows:
            if time.monotonic() > self.deadline:
                die(EXIT_NO_WINDOW, f"no main window after {WINDOW_TIMEOUT_S} s")
            QTimer.singleShot(10, loud(self.start))
            return
        self.window = windows[0]
        workspace = self.window.workspace
        say("ready")
        if workspace.current is None:
            workspace.new_plan("0", START_DATE)
            if workspace.current is None or workspace.current.name != "0":
                die(EXIT_ERROR, "the window did not create the plan")
            say(f"edit 0 {time.monotonic()!r}")
        else:
            self.counter = int(workspace.current.name)
        self.timer.start()

    def edit(self) -> None:
        """Rename the plan to the next counter value: one undoable, autosaved edit."""
        fail_on_message_box()
        assert self.window is not None
        workspace = self.window.workspace
        self.counter += 1
        workspace.rename_current(str(self.counter))
        if workspace.current is None or workspace.current.name != str(self.counter):
            die(EXIT_ERROR, f"the rename to {self.counter} did not happen")
        say(f"edit {self.counter} {time.monotonic()!r}")


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])  # main() reuses it, so the timer below runs in its loop
    editor = Editor()
    QTimer.singleShot(0, loud(editor.start))
    code = main(["--data-dir", sys.argv[1]])
    die(code or EXIT_ERROR, f"the window closed (exit {code})")
