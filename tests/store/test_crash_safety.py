"""Kill a saving process at random moments: every plan file left behind must still open."""

from __future__ import annotations

import os
import queue
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

from planner.core.model import Plan
from planner.fileio import decode_plan
from planner.store.plan_store import PlanStore

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


WINDOW = Path(__file__).with_name("crash_window.py")
WINDOW_KILLS = 6
EDIT_TIME_S = (1.5, 3.5)  # how long the window edits before each kill
MAX_UNSAVED_S = 1.0  # the autosaver's promise: a plan is saved 1 s after its first unsaved edit
# On top of that promise: the write itself (two fsyncs), a late Qt timer, and the parent's
# sleep and kill, each of which a loaded 2-core CI machine can delay by a good fraction of this.
LOST_TIME_SLACK_S = 0.35
CHILD_TIMEOUT_S = 30.0


class LineReader:
    """Reads a child's stdout on a thread, so a hung child can never block the test."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[bytes]) -> None:
        with stream:
            for raw in stream:
                self._lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
        self._lines.put(None)

    def until(self, wanted: str, timeout: float) -> list[str]:
        """Lines up to and without ``wanted``; raises TimeoutError, or EOFError if it ends first."""
        lines: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"no {wanted!r} line after {timeout} s: {lines}") from None
            if line is None:
                raise EOFError(f"output ended before {wanted!r}: {lines}")
            if line == wanted:
                return lines
            lines.append(line)

    def rest(self, timeout: float) -> list[str]:
        """Every remaining line, once the child has exited and its stdout is closed."""
        self._thread.join(timeout)
        assert not self._thread.is_alive(), f"stdout still open {timeout} s after the child died"
        lines: list[str] = []
        while (line := self._lines.get_nowait()) is not None:
            lines.append(line)
        return lines


def edit_times(lines: list[str], context: str) -> dict[int, float]:
    """``edit COUNTER TIME`` lines as {counter: time}; any other line is a surprise."""
    times: dict[int, float] = {}
    for line in lines:
        parts = line.split()
        assert len(parts) == 3 and parts[0] == "edit", f"{context}: unexpected output {line!r}"
        times[int(parts[1])] = float(parts[2])
    return times


def saved_plan(plans_dir: Path, context: str) -> Plan | None:
    """The one plan in the folder, or None before the first save; every file must decode."""
    for backup in plans_dir.glob("*.json.bak"):
        decode_plan(backup.read_bytes(), backup)
    paths = sorted(plans_dir.glob("*.json"))
    assert len(paths) <= 1, f"{context}: more than one plan file: {paths}"
    return decode_plan(paths[0].read_bytes(), paths[0]) if paths else None


def start_window(
    data_dir: Path, stderr_path: Path, context: str
) -> tuple[subprocess.Popen[bytes], LineReader]:
    """Start crash_window.py and wait until it edits; its stderr goes to ``stderr_path``."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    with stderr_path.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(WINDOW), str(data_dir)],
            stdout=subprocess.PIPE, stderr=stderr, cwd=REPO_ROOT, env=env,
        )
    assert child.stdout is not None
    reader = LineReader(child.stdout)
    try:
        early = reader.until("ready", CHILD_TIMEOUT_S)
    except (TimeoutError, EOFError) as exc:
        child.kill()
        child.wait(timeout=CHILD_TIMEOUT_S)
        raise AssertionError(f"{context}: the window did not start ({exc}, exit "
                             f"{child.returncode})\n{stderr_path.read_text(errors='replace')}"
                             ) from None
    assert not early, f"{context}: unexpected output before ready: {early}"
    return child, reader


def test_killed_window_loses_at_most_the_last_second(tmp_path: Path) -> None:
    """Kill the real window while it autosaves a steady stream of edits, again and again."""
    data_dir = tmp_path / "home"
    plans_dir = data_dir / "data" / "plans"
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    saved: int | None = None  # the counter on disk; None until the first save
    plan_id: str | None = None
    lost_times: list[float] = []

    for kill in range(WINDOW_KILLS):
        context = f"window kill {kill}, seed {seed}"
        stderr_path = tmp_path / f"window-{kill}.stderr"
        child, reader = start_window(data_dir, stderr_path, context)
        try:
            time.sleep(rng.uniform(*EDIT_TIME_S))
            exit_code = child.poll()
        finally:
            kill_time = time.monotonic()
            child.kill()
            child.wait(timeout=CHILD_TIMEOUT_S)
        assert exit_code is None, (f"{context}: the window stopped on its own (exit {exit_code})"
                                   f"\n{stderr_path.read_text(errors='replace')}")
        edits = edit_times(reader.rest(CHILD_TIMEOUT_S), context)
        assert edits, f"{context}: the window made no edit"
        first = 0 if saved is None else saved + 1
        assert min(edits) == first, f"{context}: the window did not go on from {saved}"

        plan = saved_plan(plans_dir, context)
        if plan is None:
            assert saved is None, f"{context}: the plan file vanished"
        else:
            assert plan_id in (None, plan.id), f"{context}: the plan changed id"
            plan_id = plan.id
            counter = int(plan.name)
            assert saved is None or counter >= saved, f"{context}: {counter} < {saved} on disk"
            assert counter in edits or counter == saved, f"{context}: {counter} was never made"
            saved = counter
        first_lost = 0 if saved is None else saved + 1
        if first_lost in edits:
            lost = kill_time - edits[first_lost]
            lost_times.append(lost)
            assert lost <= MAX_UNSAVED_S + LOST_TIME_SLACK_S, (
                f"{context}: the kill lost {lost:.2f} s of work, edits {first_lost} to "
                f"{max(edits)} ({'no plan file yet' if saved is None else f'{saved} is on disk'}"
                "); lost so far: " + ", ".join(f"{t:.2f}" for t in lost_times))

    print("lost seconds per kill:", ", ".join(f"{t:.2f}" for t in lost_times))
    assert saved is not None and saved > WINDOW_KILLS, f"seed {seed}: too few saves ({saved})"
