"""Finding films and places: typo-tolerant text plus the filters of the browsing panel."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from planner.core.catalog import Catalog
from planner.core.model import Access, Kind, Region
from planner.core.text import fold
from planner.core.text_index import Document, TextIndex

MAX_TEXT_RESULTS = 500
"""A search shows its best matches; nobody reads further, and the lists stay instant."""


@dataclass(frozen=True)
class FilmQuery:
    """What the user asked for in the films list; empty fields do not filter."""

    text: str = ""
    region: Region | None = None
    kind: Kind | None = None
    decade: int | None = None


@dataclass(frozen=True)
class PlaceQuery:
    """What the user asked for in the places list; ``exclude`` hides places already planned."""

    text: str = ""
    region: Region | None = None
    access: Access | None = None
    exclude: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Results:
    """Ids to show, best match (or alphabetical) first, and how many matched in all."""

    ids: list[str]
    total: int


def decade_of(year: int) -> int:
    return year - year % 10


class CatalogSearch:
    """Indexes built once per catalog, so each keystroke only looks words up."""

    def __init__(self, catalog: Catalog) -> None:
        films = list(catalog.films.values())
        places = list(catalog.places.values())
        self._film_ids = [f.id for f in films]
        self._place_ids = [p.id for p in places]
        self._place_number = {place_id: n for n, place_id in enumerate(self._place_ids)}
        towns = {f.id: {catalog.places[a.place].town for a in catalog.appearances_of_film(f.id)}
                 for f in films}
        # A film is also found by the towns it was shot in, below any match on its own names.
        self._film_index = TextIndex(
            Document(f.title, [f.original_title, str(f.year), *f.directors, *f.cast],
                     tertiary=sorted(towns[f.id]))
            for f in films
        )
        self._place_index = TextIndex(Document(p.name, [p.town, p.address]) for p in places)
        self._film_order = _Order.of([(fold(f.title), f.year) for f in films])
        self._place_order = _Order.of([fold(p.name) for p in places])
        self._film_regions = [catalog.regions_of_film(f.id) for f in films]
        self._film_kinds = [f.kind for f in films]
        self._film_decades = [decade_of(f.year) for f in films]
        self._place_regions = [p.region for p in places]
        self._place_access = [p.access for p in places]
        self.decades = sorted(set(self._film_decades))

    def films(self, query: FilmQuery) -> Results:
        regions, kinds, decades = self._film_regions, self._film_kinds, self._film_decades
        checks: list[Callable[[int], bool]] = []
        if query.region is not None:
            checks.append(lambda n: query.region in regions[n])
        if query.kind is not None:
            checks.append(lambda n: kinds[n] == query.kind)
        if query.decade is not None:
            checks.append(lambda n: decades[n] == query.decade)
        numbers = _rank(self._film_index.search(query.text), self._film_order, checks)
        return Results([self._film_ids[n] for n in numbers.ids_as_numbers], numbers.total)

    def places(self, query: PlaceQuery) -> Results:
        regions, access = self._place_regions, self._place_access
        checks: list[Callable[[int], bool]] = []
        if query.region is not None:
            checks.append(lambda n: regions[n] == query.region)
        if query.access is not None:
            checks.append(lambda n: access[n] == query.access)
        if query.exclude:
            excluded = {self._place_number[p] for p in query.exclude if p in self._place_number}
            checks.append(lambda n: n not in excluded)
        numbers = _rank(self._place_index.search(query.text), self._place_order, checks)
        return Results([self._place_ids[n] for n in numbers.ids_as_numbers], numbers.total)


@dataclass(frozen=True)
class _Numbers:
    ids_as_numbers: list[int]
    total: int


@dataclass(frozen=True)
class _Order:
    """Items in alphabetical order, and each item's rank in it (for tie-breaking)."""

    numbers: list[int]
    rank: list[int]

    @classmethod
    def of(cls, keys: Sequence[object]) -> _Order:
        numbers = sorted(range(len(keys)), key=keys.__getitem__)  # type: ignore[arg-type]
        rank = [0] * len(keys)
        for position, number in enumerate(numbers):
            rank[number] = position
        return cls(numbers, rank)


def _rank(hits: Mapping[int, float] | None, order: _Order,
          checks: list[Callable[[int], bool]]) -> _Numbers:
    """Filter, then keep the best text matches (ties alphabetical), or everything alphabetical."""
    if hits is None:
        kept = [n for n in order.numbers if all(check(n) for check in checks)]
        return _Numbers(kept, len(kept))
    rank = order.rank
    if checks:
        hits = {n: s for n, s in hits.items() if all(check(n) for check in checks)}
    best = heapq.nlargest(MAX_TEXT_RESULTS, hits, key=hits.__getitem__)
    best.sort(key=lambda n: (-hits[n], rank[n]))
    return _Numbers(best, len(hits))
