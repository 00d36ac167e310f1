"""Each plan keeps to its own file: copies, renamed files, unsafe ids and changes from outside."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.core.model import Plan
from planner.fileio import decode_plan, encode_plan
from planner.store.plan_store import PlanStore

PlanFactory = Callable[..., Plan]


def plan_in(path: Path) -> Plan:
    return decode_plan(path.read_bytes(), path)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != ".lock")


@pytest.fixture
def store(plans_dir: Path) -> PlanStore:
    with PlanStore(plans_dir) as opened:
        opened.open()
        yield opened


def test_a_copied_file_becomes_a_plan_of_its_own_and_never_replaces_the_original(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    original = make_plan("Lyon weekend")
    store.save(original)
    own_file = plans_dir / f"{original.id}.json"
    copy_file = plans_dir / f"{original.id} (conflicted copy 2026-11-26).json"
    shutil.copy2(own_file, copy_file)

    result = store.open()

    [kept] = [p for p in result.plans if p.id == original.id]
    [copy] = [p for p in result.plans if p.id != original.id]
    assert result.needs_saving == [copy]
    [problem] = result.problems
    assert problem.path == copy_file and "same plan as" in problem.message
    copy.name = "Lyon, the copy"
    store.save(copy)
    store.save(copy)
    kept.name = "Lyon, the original"
    store.save(kept)

    assert plan_in(own_file).name == "Lyon, the original"
    assert plan_in(copy_file) == copy
    assert files_in(plans_dir) == sorted([own_file.name, own_file.name + ".bak",
                                          copy_file.name, copy_file.name + ".bak"])
    again = store.open()
    assert again.problems == []
    assert sorted(p.name for p in again.plans) == ["Lyon, the copy", "Lyon, the original"]


def test_a_file_named_otherwise_than_its_id_is_saved_back_to_itself(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("Annecy")
    renamed = plans_dir / "annecy-trip.json"
    renamed.write_bytes(encode_plan(plan))
    [loaded] = store.open().plans

    loaded.name = "Annecy and the lake"
    store.save(loaded)

    assert files_in(plans_dir) == ["annecy-trip.json", "annecy-trip.json.bak"]
    assert plan_in(renamed).name == "Annecy and the lake"


def test_a_plan_whose_id_is_not_a_safe_file_name_gets_a_new_one_and_stays_editable(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    path = plans_dir / "escape.json"
    path.write_bytes(encode_plan(make_plan("Escape", id="../../escape")))

    result = store.open()

    [plan] = result.plans
    assert plan.id != "../../escape" and result.needs_saving == [plan]
    assert "cannot be used as a file name" in result.problems[0].message
    store.save(plan)
    assert plan_in(path).id == plan.id
    assert files_in(plans_dir) == ["escape.json", "escape.json.bak"]


def test_a_file_changed_by_another_program_is_kept_and_ours_saved_beside_it(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("Chamonix")
    store.save(plan)
    path = plans_dir / f"{plan.id}.json"
    theirs = make_plan("Chamonix, edited on the other laptop", id=plan.id)
    path.write_bytes(encode_plan(theirs))
    old_id = plan.id
    plan.name = "Chamonix, edited here"

    conflict = store.save(plan)

    assert conflict is not None
    assert plan_in(path) == theirs, "the other program's version is untouched"
    assert conflict.theirs_path == path and conflict.theirs.plans == [theirs]
    assert plan.id != old_id and plan.name == "Chamonix, edited here (conflict copy)"
    assert conflict.ours_path == plans_dir / f"{plan.id}.json"
    assert plan_in(conflict.ours_path) == plan
    # From now on each version is saved to its own file.
    plan.name = "Mine"
    assert store.save(plan) is None
    theirs.name = "Theirs"
    assert store.save(theirs) is None
    assert plan_in(path).name == "Theirs" and plan_in(conflict.ours_path).name == "Mine"


def test_a_new_plan_never_replaces_a_file_that_appeared_under_its_name(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("New trip")
    stranger = make_plan("Synced from elsewhere", id=plan.id)
    (plans_dir / f"{plan.id}.json").write_bytes(encode_plan(stranger))

    conflict = store.save(plan)

    assert conflict is not None and conflict.theirs.plans == [stranger]
    assert plan_in(plans_dir / f"{stranger.id}.json") == stranger
    assert plan_in(conflict.ours_path) == plan


def test_a_file_removed_by_another_program_is_written_again(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("Grenoble")
    store.save(plan)
    (plans_dir / f"{plan.id}.json").unlink()

    assert store.save(plan) is None
    assert plan_in(plans_dir / f"{plan.id}.json") == plan


def test_a_touched_but_unchanged_file_is_no_conflict(
    store: PlanStore, plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("Lyon")
    store.save(plan)
    path = plans_dir / f"{plan.id}.json"
    path.write_bytes(path.read_bytes())

    assert store.save(plan) is None


def test_inspecting_creates_moves_and_locks_nothing(tmp_path: Path, make_plan: PlanFactory) -> None:
    missing = tmp_path / "nothing-here" / "plans"
    with PlanStore(missing, inspect_only=True) as inspector:
        assert inspector.open().plans == []
    assert not missing.parent.exists()

    plans_dir = tmp_path / "plans"
    plans_dir.mkdir()
    (plans_dir / "broken.json").write_bytes(b"{oops")
    with PlanStore(plans_dir, inspect_only=True) as inspector:
        result = inspector.open()
        assert inspector.read_only
    assert "left in place" in result.problems[0].message
    assert files_in(plans_dir) == ["broken.json"]
    assert not (plans_dir / ".lock").exists()
