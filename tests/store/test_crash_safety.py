"""Kill a saving process at random moments: every plan file left behind must still open."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from planner.core.model import Plan
from planner.store import PlanStore, decode_plan

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("crash_writer.py")
PLAN_ID = "0f1e2d3c-crash-test"
KILLS = 60


def counter_in(path: Path) -> int:
    """Decode like the app does (so a damaged file fails here) and read the saved counter."""
    plan: Plan = decode_plan(path.read_bytes(), path)
    assert plan.id == PLAN_ID
    return int(plan.name)


def start_writer(plans_dir: Path) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(plans_dir), PLAN_ID],
        stdout=subprocess.PIPE,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == b"ready\n", f"writer failed to start (exit {child.wait()})"
    return child


def test_killed_writer_never_leaves_a_broken_plan(tmp_path: Path) -> None:
    plans_dir = tmp_path / "plans"
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    main_path = plans_dir / f"{PLAN_ID}.json"
    backup_path = plans_dir / f"{PLAN_ID}.json.bak"
    last_counter = 0

    for kill in range(KILLS):
        context = f"kill {kill}, seed {seed}"
        child = start_writer(plans_dir)
        time.sleep(rng.uniform(0.005, 0.060))
        assert child.poll() is None, f"{context}: writer stopped on its own"
        child.kill()
        child.wait(timeout=30)
        assert child.stdout is not None
        child.stdout.close()

        if not main_path.exists():
            assert kill == 0 and last_counter == 0, f"{context}: the plan file vanished"
            continue
        counter = counter_in(main_path)
        assert counter >= last_counter, f"{context}: a finished save was lost"
        if backup_path.exists():
            backup_counter = counter_in(backup_path)
            # The backup is the previous version, or the same one just before the swap.
            assert counter - backup_counter in (0, 1), f"{context}: {counter} vs {backup_counter}"
        for other in plans_dir.glob("*.json"):
            counter_in(other)
        last_counter = counter

    assert last_counter > KILLS, "the writer must have saved many times between kills"
    with PlanStore(plans_dir) as store:
        result = store.open()
    assert result.problems == []
    assert [plan.name for plan in result.plans] == [str(last_counter)]
    assert not list(plans_dir.glob(".*.tmp")), "leftover temp files are cleaned on open"
