"""Child process for test_crash_safety: saves one plan as fast as it can until it is killed.

Each save writes the next counter value as the plan's name, so the parent can tell versions
apart. It continues from whatever counter the store holds, across kills.

Usage: python crash_writer.py PLANS_DIR PLAN_ID
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from planner.core.model import Day, Plan, Stop
from planner.store.plan_store import PlanStore


def bulky_plan(plan_id: str) -> Plan:
    """Big enough (tens of kB) that a kill often lands in the middle of writing it."""
    days = [
        Day(stops=[Stop(place_id=f"place-{d}-{s}", note="é" * 80) for s in range(25)])
        for d in range(12)
    ]
    return Plan(name="0", id=plan_id, start_date=dt.date(2025, 7, 1), days=days)


def main() -> int:
    plans_dir, plan_id = Path(sys.argv[1]), sys.argv[2]
    store = PlanStore(plans_dir)
    result = store.open()
    if result.locked_by_other or result.problems:
        print(f"unexpected start state: {result}", file=sys.stderr)
        return 3
    found = [plan for plan in result.plans if plan.id == plan_id]
    plan = found[0] if found else bulky_plan(plan_id)
    counter = int(plan.name)
    # One line so the parent starts its timer once saving really begins, not during imports.
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        counter += 1
        plan.name = str(counter)
        store.save(plan)


if __name__ == "__main__":
    sys.exit(main())
