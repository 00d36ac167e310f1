"""The portable plan file (``.ftrip.json``) a user sends to a friend or keeps as a copy.

It holds the same versioned plan as the store's files plus a format marker, so a stray JSON
file is recognised as "not ours" instead of failing on some field deep inside it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.errors import PlanFileError, PlanImportError
from planner.core.model import Plan, new_id, now_utc
from planner.core.phrase import QT_TRANSLATE_NOOP, phrase
from planner.exchange.registry import ExportOptions, write_export
from planner.fileio import plan_codec
from planner.fileio.reading import read_plan_bytes

if TYPE_CHECKING:
    from planner.core.catalog import Catalog

FILE_SUFFIX = ".ftrip.json"
FORMAT_MARKER = "film-trip-planner/plan"


def export_plan(plan: Plan, path: Path) -> None:
    """Write ``plan`` as a portable file at ``path`` (the caller picks the name and suffix).

    Raises:
        PlanFileError: the file could not be written; an existing file there is unchanged.
    """
    version = plan_codec.PLAN_SCHEMA_VERSION
    document = {"format": FORMAT_MARKER, "schema_version": version, "plan": plan}
    write_export(path, plan_codec.encode_json(document))


def export_native(plan: Plan, _catalog: Catalog, path: Path, _options: ExportOptions) -> None:
    """:func:`export_plan` as the exporter registry calls it."""
    export_plan(plan, path)


def free_file_name(folder: Path, name: str, suffix: str) -> Path:
    """A path in ``folder`` named after ``name``, safe on every system, that is not taken yet."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")[:80] or "plan"
    candidate, number = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem} {number}{suffix}"
    return candidate


def import_plan(path: Path, existing_ids: Collection[str] = ()) -> Plan:
    """Read a portable plan file and return it as a new plan of this user.

    The result always gets a fresh id, so importing the same file twice, or a friend's edit of
    a plan we already have, adds a plan instead of replacing one. ``existing_ids`` guards
    against the (astronomically unlikely) clash anyway.

    Raises:
        PlanImportError: the file is missing, not a regular file, unreadable, not a Film Trip
            Planner plan, from a newer version, over a limit, or has a field of the wrong type;
            the message says which.
    """
    path = Path(path)
    try:
        data = read_plan_bytes(path)
        document = plan_codec.parse_document(data, path)
        if document.get("format") != FORMAT_MARKER:
            raise PlanImportError(path, phrase(QT_TRANSLATE_NOOP(
                "core", "not a Film Trip Planner plan file")))
        version = plan_codec.document_version(document, path)
        if version > plan_codec.PLAN_SCHEMA_VERSION:
            raise PlanImportError(path, phrase(QT_TRANSLATE_NOOP(
                "core", "written by a newer version of Film Trip Planner (schema {version}); "
                "update the app to import it"), version=version))
        document = plan_codec.migrate_document(document, version, path)
        plan = plan_codec.plan_from_document(document, path)
    except PlanImportError:
        raise
    except PlanFileError as error:
        raise PlanImportError(path, error.reason) from error

    plan.id = new_id()
    while plan.id in existing_ids:
        plan.id = new_id()
    plan.created = plan.updated = now_utc()
    return plan
