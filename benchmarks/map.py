"""Map frame times with 10,000 places and a 5-day plan, and what the map adds to start-up.

Renders the real MapView offscreen in a 1000 x 700 viewport. Pan frames scroll by 60 pixels,
zoom frames step half a zoom level across zooms 5 to 15; each frame is painted at once
(``grab()`` paints the viewport into an image) and timed. Start-up: building the map with the
shipped catalog and base map and painting its first frame, which is what the map adds; the
base map's shapes are built just after that frame, and the time until they show is printed too.

Usage: python benchmarks/map.py [--places N] [--frames N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time
from collections.abc import Callable
from functools import partial

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from planner.app import default_catalog_path
from planner.core import editing
from planner.core.base_map import shipped_base_map
from planner.core.catalog import Catalog, load_catalog
from planner.core.model import Place, Stop
from planner.ui.map import FRANCE, MapView
from planner.ui.selection import Selection
from planner.ui.workspace import Workspace

VIEWPORT = (1000, 700)
# Where the synthetic places go: around Paris and across the Alps, like the real catalog.
AREAS = ((48.70, 2.15, 49.00, 2.55, "75", "paris"), (44.90, 4.70, 46.45, 7.10, "74", "french-alps"))


def synthetic_catalog(count: int, seed: int = 11) -> Catalog:
    rng = random.Random(seed)
    places = []
    for n in range(count):
        south, west, north, east, departement, area = AREAS[n % 2]
        places.append(Place(
            id=f"place-{n}", name=f"Place {n}", town="Town",
            lat=rng.uniform(south, north), lon=rng.uniform(west, east),
            precision=rng.choice(["exact", "street", "area", "town"]),  # type: ignore[arg-type]
            access="public", visit_minutes=30, sources=["https://example.org/place"],
            departement=departement, area=area))  # type: ignore[arg-type]
    return Catalog.build([], places, [], [])


def five_day_plan(catalog: Catalog) -> Workspace:
    workspace = Workspace(catalog, [])
    plan = editing.new_plan("Benchmark trip", dt.date(2027, 6, 1))
    ids = list(catalog.places)
    for day in range(5):
        if day:
            editing.insert_day(plan, day)
        for row in range(8):
            editing.add_stop(plan, day, row, Stop(place_id=ids[(day * 97 + row * 13) % len(ids)]))
    workspace.plans.append(plan)
    workspace.set_current(plan)
    return workspace


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def painted_with_base_map(app: QApplication, view: MapView) -> float:
    """Seconds until the base map, added after the first frame, is built and painted."""
    start = time.perf_counter()
    while view.base_map_item is None:
        app.processEvents()
    view.viewport().grab()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    catalog = synthetic_catalog(args.places)
    workspace = five_day_plan(catalog)

    shipped = load_catalog(default_catalog_path())
    start = time.perf_counter()
    first = MapView(shipped, Workspace(shipped, []), Selection(), shipped_base_map())
    first.resize(*VIEWPORT)
    first.show()
    first.fit(FRANCE)
    first.viewport().grab()
    shipped_ms = (time.perf_counter() - start) * 1000
    with_land_ms = (time.perf_counter() - start + painted_with_base_map(app, first)) * 1000
    first.deleteLater()

    start = time.perf_counter()
    view = MapView(catalog, workspace, Selection(), shipped_base_map())
    view.resize(*VIEWPORT)
    view.show()
    view.set_zoom(9)
    view.center_on(46.0, 5.5)
    view.viewport().grab()
    startup_ms = (time.perf_counter() - start) * 1000
    painted_with_base_map(app, view)

    def pan(step: int) -> None:
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() + (60 if step % 20 < 10 else -60))
        view.viewport().grab()

    def zoom(step: int) -> None:
        view.set_zoom(5 + (step % 21) / 2)
        view.viewport().grab()

    results = {}
    for name, frame in (("pan", pan), ("zoom", zoom)):
        frame(0)  # clusters for the first zoom are built outside the timing
        results[name] = [timed(partial(frame, n)) for n in range(args.frames)]

    print(f"synthetic catalog: {args.places} places; plan: 5 days of 8 stops; "
          f"viewport {VIEWPORT[0]}x{VIEWPORT[1]}")
    for name, times in results.items():
        print(f"{name} frame: median {statistics.median(times):.1f} ms, "
              f"p95 {percentile(times, 0.95):.1f} ms (target: median <= 16 ms, p95 <= 33 ms)")
    print(f"map built and first frame painted, shipped catalog and base map: "
          f"{shipped_ms:.0f} ms (what the map adds to start-up; target <= 150 ms); "
          f"with the base map's shapes, built just after: {with_land_ms:.0f} ms")
    print(f"the same with {args.places} places and the 5-day plan: {startup_ms:.0f} ms")
    view.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
