"""The local plan store: folders, crash-safe writes, the plan file format, and the store."""

from __future__ import annotations

from planner.store.atomic import write_atomic
from planner.store.paths import AppPaths
from planner.store.plan_codec import (
    MIGRATIONS,
    PLAN_SCHEMA_VERSION,
    decode_plan,
    encode_plan,
)
from planner.store.plan_store import LoadProblem, LoadResult, PlanStore

__all__ = [
    "MIGRATIONS",
    "PLAN_SCHEMA_VERSION",
    "AppPaths",
    "LoadProblem",
    "LoadResult",
    "PlanStore",
    "decode_plan",
    "encode_plan",
    "write_atomic",
]
