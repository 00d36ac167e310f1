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
from planner.core.phrase import QT_TRANSLATE_NOOP, Phrase, phrase

PLAN_KIND = phrase(QT_TRANSLATE_NOOP("core", "a plan file"))
PLACES_KIND = phrase(QT_TRANSLATE_NOOP("core", "a file of places"))
FILMING_DATA_KIND = phrase(QT_TRANSLATE_NOOP("core", "a filming-data file"))
MY_PLACES_KIND = phrase(QT_TRANSLATE_NOOP("core", "the My places file"))
CACHE_KIND = phrase(QT_TRANSLATE_NOOP("core", "a cache file"))


def read_plan_bytes(path: Path, limit: int = MAX_PLAN_FILE_BYTES,
                    kind: Phrase = PLAN_KIND) -> bytes:
    """The bytes of a plan file (or another ``kind`` of file), at most ``limit`` of them.

    Raises:
        PlanFileError: missing, a folder or another kind of non-regular file, too large, or
            unreadable; the message says which.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as error:
        raise PlanFileError(path, _MISSING) from error
    except IsADirectoryError as error:
        raise PlanFileError(path, _folder(kind)) from error
    except OSError as error:
        raise PlanFileError(path, _unreadable(error)) from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise PlanFileError(path, _folder(kind))
        if not stat.S_ISREG(info.st_mode):
            raise PlanFileError(path, _NOT_REGULAR)
        if info.st_size > limit:
            raise PlanFileError(path, _too_large(kind))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise PlanFileError(path, _unreadable(error)) from error
    finally:
        os.close(fd)
    if len(data) > limit:
        raise PlanFileError(path, _too_large(kind))
    return data


_MISSING = phrase(QT_TRANSLATE_NOOP("core", "the file does not exist"))
_NOT_REGULAR = phrase(QT_TRANSLATE_NOOP("core",
                                        "not a regular file (a pipe, a device or a socket)"))


def _folder(kind: Phrase) -> Phrase:
    return phrase(QT_TRANSLATE_NOOP("core", "this is a folder, not {kind}"), kind=kind)


def _too_large(kind: Phrase) -> Phrase:
    return phrase(QT_TRANSLATE_NOOP("core", "the file is far too large to be {kind}"), kind=kind)


def _unreadable(error: OSError) -> Phrase:
    return phrase(QT_TRANSLATE_NOOP("core", "the file cannot be read: {reason}"),
                  reason=error.strerror or str(error))
