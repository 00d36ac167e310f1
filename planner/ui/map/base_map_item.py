"""The offline base map under the markers: land, lakes, rivers, borders and town names.

Shapes are turned into painter paths in scene coordinates once; lines use cosmetic pens, so
they keep their width in pixels at every zoom. Town names are drawn in screen pixels, larger
towns first, and a name that would overlap one already drawn is left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.base_map import BaseMap, Line
from planner.core.mercator import TILE_SIZE, WorldPoint, project
from planner.ui.map.places_item import painting_in_pixels, zoom_of
from planner.ui.theme import map_colours

# Zoom from which towns of each rank are named: big cities far out, small towns close in.
TOWN_RANK_ZOOM = {1: 5, 2: 7, 3: 9, 4: 11}


def _path(lines: Iterable[Line], *, closed: bool) -> QPainterPath:
    """A painter path in scene coordinates through (lon, lat) lines; ``closed`` for rings, where
    the odd-even rule makes inner rings holes."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for line in lines:
        points = [project(lat, lon) for lon, lat in line]
        if len(points) < (3 if closed else 2):
            continue
        path.moveTo(points[0].x, points[0].y)
        for point in points[1:]:
            path.lineTo(point.x, point.y)
        if closed:
            path.closeSubpath()
    return path


class BaseMapItem(QGraphicsItem):
    def __init__(self, base_map: BaseMap) -> None:
        super().__init__()
        layers = base_map.layers
        self._land = _path((ring for polygon in layers.land for ring in polygon), closed=True)
        self._lakes = _path((ring for polygon in layers.lakes for ring in polygon), closed=True)
        self._rivers = _path((river.line for river in layers.rivers), closed=False)
        self._coast = _path(layers.coast, closed=False)
        self._borders = _path(layers.borders, closed=False)
        # Towns by rank, each rank sorted west to east, so a view finds its towns by bisection.
        self._towns: dict[int, tuple[list[float], list[tuple[str, WorldPoint]]]] = {}
        for rank in sorted({town.rank for town in base_map.towns}):
            ranked = sorted(((town.name, project(town.lat, town.lon)) for town in base_map.towns
                             if town.rank == rank), key=lambda item: item[1].x)
            self._towns[rank] = ([point.x for _, point in ranked], ranked)
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        # The base map only changes with the view: Qt keeps what it painted and, when panning,
        # paints only the newly shown strip.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        colours = map_colours()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colours.land))
        painter.drawPath(self._land)
        painter.setBrush(QBrush(colours.water))
        painter.drawPath(self._lakes)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path, color, width, style in (
            (self._rivers, colours.water, 1.5, Qt.PenStyle.SolidLine),
            (self._coast, colours.coast, 1.0, Qt.PenStyle.SolidLine),
            (self._borders, colours.border, 1.2, Qt.PenStyle.DashLine),
        ):
            pen = QPen(color, width, style)
            pen.setCosmetic(True)  # pixels, not scene units
            painter.setPen(pen)
            painter.drawPath(path)
        self._paint_towns(painter, option)

    def _paint_towns(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        with painting_in_pixels(painter, option) as (transform, exposed):
            self._paint_visible_towns(painter, transform, exposed)

    def _paint_visible_towns(self, painter: QPainter, transform: QTransform,
                             exposed: QRectF) -> None:
        zoom = zoom_of(transform.m11())
        taken: list[QRectF] = []
        for rank, (xs, towns) in self._towns.items():
            if zoom < TOWN_RANK_ZOOM.get(rank, 99):
                continue
            first, last = bisect_left(xs, exposed.left()), bisect_right(xs, exposed.right())
            for name, point in towns[first:last]:
                if exposed.top() <= point.y <= exposed.bottom():
                    self._paint_town(painter, transform.map(QPointF(point.x, point.y)), name,
                                     taken)

    @staticmethod
    def _paint_town(painter: QPainter, at: QPointF, name: str, taken: list[QRectF]) -> None:
        """A dot and a name, unless the name would overlap one already drawn."""
        box = QRectF(painter.fontMetrics().boundingRect(name)).translated(at.x() + 4, at.y() - 2)
        if any(box.intersects(other) for other in taken):
            return
        taken.append(box)
        town = map_colours().town
        painter.setPen(town)
        painter.setBrush(QBrush(town))
        painter.drawEllipse(at, 2, 2)
        painter.drawText(QPointF(at.x() + 4, at.y() - 2), name)
