"""Moving a user's files aside without ever replacing another file."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path


def content_digest(data: bytes) -> bytes:
    """A short fingerprint of a file's bytes, to notice when another program changed it."""
    return hashlib.blake2b(data, digest_size=16).digest()


def utc_stamp() -> str:
    """A sortable UTC time for the names of files set aside."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def move_without_overwrite(source: Path, target: Path, *, keep_name: bool = False) -> Path:
    """Move ``source`` to ``target``, or to ``target.1``, ``target.2``... if that name is taken.

    With ``keep_name``, an existing ``target`` is pushed aside instead, so the newest file
    always has the plain name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if keep_name and target.exists():
        move_without_overwrite(target, target.with_name(target.name + ".old"))
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
