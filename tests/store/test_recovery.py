"""Recover: every kept file is listed with its date and state, and recovering never touches it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planner.core.model import Plan
from planner.store.plan_store import PlanStore
from planner.store.recovery import find_recoverable, recover_plan

PlanFactory = Callable[..., Plan]


def all_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_quarantined_backup_and_deleted_files_are_listed_and_recovered_as_copies(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    live, gone, broken = make_plan("Live"), make_plan("Gone"), make_plan("Broken")
    with PlanStore(plans_dir) as store:
        store.open()
        for plan in (live, gone, broken):
            store.save(plan)
        live.name = "Live, renamed"
        store.save(live)
        store.delete(gone.id)
        (plans_dir / f"{broken.id}.json").write_bytes(b'{"schema_version": 1, "plan": {')
        store.open()
    before = all_bytes(plans_dir)

    found = {(item.kind, item.plan.name if item.plan else str(item.reason))
             for item in find_recoverable(plans_dir)}

    assert found == {
        ("backup", "Live"),
        ("deleted", "Gone"),
        ("quarantined", "the file is incomplete: it ends in the middle of the JSON"),
    }
    by_name = {item.plan.name: item for item in find_recoverable(plans_dir) if item.plan}
    old_live = recover_plan(by_name["Live"], taken_ids={live.id})
    assert old_live.id != live.id and old_live.name == "Live (recovered)"
    assert recover_plan(by_name["Gone"], taken_ids={live.id}) == gone
    assert all_bytes(plans_dir) == before, "recovering changes no file"
