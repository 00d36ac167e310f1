"""The portable plan file (``.ftrip.json``) a user sends to a friend or keeps as a copy.

It holds the same versioned plan as the store's files plus a format marker, so a stray JSON
file is recognised as "not ours" instead of failing on some field deep inside it.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from planner.core.errors import PlanFileError, PlanImportError
from planner.core.model import Plan, new_id, now_utc
from planner.store import plan_codec
from planner.store.atomic import write_atomic

FILE_SUFFIX = ".ftrip.json"
FORMAT_MARKER = "film-trip-planner/plan"
MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""A plan is a few kilobytes; refusing huge files keeps a wrong pick from freezing the window."""


def export_plan(plan: Plan, path: Path) -> None:
    """Write ``plan`` as a portable file at ``path`` (the caller picks the name and suffix).

    Raises:
        PlanFileError: the file could not be written; an existing file there is unchanged.
    """
    version = plan_codec.PLAN_SCHEMA_VERSION
    document = {"format": FORMAT_MARKER, "schema_version": version, "plan": plan}
    try:
        write_atomic(Path(path), plan_codec.encode_json(document), backup=False)
    except OSError as error:
        raise PlanFileError(path, f"could not be written: {error.strerror or error}") from error


def import_plan(path: Path, existing_ids: Collection[str] = ()) -> Plan:
    """Read a portable plan file and return it as a new plan of this user.

    The result always gets a fresh id, so importing the same file twice, or a friend's edit of
    a plan we already have, adds a plan instead of replacing one. ``existing_ids`` guards
    against the (astronomically unlikely) clash anyway.

    Raises:
        PlanImportError: the file is missing, unreadable, not a Film Trip Planner plan, from a
            newer version, or has a field of the wrong type; the message says which.
    """
    path = Path(path)
    data = _read_limited(path)
    try:
        document = plan_codec.parse_document(data, path)
        if document.get("format") != FORMAT_MARKER:
            raise PlanImportError(path, "not a Film Trip Planner plan file")
        version = plan_codec.document_version(document, path)
        if version > plan_codec.PLAN_SCHEMA_VERSION:
            raise PlanImportError(
                path,
                f"written by a newer version of Film Trip Planner (schema {version}); "
                "update the app to import it",
            )
        document = plan_codec.migrate_document(document, version, path)
        plan = plan_codec.plan_from_document(document, path)
    except PlanImportError:
        raise
    except PlanFileError as error:
        raise PlanImportError(path, error.problem) from error

    plan.id = new_id()
    while plan.id in existing_ids:
        plan.id = new_id()
    plan.created = plan.updated = now_utc()
    return plan


def _read_limited(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as error:
        raise PlanImportError(path, "the file does not exist") from error
    except IsADirectoryError as error:
        raise PlanImportError(path, "this is a folder, not a plan file") from error
    except OSError as error:
        raise PlanImportError(path, f"the file cannot be read: {error.strerror}") from error
    if len(data) > MAX_IMPORT_BYTES:
        raise PlanImportError(path, "the file is far too large to be a plan")
    return data
