"""Two windows on one data folder: the second one may look but must not write."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.core.errors import PlanFileError
from planner.core.model import Plan
from planner.store.plan_store import PlanStore

REPO_ROOT = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from planner.store.plan_store import PlanStore
    store = PlanStore(Path(sys.argv[1]))
    result = store.open()
    print("holding" if not result.locked_by_other else "refused", flush=True)
    sys.stdin.read()
    store.close()
    """
)


@contextlib.contextmanager
def open_other_window(plans_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Another process with its own PlanStore open on the same folder, until it is told to quit."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(plans_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline() == b"holding\n"
        yield child
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()


@pytest.fixture
def other_window(plans_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    with open_other_window(plans_dir) as window:
        yield window


def test_second_window_is_read_only_and_changes_nothing(
    plans_dir: Path, make_plan: Callable[..., Plan]
) -> None:
    plan = make_plan("Shared trip")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
    path = plans_dir / f"{plan.id}.json"
    before = path.read_bytes(), path.stat().st_mtime_ns

    with open_other_window(plans_dir) as window:
        # Appears after the first window loaded: only the second one sees it.
        broken = plans_dir / "broken.json"
        broken.write_bytes(b"{oops")
        with PlanStore(plans_dir) as second:
            result = second.open()
            assert result.locked_by_other is True
            assert second.read_only is True
            assert result.plans == [plan], "the plans are still shown"
            plan.name = "Edited in the second window"
            with pytest.raises(PlanFileError, match="another window of Film Trip Planner"):
                second.save(plan)
            with pytest.raises(PlanFileError, match="another window of Film Trip Planner"):
                second.delete(plan.id)
        assert window.poll() is None, "the first window held the lock throughout"

    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    [problem] = result.problems
    assert problem.quarantined_to is None, "a read-only window must not move files"
    assert "broken.json" in problem.message
    assert "left in place" in problem.message
    assert broken.read_bytes() == b"{oops"


def test_folder_is_writable_again_once_the_other_window_closes(
    plans_dir: Path, make_plan: Callable[..., Plan], other_window: subprocess.Popen[bytes]
) -> None:
    assert other_window.stdin is not None
    with PlanStore(plans_dir) as store:
        assert store.open().locked_by_other is True
    other_window.stdin.close()
    other_window.wait(timeout=30)

    with PlanStore(plans_dir) as store:
        assert store.open().locked_by_other is False
        store.save(make_plan())
        assert len(store.open().plans) == 1


def test_lock_is_released_when_the_other_window_is_killed(
    plans_dir: Path, other_window: subprocess.Popen[bytes]
) -> None:
    other_window.kill()
    other_window.wait(timeout=30)

    with PlanStore(plans_dir) as store:
        assert store.open().locked_by_other is False
