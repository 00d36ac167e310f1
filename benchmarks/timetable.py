"""How long the timetables of a 500-stop plan take to recompute after an edit.

The plan has 10 days of 50 stops at random places of the shipped catalog. The first pass works
out every leg; an edit then recomputes all of them (as the window does), which is the figure
that counts. Target: 10 ms or less.

Usage: python benchmarks/timetable.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from planner.app import default_catalog_path
from planner.core import editing
from planner.core.catalog import load_catalog
from planner.core.model import Day, Stop
from planner.core.schedule import day_timetable

DAYS, STOPS_PER_DAY, RUNS = 10, 50, 20


def main() -> None:
    catalog = load_catalog(default_catalog_path())
    rng = random.Random(5)
    ids = list(catalog.places)
    plan = editing.new_plan("Benchmark", dt.date(2027, 6, 1))
    plan.days = [Day(stops=[Stop(place_id=rng.choice(ids), minutes=10)
                            for _ in range(STOPS_PER_DAY)]) for _ in range(DAYS)]

    def all_days() -> float:
        start = time.perf_counter()
        for day in range(DAYS):
            day_timetable(plan, day, catalog)
        return (time.perf_counter() - start) * 1000

    first = all_days()
    again = []
    for _ in range(RUNS):
        stops = plan.days[rng.randrange(DAYS)].stops
        stops.insert(rng.randrange(len(stops)), stops.pop(rng.randrange(len(stops))))
        again.append(all_days())
    print(f"timetables of a {DAYS * STOPS_PER_DAY}-stop plan: first {first:.1f} ms; after an "
          f"edit median {statistics.median(again):.1f} ms, worst {max(again):.1f} ms "
          "(target <= 10 ms)")


if __name__ == "__main__":
    main()
