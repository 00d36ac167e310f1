"""A smallest valid catalog document, for tests that break one thing at a time."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import msgspec

from planner.core.catalog import Catalog

VALID: dict[str, Any] = {
    "schema_version": 3,
    "towns": [
        {"name": "Paris", "region": "paris", "lat": 48.8566, "lon": 2.3522,
         "source": "https://en.wikipedia.org/wiki/Paris"},
    ],
    "films": [
        {"id": "amelie", "title": "Amélie", "original_title": "Le Fabuleux Destin d'Amélie Poulain",
         "year": 2001, "kind": "film", "directors": ["Jean-Pierre Jeunet"],
         "cast": ["Audrey Tautou"], "premise": "A shy waitress secretly improves lives.",
         "sources": ["https://example.org/amelie"]},
        {"id": "takedown", "title": "The Takedown", "original_title": "Loin du périph",
         "year": 2022, "kind": "film", "premise": "Two cops reunite.",
         "sources": ["https://example.org/takedown"]},
    ],
    "places": [
        {"id": "cafe", "name": "Café des 2 Moulins", "address": "15 rue Lepic", "town": "Paris",
         "lat": 48.8854, "lon": 2.3333, "precision": "exact",
         "access": "public", "visit_minutes": 45, "sources": ["https://example.org/cafe"],
         "departement": "75", "area": "paris"},
    ],
    "appearances": [
        {"film": "amelie", "place": "cafe", "scene": "Amélie works here.",
         "confidence": "confirmed", "sources": ["https://example.org/cafe"]},
    ],
}


def catalog_document() -> dict[str, Any]:
    return copy.deepcopy(VALID)


def write_catalog(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def with_hours(catalog: Catalog, place_id: str, rule: str) -> Catalog:
    """``catalog`` with the place ``place_id`` given ``rule`` as its opening hours."""
    places = dict(catalog.places)
    places[place_id] = msgspec.structs.replace(
        places[place_id], opening_hours=rule, opening_hours_source="https://example.org/hours")
    return Catalog.build(catalog.films.values(), places.values(), catalog.towns.values(),
                         catalog.appearances)
