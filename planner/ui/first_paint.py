"""Quit once a window has been painted: how ``benchmarks/startup.py`` times start-up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)  # once this paint is done
        return False


def quit_after_first_paint(window: QWidget) -> None:
    window.installEventFilter(_FirstPaint(window))
