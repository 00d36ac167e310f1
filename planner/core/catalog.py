"""Loading and validating the film catalog, and looking things up in it.

The catalog is checked in full at start-up: a broken entry stops the app with a message that names
the file, the entry and the field, because showing a wrong place on a trip is worse than no place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import msgspec

from planner.core.areas import departement_problem
from planner.core.errors import CatalogError
from planner.core.json_bytes import JsonInputError, parse_json, strip_bom
from planner.core.model import Appearance, Area, CatalogFile, Film, Place, Region, Town
from planner.core.opening import is_valid_rule
from planner.core.validation import NOT_FOUND, plain_problem, split_validation_error

CATALOG_SCHEMA_VERSION = 3

# Generous boxes around Île-de-France (with nearby day trips) and Auvergne-Rhône-Alpes.
REGION_BOUNDS: dict[Region, tuple[float, float, float, float]] = {
    "paris": (48.1, 1.4, 49.5, 3.6),
    "alps": (44.1, 2.0, 46.6, 7.2),
}

_SECTIONS = ("towns", "films", "places", "appearances")


def in_region(region: Region, lat: float, lon: float) -> bool:
    south, west, north, east = REGION_BOUNDS[region]
    return south <= lat <= north and west <= lon <= east


@dataclass(frozen=True)
class Catalog:
    """The loaded catalog with its lookup indexes."""

    films: dict[str, Film]
    places: dict[str, Place]
    towns: dict[str, Town]
    appearances: tuple[Appearance, ...]
    _by_film: dict[str, tuple[Appearance, ...]] = field(repr=False, default_factory=dict)
    _by_place: dict[str, tuple[Appearance, ...]] = field(repr=False, default_factory=dict)

    @classmethod
    def build(
        cls,
        films: Iterable[Film],
        places: Iterable[Place],
        towns: Iterable[Town],
        appearances: Sequence[Appearance],
    ) -> Catalog:
        by_film: dict[str, list[Appearance]] = defaultdict(list)
        by_place: dict[str, list[Appearance]] = defaultdict(list)
        for appearance in appearances:
            by_film[appearance.film].append(appearance)
            by_place[appearance.place].append(appearance)
        return cls(
            films={f.id: f for f in films},
            places={p.id: p for p in places},
            towns={t.name: t for t in towns},
            appearances=tuple(appearances),
            # Tuples: most places have one appearance, and a tuple of one is half a list's size.
            _by_film={film: tuple(found) for film, found in by_film.items()},
            _by_place={place: tuple(found) for place, found in by_place.items()},
        )

    def appearances_of_film(self, film_id: str) -> tuple[Appearance, ...]:
        """The film's appearances in catalog order (the order sources tell the story)."""
        return self._by_film.get(film_id, ())

    def appearances_at_place(self, place_id: str) -> tuple[Appearance, ...]:
        return self._by_place.get(place_id, ())

    def areas_of_film(self, film_id: str) -> set[Area]:
        return {self.places[a.place].area for a in self.appearances_of_film(film_id)}


def load_catalog(path: Path) -> Catalog:
    """Read and validate ``path``; raise :class:`CatalogError` naming what is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(path, "file", f"cannot be read ({exc.strerror or exc})") from exc
    return parse_catalog(raw, path)


def parse_catalog(raw: bytes, path: Path) -> Catalog:
    raw = strip_bom(raw)
    try:
        data = msgspec.json.decode(raw, type=CatalogFile)
    except (ValueError, RecursionError) as exc:
        # The typed decode is the fast path; only a broken file is decoded a second time,
        # untyped, to name the entry and the field that are wrong.
        _explain_decode_error(raw, path, exc)
    _check_version(data.schema_version, path)
    problems = list(check_catalog(data))
    if problems:
        where, problem = problems[0]
        extra = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise CatalogError(path, where, problem + extra)
    return Catalog.build(data.films, data.places, data.towns, data.appearances)


def _check_version(version: object, path: Path) -> None:
    if version != CATALOG_SCHEMA_VERSION:
        raise CatalogError(
            path, "schema_version", f"is {version!r}; this app reads {CATALOG_SCHEMA_VERSION}"
        )


def _explain_decode_error(raw: bytes, path: Path, error: BaseException) -> NoReturn:
    try:
        document = parse_json(raw)
    except JsonInputError as exc:
        raise CatalogError(path, "file", f"cannot be read: {exc.reason}") from exc
    if not isinstance(document, dict):
        raise CatalogError(path, "file", "must hold a JSON object") from error
    _check_version(document.get("schema_version"), path)
    where, problem = _describe_validation_error(str(error), document)
    raise CatalogError(path, where, problem) from error


def _describe_validation_error(message: str, document: dict[str, Any]) -> tuple[str, str]:
    """Turn msgspec's "Expected ... - at `$.places[3].lat`" into an entry name and a problem."""
    location, problem = split_validation_error(message)
    problem = plain_problem(problem, _value_at(document, location))
    match = re.match(r"\$\.(\w+)\[(\d+)\]\.?([\w.\[\]]*)", location)
    if not match:
        return location or "file", problem
    section, index, field_path = match.group(1), int(match.group(2)), match.group(3)
    entry = _entry_name(section, index, document)
    return f"{entry}, field '{field_path}'" if field_path else entry, problem


