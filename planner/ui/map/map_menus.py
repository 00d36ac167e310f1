"""The map's right-click menus: a marker, one of the plan's own places, a City of Paris permit,
or an empty spot, each with what can be done there."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from planner.core.mercator import WorldPoint, unproject
from planner.ui.formatting import format_day_heading
from planner.ui.i18n import translate
from planner.ui.selection import Selection
from planner.ui.workspace import Workspace

if TYPE_CHECKING:
    from planner.ui.map.map_view import MapView


class MapMenus:
    """Builds the menu for a position in the map's viewport; the caller owns and deletes it."""

    def __init__(self, view: MapView, workspace: Workspace, selection: Selection) -> None:
        self._view = view
        self._workspace = workspace
        self._selection = selection

    def at(self, position: QPoint) -> QMenu:
        """The menu of what is under ``position``, the topmost first."""
        return (self.own_place_menu(position) or self.marker_menu(position)
                or self.permit_menu(position) or self.place_menu(position))

    def permit_menu(self, position: QPoint) -> QMenu | None:
        """The menu of a City of Paris permit: add its address to a day, as a place of one's
        own (the permit is not one of our sourced places)."""
        number = self._view.permit_at(position)
        if number is None:
            return None
        plan = self._workspace.current
        menu = QMenu(self._view)
        add = menu.addMenu(translate("MapView", "&Add to day as my place"))
        add.setEnabled(plan is not None and self._workspace.can_edit(plan))
        if plan is not None:
            for day in range(len(plan.days)):
                add.addAction(format_day_heading(day, plan.day_date(day))).triggered.connect(
                    partial(self._view.permit_add_requested.emit, number, day))
        return menu

    def own_place_menu(self, position: QPoint) -> QMenu | None:
        """The menu of one of the plan's own places: edit it, or keep it in My places."""
        place_id = self._view.own_place_at(position)
        if not place_id:
            return None
        menu = QMenu(self._view)
        edit = menu.addAction(translate("MapView", "&Edit my place…"))
        edit.setEnabled(self._workspace.can_edit(self._workspace.current))
        edit.triggered.connect(partial(self._view.own_place_edit_requested.emit, place_id))
        menu.addAction(translate("MapView", "&Keep in My places")).triggered.connect(
            partial(self._view.own_place_keep_requested.emit, place_id))
        return menu

    def marker_menu(self, position: QPoint) -> QMenu | None:
        """The menu of the place under ``position``: add it to a day, or see what is near."""
        view = self._view
        found = view.places.cluster_at(view.mapToScene(position), view.transform().m11())
        if found is None or found.size > 1:
            return None
        place_id = found.keys[0]
        self._selection.select_place(place_id)
        menu = QMenu(view)
        plan = self._workspace.current
        add = menu.addMenu(translate("MapView", "&Add to day"))
        days = range(len(plan.days)) if plan else range(1)
        add.setEnabled(plan is None or self._workspace.can_edit(plan))
        for day in days:
            label = (format_day_heading(day, plan.day_date(day)) if plan
                     else translate("MapView", "Day 1 of a new plan"))
            add.addAction(label).triggered.connect(partial(view.add_to_day_requested.emit,
                                                           place_id, day))
        menu.addAction(translate("MapView", "&Nearby places")).triggered.connect(
            partial(view.nearby_requested.emit, place_id))
        return menu

    def place_menu(self, position: QPoint) -> QMenu:
        """The menu of a spot without a marker: add a place of one's own there."""
        scene = self._view.mapToScene(position)
        lat, lon = unproject(WorldPoint(scene.x(), scene.y()))
        menu = QMenu(self._view)
        add = menu.addAction(translate("MapView", "Add &my place here…"))
        add.setEnabled(self._workspace.can_edit(self._workspace.current))
        add.triggered.connect(partial(self._view.own_place_requested.emit, lat, lon))
        return menu
