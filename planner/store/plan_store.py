"""The user's plans on disk: one JSON file each, saved atomically, guarded by a folder lock.

Nothing here ever deletes or overwrites a user's bytes that we did not write: unreadable files
are moved to ``quarantine/``, deleted plans to ``trash/``, files from a newer app version are
left as they are, and a file another program changed is never overwritten (both versions are
kept). Each plan is saved back to the file it came from, which this store remembers together
with a fingerprint of the bytes it last read or wrote there.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import filelock

from planner.core.editing import name_with_suffix
from planner.core.errors import NewerPlanError, PlanFileError
from planner.core.json_bytes import JsonInputError, parse_json
from planner.core.model import Plan, new_id
from planner.core.phrase import QT_TRANSLATE_NOOP, Phrase, phrase
from planner.fileio.atomic import backup_path, fsync_dir, remove_stale_temp_files, write_atomic
from planner.fileio.file_moves import content_digest, move_without_overwrite, utc_stamp
from planner.fileio.plan_codec import (
    decode_plan,
    encode_plan,
    parse_document,
    plan_from_document,
)
from planner.fileio.reading import read_plan_bytes

PLAN_SUFFIX = ".json"
LOCK_NAME = ".lock"
QUARANTINE_DIR = "quarantine"
TRASH_DIR = "trash"
LOCKED_MESSAGE = phrase(QT_TRANSLATE_NOOP(
    "core", "another window of Film Trip Planner has this data folder open; close it to make "
    "changes here"))
_SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")


def is_safe_id(plan_id: str) -> bool:
    """Ids become file names: only letters, digits, ``-`` and ``_``, so none leaves the folder."""
    return _SAFE_ID.match(plan_id) is not None


@dataclass
class LoadProblem:
    """A plan file that needs the user's attention, and what they can fall back on."""

    path: Path
    reason: Phrase
    """What happened to the file, for the window to show in its language."""
    quarantined_to: Path | None = None
    backup: Plan | None = None

    @property
    def message(self) -> str:
        """The reason in English, as the command line and the logs show it."""
        return str(self.reason)


@dataclass
class LoadResult:
    """Everything the store read, good and bad, for the window to show.

    ``needs_saving`` lists plans given a new id while loading (a copied file, an unsafe id):
    saving them writes the new id into their own file, so the next start finds no clash.
    """

    plans: list[Plan] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    read_only_ids: set[str] = field(default_factory=set)
    locked_by_other: bool = False
    needs_saving: list[Plan] = field(default_factory=list)


@dataclass(frozen=True)
class SaveConflict:
    """Another program changed a plan's file while it was open: both versions were kept.

    The plan passed to :meth:`PlanStore.save` is now "ours": it got a new id, a name that says
    it is a conflict copy, and its own file. ``theirs`` is what the changed file holds now.
    """

    name: str
    ours: Plan
    ours_path: Path
    theirs_path: Path
    theirs: LoadResult


@dataclass
class _TrackedFile:
    path: Path
    digest: bytes


