"""Finding films and places: typo-tolerant text plus the filters of the browsing panel."""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from planner.core.catalog import Catalog
from planner.core.model import Access, Area, Film, Kind
from planner.core.text import fold
from planner.core.text_index import Document, TextIndex, words_of

MAX_TEXT_RESULTS = 500
"""A search shows its best matches; nobody reads further, and the lists stay instant."""


@dataclass(frozen=True)
class FilmQuery:
    """What the user asked for in the films list; empty fields do not filter."""

    text: str = ""
    area: Area | None = None
    kind: Kind | None = None
    decade: int | None = None


@dataclass(frozen=True)
class PlaceQuery:
    """What the user asked for in the places list; ``exclude`` hides places already planned."""

    text: str = ""
    area: Area | None = None
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
        self._catalog = catalog
        films = list(catalog.films.values())
        places = list(catalog.places.values())
        self._film_ids = [f.id for f in films]
        self._place_ids = [p.id for p in places]
        self._place_number = {place_id: n for n, place_id in enumerate(self._place_ids)}
        self._film_order = _Order.of([(fold(f.title), f.year) for f in films])
        self._place_order = _Order.of([fold(p.name) for p in places])
        # Filtering intersects sets of item numbers in C instead of checking each item in
        # Python on every keystroke; each value's set is built the first time it is used.
        self._film_area = _Column([catalog.areas_of_film(f.id) for f in films])
        self._film_kind = _Column([{f.kind} for f in films])
        self._film_decade = _Column([{decade_of(f.year)} for f in films])
        self._place_area = _Column([p.area for p in places], single=True)
        self._place_access = _Column([p.access for p in places], single=True)
        self.decades = sorted({decade_of(f.year) for f in films})

    @cached_property
    def _film_index(self) -> TextIndex:
        """Built at the first search by text: the lists the window opens on need no index."""
        return TextIndex(self._film_document(self._catalog.films[film_id])
                         for film_id in self._film_ids)

    def _film_document(self, film: Film) -> Document:
        """A film is also found by the places it was shot at, below any match on its own names,
        and by where those places are (town, quarter) below that: "concorde" brings first the
        films shot on the place de la Concorde, then those shot at a hotel in its quarter."""
        places = {a.place: self._catalog.places[a.place]
                  for a in self._catalog.appearances_of_film(film.id)}.values()
        return Document(film.title, [film.original_title, str(film.year), *film.directors,
                                     *film.cast, film.collection, *film.watch_on],
                        tertiary=[name for p in places for name in (p.name, *p.aliases)],
                        quaternary=[name for p in places for name in (p.town, p.neighbourhood)])

    @cached_property
    def _place_index(self) -> TextIndex:
        places = [self._catalog.places[place_id] for place_id in self._place_ids]
        return TextIndex(Document(p.name, [p.town, p.address, p.neighbourhood, *p.aliases])
                         for p in places)

    def films(self, query: FilmQuery) -> Results:
        allowed = _allowed([self._film_area.items_with(query.area),
                            self._film_kind.items_with(query.kind),
                            self._film_decade.items_with(query.decade)])
        scores = self._film_index.search(query.text) if words_of(query.text) else None
        numbers = _rank(scores, self._film_order, allowed)
        return Results([self._film_ids[n] for n in numbers.ids_as_numbers], numbers.total)

    def places(self, query: PlaceQuery) -> Results:
        scores = self._place_index.search(query.text) if words_of(query.text) else None
        numbers = _rank(scores, self._place_order, self._allowed_places(query))
        return Results([self._place_ids[n] for n in numbers.ids_as_numbers], numbers.total)

    def filter_places(self, place_ids: Sequence[str], query: PlaceQuery) -> list[str]:
        """The places of ``place_ids`` (in that order) that pass the query's filters; the text
        is not looked at. The same rule as :meth:`places`, for a list made elsewhere."""
        allowed = self._allowed_places(query)
        return [p for p in place_ids if allowed is None or self._place_number[p] in allowed]

    def _allowed_places(self, query: PlaceQuery) -> set[int] | None:
        allowed = _allowed([self._place_area.items_with(query.area),
                            self._place_access.items_with(query.access)])
        if not query.exclude:
            return allowed
        excluded = {self._place_number[p] for p in query.exclude if p in self._place_number}
        return (allowed if allowed is not None else set(range(len(self._place_ids)))) - excluded


class _Column:
    """One attribute of every item (a value, or a set of values) and, per value asked for,
    the numbers of the items that have it."""

    def __init__(self, values: Sequence[Hashable] | Sequence[Collection[Hashable]], *,
                 single: bool = False) -> None:
        self._values = values
        self._single = single
        self._items: dict[Hashable, set[int] | None] = {}

    def items_with(self, value: Hashable | None) -> set[int] | None:
        """The items with ``value``; None when that filters nothing (no value, or all have it)."""
        if value is None:
            return None
        if value not in self._items:
            if self._single:
                found = {n for n, v in enumerate(self._values) if v == value}
            else:
                found = {n for n, vs in enumerate(self._values)
                         if value in vs}  # type: ignore[operator]
            # A set of every item would only cost memory: "no filter" says the same.
            self._items[value] = None if len(found) == len(self._values) else found
        return self._items[value]


def _allowed(chosen: list[set[int] | None]) -> set[int] | None:
    """Items that pass every filter in use; None when no filter is in use."""
    used = [items for items in chosen if items is not None]
    if not used:
        return None
    return set.intersection(*sorted(used, key=len))


@dataclass(frozen=True)
class _Numbers:
    ids_as_numbers: Sequence[int]
    total: int


@dataclass(frozen=True)
class _Order:
    """Items in alphabetical order, and each item's rank in it (for tie-breaking).

    Arrays of machine integers: a list of 100,000 numbers would also hold 100,000 int objects.
    """

    numbers: array[int]
    rank: array[int]

    @classmethod
    def of(cls, keys: Sequence[object]) -> _Order:
        numbers = array("l", sorted(range(len(keys)), key=keys.__getitem__))  # type: ignore[arg-type]
        rank = array("l", bytes(numbers.itemsize * len(keys)))
        for position, number in enumerate(numbers):
            rank[number] = position
        return cls(numbers, rank)


def _rank(hits: Mapping[int, float] | None, order: _Order, allowed: set[int] | None) -> _Numbers:
    """Filter, then keep the best text matches (ties alphabetical), or everything alphabetical."""
    if hits is None:
        kept = order.numbers if allowed is None else [n for n in order.numbers if n in allowed]
        return _Numbers(kept, len(kept))
    rank = order.rank
    if allowed is not None:
        hits = {n: hits[n] for n in hits.keys() & allowed}
    best = heapq.nlargest(MAX_TEXT_RESULTS, hits, key=hits.__getitem__)
    best.sort(key=lambda n: (-hits[n], rank[n]))
    return _Numbers(best, len(hits))
