"""All catalog places on the map as one item: markers, clusters with a count, soft town circles.

One item paints every marker, in screen pixels, from the clusters of the current zoom; thousands
of separate graphics items would make panning slow.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.catalog import Catalog
from planner.core.clustering import Cluster, ClusterIndex, Marker
from planner.core.mercator import TILE_SIZE, WorldPoint, project

CLUSTER_CELL_PX = 44
MARKER_RADIUS_PX = 6
TOWN_RADIUS_PX = 16
"""A place known only to its town is a soft circle, so nobody walks to a town centre for a set."""
HIT_RADIUS_PX = 10
_MARKER = QColor("#B3261E")
_TOWN = QColor(179, 38, 30, 60)
_CLUSTER = QColor("#6D4C41")
_SELECTED = QColor("#FFB300")


class PlacesItem(QGraphicsItem):
    def __init__(self, catalog: Catalog) -> None:
        super().__init__()
        self._catalog = catalog
        self._points = {p.id: project(p.lat, p.lon) for p in catalog.places.values()}
        self._shown: list[str] = list(self._points)
        self.clusters = self._new_index()
        self.selected = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def point_of(self, place_id: str) -> WorldPoint | None:
        return self._points.get(place_id)

    def show_only(self, place_ids: list[str] | None) -> None:
        """Show these places (those the browser's search and filters keep); None shows all."""
        shown = list(self._points) if place_ids is None else [
            p for p in place_ids if p in self._points]
        if shown != self._shown:
            self._shown = shown
            self.clusters = self._new_index()
            self.update()

    def _new_index(self) -> ClusterIndex:
        return ClusterIndex((Marker(p, self._points[p]) for p in self._shown), CLUSTER_CELL_PX)

    def cluster_at(self, scene_pos: QPointF, scale: float) -> Cluster | None:
        """The cluster drawn under a point of the scene, at the view's scale."""
        zoom = zoom_of(scale)
        reach = HIT_RADIUS_PX / scale
        best, best_distance = None, reach
        x, y = scene_pos.x(), scene_pos.y()
        for candidate in self.clusters.within(zoom, x - reach, y - reach, x + reach, y + reach):
            distance = math.hypot(candidate.point.x - scene_pos.x(),
                                  candidate.point.y - scene_pos.y())
            if distance <= best_distance:
                best, best_distance = candidate, distance
        return best

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        with painting_in_pixels(painter, option) as (transform, shown):
            for item in self.clusters.within(zoom_of(transform.m11()), shown.left(), shown.top(),
                                           shown.right(), shown.bottom()):
                sprite = self._sprite_for(item)
                at = transform.map(QPointF(item.point.x, item.point.y))
                painter.drawPixmap(
                    QPointF(at.x() - sprite.width() / 2, at.y() - sprite.height() / 2), sprite)

    def _sprite_for(self, item: Cluster) -> QPixmap:
        if item.size > 1:
            radius = round(MARKER_RADIUS_PX + 4 + min(10.0, math.log2(item.size) * 2))
            return _sprite("cluster", radius, str(item.size))
        place = self._catalog.places[item.keys[0]]
        kind = "town" if place.precision == "town" else "place"
        return _sprite(kind + ("-selected" if place.id == self.selected else ""), 0, "")


@cache
def _sprite(kind: str, radius: int, text: str) -> QPixmap:
    """A marker drawn once into a pixmap; painting thousands of pixmaps is far quicker than
    stroking as many antialiased circles."""
    size = 2 * (radius or TOWN_RADIUS_PX) + 4
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = QPointF(size / 2, size / 2)
    selected = kind.endswith("-selected")
    if kind == "cluster":
        painter.setPen(QPen(Qt.GlobalColor.white, 2))
        painter.setBrush(QBrush(_CLUSTER))
        painter.drawEllipse(centre, radius, radius)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    elif kind.startswith("town"):
        painter.setPen(QPen(_SELECTED if selected else _MARKER, 1, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(_TOWN))
        painter.drawEllipse(centre, TOWN_RADIUS_PX, TOWN_RADIUS_PX)
    else:
        marker = MARKER_RADIUS_PX + (2 if selected else 0)
        painter.setPen(QPen(_SELECTED if selected else Qt.GlobalColor.white, 2))
        painter.setBrush(QBrush(_MARKER))
        painter.drawEllipse(centre, marker, marker)
    painter.end()
    return pixmap


def zoom_of(scale: float) -> int:
    """The whole zoom level a view scale (screen pixels per zoom-0 world pixel) stands for."""
    return max(0, round(math.log2(max(scale, 1e-9))))


def visible_scene_rect(painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
    """The part of the scene being painted: what was exposed, within the painted device."""
    device = QRectF(0, 0, painter.device().width(), painter.device().height())
    inverse, _ = painter.combinedTransform().inverted()
    return option.exposedRect.intersected(inverse.mapRect(device))


@contextmanager
def painting_in_pixels(painter: QPainter,
                       option: QStyleOptionGraphicsItem) -> Iterator[tuple[QTransform, QRectF]]:
    """Paint in screen pixels (markers keep their size at every zoom): yields the transform from
    the scene to the screen and the part of the scene in view, and restores the painter."""
    transform = painter.combinedTransform()
    shown = visible_scene_rect(painter, option)
    painter.save()
    painter.resetTransform()
    try:
        yield transform, shown
    finally:
        painter.restore()
