"""The offline base map under the markers: land, lakes, rivers, borders and town names.

Shapes are turned into painter paths in scene coordinates once; lines use cosmetic pens, so
they keep their width in pixels at every zoom. Town names are drawn in screen pixels, larger
towns first, and a name that would overlap one already drawn is left out.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.base_map import BaseMap, BaseMapError, Line, Polygon, decode_base_map
from planner.core.mercator import TILE_SIZE, project
from planner.ui.map.places_item import zoom_of

BASE_MAP_RESOURCE = "base_map.json.gz"
_LAND = QColor("#F2EFE9")
_WATER = QColor("#AAD3DF")
_BORDER = QColor("#9E7BB5")
_COAST = QColor("#7FA9BA")
_TOWN = QColor("#333333")
# Zoom from which towns of each rank are named: big cities far out, small towns close in.
TOWN_RANK_ZOOM = {1: 5, 2: 7, 3: 9, 4: 11}


def _path_of_lines(lines: list[Line]) -> QPainterPath:
    path = QPainterPath()
    for line in lines:
        points = [project(lat, lon) for lon, lat in line]
        if len(points) < 2:
            continue
        path.moveTo(points[0].x, points[0].y)
        for point in points[1:]:
            path.lineTo(point.x, point.y)
    return path


def _path_of_polygons(polygons: list[Polygon]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # inner rings are holes
    for polygon in polygons:
        for ring in polygon:
            points = [project(lat, lon) for lon, lat in ring]
            if len(points) < 3:
                continue
            path.moveTo(points[0].x, points[0].y)
            for point in points[1:]:
                path.lineTo(point.x, point.y)
            path.closeSubpath()
    return path


class BaseMapItem(QGraphicsItem):
    def __init__(self, base_map: BaseMap) -> None:
        super().__init__()
        layers = base_map.layers
        self._land = _path_of_polygons(layers.land)
        self._lakes = _path_of_polygons(layers.lakes)
        self._rivers = _path_of_lines([river.line for river in layers.rivers])
        self._coast = _path_of_lines(layers.coast)
        self._borders = _path_of_lines(layers.borders)
        ordered = sorted(base_map.towns, key=lambda town: (town.rank, -town.population))
        self._towns = [(town.name, town.rank, project(town.lat, town.lon)) for town in ordered]
        self.setZValue(-1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_LAND))
        painter.drawPath(self._land)
        painter.setBrush(QBrush(_WATER))
        painter.drawPath(self._lakes)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path, color, width, style in (
            (self._rivers, _WATER, 1.5, Qt.PenStyle.SolidLine),
            (self._coast, _COAST, 1.0, Qt.PenStyle.SolidLine),
            (self._borders, _BORDER, 1.2, Qt.PenStyle.DashLine),
        ):
            pen = QPen(color, width, style)
            pen.setCosmetic(True)  # pixels, not scene units
            painter.setPen(pen)
            painter.drawPath(path)
        self._paint_towns(painter, option.exposedRect)

    def _paint_towns(self, painter: QPainter, exposed: QRectF) -> None:
        transform = painter.combinedTransform()
        zoom = zoom_of(transform.m11())
        painter.save()
        painter.resetTransform()
        font = QFont(painter.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        taken: list[QRectF] = []
        for name, rank, point in self._towns:
            if zoom < TOWN_RANK_ZOOM.get(rank, 99):
                continue
            scene_point = QPointF(point.x, point.y)
            if not exposed.contains(scene_point):
                continue
            at = transform.map(scene_point)
            box = QRectF(metrics.boundingRect(name)).translated(at.x() + 4, at.y() - 2)
            if any(box.intersects(other) for other in taken):
                continue
            taken.append(box)
            painter.setPen(_TOWN)
            painter.setBrush(QBrush(_TOWN))
            painter.drawEllipse(at, 2, 2)
            painter.drawText(QPointF(at.x() + 4, at.y() - 2), name)
        painter.restore()


@cache
def shipped_base_map() -> BaseMap | None:
    """The base map that ships in the package, read once; None if it cannot be read (the map
    then shows the markers on plain water rather than failing)."""
    try:
        data = files("planner.resources").joinpath(BASE_MAP_RESOURCE).read_bytes()
        return decode_base_map(data)
    except (OSError, BaseMapError):
        return None
