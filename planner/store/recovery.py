"""Every earlier version the store kept: quarantined files, backups and deleted plans.

Recovering reads a copy of the bytes into a new plan of the user; the file it came from is never
moved, changed or deleted, so recovering can always be tried again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import msgspec

from planner.core.editing import name_with_suffix
from planner.core.errors import PlanFileError
from planner.core.model import Plan, new_id
from planner.core.phrase import Phrase
from planner.fileio.atomic import BACKUP_SUFFIX
from planner.fileio.plan_codec import decode_plan
from planner.fileio.reading import read_plan_bytes
from planner.store.plan_store import PLAN_SUFFIX, QUARANTINE_DIR, TRASH_DIR, is_safe_id

Kind = Literal["quarantined", "backup", "deleted"]
KIND_LABELS: dict[Kind, str] = {
    "quarantined": "Set aside",
    "backup": "Backup",
    "deleted": "Deleted",
}


@dataclass(frozen=True)
class RecoverableFile:
    """One kept file: what it is, when it was last written, and the plan it holds if readable."""

    path: Path
    kind: Kind
    modified: dt.datetime
    plan: Plan | None
    reason: Phrase | None
    """Why it cannot be recovered, for the window to show in its language; None when it can."""


def find_recoverable(plans_dir: Path) -> list[RecoverableFile]:
    """Every kept file under ``plans_dir``, newest first."""
    found = [_describe(path, "backup") for path in _files(plans_dir, f"*{PLAN_SUFFIX}.bak")]
    found += [_describe(path, "quarantined") for path in _files(plans_dir / QUARANTINE_DIR)]
    for path in _files(plans_dir / TRASH_DIR):
        found.append(_describe(path, "backup" if BACKUP_SUFFIX in path.name else "deleted"))
    return sorted(found, key=lambda item: (item.modified, item.path.name), reverse=True)


def recover_plan(item: RecoverableFile, taken_ids: Collection[str]) -> Plan:
    """Read ``item`` again and return its plan, under a new id if its own is in use.

    Raises:
        PlanFileError: the file cannot be read or decoded (any more).
    """
    plan = decode_plan(read_plan_bytes(item.path), item.path)
    if plan.id in taken_ids or not is_safe_id(plan.id):
        plan = msgspec.structs.replace(plan, id=new_id(),
                                       name=name_with_suffix(plan.name, " (recovered)"))
        while plan.id in taken_ids:
            plan.id = new_id()
    return plan


def _files(folder: Path, pattern: str = "*") -> list[Path]:
    try:
        return [path for path in folder.glob(pattern) if path.is_file()]
    except OSError:
        return []


def _describe(path: Path, kind: Kind) -> RecoverableFile:
    try:
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        modified = dt.datetime.fromtimestamp(0, dt.UTC)
    try:
        plan: Plan | None = decode_plan(read_plan_bytes(path), path)
        reason: Phrase | None = None
    except PlanFileError as error:
        plan, reason = None, error.reason
    return RecoverableFile(path, kind, modified, plan, reason)
