"""Markers that would overlap on screen gather into one cluster with a count.

Clustering works on a grid of screen cells: every marker falls into one cell, and a cell with
several markers becomes one cluster at their mean position. One pass per zoom level, made the
first time that level is shown; no pairwise distances. Zooming in makes the cells smaller on the
ground, so clusters split. The grid also finds the clusters in view without a scan.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from planner.core.mercator import WorldPoint

Cell = tuple[int, int]


@dataclass(frozen=True)
class Marker:
    key: str
    point: WorldPoint


@dataclass(frozen=True)
class Cluster:
    """One marker (``keys`` has one entry) or several drawn as one, at ``point``."""

    point: WorldPoint
    keys: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.keys)


class ClusterIndex:
    """The clusters of a set of markers at every zoom, each level made once, when first asked."""

    def __init__(self, markers: Iterable[Marker], cell_pixels: float) -> None:
        self._cell_pixels = cell_pixels
        self._markers = list(markers)
        self._clusters: dict[int, dict[Cell, Cluster]] = {}

    def _cell_size(self, zoom: int) -> float:
        """A cell's side in zoom-0 world pixels."""
        return self._cell_pixels / math.pow(2.0, zoom)

    def at(self, zoom: int) -> dict[Cell, Cluster]:
        """Every cluster at ``zoom``, by grid cell."""
        if zoom not in self._clusters:
            cell = self._cell_size(zoom)
            members: dict[Cell, list[Marker]] = defaultdict(list)
            for marker in self._markers:
                members[math.floor(marker.point.x / cell),
                        math.floor(marker.point.y / cell)].append(marker)
            self._clusters[zoom] = {key: _cluster_of(group) for key, group in members.items()}
        return self._clusters[zoom]

    def within(self, zoom: int, west: float, north: float, east: float,
               south: float) -> Iterator[Cluster]:
        """The clusters of ``zoom`` whose cells meet a box of world pixels (a view)."""
        clusters, cell = self.at(zoom), self._cell_size(zoom)
        columns = range(math.floor(west / cell) - 1, math.floor(east / cell) + 2)
        rows = range(math.floor(north / cell) - 1, math.floor(south / cell) + 2)
        if len(columns) * len(rows) > len(clusters):
            yield from clusters.values()  # far out: fewer clusters than cells to look at
            return
        for column in columns:
            for row in rows:
                found = clusters.get((column, row))
                if found is not None:
                    yield found


def _cluster_of(markers: list[Marker]) -> Cluster:
    if len(markers) == 1:
        return Cluster(markers[0].point, (markers[0].key,))
    x = sum(m.point.x for m in markers) / len(markers)
    y = sum(m.point.y for m in markers) / len(markers)
    return Cluster(WorldPoint(x, y), tuple(m.key for m in markers))
