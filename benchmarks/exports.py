"""How long exporting a 500-stop plan takes, format by format.

The plan has 10 days of 50 stops at random places of the shipped catalog. Each format writes to
a temporary folder; the figure is the best of a few runs (a first run loads the libraries).
Targets: every format together under 2 s, the PDF alone under 1 s.

Usage: python benchmarks/exports.py [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from planner.app import default_catalog_path  # also registers the PDF formats
from planner.core import editing
from planner.core.catalog import load_catalog
from planner.core.model import Day, Stop
from planner.exchange import ExportOptions, exporter_for, exporters

DAYS, STOPS_PER_DAY = 10, 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=DAYS)
    args = parser.parse_args()
    catalog = load_catalog(default_catalog_path())
    rng = random.Random(5)
    ids = list(catalog.places)
    plan = editing.new_plan("Benchmark", dt.date(2027, 6, 1))
    plan.default_travel_mode = "transit"
    plan.days = [Day(stops=[Stop(place_id=rng.choice(ids), minutes=10)
                            for _ in range(STOPS_PER_DAY)]) for _ in range(args.days)]
    total = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for exporter in exporters():
            best = float("inf")
            for run in range(args.runs):
                path = Path(folder) / f"plan-{run}{exporter.suffix}"
                start = time.perf_counter()
                exporter.write(plan, catalog, path, ExportOptions())
                best = min(best, time.perf_counter() - start)
            if "-" not in exporter.key:  # ics-legs, csv-excel, pdf-letter repeat a format
                total += best
            print(f"{exporter.key:>10}: {best * 1000:7.1f} ms  ({path.stat().st_size:,} bytes)")
    print(f"{'all':>10}: {total * 1000:7.1f} ms for {args.days * STOPS_PER_DAY} stops, each format "
          "once (target: all < 2000 ms, pdf < 1000 ms)")
    plan.days = [Day(stops=day.stops[:8]) for day in plan.days[:5]]
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        exporter_for("pdf").write(plan, catalog, Path(folder) / "short.pdf", ExportOptions())
        print(f"{'pdf':>10}: {(time.perf_counter() - start) * 1000:7.1f} ms for a 5-day trip "
              "of 40 stops")


if __name__ == "__main__":
    main()
