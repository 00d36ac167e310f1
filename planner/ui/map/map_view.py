"""The map: catalog places and the plan on Web Mercator, with mouse and keyboard navigation.

The scene is the world in zoom-0 pixels (256 by 256); zooming scales the view, so a point keeps
one scene position at every zoom. Markers are painted in screen pixels and keep their size.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from planner.core.base_map import BaseMap
from planner.core.catalog import Catalog
from planner.core.clustering import Cluster
from planner.core.itinerary import custom_place
from planner.core.mercator import TILE_SIZE, WorldPoint, metres_per_pixel, project, unproject
from planner.ui.catalog_models import place_mime_data
from planner.ui.first_paint import after_first_paint
from planner.ui.formatting import (
    describe_own_place,
    describe_permit,
    scale_bar,
)
from planner.ui.i18n import translate
from planner.ui.map.base_map_item import BaseMapItem
from planner.ui.map.map_menus import MapMenus
from planner.ui.map.marker_focus import MarkerFocus
from planner.ui.map.permits_item import PermitsItem
from planner.ui.map.places_item import PlacesItem
from planner.ui.map.plan_item import PlanItem
from planner.ui.map.tiles import TileFetcher, TileItem, attribution
from planner.ui.selection import Selection
from planner.ui.theme import map_colours
from planner.ui.widgets import plain_tooltip
from planner.ui.workspace import Workspace

MIN_ZOOM, MAX_ZOOM = 4.0, 18.0
KEY_PAN_PX = 80
PINCH_ZOOM_STEPS = 2.0
"""Zoom levels per unit of a pinch (the gesture reports the change of scale, e.g. 0.1)."""
STREET_NOTE_ZOOM = 12
CLICK_SLOP_PX = 4
Bounds = tuple[float, float, float, float]
"""south, west, north, east in degrees."""
PARIS: Bounds = (48.70, 2.15, 49.00, 2.55)
ALPS: Bounds = (44.90, 4.70, 46.45, 7.10)
FRANCE: Bounds = (42.3, -4.8, 51.1, 8.3)


def street_note() -> str:
    return translate("MapView", "The offline map has no street detail; for streets, switch on "
                     "online tiles in Edit ▸ Preferences")


def keyboard_help() -> str:
    return translate("MapView", "Arrow keys move the map, + and - zoom, N and P step through "
                     "the markers in view, Enter selects the place (or zooms into a group)")


class MapView(QGraphicsView):
    """Shows the catalog and the current plan; a click on a place selects it everywhere.

    Signals:
        view_changed: the centre or the zoom changed (to remember the view between runs).
        add_to_day_requested: (place id, day) from the marker's menu.
        own_place_requested: (lat, lon) where the user wants to add a place of their own.
        own_place_edit_requested: the id of the plan's own place to edit.
        own_place_moved: (id, lat, lon) where the user dragged one of the plan's own places.
        own_place_keep_requested: the id of the plan's own place to keep in My places.
        permit_add_requested: (permit number, day) from a City of Paris permit's menu.
        nearby_requested: show the places near this place id.
    """

    view_changed = Signal()
    add_to_day_requested = Signal(str, int)
    own_place_requested = Signal(float, float)
    own_place_edit_requested = Signal(str)
    own_place_moved = Signal(str, float, float)
    own_place_keep_requested = Signal(str)
    permit_add_requested = Signal(int, int)
    nearby_requested = Signal(str)

    def __init__(self, catalog: Catalog, workspace: Workspace, selection: Selection,
                 base_map: BaseMap | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map")
        self.setAccessibleName(translate("MapView", "Map of filming places and of the plan"))
        self.setAccessibleDescription(keyboard_help())
        self.setScene(QGraphicsScene(0, 0, TILE_SIZE, TILE_SIZE, self))
        self.places = PlacesItem(catalog)
        self.plan = PlanItem(workspace)
        self.permits = PermitsItem()
        self.scene().addItem(self.places)
        self.scene().addItem(self.plan)
        self.scene().addItem(self.permits)
        self._selection = selection
        self.tiles: TileItem | None = None
        self.tile_fetcher: TileFetcher | None = None
        self.tile_error = ""
        self._catalog = catalog
        self._workspace = workspace
        self._press: QPoint | None = None
        self._dragged = ""
        self._moving_own = ""
        """The plan's own place under the press; dragging moves it."""
        self.marker_focus = MarkerFocus(self.places)
        self.menus = MapMenus(self, workspace, selection)
        self.setBackgroundBrush(map_colours().sea)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.base_map_item: BaseMapItem | None = None
        if base_map is not None:  # its shapes take a moment to build: after the first frame
            after_first_paint(self.viewport(), lambda: self._add_base_map(base_map))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        selection.place_changed.connect(self._on_selection_place_changed)
        self.set_zoom(6.0)

    def apply_theme(self) -> None:
        """Repaint with the colours of the scheme now in use (light or dark)."""
        self.setBackgroundBrush(map_colours().sea)
        for item in (self.base_map_item, self.plan):
            if item is not None:
                item.update()
        self.viewport().update()

    def _add_base_map(self, base_map: BaseMap) -> None:
        self.base_map_item = BaseMapItem(base_map)
        self.scene().addItem(self.base_map_item)

    # --- zoom and position -------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return math.log2(self.transform().m11())

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (clamped to what the map can show), keeping the anchor point."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        scale = math.pow(2.0, zoom)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.view_changed.emit()

    def zoom_by(self, steps: float) -> None:
        self.set_zoom(self.zoom + steps)

    def center_on(self, lat: float, lon: float) -> None:
        point = project(lat, lon)
        self.centerOn(QPointF(point.x, point.y))
        self.view_changed.emit()

    def center(self) -> tuple[float, float]:
        """(lat, lon) at the middle of the view."""
        middle = self.mapToScene(self.viewport().rect().center())
        return unproject_point(middle)

    def fit(self, bounds: Bounds) -> None:
        """Show ``bounds`` as large as the view allows."""
        south, west, north, east = bounds
        top_left, bottom_right = project(north, west), project(south, east)
        width = max(bottom_right.x - top_left.x, 1e-9)
        height = max(bottom_right.y - top_left.y, 1e-9)
        view = self.viewport().size()
        scale = min(view.width() / width, view.height() / height)
        self.set_zoom(math.log2(scale) if scale > 0 else MIN_ZOOM)
        self.center_on((north + south) / 2, (east + west) / 2)

    def fit_points(self, points: list[tuple[float, float]]) -> None:
        """Show every (lat, lon) given, with a margin; one point is shown at street zoom."""
        if not points:
            return
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        margin = max(max(lats) - min(lats), max(lons) - min(lons)) * 0.15 + 0.004
        self.fit((min(lats) - margin, min(lons) - margin, max(lats) + margin,
                  max(lons) + margin))

    # --- gestures ----------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom_by(event.angleDelta().y() / 240)  # one notch: half a zoom level

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        own = self.own_place_at(event.position().toPoint())
        if own:
            self.own_place_edit_requested.emit(own)
            return
        self.centerOn(self.mapToScene(event.position().toPoint()))
        self.zoom_by(1)

    def own_place_at(self, position: QPoint) -> str:
        """The plan's own place whose marker is under a viewport position, or ""."""
        return self.plan.own_place_at(self.mapToScene(position), self.transform().m11()) or ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        pans = {Qt.Key.Key_Left: (-KEY_PAN_PX, 0), Qt.Key.Key_Right: (KEY_PAN_PX, 0),
                Qt.Key.Key_Up: (0, -KEY_PAN_PX), Qt.Key.Key_Down: (0, KEY_PAN_PX)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._zoom_on_centre(1)
        elif key == Qt.Key.Key_Minus:
            self._zoom_on_centre(-1)
        elif key in (Qt.Key.Key_N, Qt.Key.Key_BracketRight):
            self.focus_marker(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key in (Qt.Key.Key_P, Qt.Key.Key_BracketLeft):
            self.focus_marker(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.marker_focus.current:
            self._activate(self.marker_focus.current)
        elif key == Qt.Key.Key_Escape and self._moving_own:
            self._moving_own, self._press = "", None
            self.plan.stop_moving()
        elif key in pans:
            dx, dy = pans[key]
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
            self.view_changed.emit()
        else:
            super().keyPressEvent(event)

    def _zoom_on_centre(self, steps: float) -> None:
        lat, lon = self.center()
        self.zoom_by(steps)
        self.center_on(lat, lon)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        # A press on one of the plan's own places may move it; on a catalog place, may drag
        # it onto a day; anywhere else it pans the map.
        editable = self._workspace.can_edit(self._workspace.current)
        self._moving_own = self.own_place_at(self._press) if editable else ""
        found = self.places.cluster_at(self.mapToScene(self._press), self.transform().m11())
        self._dragged = (found.keys[0] if found is not None and found.size == 1
                         and not self._moving_own else "")
        if not (self._dragged or self._moving_own):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._moving_own and self._press is not None:
            if (event.position().toPoint() - self._press).manhattanLength() >= \
                    QApplication.startDragDistance():
                scene = self.mapToScene(event.position().toPoint())
                self.plan.show_moving(self._moving_own, WorldPoint(scene.x(), scene.y()))
            return
        if self._dragged and self._press is not None and (
                event.position().toPoint() - self._press).manhattanLength() >= \
                QApplication.startDragDistance():
            drag = QDrag(self)
            drag.setMimeData(place_mime_data([self._dragged]))
            self._dragged, self._press = "", None
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragged = ""
        moving, self._moving_own = self._moving_own, ""
        press, self._press = self._press, None
        position = event.position().toPoint()
        if moving:
            self.plan.stop_moving()
            if press is not None and (position - press).manhattanLength() >= \
                    QApplication.startDragDistance():
                self.own_place_moved.emit(moving, *unproject_point(self.mapToScene(position)))
            return
        super().mouseReleaseEvent(event)
        if press is not None and (position - press).manhattanLength() <= CLICK_SLOP_PX:
            self.click_at(position)
        else:
            self.view_changed.emit()

    def click_at(self, position: QPoint) -> None:
        """Select the place under a viewport position; a cluster zooms in to split."""
        found = self.places.cluster_at(self.mapToScene(position), self.transform().m11())
        if found is not None:
            self._activate(found)

    def focus_marker(self, step: int) -> None:
        """Move the keyboard focus to another marker in view, and say which it is."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        found = self.marker_focus.step(shown, self.transform().m11(), step)
        description = (self._describe(found.keys) if found
                       else translate("MapView", "No markers in view"))
        self.setAccessibleDescription(description)
        if found is not None:
            at = self.mapFromScene(QPointF(found.point.x, found.point.y))
            QToolTip.showText(self.viewport().mapToGlobal(at), description, self)
        self.viewport().update()

    def _activate(self, found: Cluster) -> None:
        if found.size > 1:
            self.centerOn(QPointF(found.point.x, found.point.y))
            self.zoom_by(2)
        else:
            self._selection.select_place(found.keys[0])

    def viewportEvent(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.zoom_by(event.value() * PINCH_ZOOM_STEPS)  # a trackpad or touch-screen pinch
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.places.cluster_at(self.mapToScene(event.pos()), self.transform().m11())
            own = self.own_place_at(event.pos())
            permit = self.permit_at(event.pos()) if found is None and not own else None
            if own:
                QToolTip.showText(event.globalPos(), plain_tooltip(self._describe_own(own)), self)
            elif permit is not None:
                QToolTip.showText(event.globalPos(), plain_tooltip(self.describe_permit(permit)),
                                  self)
            elif found is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._describe(found.keys), self)
            return True
        return super().viewportEvent(event)

    def _describe(self, place_ids: tuple[str, ...]) -> str:
        """A marker's tooltip: the place and what was filmed there, or a cluster's places."""
        catalog = self._catalog
        if len(place_ids) > 1:
            names = ", ".join(catalog.places[p].name for p in place_ids[:5])
            count = len(place_ids)
            if count > 5:
                return translate("MapView", "%n place(s): {names} and {more} more. Click to "
                                 "zoom in.", None, count).format(names=names, more=count - 5)
            return translate("MapView", "%n place(s): {names}. Click to zoom in.", None,
                             count).format(names=names)
        place = catalog.places[place_ids[0]]
        titles = sorted({catalog.films[a.film].title
                         for a in catalog.appearances_at_place(place.id)})
        filmed = translate("MapView", "Filmed here: {titles}").format(titles=", ".join(titles))
        return f"{place.name} — {place.town}\n{filmed}"

    def _describe_own(self, place_id: str) -> str:
        plan = self._workspace.current
        place = custom_place(plan, place_id) if plan is not None else None
        if place is None:
            return ""
        hint = translate("MapView", "Drag to move it; double-click or right-click to edit it.")
        return f"{describe_own_place(place)}\n{hint}"

    def permit_at(self, position: QPoint) -> int | None:
        """The City of Paris permit whose dot is under a viewport position, or None."""
        return self.permits.permit_at(self.mapToScene(position), self.transform().m11())

    def describe_permit(self, number: int) -> str:
        return describe_permit(self.permits.permit(number))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.menus.at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def render_image(self, size: QSize, bounds: Bounds) -> QImage:
        """The map of ``bounds`` as an image of ``size`` pixels (for printed itineraries)."""
        south, west, north, east = bounds
        top_left, bottom_right = project(north, west), project(south, east)
        source = QRectF(top_left.x, top_left.y, bottom_right.x - top_left.x,
                        bottom_right.y - top_left.y)
        # Widen the extent to the image's shape around its centre, so nothing is stretched.
        scale = min(size.width() / source.width(), size.height() / source.height())
        centre = source.center()
        source.setSize(QSizeF(size.width() / scale, size.height() / scale))
        source.moveCenter(centre)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(map_colours().sea)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene().render(painter, QRectF(image.rect()), source,
                            Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        return image

    def set_online_tiles(self, url_template: str | None, cache_dir: Path) -> None:
        """Show online tiles from ``url_template`` (None: the offline map only)."""
        if self.tiles is not None:
            self.scene().removeItem(self.tiles)
            self.tiles, self.tile_fetcher = None, None
        self.tile_error = ""
        if url_template:
            self.tile_fetcher = TileFetcher(url_template, cache_dir, self)
            self.tile_fetcher.failed.connect(self._on_tile_fetcher_failed)
            self.tiles = TileItem(self.tile_fetcher)
            self.scene().addItem(self.tiles)
        self.viewport().update()

    def _on_tile_fetcher_failed(self, reason: str) -> None:
        self.tile_error = reason
        self.viewport().update()

    def place_position(self, place_id: str) -> QPoint | None:
        """Where a place's marker is in the viewport, or None for an unknown place."""
        point = self.places.point_of(place_id)
        return None if point is None else self.mapFromScene(QPointF(point.x, point.y))

    def _on_selection_place_changed(self, place_id: str) -> None:
        self.places.selected = place_id
        position = self.place_position(place_id)
        if position is not None and not self.viewport().rect().contains(position):
            self.centerOn(self.mapToScene(position))
        self.places.update()

    # --- the scale bar and the keyboard focus -----------------------------------------------
    def _draw_focus(self, painter: QPainter) -> None:
        """A frame while the map has the keyboard focus, and a ring on the focused marker."""
        if not self.hasFocus():
            return
        highlight = self.palette().highlight().color()
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))
        current = self.marker_focus.current
        if current is not None:
            at = QPointF(self.mapFromScene(QPointF(current.point.x, current.point.y)))
            painter.setPen(QPen(highlight, 3))
            painter.drawEllipse(at, 16, 16)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        lat, _ = self.center()
        length, label = scale_bar(metres_per_pixel(lat, self.zoom))
        painter.save()
        painter.resetTransform()
        self._draw_focus(painter)
        bottom = self.viewport().height() - 12
        ink = map_colours().ink
        painter.setPen(QPen(ink, 2))
        painter.drawLine(QPointF(12, bottom), QPointF(12 + length, bottom))
        for x in (12, 12 + length):
            painter.drawLine(QPointF(x, bottom - 5), QPointF(x, bottom))
        painter.drawText(QPointF(16, bottom - 6), label)
        corner = QRectF(self.viewport().rect()).adjusted(8, 6, -8, -6)
        painter.setPen(ink)
        note = self.tile_error if self.tiles is not None else (
            street_note() if self.zoom >= STREET_NOTE_ZOOM else "")
        painter.drawText(corner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
                         | Qt.TextFlag.TextWordWrap, note)  # a narrow map wraps it
        if self.tiles is not None:  # the tiles' licence asks for this whenever they show
            painter.drawText(corner, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight,
                             attribution())
        painter.restore()


def unproject_point(point: QPointF) -> tuple[float, float]:
    return unproject(WorldPoint(point.x(), point.y()))
