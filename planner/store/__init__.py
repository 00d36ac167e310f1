"""The local plan store: folders, the plans in them, recovery, and the window's own memory."""

from __future__ import annotations

from planner.store.paths import AppPaths
from planner.store.plan_store import LoadProblem, LoadResult, PlanStore

__all__ = ["AppPaths", "LoadProblem", "LoadResult", "PlanStore"]
