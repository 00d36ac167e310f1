"""Reading a file the user or another program may have put anywhere: only regular files, capped.

A FIFO would block ``open`` forever and a device could stream endless bytes, so the file is
opened without blocking and checked with ``fstat`` on the same descriptor (no race with a swap).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from planner.core.errors import PlanFileError
from planner.core.limits import MAX_PLAN_FILE_BYTES


def read_plan_bytes(path: Path, limit: int = MAX_PLAN_FILE_BYTES, kind: str = "plan") -> bytes:
    """The bytes of a plan file (or another ``kind`` of file), at most ``limit`` of them.

    Raises:
        PlanFileError: missing, a folder or another kind of non-regular file, too large, or
            unreadable; the message says which.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as error:
        raise PlanFileError(path, "the file does not exist") from error
    except IsADirectoryError as error:
        raise PlanFileError(path, f"this is a folder, not a {kind} file") from error
    except OSError as error:
        raise PlanFileError(path, f"the file cannot be read: {error.strerror}") from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise PlanFileError(path, f"this is a folder, not a {kind} file")
        if not stat.S_ISREG(info.st_mode):
            raise PlanFileError(path, "not a regular file (a pipe, a device or a socket)")
        if info.st_size > limit:
            raise PlanFileError(path, f"the file is far too large to be a {kind} file")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise PlanFileError(path, f"the file cannot be read: {error.strerror}") from error
    finally:
        os.close(fd)
    if len(data) > limit:
        raise PlanFileError(path, f"the file is far too large to be a {kind} file")
    return data
