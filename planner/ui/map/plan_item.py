"""The current plan on the map: each day's route in the day's colour, stops numbered in order."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner.core.itinerary import waypoint_for
from planner.core.mercator import TILE_SIZE, WorldPoint, project
from planner.ui.day_colors import day_color
from planner.ui.workspace import Workspace

STOP_RADIUS_PX = 10
ROUTE_WIDTH_PX = 3


class PlanItem(QGraphicsItem):
    """Drawn above the catalog's markers; repainted whenever the plan or the shown plan changes."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self.setZValue(1)
        workspace.current_plan_changed.connect(self._refresh)
        workspace.plan_changed.connect(self._refresh)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def _refresh(self) -> None:
        self.update()

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
                    points.append(project(waypoint.lat, waypoint.lon))
            days.append(points)
        return days

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        transform = painter.combinedTransform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        number = 0
        for day, points in enumerate(self.days()):
            screen = [transform.map(QPointF(p.x, p.y)) for p in points]
            color = day_color(day)
            if len(screen) > 1:
                painter.setPen(QPen(color, ROUTE_WIDTH_PX, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(QPolygonF(screen))
            for at in screen:
                number += 1
                painter.setPen(QPen(Qt.GlobalColor.white, 2))
                painter.setBrush(QBrush(color))
                painter.drawEllipse(at, STOP_RADIUS_PX, STOP_RADIUS_PX)
                painter.setPen(Qt.GlobalColor.white)
                box = QRectF(at.x() - STOP_RADIUS_PX, at.y() - STOP_RADIUS_PX,
                             2 * STOP_RADIUS_PX, 2 * STOP_RADIUS_PX)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
        painter.restore()
