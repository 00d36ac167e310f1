"""The City of Paris filming permits: a layer of its own, apart from our sourced catalog.

The city publishes every permitted outdoor shoot since 2016 as open data ("Lieux de tournage à
Paris", ODbL). The user downloads it and imports it (:mod:`planner.exchange.permits_import`);
each row becomes a :class:`Permit`. A permit says a production was allowed to film at an
address on given days, not which scene was shot there, so permits never mix with the catalog's
appearances. Their text comes from elsewhere: views escape it before it reaches rich text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import msgspec

from planner.core.catalog import Catalog
from planner.core.model import Film
from planner.core.text import fold

DATASET_NAME = "Lieux de tournage à Paris"
DATASET_URL = "https://opendata.paris.fr/explore/dataset/lieux-de-tournage-a-paris/"
DATASET_LICENCE = "Open Database License (ODbL), © Ville de Paris"
RELEASE_AFTER_SHOOT_YEARS = 2
"""A film comes out at most this many years after it was shot (for matching titles)."""
_TITLE_TAIL = re.compile(r"\s+-\s.*$|\s*[/(].*$|\s+(?:saison|season|episode|ep|s\s?\d+)\b.*$")
"""What follows a title in the permits: " - episode 3", "/saison 2", "(2e partie)", " S1"…"""


class Permit(msgspec.Struct, frozen=True, array_like=True, gc=False):
    """One row of the dataset: a permit to film at an address (stored as a compact array)."""

    id: str
    year: int
    kind: str
    """As the city writes it: "Long métrage", "Série TV", "Téléfilm", "Série Web"…"""
    title: str
    director: str
    producer: str
    address: str
    postcode: str
    start: str
    end: str
    """ISO dates (yyyy-mm-dd) as given; may be empty."""
    lat: float
    lon: float


class PermitLayer(msgspec.Struct):
    """The imported dataset as the app keeps it in the data folder."""

    schema_version: int
    source_file: str
    imported_at: str
    permits: list[Permit]
    skipped_rows: int = 0


def title_key(title: str) -> str:
    """A permit's title reduced to what names the work: folded, without season or episode
    tails ("FAMILY BUSINESS S1", "Emily in Paris - saison 2" → "family business", …)."""
    folded = " ".join(fold(title).split())
    return " ".join(_TITLE_TAIL.sub("", folded).split()) or folded


def _years_agree(film: Film, permit_year: int) -> bool:
    """A film is shot in its release year or the years just before it; a series also films
    its later seasons, in any year after that."""
    if permit_year < film.year - RELEASE_AFTER_SHOOT_YEARS:
        return False
    return film.kind == "series" or permit_year <= film.year


def permits_by_film(permits: Sequence[Permit], catalog: Catalog) -> dict[str, list[int]]:
    """For each film of the catalog, the numbers of the permits whose title and year agree
    with it (title or original title, compared as :func:`title_key` reduces them)."""
    films_by_key: dict[str, list[Film]] = defaultdict(list)
    for film in catalog.films.values():
        for name in {film.title, film.original_title} - {""}:
            films_by_key[title_key(name)].append(film)
    found: dict[str, list[int]] = defaultdict(list)
    for number, permit in enumerate(permits):
        for film in films_by_key.get(title_key(permit.title), ()):
            if _years_agree(film, permit.year):
                found[film.id].append(number)
    return dict(found)


class PermitIndex:
    """The permits layer with its permits grouped by the catalog film they match, and the
    folded text each is searched by."""

    def __init__(self, layer: PermitLayer, catalog: Catalog) -> None:
        self.layer = layer
        self._by_film = permits_by_film(layer.permits, catalog)
        self._text: list[str] | None = None
        self.years = sorted({permit.year for permit in layer.permits})
        self.kinds = sorted({permit.kind for permit in layer.permits} - {""})

    def matching(self, text: str = "", year: int | None = None,
                 kind: str | None = None) -> list[int]:
        """Numbers of the permits whose title, address, director or producer hold every word
        of ``text`` (case and accents aside), of ``year`` and ``kind`` when given."""
        words = fold(text).split()
        if words and self._text is None:  # made at the first search by text
            self._text = [fold(" ".join((p.title, p.address, p.director, p.producer)))
                          for p in self.layer.permits]
        texts = self._text if words and self._text is not None else None
        return [number for number, permit in enumerate(self.layer.permits)
                if (year is None or permit.year == year) and (kind is None or permit.kind == kind)
                and (texts is None or all(word in texts[number] for word in words))]

    def of_film(self, film_id: str) -> list[Permit]:
        """The film's permits, the earliest first."""
        permits = [self.layer.permits[number] for number in self._by_film.get(film_id, [])]
        return sorted(permits, key=lambda permit: (permit.start, permit.address))
