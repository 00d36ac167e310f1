"""Crash-safe file replacement: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import uuid
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
_NEW_FILE_MODE = 0o644


def backup_path(path: Path) -> Path:
    """The previous version of ``path`` is kept next to it under this name."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_atomic(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves a whole file.

    The bytes go to a temporary file in the same folder (``os.replace`` is only atomic within
    one file system) and are flushed to disk before the swap. With ``backup``, the version being
    replaced is first published as ``<name>.bak`` through its own staging name, so there is no
    instant where neither the file nor its backup exists.

    Raises:
        OSError: the folder is not writable, the disk is full, ... ``path`` is then unchanged
            and no temporary file is left behind.
    """
    path = Path(path)
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(
        dir=folder, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temp)
        if backup and path.exists():
            _publish_backup(path)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


def _copy_mode(path: Path, temp: Path) -> None:
    """Keep the permissions the user gave the file; mkstemp's private 0600 is only for new ones."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = _NEW_FILE_MODE
    os.chmod(temp, mode)


def _publish_backup(path: Path) -> None:
    """Make ``<name>.bak`` a copy of the current ``path``, replacing any older backup atomically."""
    staging = path.with_name(f"{TEMP_PREFIX}{path.name}.{uuid.uuid4().hex}.bak{TEMP_SUFFIX}")
    try:
        try:
            # A hard link costs nothing and its content is already on disk.
            os.link(path, staging)
        except OSError:
            # File systems without hard links (some network shares, FAT) get a real copy.
            shutil.copy2(path, staging)
            with open(staging, "rb+") as handle:
                os.fsync(handle.fileno())
        os.replace(staging, backup_path(path))
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def fsync_dir(folder: Path) -> None:
    """Persist a rename: on POSIX the new directory entry is only durable once the folder is synced.

    Windows cannot open a folder for syncing and commits renames itself, so this is a no-op there.
    """
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Delete temporary files a killed writer left in ``folder`` and return what went.

    Only the process holding the folder's lock may call this: another writer's temp file is
    live until its ``os.replace``. A leftover temp file never holds the only copy of anything,
    because the real file is replaced only after the temp file is complete.
    """
    removed: list[Path] = []
    for entry in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        if entry.is_file():
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed
