"""Small widget factories: object names, and lists that elide long text instead of scrolling."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, spoken: str = "") -> W:
    """Give ``widget`` an object name (and the name a screen reader says) and hand it back."""
    widget.setObjectName(name)
    if spoken:
        widget.setAccessibleName(spoken)
    return widget


def list_view(model: QAbstractItemModel, name: str, spoken: str = "") -> QListView:
    """A read-only list whose long rows end in "…" (a horizontal scroll bar would stop that)."""
    view = named(QListView(), name, spoken)
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view
