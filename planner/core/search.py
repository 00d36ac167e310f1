"""Finding films: the words a user types, matched against titles whatever the case or accents."""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.catalog import Catalog
from planner.core.model import Film, Region
from planner.core.text import fold


@dataclass(frozen=True)
class FilmQuery:
    """What the user asked for: free text and an optional region."""

    text: str = ""
    region: Region | None = None

    @property
    def words(self) -> list[str]:
        return fold(self.text).split()


def film_haystack(film: Film) -> str:
    return fold(f"{film.title} {film.original_title} {film.year}")


class FilmIndex:
    """Folded search text and regions per film, computed once so each keystroke stays cheap."""

    def __init__(self, catalog: Catalog) -> None:
        self._haystacks = {film_id: film_haystack(f) for film_id, f in catalog.films.items()}
        self._regions = {film_id: catalog.regions_of_film(film_id) for film_id in catalog.films}

    def matches(self, film_id: str, query: FilmQuery) -> bool:
        """Every typed word must appear in the title, original title or year."""
        if query.region is not None and query.region not in self._regions.get(film_id, set()):
            return False
        haystack = self._haystacks.get(film_id, "")
        return all(word in haystack for word in query.words)
