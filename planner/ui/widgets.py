"""Small widget factories: object names, and lists that elide long text instead of scrolling."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """Give ``widget`` an object name and hand it back, for one-line construction."""
    widget.setObjectName(name)
    return widget


def list_view(model: QAbstractItemModel, name: str) -> QListView:
    """A read-only list whose long rows end in "…" (a horizontal scroll bar would stop that)."""
    view = named(QListView(), name)
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view
