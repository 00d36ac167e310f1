"""Using the map without a mouse: a keyboard focus that steps from marker to marker.

N (or ]) moves to the next marker in view, west to east, P (or [) back; Enter selects the
place, or zooms into a group, as a click does. The marker with the focus wears a ring, and its
description is what a screen reader is given.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from planner.core.clustering import Cluster
from planner.ui.map.places_item import PlacesItem, zoom_of


class MarkerFocus:
    def __init__(self, places: PlacesItem) -> None:
        self._places = places
        self.current: Cluster | None = None

    def step(self, shown: QRectF, scale: float, step: int) -> Cluster | None:
        """Move ``step`` markers on among those inside ``shown`` (scene coordinates) at this
        scale; from no marker, or one now out of view, start at the first (or last)."""
        in_view = sorted(
            (cluster for cluster in self._places.clusters.within(
                zoom_of(scale), shown.left(), shown.top(), shown.right(), shown.bottom())
             if shown.contains(QPointF(cluster.point.x, cluster.point.y))),
            key=lambda cluster: (cluster.point.x, cluster.point.y))
        if not in_view:
            self.current = None
        elif self.current in in_view:
            self.current = in_view[(in_view.index(self.current) + step) % len(in_view)]
        else:
            self.current = in_view[0 if step > 0 else -1]
        return self.current
