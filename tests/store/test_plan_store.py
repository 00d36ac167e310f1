"""PlanStore on a real folder: saving, loading, bad files set aside, newer files protected."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.core.errors import PlanFileError
from planner.core.model import Plan
from planner.fileio import decode_plan, encode_plan
from planner.store.plan_store import LoadResult, PlanStore

PlanFactory = Callable[..., Plan]


def reopen(plans_dir: Path) -> LoadResult:
    with PlanStore(plans_dir) as store:
        return store.open()


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_saved_plans_come_back_equal_and_sorted_by_name(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    cherry, apple, banana = make_plan("cherry"), make_plan("apple"), make_plan("Banana")
    with PlanStore(plans_dir) as store:
        assert store.open().plans == []
        for plan in (cherry, apple, banana):
            store.save(plan)

    result = reopen(plans_dir)

    assert result.plans == [apple, banana, cherry]
    assert result.problems == []
    assert result.read_only_ids == set()
    assert result.locked_by_other is False
    assert (plans_dir / f"{apple.id}.json").is_file()


def test_second_save_keeps_the_first_version_as_backup(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("First name")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
        plan.name = "Second name"
        store.save(plan)

    main = plans_dir / f"{plan.id}.json"
    assert decode_plan(main.read_bytes(), main).name == "Second name"
    backup = plans_dir / f"{plan.id}.json.bak"
    assert decode_plan(backup.read_bytes(), backup).name == "First name"
    assert [p.name for p in reopen(plans_dir).plans] == ["Second name"]


CORRUPTIONS = [
    pytest.param(lambda good: good[: len(good) // 2], "incomplete", id="truncated"),
    pytest.param(lambda good: b"this is not JSON at all", "not valid JSON", id="not-json"),
    pytest.param(
        lambda good: good.replace(b'"minutes": 45', b'"minutes": "45"'),
        "$.plan.days[0].stops[0].minutes: expected int, got str",
        id="wrong-type",
    ),
    pytest.param(lambda good: b"", "the file is empty", id="empty"),
    pytest.param(
        lambda good: good.replace("crème".encode(), "crème".encode("latin-1")),
        "not valid UTF-8",
        id="latin1",
    ),
    pytest.param(
        lambda good: b'{"schema_version":1,"plan":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "nested far too deeply",
        id="deep-nesting",
    ),
]


@pytest.mark.parametrize(("damage", "reason"), CORRUPTIONS)
def test_unreadable_file_is_moved_to_quarantine_and_reported(
    plans_dir: Path,
    make_plan: PlanFactory,
    damage: Callable[[bytes], bytes],
    reason: str,
) -> None:
    broken, fine = make_plan("Broken"), make_plan("Fine")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(fine)
        store.save(broken)
        broken.name = "Broken, edited"
        store.save(broken)
    path = plans_dir / f"{broken.id}.json"
    bad_bytes = damage(path.read_bytes())
    path.write_bytes(bad_bytes)

    result = reopen(plans_dir)

    assert result.plans == [fine]
    [problem] = result.problems
    assert problem.path == path
    assert path.name in problem.message
    assert reason in problem.message
    assert not path.exists()
    assert problem.quarantined_to is not None
    assert problem.quarantined_to.parent == plans_dir / "quarantine"
    assert problem.quarantined_to.name.startswith(f"{broken.id}.json.")
    assert problem.quarantined_to.read_bytes() == bad_bytes
    assert "quarantine/" in problem.message
    assert problem.backup is not None
    assert problem.backup.name == "Broken"
    assert "can be restored" in problem.message


def test_backup_offered_after_quarantine_can_be_saved_back(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("Lyon weekend")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
        store.save(plan)
    (plans_dir / f"{plan.id}.json").write_bytes(b"{")

    with PlanStore(plans_dir) as store:
        [problem] = store.open().problems
        assert problem.backup is not None
        store.save(problem.backup)

    assert reopen(plans_dir).plans == [plan]


def test_broken_file_without_good_backup_offers_none(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan()
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
        store.save(plan)
    (plans_dir / f"{plan.id}.json").write_bytes(b"garbage")
    (plans_dir / f"{plan.id}.json.bak").write_bytes(b"garbage too")

    [problem] = reopen(plans_dir).problems

    assert problem.backup is None
    assert "restored" not in problem.message


def test_quarantine_never_overwrites_an_earlier_quarantined_file(plans_dir: Path) -> None:
    plans_dir.mkdir(parents=True)
    target = plans_dir / "same.json"
    kept: list[bytes] = []
    for attempt in range(3):
        content = f"broken {attempt}".encode()
        target.write_bytes(content)
        kept.append(content)
        reopen(plans_dir)

    quarantined = sorted(p.read_bytes() for p in (plans_dir / "quarantine").iterdir())
    assert quarantined == sorted(kept)


def test_newer_plan_is_left_untouched_and_read_only(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan, other = make_plan("From the future"), make_plan("Today")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(other)
    document = json.loads(encode_plan(plan))
    document["schema_version"] = 3
    document["plan"]["new_field"] = {"something": "we do not know"}
    path = plans_dir / f"{plan.id}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = snapshot(path)

    with PlanStore(plans_dir) as store:
        result = store.open()
        with pytest.raises(PlanFileError, match="newer version"):
            store.save(plan)
        with pytest.raises(PlanFileError, match="newer version"):
            store.delete(plan.id)
        store.save(other)

    assert snapshot(path) == before
    assert not (plans_dir / f"{plan.id}.json.bak").exists()
    assert result.plans == [plan, other]  # shown as far as this version understands it
    assert result.read_only_ids == {plan.id}
    assert "shown read-only" in result.problems[0].message
    [problem] = result.problems
    assert problem.quarantined_to is None
    assert path.name in problem.message
    assert "schema 3" in problem.message
    assert not (plans_dir / "quarantine").exists()


def test_delete_moves_the_file_and_its_backup_to_the_trash(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan, other = make_plan("To delete"), make_plan("To keep")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
        store.save(plan)
        store.save(other)
        store.delete(plan.id)

        assert not (plans_dir / f"{plan.id}.json").exists()
        assert (plans_dir / "trash" / f"{plan.id}.json").is_file()
        assert (plans_dir / "trash" / f"{plan.id}.json.bak").is_file()
        # Loading again while this store holds the lock still lists the folder.
        assert [p.name for p in store.open().plans] == ["To keep"]


def test_deleting_twice_keeps_both_trashed_versions(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    plan = make_plan("Version A")
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
        store.delete(plan.id)
        plan.name = "Version B"
        store.save(plan)
        store.delete(plan.id)

    trashed = sorted(decode_plan(p.read_bytes(), p).name for p in (plans_dir / "trash").iterdir())
    assert trashed == ["Version A", "Version B"]


def test_deleting_a_plan_that_has_no_file_is_refused(
    plans_dir: Path, make_plan: PlanFactory
) -> None:
    with PlanStore(plans_dir) as store:
        store.open()
        with pytest.raises(PlanFileError, match="no such plan"):
            store.delete(make_plan().id)


@pytest.mark.parametrize("bad_id", ["../escape", "a/b", "", ".hidden", "x" * 200])
def test_ids_that_are_not_safe_file_names_are_refused(
    plans_dir: Path, make_plan: PlanFactory, bad_id: str
) -> None:
    with PlanStore(plans_dir) as store:
        store.open()
        with pytest.raises(PlanFileError, match="not a valid plan id"):
            store.save(make_plan(id=bad_id))
    assert sorted(p.name for p in plans_dir.iterdir()) == [".lock"]


def test_leftover_temp_files_are_cleaned_on_open(plans_dir: Path, make_plan: PlanFactory) -> None:
    plan = make_plan()
    with PlanStore(plans_dir) as store:
        store.open()
        store.save(plan)
    stale = plans_dir / f".{plan.id}.json.x1y2.tmp"
    stale.write_bytes(b'{"schema_ver')

    result = reopen(plans_dir)

    assert result.plans == [plan]
    assert result.problems == []
    assert not stale.exists()


def test_save_before_open_is_a_programming_error(plans_dir: Path, make_plan: PlanFactory) -> None:
    with pytest.raises(RuntimeError, match="open"):
        PlanStore(plans_dir).save(make_plan())


def test_close_is_idempotent_and_frees_the_folder(plans_dir: Path) -> None:
    first = PlanStore(plans_dir)
    first.open()
    first.close()
    first.close()

    with PlanStore(plans_dir) as second:
        assert second.open().locked_by_other is False
        assert second.read_only is False
