"""Scale: a thousand saved plans, a 500-stop plan saved, a catalog 500 times ours.

* Plan list: 1,000 plan files (3 days of 8 stops each) in a fresh data folder; the time from
  opening the store to the plan switcher listing them all (store read and checked, workspace,
  list model, switcher shown). Baseline in the same run: reading the same files with
  ``json.loads`` and nothing else. Target: at most 300 ms.
* Save: a 500-stop plan (10 days of 50) saved by the store: encoded, written to a temporary
  file, flushed to disk, the old version kept as a backup, swapped in. Median of 20. Baseline:
  writing the same bytes with ``Path.write_bytes`` (no flush, no backup). Target: at most 20 ms.
* Memory: the real app started on a synthetic catalog of 100,000 places and 10,000 titles, up
  to its first painted window; the peak resident memory of that process.
  Target: at most 300 MB.

Usage: python benchmarks/scale.py [--plans 1000] [--places 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QComboBox
from search import write_synthetic_catalog

from planner.app import default_catalog_path
from planner.core import editing
from planner.core.catalog import Catalog, load_catalog
from planner.core.model import Day, Plan, Stop
from planner.fileio.plan_codec import encode_plan
from planner.store.plan_store import PlanStore
from planner.ui.plan_list_model import PlanListModel
from planner.ui.workspace import Workspace

MEMORY_PROBE = """
import sys
from planner.app import main
sys.exit(main(["--catalog", sys.argv[1], "--data-dir", sys.argv[2], "--quit-when-ready"]))
"""


def a_plan(catalog: Catalog, rng: random.Random, name: str, days: int, stops: int) -> Plan:
    ids = list(catalog.places)
    plan = editing.new_plan(name, dt.date(2027, 6, 1))
    plan.days = [Day(stops=[Stop(place_id=rng.choice(ids)) for _ in range(stops)])
                 for _ in range(days)]
    return plan


def plan_list_ms(catalog: Catalog, count: int) -> tuple[float, float]:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as folder:
        plans = Path(folder)
        for n in range(count):
            plan = a_plan(catalog, rng, f"Trip {n:04d}", 3, 8)
            (plans / f"{plan.id}.json").write_bytes(encode_plan(plan))
        start = time.perf_counter()
        for path in plans.glob("*.json"):
            json.loads(path.read_bytes())
        baseline = time.perf_counter() - start
        app = QApplication.instance() or QApplication([])
        start = time.perf_counter()
        store = PlanStore(plans)
        workspace = Workspace(catalog, store.open().plans)
        switcher = QComboBox()
        switcher.setModel(PlanListModel(workspace, switcher))
        switcher.show()
        app.processEvents()
        ours = time.perf_counter() - start
        assert switcher.count() == count
        store.close()
        return ours * 1000, baseline * 1000


def save_ms(catalog: Catalog) -> tuple[float, float]:
    plan = a_plan(catalog, random.Random(5), "Long trip", 10, 50)
    with tempfile.TemporaryDirectory() as folder:
        store = PlanStore(Path(folder))
        store.open()
        store.save(plan)  # the first save creates the file; the timed ones replace it
        ours, baseline = [], []
        for _ in range(20):
            start = time.perf_counter()
            store.save(plan)
            ours.append(time.perf_counter() - start)
            data = encode_plan(plan)
            start = time.perf_counter()
            (Path(folder) / "plain.json").write_bytes(data)
            baseline.append(time.perf_counter() - start)
        store.close()
        return statistics.median(ours) * 1000, statistics.median(baseline) * 1000


def peak_memory_mb(places: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        catalog = Path(folder) / "catalog.json"
        write_synthetic_catalog(catalog, places, places // 10)
        subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(catalog), folder], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--places", type=int, default=100_000)
    args = parser.parse_args()
    catalog = load_catalog(default_catalog_path())
    ours, baseline = plan_list_ms(catalog, args.plans)
    print(f"plan list: {args.plans} plans listed in {ours:.0f} ms; json.loads alone "
          f"{baseline:.0f} ms, ratio {ours / baseline:.1f}x (target <= 300 ms)")
    ours, baseline = save_ms(catalog)
    print(f"save: a 500-stop plan saved in {ours:.1f} ms (median of 20); a bare write_bytes "
          f"{baseline:.1f} ms, ratio {ours / baseline:.1f}x (target <= 20 ms)")
    print(f"memory: {peak_memory_mb(args.places):.0f} MB peak for the app with "
          f"{args.places:,} places, to its first painted window (target <= 300 MB)")


if __name__ == "__main__":
    main()
