"""Finding films and places: typo-tolerant text plus the filters of the browsing panel."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.catalog import Catalog
from planner.core.model import Access, Kind, Region
from planner.core.text import fold
from planner.core.text_index import Document, TextIndex


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


def decade_of(year: int) -> int:
    return year - year % 10


class CatalogSearch:
    """Indexes built once per catalog, so each keystroke only looks words up."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        films = catalog.films
        self._film_index = TextIndex({
            film_id: Document(f.title, [f.original_title, str(f.year), *f.directors, *f.cast])
            for film_id, f in films.items()
        })
        self._place_index = TextIndex({
            place_id: Document(p.name, [p.town, p.address])
            for place_id, p in catalog.places.items()
        })
        self._films_by_title = sorted(films, key=lambda i: (fold(films[i].title), films[i].year))
        self._places_by_name = sorted(catalog.places, key=lambda i: fold(catalog.places[i].name))
        self._film_regions = {film_id: catalog.regions_of_film(film_id) for film_id in films}

    @property
    def decades(self) -> list[int]:
        return sorted({decade_of(f.year) for f in self._catalog.films.values()})

    def films(self, query: FilmQuery) -> list[str]:
        """Matching film ids: best match first when there is text, else by title."""
        hits = self._film_index.search(query.text)
        ids = self._films_by_title if hits is None else [film_id for film_id, _ in hits]
        films = self._catalog.films
        return [
            film_id for film_id in ids
            if (query.region is None or query.region in self._film_regions[film_id])
            and (query.kind is None or films[film_id].kind == query.kind)
            and (query.decade is None or decade_of(films[film_id].year) == query.decade)
        ]

    def places(self, query: PlaceQuery) -> list[str]:
        """Matching place ids: best match first when there is text, else by name."""
        hits = self._place_index.search(query.text)
        ids = self._places_by_name if hits is None else [place_id for place_id, _ in hits]
        places = self._catalog.places
        return [
            place_id for place_id in ids
            if (query.region is None or places[place_id].region == query.region)
            and (query.access is None or places[place_id].access == query.access)
            and place_id not in query.exclude
        ]
