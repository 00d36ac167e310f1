"""Plan files as bytes: versioned JSON, migrations, and readable reasons when a file is bad.

Both the store's files and the portable exchange files go through here, so there is one place
that knows the schema and one place that turns msgspec's errors into words for the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from planner.core import limits
from planner.core.errors import NewerPlanError, PlanFileError
from planner.core.json_bytes import JsonInputError, decode_failure_reason, parse_json
from planner.core.model import Plan
from planner.core.validation import plain_problem, split_validation_error

PLAN_SCHEMA_VERSION = 1

Document = dict[str, Any]
Migration = Callable[[Document], Document]

MIGRATIONS: dict[int, Migration] = {}
"""Upgrade steps keyed by the version they start from: ``MIGRATIONS[n]`` turns an ``n`` document
into an ``n + 1`` one. Each step only reshapes the content; the version number is set for it."""


class _Envelope(msgspec.Struct):
    """The typed shape checked after migration; extra header keys (``format``) are ignored."""

    schema_version: int
    plan: Plan


def encode_json(document: object) -> bytes:
    """Pretty JSON with a final newline, so files diff well and read well in a text editor."""
    return msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n"


def encode_plan(plan: Plan) -> bytes:
    """The store's file content for ``plan``."""
    return encode_json({"schema_version": PLAN_SCHEMA_VERSION, "plan": plan})


def decode_plan(data: bytes, source: Path) -> Plan:
    """Read a store file, upgrading it from an older schema if needed.

    Raises:
        NewerPlanError: a newer app wrote it; the caller must not overwrite it.
        PlanFileError: anything else that makes it unusable, with the reason in words.
    """
    document = parse_document(data, source)
    version = document_version(document, source)
    if version > PLAN_SCHEMA_VERSION:
        raise NewerPlanError(
            source, f"written by a newer version (schema {version}); opened read-only"
        )
    return plan_from_document(migrate_document(document, version, source), source)


def parse_document(data: bytes, source: Path) -> Document:
    """Parse bytes into a JSON object, explaining empty, cut-off, garbled and hostile files."""
    try:
        document = parse_json(data)
    except JsonInputError as error:
        raise PlanFileError(source, error.reason) from error
    if not isinstance(document, dict):
        kind = _json_kind(document)
        raise PlanFileError(source, f"not a plan file: expected a JSON object, got {kind}")
    return document


def document_version(document: Document, source: Path) -> int:
    """The ``schema_version`` a document declares, checked to be a positive whole number."""
    if "schema_version" not in document:
        raise PlanFileError(source, '$: missing required field "schema_version"')
    version = document["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        kind = _json_kind(version)
        raise PlanFileError(source, f"$.schema_version: expected int, got {kind}")
    if version < 1:
        raise PlanFileError(source, f"$.schema_version: {version} is not a valid version")
    return version


def migrate_document(document: Document, version: int, source: Path) -> Document:
    """Bring an older document up to :data:`PLAN_SCHEMA_VERSION`, one registered step at a time."""
    while version < PLAN_SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise PlanFileError(
                source, f"cannot upgrade from schema {version}: this version has no converter"
            )
        try:
            document = step(document)
        except (KeyError, TypeError, ValueError) as error:
            raise PlanFileError(
                source, f"cannot upgrade from schema {version}: {error!r}"
            ) from error
        version += 1
        document["schema_version"] = version
    return document


def plan_from_document(document: Document, source: Path) -> Plan:
    """Check every field's type and build the :class:`Plan`."""
    raw_plan = document.get("plan")
    # The id names the file and links the backup: a missing one must not be invented here.
    if isinstance(raw_plan, dict) and "id" not in raw_plan:
        raise PlanFileError(source, '$.plan: missing required field "id"')
    try:
        plan = msgspec.convert(document, _Envelope).plan
    except msgspec.ValidationError as error:
        raise PlanFileError(source, validation_reason(error)) from error
    except RecursionError as error:
        raise PlanFileError(source, decode_failure_reason(error)) from error
    stops = sum(len(day.stops) for day in plan.days)
    if stops > limits.MAX_STOPS_PER_PLAN:
        raise PlanFileError(source, f"$.plan.days: {stops} stops in all, more than the "
                                    f"{limits.MAX_STOPS_PER_PLAN} a plan can hold")
    return plan


def validation_reason(error: msgspec.ValidationError) -> str:
    """Turn msgspec's wording into ``<field path>: <problem>``.

    For example ``Expected `int`, got `str` - at `$.plan.days[0].minutes``` becomes
    ``$.plan.days[0].minutes: expected int, got str``.
    """
    path, what = split_validation_error(str(error))
    return f"{path}: {plain_problem(what)}"


def _json_kind(value: object) -> str:
    """JSON's own name for a parsed value's type, as a user would see it in the file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    names = {dict: "object", list: "array", str: "str", int: "int", float: "float"}
    return names.get(type(value), type(value).__name__)
