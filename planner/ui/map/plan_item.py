"""The current plan on the map: each day's route in the day's colour, stops numbered in order."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.itinerary import waypoint_for
from planner.core.mercator import TILE_SIZE, WorldPoint, project
from planner.ui.map.places_item import painting_in_pixels
from planner.ui.theme import day_color
from planner.ui.workspace import Workspace

STOP_RADIUS_PX = 10
ROUTE_WIDTH_PX = 3


OWN_PLACE_COLOUR = QColor("#0e7c7b")


class PlanItem(QGraphicsItem):
    """Drawn above the catalog's markers; repainted whenever the plan or the shown plan changes."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._moving: tuple[str, WorldPoint] | None = None
        self.setZValue(1)
        workspace.current_plan_changed.connect(self._refresh)
        workspace.plan_changed.connect(self._refresh)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def _refresh(self) -> None:
        self.update()

    def _point(self, place_id: str, lat: float, lon: float) -> WorldPoint:
        """Where a place is drawn: where it is, or where the user is dragging it to."""
        if self._moving is not None and self._moving[0] == place_id:
            return self._moving[1]
        return project(lat, lon)

    def days(self) -> list[list[WorldPoint]]:
        """Each day's stops as world points, in visiting order (unknown places left out)."""
        plan = self._workspace.current
        if plan is None:
            return []
        catalog = self._workspace.catalog
        days = []
        for day in plan.days:
            points = []
            for stop in day.stops:
                waypoint = waypoint_for(stop.place_id, plan, catalog)
                if waypoint is not None:
                    points.append(self._point(stop.place_id, waypoint.lat, waypoint.lon))
            days.append(points)
        return days

    def own_places(self) -> list[WorldPoint]:
        """The plan's own places (hotel, imported spots) that no stop visits: shown anyway."""
        plan = self._workspace.current
        if plan is None:
            return []
        visited = {stop.place_id for day in plan.days for stop in day.stops}
        return [self._point(place.id, place.lat, place.lon) for place in plan.custom_places
                if place.id not in visited]

    def own_place_at(self, scene: QPointF, scale: float) -> str | None:
        """The id of the plan's own place whose marker is under ``scene`` (the nearest if
        several are), at ``scale`` screen pixels per scene unit."""
        plan = self._workspace.current
        if plan is None:
            return None
        reach = STOP_RADIUS_PX / scale
        found = [(math.hypot(point.x - scene.x(), point.y - scene.y()), place.id)
                 for place in plan.custom_places
                 for point in [self._point(place.id, place.lat, place.lon)]]
        near = [hit for hit in found if hit[0] <= reach]
        return min(near)[1] if near else None

    def show_moving(self, place_id: str, point: WorldPoint) -> None:
        """Draw the own place ``place_id`` at ``point`` while it is dragged there."""
        self._moving = (place_id, point)
        self.update()

    def stop_moving(self) -> None:
        self._moving = None
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        with painting_in_pixels(painter, option) as (transform, shown):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            font = QFont(painter.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            number = 0
            for day, points in enumerate(self.days()):
                scene = [QPointF(p.x, p.y) for p in points]
                self._paint_route(painter, transform, shown, scene, day_color(day))
                for point in scene:
                    number += 1
                    self._paint_stop(painter, transform, shown, point, number, day_color(day))
            for own in self.own_places():
                self._paint_own_place(painter, transform, shown, QPointF(own.x, own.y))

    @staticmethod
    def _paint_route(painter: QPainter, transform: QTransform, shown: QRectF,
                     scene: list[QPointF], color: QColor) -> None:
        painter.setPen(QPen(color, ROUTE_WIDTH_PX, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        device = QRectF(painter.viewport()).adjusted(-20, -20, 20, 20)
        for start, end in pairwise(scene):
            # Stroke only what crosses the view: far off-screen ends are slow to rasterise.
            if QRectF(start, end).normalized().intersects(shown):
                leg = clip_line(QLineF(transform.map(start), transform.map(end)), device)
                if leg is not None:
                    painter.drawLine(leg)

    @staticmethod
    def _paint_own_place(painter: QPainter, transform: QTransform, shown: QRectF,
                         point: QPointF) -> None:
        """A teal diamond: a place of the user's own, apart from the catalog's red markers."""
        if not shown.contains(point):
            return
        at, size = transform.map(point), STOP_RADIUS_PX * 0.8
        painter.setPen(QPen(Qt.GlobalColor.white, 2))
        painter.setBrush(QBrush(OWN_PLACE_COLOUR))
        painter.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - size),
                                       QPointF(at.x() + size, at.y()),
                                       QPointF(at.x(), at.y() + size),
                                       QPointF(at.x() - size, at.y())]))

    @staticmethod
    def _paint_stop(painter: QPainter, transform: QTransform, shown: QRectF, point: QPointF,
                    number: int, color: QColor) -> None:
        margin = STOP_RADIUS_PX / transform.m11()
        if not shown.adjusted(-margin, -margin, margin, margin).contains(point):
            return
        at = transform.map(point)
        painter.setPen(QPen(Qt.GlobalColor.white, 2))
        painter.setBrush(QBrush(color))
        painter.drawEllipse(at, STOP_RADIUS_PX, STOP_RADIUS_PX)
        # White numbers, or black on the light colours of the dark theme's palette.
        painter.setPen(Qt.GlobalColor.black if color.lightness() > 170 else Qt.GlobalColor.white)
        box = QRectF(at.x() - STOP_RADIUS_PX, at.y() - STOP_RADIUS_PX,
                     2 * STOP_RADIUS_PX, 2 * STOP_RADIUS_PX)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))


def clip_line(line: QLineF, rect: QRectF) -> QLineF | None:
    """The part of ``line`` inside ``rect`` (Liang-Barsky), or None when none of it is."""
    x1, y1, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - rect.left()), (dx, rect.right() - x1),
                 (-dy, y1 - rect.top()), (dy, rect.bottom() - y1)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return QLineF(x1 + low * dx, y1 + low * dy, x1 + high * dx, y1 + high * dy)
