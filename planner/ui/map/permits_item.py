"""The City of Paris filming permits on the map: small purple dots, apart from the catalog's
red markers, for the permits the Paris permits tab keeps."""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.mercator import TILE_SIZE, project
from planner.core.permits import Permit
from planner.ui.map.places_item import painting_in_pixels

DOT_PX = 6
HIT_RADIUS_PX = 6
CELL = 0.002
"""Grid cell for finding the dot under the mouse, in zoom-0 world pixels (about 300 m)."""
PERMIT_COLOUR = QColor("#7B1FA2")


class PermitsItem(QGraphicsItem):
    """Under the catalog's markers; every shown permit is one dot, drawn in one call."""

    def __init__(self) -> None:
        super().__init__()
        self._permits: list[Permit] = []
        self._numbers: list[int] = []
        self._projected: list[tuple[float, float]] = []
        """Every permit's point, by permit number."""
        self._points: list[tuple[float, float]] = []
        """The shown permits' points, in the order of ``_numbers``."""
        self._cells: dict[tuple[int, int], list[int]] = {}
        self.selected = -1
        self.setZValue(-0.5)  # over the base map, under the catalog's markers
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def show_permits(self, permits: list[Permit], numbers: list[int]) -> None:
        """Show the permits with these numbers (of ``permits``); none hides the layer."""
        if permits is not self._permits:  # a new layer: project its points once
            self._projected = [(point.x, point.y) for point in
                               (project(permit.lat, permit.lon) for permit in permits)]
        self._permits, self._numbers = permits, numbers
        self._points = [self._projected[n] for n in numbers]
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for row, (x, y) in enumerate(self._points):
            cells[int(x / CELL), int(y / CELL)].append(row)
        self._cells = dict(cells)
        self.update()

    def permit_at(self, scene: QPointF, scale: float) -> int | None:
        """The number of the permit whose dot is under ``scene``, or None."""
        reach = HIT_RADIUS_PX / scale
        x, y = scene.x(), scene.y()
        best, best_distance = None, reach
        for cx in range(int((x - reach) / CELL), int((x + reach) / CELL) + 1):
            for cy in range(int((y - reach) / CELL), int((y + reach) / CELL) + 1):
                for row in self._cells.get((cx, cy), ()):
                    px, py = self._points[row]
                    distance = math.hypot(px - x, py - y)
                    if distance <= best_distance:
                        best, best_distance = self._numbers[row], distance
        return best

    def permit(self, number: int) -> Permit:
        return self._permits[number]

    def point_of(self, number: int) -> QPointF:
        point = project(self._permits[number].lat, self._permits[number].lon)
        return QPointF(point.x, point.y)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if not self._points:
            return
        with painting_in_pixels(painter, option) as (transform, shown):
            left, top, right, bottom = shown.left(), shown.top(), shown.right(), shown.bottom()
            dots = QPolygonF([transform.map(QPointF(x, y)) for x, y in self._points
                              if left <= x <= right and top <= y <= bottom])
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for colour, width in ((Qt.GlobalColor.white, DOT_PX + 2), (PERMIT_COLOUR, DOT_PX)):
                painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPoints(dots)
            if self.selected >= 0:
                painter.setPen(QPen(QColor("#FFB300"), DOT_PX + 6, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                painter.drawPoint(transform.map(self.point_of(self.selected)))
