"""Markers that would overlap on screen gather into one cluster with a count.

Clustering works on a grid of screen cells at the current zoom: every marker falls into one
cell, and a cell with several markers becomes one cluster at their mean position. Zooming in
makes the cells smaller on the ground, so clusters split. One pass, no pairwise distances, so
it stays fast with 100,000 places.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.mercator import WorldPoint


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


def cluster(markers: Iterable[Marker], zoom: float, cell_pixels: float) -> list[Cluster]:
    """Group markers closer than about ``cell_pixels`` on screen at ``zoom``."""
    cell = cell_pixels / math.pow(2.0, zoom)  # the cell's size in zoom-0 world pixels
    cells: dict[tuple[int, int], list[Marker]] = defaultdict(list)
    for marker in markers:
        cells[math.floor(marker.point.x / cell), math.floor(marker.point.y / cell)].append(marker)
    clusters = []
    for members in cells.values():
        x = sum(m.point.x for m in members) / len(members)
        y = sum(m.point.y for m in members) / len(members)
        clusters.append(Cluster(WorldPoint(x, y), tuple(sorted(m.key for m in members))))
    return clusters
