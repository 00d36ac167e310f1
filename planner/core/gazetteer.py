"""The offline gazetteer: French towns and railway stations, found by name with no network.

Towns come from ``resources/gazetteer.json.gz``, built once from GeoNames by
``tools/build_gazetteer.py``; stations from the sourced ``data/stations.json``. Names are
matched like the catalog's, so accents, case and a typo or two do not matter ("evian",
"anecy", "gare de lyon"). Read and indexed on the first search, then kept.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

import msgspec

from planner.core.errors import PlannerError
from planner.core.model import HttpsUrl, Latitude, Longitude, Text
from planner.core.text_index import Document, TextIndex, words_of

GAZETTEER_FORMAT = "film-trip-planner/gazetteer"
RESULTS = 12
EntryKind = Literal["town", "station"]


class GazetteerError(PlannerError):
    """A gazetteer file cannot be read; Add my place then searches online only."""


class Station(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: Text
    town: Text
    lat: Latitude
    lon: Longitude
    source: HttpsUrl


class StationsFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The on-disk shape of ``data/stations.json``."""

    schema_version: int
    dataset: Text
    dataset_url: HttpsUrl
    licence: Text
    licence_url: HttpsUrl
    note: str
    stations: list[Station]


class TownSource(msgspec.Struct, frozen=True):
    name: str
    package: str
    licence: str
    url: str


TownRow = tuple[str, float, float, str, int, list[str]]
"""Name, latitude, longitude, region code, population, other spellings."""


class TownsFile(msgspec.Struct, frozen=True):
    format: str
    version: int
    source: TownSource
    regions: dict[str, str]
    towns: list[TownRow]


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: EntryKind
    lat: float
    lon: float
    where: str
    """The region of a town, the town of a station."""
    population: int = 0

    @property
    def label(self) -> str:
        what = "station" if self.kind == "station" else "town"
        return f"{self.name} ({what}, {self.where})"


class Gazetteer:
    """Towns and stations with a typo-tolerant index over their names."""

    def __init__(self, entries: list[GazetteerEntry], other_names: list[list[str]],
                 attribution: str) -> None:
        self.entries = entries
        self.attribution = attribution
        self._index = TextIndex(
            Document(entry.name, names, [entry.where, entry.kind, *_kind_words(entry.kind)])
            for entry, names in zip(entries, other_names, strict=True))

    def search(self, query: str, limit: int = RESULTS) -> list[GazetteerEntry]:
        """Best matches first. Among equal matches: the very name, then names that begin
        with the query ("Saint-Gervais-les-Bains" before "Le Pré-Saint-Gervais"), stations,
        and larger towns."""
        scores = self._index.search(query) or {}
        wanted = " ".join(words_of(query))

        def rank(number: int) -> tuple[int, bool, bool, bool, int]:
            entry = self.entries[number]
            name = " ".join(words_of(entry.name))
            return (-round(scores[number]), name != wanted, not name.startswith(wanted),
                    entry.kind != "station", -entry.population)

        return [self.entries[number] for number in sorted(scores, key=rank)[:limit]]


def _kind_words(kind: EntryKind) -> list[str]:
    return ["gare", "railway"] if kind == "station" else []


def decode_gazetteer(towns_data: bytes, stations_data: bytes) -> Gazetteer:
    try:
        towns = msgspec.json.decode(gzip.decompress(towns_data), type=TownsFile)
        stations = msgspec.json.decode(stations_data, type=StationsFile)
    except (OSError, EOFError, zlib.error, ValueError, RecursionError) as error:
        raise GazetteerError(f"the offline list of towns cannot be read: {error}") from error
    if towns.format != GAZETTEER_FORMAT or towns.version != 1:
        raise GazetteerError(f"the offline list of towns has an unknown format: {towns.format} "
                             f"version {towns.version}")
    entries = [GazetteerEntry(s.name, "station", s.lat, s.lon, s.town) for s in stations.stations]
    names: list[list[str]] = [[] for _ in entries]
    for name, lat, lon, region, population, others in towns.towns:
        entries.append(GazetteerEntry(name, "town", lat, lon, towns.regions.get(region, "France"),
                                      population))
        names.append(others)
    attribution = f"Towns © GeoNames (CC BY 4.0); stations: {stations.dataset}"
    return Gazetteer(entries, names, attribution)


@cache
def shipped_gazetteer() -> Gazetteer:
    """The gazetteer that ships with the app, read and indexed once."""
    try:
        towns = files("planner.resources").joinpath("gazetteer.json.gz").read_bytes()
        stations = files("planner.data").joinpath("stations.json").read_bytes()
    except OSError as error:
        raise GazetteerError(f"the offline list of towns is missing: {error}") from error
    return decode_gazetteer(towns, stations)
