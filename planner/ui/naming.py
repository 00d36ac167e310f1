"""Object names for widgets, so tests, style sheets and accessibility tools can find them."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give ``widget`` an object name and hand it back, for one-line construction."""
    widget.setObjectName(name)
    return widget
