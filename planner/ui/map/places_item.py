"""All catalog places on the map as one item: markers, clusters with a count, soft town circles.

One item paints every marker, in screen pixels, from the clusters of the current zoom; thousands
of separate graphics items would make panning slow.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.catalog import Catalog
from planner.core.clustering import Cluster, Marker, cluster
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
        self._clusters: dict[int, list[Cluster]] = {}
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
            self._clusters.clear()
            self.update()

    def clusters_at(self, zoom: int) -> list[Cluster]:
        if zoom not in self._clusters:
            markers = (Marker(p, self._points[p]) for p in self._shown)
            self._clusters[zoom] = cluster(markers, zoom, CLUSTER_CELL_PX)
        return self._clusters[zoom]

    def cluster_at(self, scene_pos: QPointF, scale: float) -> Cluster | None:
        """The cluster drawn under a point of the scene, at the view's scale."""
        zoom = zoom_of(scale)
        best, best_distance = None, HIT_RADIUS_PX / scale
        for candidate in self.clusters_at(zoom):
            distance = math.hypot(candidate.point.x - scene_pos.x(),
                                  candidate.point.y - scene_pos.y())
            if distance <= best_distance:
                best, best_distance = candidate, distance
        return best

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.combinedTransform()
        scale = transform.m11()
        exposed = option.exposedRect
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for item in self.clusters_at(zoom_of(scale)):
            scene_point = QPointF(item.point.x, item.point.y)
            if not exposed.adjusted(-1, -1, 1, 1).contains(scene_point):
                continue
            self._paint_cluster(painter, transform.map(scene_point), item)
        painter.restore()

    def _paint_cluster(self, painter: QPainter, at: QPointF, item: Cluster) -> None:
        if item.size > 1:
            radius = MARKER_RADIUS_PX + 4 + min(10, math.log2(item.size) * 2)
            painter.setPen(QPen(Qt.GlobalColor.white, 2))
            painter.setBrush(QBrush(_CLUSTER))
            painter.drawEllipse(at, radius, radius)
            painter.setPen(Qt.GlobalColor.white)
            box = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(item.size))
            return
        place = self._catalog.places[item.keys[0]]
        selected = place.id == self.selected
        if place.precision == "town":
            painter.setPen(QPen(_SELECTED if selected else _MARKER, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(_TOWN))
            painter.drawEllipse(at, TOWN_RADIUS_PX, TOWN_RADIUS_PX)
            return
        radius = MARKER_RADIUS_PX + (2 if selected else 0)
        painter.setPen(QPen(_SELECTED if selected else Qt.GlobalColor.white, 2))
        painter.setBrush(QBrush(_MARKER))
        painter.drawEllipse(at, radius, radius)


def zoom_of(scale: float) -> int:
    """The whole zoom level a view scale (screen pixels per zoom-0 world pixel) stands for."""
    return max(0, round(math.log2(max(scale, 1e-9))))
