"""Run something once a widget has been painted for the first time.

The window uses it to leave what the first frame does not need (the base map's shapes) until
the user already sees the window, and ``--quit-after-paint`` to time start-up. Deferred work
waits one more turn of the event loop than the quit does, so a start-up timing ends at the
first frame and does not include what comes after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is done
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Run ``then`` on the turn of the event loop after the one that follows the first paint."""
    widget.installEventFilter(_FirstPaint(widget, lambda: QTimer.singleShot(0, then)))


def quit_after_first_paint(window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(window, QApplication.quit))