class PlanStore:
    """Loads, saves and deletes the plans in one folder.

    Only one process may write a folder: :meth:`open` takes a lock, and when another window
    already has it this store still shows the plans but refuses every change. With
    ``inspect_only`` (``--check``) the store only reads: it creates, moves and locks nothing.
    """

    def __init__(self, plans_dir: Path, *, inspect_only: bool = False) -> None:
        self.plans_dir = Path(plans_dir)
        self.inspect_only = inspect_only
        self._lock = filelock.FileLock(self.plans_dir / LOCK_NAME, timeout=0)
        self._opened = False
        self._locked_by_other = False
        self._read_only_ids: set[str] = set()
        self._files: dict[str, _TrackedFile] = {}
        # Ids of plans deleted while open: undo may bring such a plan back with its own id, so
        # a file read later (another program's version) must not take that id meanwhile.
        self._deleted_ids: set[str] = set()

    @property
    def read_only(self) -> bool:
        """True when nothing may be written: another process owns the folder, or inspecting."""
        return self._locked_by_other or self.inspect_only

    def open(self) -> LoadResult:
        """Lock the folder and load every plan in it, setting aside files that cannot be read.

        Raises:
            PlanFileError: the folder itself cannot be created or listed.
        """
        self._opened = True
        if self.inspect_only:
            if not self._folder_exists():
                return LoadResult()
        else:
            self._create_and_lock()
        try:
            paths = sorted(self.plans_dir.glob(f"*{PLAN_SUFFIX}"))
        except OSError as error:
            raise PlanFileError(self.plans_dir, phrase(QT_TRANSLATE_NOOP(
                "core", "the folder cannot be listed: {reason}"), reason=error.strerror)) \
                from error
        result = LoadResult(locked_by_other=self._locked_by_other)
        self._files.clear()
        self._load_files(paths, result)
        result.plans.sort(key=lambda plan: (plan.name.casefold(), plan.id))
        self._read_only_ids = set(result.read_only_ids)
        return result

    def _folder_exists(self) -> bool:
        try:
            is_folder = stat.S_ISDIR(self.plans_dir.stat().st_mode)
        except FileNotFoundError:
            return False
        except OSError as error:
            raise PlanFileError(self.plans_dir, phrase(QT_TRANSLATE_NOOP(
                "core", "the folder cannot be opened: {reason}"), reason=error.strerror)) \
                from error
        if not is_folder:
            raise PlanFileError(self.plans_dir, phrase(QT_TRANSLATE_NOOP(
                "core", "this is a file, not a folder")))
        return True

    def _create_and_lock(self) -> None:
        try:
            self.plans_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PlanFileError(self.plans_dir, phrase(QT_TRANSLATE_NOOP(
                "core", "the folder cannot be created: {reason}"), reason=error.strerror)) \
                from error
        if not self._lock.is_locked:
            try:
                self._lock.acquire()
                self._locked_by_other = False
            except filelock.Timeout:
                self._locked_by_other = True
            except OSError as error:
                raise PlanFileError(self.plans_dir, phrase(QT_TRANSLATE_NOOP(
                    "core", "the folder cannot be locked: {reason}"), reason=error.strerror)) \
                    from error
        if not self._locked_by_other:
            remove_stale_temp_files(self.plans_dir)

    # --- loading -----------------------------------------------------------------------------
    def _load_files(self, paths: list[Path], result: LoadResult) -> None:
        """Decode every file, then give out ids: a file named after its id keeps it, and of
        the other files holding the same id, the older one keeps it."""
        decoded: list[tuple[Path, bytes, Plan]] = []
        for path in paths:
            loaded = self._decode_file(path, result)
            if loaded is not None:
                decoded.append((path, *loaded))
        decoded.sort(key=lambda item: (item[0].name != f"{item[2].id}{PLAN_SUFFIX}",
                                       _modified_ns(item[0]), item[0].name))
        for path, data, plan in decoded:
            self._adopt(path, data, plan, result)

    def _decode_file(self, path: Path, result: LoadResult) -> tuple[bytes, Plan] | None:
        try:
            data = read_plan_bytes(path)
        except PlanFileError as error:
            result.problems.append(LoadProblem(path, phrase(QT_TRANSLATE_NOOP(
                "core", "{file} could not be read ({problem}); it was left in place."),
                file=path.name, problem=error.reason)))
            return None
        try:
            return data, decode_plan(data, path)
        except NewerPlanError as error:
            self._show_newer(path, data, error, result)
        except PlanFileError as error:
            result.problems.append(self._set_aside(path, error.reason))
        return None

    def _adopt(self, path: Path, data: bytes, plan: Plan, result: LoadResult) -> None:
        """Track ``plan`` at ``path``; a clashing or unsafe id is replaced and the user told."""
        reason: Phrase | None = None
        if not is_safe_id(plan.id):
            reason = phrase(QT_TRANSLATE_NOOP("core", "its plan id cannot be used as a file name"))
        elif plan.id in self._files:
            reason = phrase(QT_TRANSLATE_NOOP(
                "core", "it holds the same plan as {other} (a copy made by a file manager or a "
                "sync tool)"), other=self._files[plan.id].path.name)
        elif plan.id in self._deleted_ids:
            reason = phrase(QT_TRANSLATE_NOOP(
                "core", "it holds a plan deleted in this window, which Undo can bring back"))
        if reason is not None:
            plan.id = self._fresh_id()
            result.needs_saving.append(plan)
            result.problems.append(LoadProblem(path, phrase(QT_TRANSLATE_NOOP(
                "core", "{file}: {reason}. It is now a plan of its own, “{name}”, saved back to "
                "the same file under a new id."), file=path.name, reason=reason, name=plan.name)))
        self._files[plan.id] = _TrackedFile(path, content_digest(data))
        result.plans.append(plan)

    def _show_newer(self, path: Path, data: bytes, error: NewerPlanError,
                    result: LoadResult) -> None:
        preview = _preview_newer(data, path)
        plan_id = preview.id if preview is not None else _raw_plan_id(data)
        if plan_id is not None:
            result.read_only_ids.add(plan_id)
        if preview is not None and is_safe_id(preview.id) and preview.id not in self._files:
            self._files[preview.id] = _TrackedFile(path, content_digest(data))
            result.plans.append(preview)
            shown = phrase(QT_TRANSLATE_NOOP(
                "core", "{file}: {problem}. It is shown read-only, and its file is never "
                "changed; update Film Trip Planner to edit it, or duplicate it to make an "
                "editable copy."), file=path.name, problem=error.reason)
        else:
            shown = phrase(QT_TRANSLATE_NOOP(
                "core", "{file}: {problem}. It cannot be shown, and its file is left as it is; "
                "update Film Trip Planner to edit it."), file=path.name, problem=error.reason)
        result.problems.append(LoadProblem(path, shown))

    def _set_aside(self, path: Path, reason: Phrase) -> LoadProblem:
        """Move a broken file out of the way so it is never loaded or overwritten again."""
        backup = _read_backup(path)
        offer = phrase(QT_TRANSLATE_NOOP("core", " Its last good version can be restored.")
                       if backup is not None else "")
        if self.read_only:
            return LoadProblem(path, phrase(QT_TRANSLATE_NOOP(
                "core", "{file} cannot be read: {reason}. It was left in place.{offer}"),
                file=path.name, reason=reason, offer=offer), None, backup)
        try:
            target = move_without_overwrite(
                path, self.plans_dir / QUARANTINE_DIR / f"{path.name}.{utc_stamp()}"
            )
        except OSError as error:
            return LoadProblem(path, phrase(QT_TRANSLATE_NOOP(
                "core", "{file} cannot be read: {reason}. It could not be moved aside "
                "({error}) and was left in place.{offer}"),
                file=path.name, reason=reason, error=error.strerror, offer=offer), None, backup)
        return LoadProblem(path, phrase(QT_TRANSLATE_NOOP(
            "core", "{file} cannot be read: {reason}. It was moved to {target}.{offer}"),
            file=path.name, reason=reason, target=f"{target.parent.name}/{target.name}",
            offer=offer), target, backup)

    # --- saving ------------------------------------------------------------------------------
    def save(self, plan: Plan) -> SaveConflict | None:
        """Write ``plan`` back to its file, keeping the previous version as ``<name>.bak``.

        A new plan gets ``<id>.json``. If the file is no longer what this store last read or
        wrote there, it is left alone and ``plan`` is kept as a conflict copy instead.

        Raises:
            PlanFileError: the store is read-only, the plan came from a newer app, or the
                disk refused the write (the previous file is then untouched).
        """
        self._check_writable(plan.id)
        tracked = self._files.get(plan.id)
        path = tracked.path if tracked is not None else self._path_for(plan.id)
        on_disk = _digest_on_disk(path)
        if on_disk is not None and (tracked is None or on_disk != tracked.digest):
            return self._keep_both(plan, path)
        data = encode_plan(plan)
        self._write(path, data, plan.name, backup=True)
        self._files[plan.id] = _TrackedFile(path, content_digest(data))
        self._deleted_ids.discard(plan.id)
        return None

    def _keep_both(self, plan: Plan, theirs_path: Path) -> SaveConflict:
        """Save ``plan`` as a new conflict copy and read what the other program left."""
        old_id, old_name = plan.id, plan.name
        plan.id, plan.name = self._fresh_id(), name_with_suffix(old_name, " (conflict copy)")
        ours_path = self._path_for(plan.id)
        data = encode_plan(plan)
        try:
            self._write(ours_path, data, old_name, backup=False)
        except PlanFileError:
            plan.id, plan.name = old_id, old_name
            raise
        self._files[plan.id] = _TrackedFile(ours_path, content_digest(data))
        if old_id in self._files and self._files[old_id].path == theirs_path:
            del self._files[old_id]
        theirs = LoadResult()
        self._load_files([theirs_path], theirs)
        self._read_only_ids |= theirs.read_only_ids
        return SaveConflict(old_name, plan, ours_path, theirs_path, theirs)

    def _write(self, path: Path, data: bytes, name: str, *, backup: bool) -> None:
        try:
            write_atomic(path, data, backup=backup)
        except OSError as error:
            raise PlanFileError(path, phrase(QT_TRANSLATE_NOOP(
                "core", "plan “{name}” could not be saved: {reason}"),
                name=name, reason=error.strerror or str(error))) from error

    def _fresh_id(self) -> str:
        while True:
            plan_id = new_id()
            if plan_id not in self.taken_ids() and not self._path_for(plan_id).exists():
                return plan_id

    # --- deleting ----------------------------------------------------------------------------
    def delete(self, plan_id: str) -> None:
        """Move a plan's file (and its backup) to ``trash/``, from where it can be recovered."""
        self._check_writable(plan_id)
        tracked = self._files.get(plan_id)
        path = tracked.path if tracked is not None else self._path_for(plan_id)
        if not path.exists():
            raise PlanFileError(path, phrase(QT_TRANSLATE_NOOP(
                "core", "there is no such plan to delete")))
        trash = self.plans_dir / TRASH_DIR
        try:
            trash.mkdir(exist_ok=True)
            for source in (backup_path(path), path):
                if source.exists():
                    move_without_overwrite(source, trash / source.name, keep_name=True)
            fsync_dir(self.plans_dir)
        except OSError as error:
            raise PlanFileError(path, phrase(QT_TRANSLATE_NOOP(
                "core", "could not be deleted: {reason}"), reason=error.strerror)) from error
        self._files.pop(plan_id, None)
        self._deleted_ids.add(plan_id)

    def file_of(self, plan_id: str) -> Path:
        """Where ``plan_id`` is (or will be) saved."""
        tracked = self._files.get(plan_id)
        return tracked.path if tracked is not None else self._path_for(plan_id)

    def taken_ids(self) -> set[str]:
        """Ids no other plan may take: every file read or written, and plans deleted while
        open (Undo can bring them back)."""
        return set(self._files) | self._deleted_ids

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
        if not is_safe_id(plan_id):
            raise PlanFileError(self.plans_dir, phrase(QT_TRANSLATE_NOOP(
                "core", "“{id}” is not a valid plan id"), id=plan_id))
        return self.plans_dir / f"{plan_id}{PLAN_SUFFIX}"

    def _check_writable(self, plan_id: str) -> None:
        if not self._opened:
            raise RuntimeError("PlanStore.open() must be called before changing plans")
        if self.read_only:
            raise PlanFileError(self.plans_dir, LOCKED_MESSAGE)
        if plan_id in self._read_only_ids:
            raise PlanFileError(self.file_of(plan_id), phrase(QT_TRANSLATE_NOOP(
                "core", "written by a newer version of Film Trip Planner; it is read-only here")))


def _digest_on_disk(path: Path) -> bytes | None:
    """The fingerprint of what ``path`` holds now; None when there is no file."""
    try:
        return content_digest(read_plan_bytes(path))
    except PlanFileError as error:
        if not os.path.lexists(path):
            return None
        raise PlanFileError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "cannot be checked before saving: {problem}"), problem=error.reason)) \
            from error


def _modified_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


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
        return decode_plan(read_plan_bytes(backup_path(path)), backup_path(path))
    except PlanFileError:
        return None