def _value_at(document: Any, location: str) -> Any:
    """The value at a msgspec path such as ``$.places[3].sources[0]``."""
    value = document
    for key, index in re.findall(r"\.(\w+)|\[(\d+)\]", location):
        try:
            value = value[key] if key else value[int(index)]
        except (KeyError, IndexError, TypeError):
            return NOT_FOUND
    return value


def _entry_name(section: str, index: int, document: dict[str, Any]) -> str:
    try:
        item = document[section][index]
    except (KeyError, IndexError, TypeError):
        item = None
    label = f"{section}[{index}]"
    if isinstance(item, dict):
        key = item.get("id") or item.get("name")
        if key is None and section == "appearances":
            key = f"{item.get('film')} at {item.get('place')}"
        if key is not None:
            label += f" ({key!s})"
    return label


def check_catalog(data: CatalogFile) -> Iterable[tuple[str, str]]:
    """Yield ``(where, problem)`` for every rule the typed decode cannot express."""
    for section in _SECTIONS:
        yield from _duplicate_keys(section, getattr(data, section))
    towns = {t.name for t in data.towns}
    films = {f.id for f in data.films}
    places = {p.id for p in data.places}
    for i, town in enumerate(data.towns):
        yield from _check_point(f"towns[{i}] ({town.name})", town.region, town.lat, town.lon)
    for i, place in enumerate(data.places):
        where = f"places[{i}] ({place.id})"
        yield from _check_point(where, place.region, place.lat, place.lon)
        if place.town not in towns:
            yield f"{where}, field 'town'", f"names unknown town {place.town!r}"
        problem = departement_problem(place.departement, place.area, place.lat, place.lon)
        if problem:
            yield f"{where}, field 'departement'", problem
        if place.opening_hours and not is_valid_rule(place.opening_hours):
            yield (f"{where}, field 'opening_hours'",
                   f"{place.opening_hours!r} is not an OpenStreetMap opening_hours rule")
        if place.opening_hours and place.opening_hours_source is None:
            yield f"{where}, field 'opening_hours_source'", "opening hours need a source"
    for i, film in enumerate(data.films):
        where = f"films[{i}] ({film.id})"
        if film.collection and film.collection_source is None:
            yield f"{where}, field 'collection_source'", "a collection needs a source"
        if film.watch_on and film.watch_source is None:
            yield f"{where}, field 'watch_source'", "where to watch it needs a source"
    for i, appearance in enumerate(data.appearances):
        where = f"appearances[{i}] ({appearance.film} at {appearance.place})"
        if appearance.film not in films:
            yield f"{where}, field 'film'", f"names unknown film {appearance.film!r}"
        if appearance.place not in places:
            yield f"{where}, field 'place'", f"names unknown place {appearance.place!r}"


def _duplicate_keys(section: str, items: Sequence[Any]) -> Iterable[tuple[str, str]]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if section == "appearances":
            key = f"{item.film} at {item.place}"
        else:
            key = str(getattr(item, "id", None) or item.name)
        if key in seen:
            yield f"{section}[{i}] ({key})", "repeats an entry already listed"
        seen.add(key)


def _check_point(where: str, region: Region, lat: float, lon: float) -> Iterable[tuple[str, str]]:
    if not in_region(region, lat, lon):
        yield f"{where}, field 'lat'/'lon'", f"({lat}, {lon}) lies outside the {region} region"


def catalog_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``catalog.json``, derived from the msgspec types (never hand-written)."""
    # Through JSON and back, so defaults read as JSON does (an empty tuple is an empty array).
    generated = msgspec.json.schema(CatalogFile)
    schema: dict[str, Any] = msgspec.json.decode(msgspec.json.encode(generated))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Film Trip Planner catalog"
    return schema
