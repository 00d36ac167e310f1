"""A short guided tour: the window dims, one part at a time stays lit, with a few words on it.

The overlay is a child of the window, so it follows the window's size and never takes the
keyboard from the rest of the desktop; Escape ends the tour, the arrow keys step through it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.ui.i18n import translate
from planner.ui.widgets import named

MARGIN = 6
"""Room left around the lit part, in pixels."""


@dataclass(frozen=True)
class TourStep:
    target: Callable[[], QWidget | None]
    """The part of the window to light (None or hidden: no part, the bubble is centred)."""
    title: str
    text: str


class Tour(QWidget):
    """Shows ``steps`` one after another over ``window``; deletes itself when done."""

    def __init__(self, window: QWidget, steps: Sequence[TourStep]) -> None:
        super().__init__(window)
        self.setObjectName("tour")
        self._window = window
        self._steps, self._index = list(steps), 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.bubble = named(QFrame(self), "tourBubble")
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        self.bubble.setAutoFillBackground(True)
        self.title = named(QLabel(), "tourTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = named(QLabel(wordWrap=True), "tourText")
        for label in (self.title, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.counter = named(QLabel(), "tourCounter")
        self.back_button = named(QPushButton(translate("Tour", "Back")), "tourBack",
                                 translate("Tour", "Back"))
        self.next_button = named(QPushButton(), "tourNext")
        self.skip_button = named(QPushButton(translate("Tour", "End tour")), "tourEnd",
                                 translate("Tour", "End tour"))
        self.back_button.clicked.connect(lambda: self.show_step(self._index - 1))
        self.next_button.clicked.connect(self._next)
        self.skip_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        for button in (self.skip_button, self.back_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self.bubble)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.bubble.setFixedWidth(380)
        window.installEventFilter(self)

    def start(self) -> None:
        self.setGeometry(self._window.rect())
        self.show()
        self.raise_()
        self.show_step(0)

    @property
    def step_index(self) -> int:
        return self._index

    def show_step(self, index: int) -> None:
        self._index = max(0, min(index, len(self._steps) - 1))
        step = self._steps[self._index]
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.counter.setText(translate("Tour", "{step} of {count}").format(
            step=self._index + 1, count=len(self._steps)))
        self.back_button.setEnabled(self._index > 0)
        last = self._index == len(self._steps) - 1
        self.next_button.setText(translate("Tour", "Done") if last else translate("Tour", "Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.bubble.setAccessibleName(step.title)
        self.bubble.setAccessibleDescription(step.text)
        self._place_bubble()
        self.next_button.setFocus()
        self.update()

    def lit_rect(self) -> QRect | None:
        """The lit part, in the overlay's coordinates."""
        target = self._steps[self._index].target()
        if target is None or not target.isVisible():
            return None
        top_left = target.mapTo(self._window, QPoint(0, 0))
        return QRect(top_left, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def finish(self) -> None:
        self._window.removeEventFilter(self)
        self.hide()
        self.deleteLater()

    def _next(self) -> None:
        if self._index == len(self._steps) - 1:
            self.finish()
        else:
            self.show_step(self._index + 1)

    def _place_bubble(self) -> None:
        """Beside the lit part where there is room (right, left, below, above), else centred."""
        self.bubble.adjustSize()
        size, area, lit = self.bubble.size(), self.rect(), self.lit_rect()
        spots = []
        if lit is not None:
            middle_y = max(area.top(), lit.center().y() - size.height() // 2)
            middle_x = max(area.left(), lit.center().x() - size.width() // 2)
            spots = [QPoint(lit.right() + MARGIN, middle_y),
                     QPoint(lit.left() - MARGIN - size.width(), middle_y),
                     QPoint(middle_x, lit.bottom() + MARGIN),
                     QPoint(middle_x, lit.top() - MARGIN - size.height())]
        centred = area.center() - QPoint(size.width() // 2, size.height() // 2)
        fits = [spot for spot in spots if area.contains(QRect(spot, size))]
        self.bubble.move(fits[0] if fits else centred)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect())
        lit = self.lit_rect()
        if lit is not None:
            hole = QPainterPath()
            hole.addRoundedRect(lit, 8, 8)
            shade = shade.subtracted(hole)
            painter.setPen(QColor(self.palette().highlight().color()))
            painter.drawRoundedRect(lit, 8, 8)
        painter.fillPath(shade, QColor(0, 0, 0, 140))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self._next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.show_step(self._index - 1)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._window.rect())
            self._place_bubble()
        return False
