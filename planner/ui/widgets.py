"""Small widget factories: object names, elided lists, and OK/Cancel buttons."""

from __future__ import annotations

from html import escape
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QSizePolicy,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip shows it literally: Qt takes a tooltip that looks like HTML for
    HTML, and names from files or open data ("<b>Le Lycéen</b>") must not be."""
    return "<p style='white-space:pre-wrap'>" + escape(text).replace("\n", "<br>") + "</p>"


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


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when too narrow, with the whole text as its tooltip.

    The label keeps its whole text and only paints it shortened, so a resize never changes the
    text (which would ask for another layout pass).
    """

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """What fits in the label's width now."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), align, self.shown_text())


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept or reject ``dialog``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
