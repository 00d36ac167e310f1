"""The user's preferences, declared once with their defaults, kept in the config folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from planner.core.travel import TRAVEL_ESTIMATES, ModeEstimate, TravelMode
from planner.store.json_file import load_json_file, save_json_file

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"
OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


class TravelSetting(msgspec.Struct, frozen=True):
    """The user's own figures for one way of travelling (see :mod:`planner.core.travel`)."""

    speed_kmh: Annotated[float, Meta(ge=1, le=400)]
    detour: Annotated[float, Meta(ge=1, le=3)]
    overhead_minutes: Annotated[int, Meta(ge=0, le=240)]


class Settings(msgspec.Struct):
    schema_version: int = SETTINGS_VERSION
    online_tiles: bool = False
    """Off by default: the app works offline, and tiles are fetched only when asked for."""
    tile_url: str = OSM_TILE_URL
    """With {z}, {x} and {y}; OpenStreetMap's standard tiles unless the user sets another."""
    online_search: bool = False
    """Off by default, as the tiles are: with it, names and map positions are sent to the
    place search service."""
    geocoder: Literal["nominatim", "photon"] = "nominatim"
    """Which service finds places by name (both are OpenStreetMap-based)."""
    geocoder_url: str = ""
    """The service's address; empty for its public one."""
    distance_unit: Literal["km", "mi"] = "km"
    """Kilometres (and metres) or miles (and feet), in the window and on the map."""
    language: Literal["system", "en", "fr"] = "system"
    """The window's language: the system's (French on a French system, English otherwise)."""
    welcomed: bool = False
    """Whether the first-run welcome was offered (it is offered once, when there are no plans)."""
    travel: dict[TravelMode, TravelSetting] = {}
    """Travel estimates the user changed; the others keep the defaults of core/travel.py."""


def travel_estimates(settings: Settings) -> dict[TravelMode, ModeEstimate]:
    """The estimates timetables use: the defaults, with the user's own figures over them."""
    estimates = dict(TRAVEL_ESTIMATES)
    for mode, own in settings.travel.items():
        estimates[mode] = dataclasses.replace(
            estimates[mode], speed_kmh=own.speed_kmh, detour=own.detour,
            overhead_minutes=own.overhead_minutes)
    return estimates


def load_settings(config_dir: Path) -> Settings:
    found = load_json_file(config_dir / SETTINGS_FILE, Settings, SETTINGS_VERSION)
    return found if found is not None else Settings()


def save_settings(config_dir: Path, settings: Settings) -> None:
    save_json_file(config_dir / SETTINGS_FILE, settings)
