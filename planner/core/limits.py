"""The one set of limits on a plan, shared by loading, importing and editing.

Each limit is generous for a real trip and small enough that a hostile or broken file cannot
freeze the window. Because edits stay inside the same limits that loading enforces, every plan
the app writes can be read back, and every export re-imports.
"""

from __future__ import annotations

MAX_NAME_LENGTH = 120
"""Characters in a plan's or a custom place's name."""
MAX_NOTE_LENGTH = 2000
"""Characters in a note or an address."""
MAX_ID_LENGTH = 128
MAX_DAYS = 60
MAX_STOPS_PER_DAY = 50
MAX_STOPS_PER_PLAN = 1000
MAX_CUSTOM_PLACES = 200
MIN_STOP_MINUTES = 5
MAX_STOP_MINUTES = 12 * 60
MAX_PLAN_FILE_BYTES = 32 * 1024 * 1024
"""Larger than the largest plan the limits above allow, even with every character escaped."""


def clip_text(text: str, limit: int = MAX_NOTE_LENGTH) -> str:
    """Trim surrounding spaces and cut what goes past ``limit`` characters."""
    return text.strip()[:limit]
