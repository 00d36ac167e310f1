"""Files on disk, shared by the plan store and by import and export: crash-safe writes, careful
reads, and the plan file format."""

from __future__ import annotations

from planner.fileio.atomic import write_atomic
from planner.fileio.plan_codec import PLAN_SCHEMA_VERSION, decode_plan, encode_plan
from planner.fileio.reading import read_plan_bytes

__all__ = ["PLAN_SCHEMA_VERSION", "decode_plan", "encode_plan", "read_plan_bytes", "write_atomic"]
