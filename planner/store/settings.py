"""The user's preferences, declared once with their defaults, kept in the config folder."""

from __future__ import annotations

from pathlib import Path

import msgspec

from planner.store.json_file import load_json_file, save_json_file

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"
OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


class Settings(msgspec.Struct):
    schema_version: int = SETTINGS_VERSION
    online_tiles: bool = False
    """Off by default: the app works offline, and tiles are fetched only when asked for."""
    tile_url: str = OSM_TILE_URL
    """With {z}, {x} and {y}; OpenStreetMap's standard tiles unless the user sets another."""


def load_settings(config_dir: Path) -> Settings:
    found = load_json_file(config_dir / SETTINGS_FILE, Settings, SETTINGS_VERSION)
    return found if found is not None else Settings()


def save_settings(config_dir: Path, settings: Settings) -> None:
    save_json_file(config_dir / SETTINGS_FILE, settings)
