"""Small versioned JSON files the app can lose without harm (settings, window state).

A file that cannot be read for any reason (missing, a folder or a pipe, not JSON, nested too
deeply, another version) reads as None, and the caller falls back to its defaults.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import msgspec

from planner.core.errors import PlanFileError
from planner.fileio.atomic import write_atomic
from planner.fileio.reading import read_plan_bytes

MAX_BYTES = 1024 * 1024
T = TypeVar("T", bound=msgspec.Struct)


def load_json_file(path: Path, kind: type[T], version: int) -> T | None:
    """``path`` decoded as ``kind`` when its ``schema_version`` is ``version``, else None."""
    try:
        value = msgspec.json.decode(read_plan_bytes(path, MAX_BYTES), type=kind)
    except (PlanFileError, ValueError, RecursionError):
        return None
    return value if getattr(value, "schema_version", None) == version else None


def save_json_file(path: Path, value: msgspec.Struct) -> None:
    """Write ``value`` atomically, creating the folder if needed.

    Raises:
        OSError: the folder or the file cannot be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, msgspec.json.encode(value), backup=False)
