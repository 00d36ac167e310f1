"""The user's plans on disk: one JSON file each, saved atomically, guarded by a folder lock.

Nothing here ever deletes a user's bytes: unreadable files are moved to ``quarantine/``, deleted
plans to ``trash/``, and files from a newer app version are left exactly as they are.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import filelock

from planner.core.errors import NewerPlanError, PlanFileError
from planner.core.json_bytes import JsonInputError, parse_json
from planner.core.model import Plan
from planner.store.atomic import backup_path, fsync_dir, remove_stale_temp_files, write_atomic
from planner.store.plan_codec import (
    decode_plan,
    encode_plan,
    parse_document,
    plan_from_document,
)

PLAN_SUFFIX = ".json"
LOCK_NAME = ".lock"
QUARANTINE_DIR = "quarantine"
TRASH_DIR = "trash"
LOCKED_MESSAGE = (
    "another window of Film Trip Planner has this data folder open; close it to make changes here"
)
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")


@dataclass
class LoadProblem:
    """A plan file that could not be opened for editing, and what the user can fall back on."""

    path: Path
    message: str
    quarantined_to: Path | None
    backup: Plan | None


@dataclass
class LoadResult:
    """Everything :meth:`PlanStore.open` found, good and bad, for the window to show."""

    plans: list[Plan]
    problems: list[LoadProblem] = field(default_factory=list)
    read_only_ids: set[str] = field(default_factory=set)
    locked_by_other: bool = False


class PlanStore:
    """Loads, saves and deletes the plans in one folder.

    Only one process may write a folder: :meth:`open` takes a lock, and when another window
    already has it this store still shows the plans but refuses every change.
    """

    def __init__(self, plans_dir: Path) -> None:
        self.plans_dir = Path(plans_dir)
        self._lock = filelock.FileLock(self.plans_dir / LOCK_NAME, timeout=0)
        self._opened = False
        self._locked_by_other = False
        self._read_only_ids: set[str] = set()

    @property
    def read_only(self) -> bool:
        """True when another process owns the folder, so nothing may be written."""
        return self._locked_by_other

    def open(self) -> LoadResult:
        """Lock the folder and load every plan in it, setting aside files that cannot be read.

        Raises:
            PlanFileError: the folder itself cannot be created or listed.
        """
        try:
            self.plans_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = f"cannot create the folder: {error.strerror}"
            raise PlanFileError(self.plans_dir, message) from error
        if not self._lock.is_locked:
            try:
                self._lock.acquire()
                self._locked_by_other = False
            except filelock.Timeout:
                self._locked_by_other = True
        self._opened = True
        if not self._locked_by_other:
            remove_stale_temp_files(self.plans_dir)

        result = LoadResult(plans=[], locked_by_other=self._locked_by_other)
        for path in sorted(self.plans_dir.glob(f"*{PLAN_SUFFIX}")):
            if path.is_file():
                self._load_one(path, result)
        result.plans.sort(key=lambda plan: (plan.name.casefold(), plan.id))
        self._read_only_ids = set(result.read_only_ids)
        return result

    def _load_one(self, path: Path, result: LoadResult) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            message = f"{path.name} could not be read ({error.strerror}); it was left in place."
            result.problems.append(LoadProblem(path, message, None, None))
            return
        try:
            result.plans.append(decode_plan(data, path))
        except NewerPlanError as error:
            preview = _preview_newer(data, path)
            plan_id = preview.id if preview is not None else _raw_plan_id(data)
            if plan_id is not None:
                result.read_only_ids.add(plan_id)
            if preview is not None:
                result.plans.append(preview)
                shown = "It is shown read-only, and its file is never changed"
            else:
                shown = "It cannot be shown, and its file is left as it is"
            message = (f"{path.name}: {error.problem}. {shown}; update Film Trip Planner to "
                       "edit it, or duplicate it to make an editable copy.")
            result.problems.append(LoadProblem(path, message, None, None))
        except PlanFileError as error:
            result.problems.append(self._set_aside(path, error.problem))

    def _set_aside(self, path: Path, reason: str) -> LoadProblem:
        """Move a broken file out of the way so it is never loaded or overwritten again."""
        backup = _read_backup(path)
        offer = " Its last good version can be restored." if backup is not None else ""
        if self._locked_by_other:
            message = f"{path.name} cannot be read: {reason}. It was left in place.{offer}"
            return LoadProblem(path, message, None, backup)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        try:
            target = _move_without_overwrite(
                path, self.plans_dir / QUARANTINE_DIR / f"{path.name}.{stamp}"
            )
        except OSError as error:
            message = (
                f"{path.name} cannot be read: {reason}. It could not be moved aside "
                f"({error.strerror}) and was left in place.{offer}"
            )
            return LoadProblem(path, message, None, backup)
        message = (
            f"{path.name} cannot be read: {reason}. "
            f"It was moved to {target.parent.name}/{target.name}.{offer}"
        )
        return LoadProblem(path, message, target, backup)

    def save(self, plan: Plan) -> None:
        """Write ``plan`` to ``<id>.json``, keeping the previous version as ``<id>.json.bak``.

        Raises:
            PlanFileError: the store is read-only, the plan came from a newer app, or the
                disk refused the write (the previous file is then untouched).
        """
        path = self._path_for(plan.id)
        self._check_writable(path, plan.id)
        try:
            write_atomic(path, encode_plan(plan), backup=True)
        except OSError as error:
            raise PlanFileError(
                path, f'plan "{plan.name}" could not be saved: {error.strerror or error}'
            ) from error

    def delete(self, plan_id: str) -> None:
        """Move a plan (and its backup) to ``trash/`` so the deletion can be undone."""
        path = self._path_for(plan_id)
        self._check_writable(path, plan_id)
        if not path.exists():
            raise PlanFileError(path, "there is no such plan to delete")
        trash = self.plans_dir / TRASH_DIR
        try:
            trash.mkdir(exist_ok=True)
            for source in (backup_path(path), path):
                if source.exists():
                    _move_without_overwrite(source, trash / source.name, keep_name=True)
            fsync_dir(self.plans_dir)
        except OSError as error:
            raise PlanFileError(path, f"could not be deleted: {error.strerror}") from error

    def restore_deleted(self, plan_id: str) -> Plan:
        """Bring back a plan :meth:`delete` moved to the trash, and return it."""
        path = self._path_for(plan_id)
        self._check_writable(path, plan_id)
        trashed = self.plans_dir / TRASH_DIR / path.name
        if path.exists():
            raise PlanFileError(path, "a plan with this id already exists; nothing was restored")
        try:
            plan = decode_plan(trashed.read_bytes(), trashed)
        except FileNotFoundError as error:
            raise PlanFileError(path, "this plan is not in the trash") from error
        except OSError as error:
            raise PlanFileError(trashed, f"could not be read: {error.strerror}") from error
        try:
            if backup_path(trashed).exists() and not backup_path(path).exists():
                os.replace(backup_path(trashed), backup_path(path))
            os.replace(trashed, path)
            fsync_dir(self.plans_dir)
        except OSError as error:
            raise PlanFileError(path, f"could not be restored: {error.strerror}") from error
        return plan

    def deleted_plans(self) -> list[Plan]:
        """The plans in ``trash/``, last saved first; unreadable files are skipped."""
        trash = self.plans_dir / TRASH_DIR
        files = sorted(trash.glob(f"*{PLAN_SUFFIX}"), key=lambda p: -p.stat().st_mtime)
        found = []
        for path in files:
            try:
                found.append(decode_plan(path.read_bytes(), path))
            except (OSError, PlanFileError):
                continue
        return found

    def close(self) -> None:
        """Let another window take the folder; calling it twice is harmless."""
        if self._lock.is_locked:
            self._lock.release()
        self._opened = False

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _path_for(self, plan_id: str) -> Path:
        # Ids become file names: refuse anything that could point outside the folder.
        if not _SAFE_ID.match(plan_id):
            raise PlanFileError(self.plans_dir, f'"{plan_id}" is not a valid plan id')
        return self.plans_dir / f"{plan_id}{PLAN_SUFFIX}"

    def _check_writable(self, path: Path, plan_id: str) -> None:
        if not self._opened:
            raise RuntimeError("PlanStore.open() must be called before changing plans")
        if self._locked_by_other:
            raise PlanFileError(path, LOCKED_MESSAGE)
        if plan_id in self._read_only_ids:
            raise PlanFileError(
                path, "written by a newer version of Film Trip Planner; it is read-only here"
            )


def _preview_newer(data: bytes, path: Path) -> Plan | None:
    """Read a newer app's plan as far as this version understands it (unknown fields are
    skipped), only to show it; None when even that fails."""
    try:
        return plan_from_document(parse_document(data, path), path)
    except PlanFileError:
        return None


def _raw_plan_id(data: bytes) -> str | None:
    """Best-effort id of a plan we cannot decode fully, so it can be protected from overwriting."""
    try:
        document = parse_json(data)
    except JsonInputError:
        return None
    plan = document.get("plan") if isinstance(document, dict) else None
    plan_id = plan.get("id") if isinstance(plan, dict) else None
    return plan_id if isinstance(plan_id, str) else None


def _read_backup(path: Path) -> Plan | None:
    """The plan in ``<name>.bak`` when it is whole and current enough to edit, else None."""
    try:
        return decode_plan(backup_path(path).read_bytes(), backup_path(path))
    except (OSError, PlanFileError):
        return None


def _move_without_overwrite(source: Path, target: Path, *, keep_name: bool = False) -> Path:
    """Move ``source`` to ``target``, or to ``target.1``, ``target.2``... if that name is taken.

    With ``keep_name``, an existing ``target`` is pushed aside instead, so the newest file
    always has the plain name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if keep_name and target.exists():
        _move_without_overwrite(target, target.with_name(target.name + ".old"))
    candidate, counter = target, 0
    while True:
        try:
            # link + unlink, unlike rename, fails instead of replacing an existing file.
            os.link(source, candidate)
        except FileExistsError:
            counter += 1
            candidate = target.with_name(f"{target.name}.{counter}")
            continue
        except OSError:
            if candidate.exists():
                counter += 1
                candidate = target.with_name(f"{target.name}.{counter}")
                continue
            os.rename(source, candidate)
            return candidate
        source.unlink()
        return candidate
