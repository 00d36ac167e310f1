"""The window's own memory between runs: geometry, docks, the map's view and the last plan.

Kept apart from user settings (it is safe to lose) and written as small versioned JSON; a file
that cannot be read is ignored and the window simply opens with its defaults.
"""

from __future__ import annotations

import base64
from pathlib import Path

import msgspec

from planner.store.json_file import load_json_file, save_json_file

WINDOW_STATE_VERSION = 1
WINDOW_STATE_FILE = "window-state.json"


class WindowState(msgspec.Struct):
    schema_version: int = WINDOW_STATE_VERSION
    geometry: str = ""
    docks: str = ""
    """Where the docks are (``QMainWindow.saveState``), packed."""
    last_plan_id: str = ""
    map_view: tuple[float, float, float] | None = None
    """The map's centre (lat, lon) and zoom."""

    @staticmethod
    def pack(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    @staticmethod
    def unpack(text: str) -> bytes:
        try:
            return base64.b64decode(text.encode("ascii"), validate=True)
        except ValueError:
            return b""


def load_window_state(config_dir: Path) -> WindowState:
    found = load_json_file(config_dir / WINDOW_STATE_FILE, WindowState, WINDOW_STATE_VERSION)
    return found if found is not None else WindowState()


def save_window_state(config_dir: Path, state: WindowState) -> None:
    save_json_file(config_dir / WINDOW_STATE_FILE, state)
