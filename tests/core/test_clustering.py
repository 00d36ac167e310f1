"""Clustering markers: counts at several zooms, with 10,000 places, and nothing ever lost."""

from __future__ import annotations

import random

from planner.core.clustering import Cluster, ClusterIndex, Marker
from planner.core.mercator import project


def cluster(markers: list[Marker], zoom: int, cell_pixels: float) -> list[Cluster]:
    return list(ClusterIndex(markers, cell_pixels).at(zoom).values())


def alps_markers(count: int) -> list[Marker]:
    rng = random.Random(3)
    return [Marker(f"p{n}", project(45.0 + rng.random() * 1.5, 5.5 + rng.random() * 2.0))
            for n in range(count)]


def test_every_marker_is_in_exactly_one_cluster_at_every_zoom() -> None:
    markers = alps_markers(10_000)
    sizes = []
    for zoom in (4, 6, 8, 10, 12, 14, 16):
        clusters = cluster(markers, zoom, cell_pixels=40)
        keys = [key for c in clusters for key in c.keys]
        assert sorted(keys) == sorted(m.key for m in markers), f"zoom {zoom}"
        sizes.append(len(clusters))
    assert sizes == sorted(sizes), "zooming in never merges clusters"
    assert sizes[0] <= 4, "the whole region is a handful of clusters from far away"
    assert sizes[-1] > 9_000, "at street zoom almost every place stands alone"


def test_two_places_a_street_apart_merge_far_out_and_split_close_in() -> None:
    louvre, tuileries = project(48.8606, 2.3376), project(48.8634, 2.3275)
    markers = [Marker("louvre", louvre), Marker("tuileries", tuileries)]
    assert [c.size for c in cluster(markers, 10, cell_pixels=40)] == [2]
    assert sorted(c.size for c in cluster(markers, 17, cell_pixels=40)) == [1, 1]


def test_a_cluster_sits_at_the_mean_of_its_markers() -> None:
    a, b = project(45.0, 6.0), project(45.0001, 6.0001)
    [both] = cluster([Marker("a", a), Marker("b", b)], 5, cell_pixels=40)
    assert both.point.x == (a.x + b.x) / 2 and both.point.y == (a.y + b.y) / 2
    assert sorted(both.keys) == ["a", "b"]


def test_the_clusters_in_view_are_those_of_the_whole_level_inside_the_view() -> None:
    index = ClusterIndex(alps_markers(5_000), cell_pixels=40)
    north_west, south_east = project(46.2, 6.0), project(45.6, 6.8)
    for zoom in (6, 9, 12, 15):
        seen = {c.keys for c in index.within(zoom, north_west.x, north_west.y,
                                             south_east.x, south_east.y)}
        inside = {c.keys for c in index.at(zoom).values()
                  if north_west.x <= c.point.x <= south_east.x
                  and north_west.y <= c.point.y <= south_east.y}
        assert inside <= seen, f"zoom {zoom}: a cluster in view was missed"
