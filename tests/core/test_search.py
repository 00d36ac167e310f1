"""Finding films and places whatever the case, accents and typos the user types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner.core.catalog import Catalog, load_catalog
from planner.core.search import CatalogSearch, FilmQuery, PlaceQuery
from planner.core.text import fold
from planner.core.text_index import Document, TextIndex
from tests.core.catalog_factory import catalog_document, write_catalog


def with_alps_place(document: dict[str, Any]) -> dict[str, Any]:
    document["towns"].append({"name": "Annecy", "region": "alps", "lat": 45.8992, "lon": 6.1294,
                              "source": "https://en.wikipedia.org/wiki/Annecy"})
    document["places"].append(
        {"id": "lake", "name": "Lakeside promenade", "address": "Quai Napoléon III",
         "town": "Annecy", "lat": 45.8990, "lon": 6.1320,
         "precision": "street", "access": "public", "visit_minutes": 30,
         "sources": ["https://example.org/lake"], "departement": "74", "area": "french-alps"})
    document["appearances"].append(
        {"film": "takedown", "place": "lake", "scene": "test scene", "confidence": "reported",
         "sources": ["https://example.org/lake"]})
    return document


@pytest.fixture
def search(tmp_path: Path) -> CatalogSearch:
    document = with_alps_place(catalog_document())
    document["films"][1]["cast"] = ["Omar Sy", "Laurent Lafitte"]
    document["films"][1]["kind"] = "series"
    return CatalogSearch(load_catalog(write_catalog(tmp_path / "catalog.json", document)))


@pytest.mark.parametrize(("typed", "expected"), [
    ("amelie", ["amelie"]), ("AMÉLIE", ["amelie"]), ("amellie", ["amelie"]),
    ("poulain", ["amelie"]), ("ame", ["amelie"]), ("jeunet", ["amelie"]),
    ("periph", ["takedown"]), ("loin périph", ["takedown"]), ("2022", ["takedown"]),
    ("omar sy", ["takedown"]), ("sy omar", ["takedown"]),
    ("", ["amelie", "takedown"]), ("zorro", []), ("amelie omar", []),
])
def test_films_by_title_original_title_year_director_and_cast(
    search: CatalogSearch, typed: str, expected: list[str]
) -> None:
    assert search.films(FilmQuery(text=typed)).ids == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("anecy", ["lake"]), ("annecy", ["lake"]), ("napoleon", ["lake"]), ("moulins", ["cafe"]),
    ("lepic", ["cafe"]), ("", ["cafe", "lake"]),
])
def test_places_by_name_town_and_address(search: CatalogSearch, typed: str, expected: list[str]):
    assert search.places(PlaceQuery(text=typed)).ids == expected


def test_film_filters(search: CatalogSearch) -> None:
    assert search.films(FilmQuery(area="paris")).ids == ["amelie"]
    assert search.films(FilmQuery(area="french-alps")).ids == ["takedown"]
    assert search.films(FilmQuery(kind="series")).ids == ["takedown"]
    assert search.films(FilmQuery(decade=2000)).ids == ["amelie"]
    assert search.decades == [2000, 2020]


def test_place_filters(search: CatalogSearch) -> None:
    assert search.places(PlaceQuery(access="public")).ids == ["cafe", "lake"]
    assert search.places(PlaceQuery(access="private")).ids == []
    assert search.places(PlaceQuery(text="annecy", area="paris")).ids == []
    assert search.places(PlaceQuery(area="french-alps")).ids == ["lake"]
    assert search.places(PlaceQuery(exclude=frozenset({"cafe"}))).ids == ["lake"]


@pytest.mark.parametrize("query", [
    PlaceQuery(), PlaceQuery(access="public"), PlaceQuery(access="private"),
    PlaceQuery(area="french-alps"), PlaceQuery(area="paris", access="public"),
    PlaceQuery(exclude=frozenset({"cafe"})), PlaceQuery(access="public", exclude=frozenset({"x"})),
    PlaceQuery(area="french-alps", exclude=frozenset({"lake"})),
])
def test_a_list_made_elsewhere_is_filtered_by_the_same_rule(
    search: CatalogSearch, query: PlaceQuery
) -> None:
    assert search.filter_places(["lake", "cafe"], query) == list(
        reversed(search.places(query).ids))


def test_a_search_shows_its_best_matches_and_counts_all(search: CatalogSearch, monkeypatch):
    monkeypatch.setattr("planner.core.search.MAX_TEXT_RESULTS", 1)
    result = search.places(PlaceQuery(text="p"))  # "Paris" and "promenade"
    assert result.total == 2
    assert len(result.ids) == 1


def test_best_match_comes_first() -> None:
    index = TextIndex([Document("Another film", ["Lupin Dupont"]), Document("Lupon"),
                       Document("Lupin"), Document("Unrelated")])
    hits = index.search("lupin")
    assert hits is not None
    assert sorted(hits, key=hits.__getitem__, reverse=True) == [2, 0, 1]


def test_shipped_catalog(catalog: Catalog) -> None:
    search = CatalogSearch(catalog)
    assert {"the-takedown", "on-the-other-side-of-the-tracks"} <= set(
        search.films(FilmQuery(text="périph")).ids)
    assert search.films(FilmQuery(text="amellie")).ids[0] == "amelie"
    omar = search.films(FilmQuery(text="omar sy")).ids
    assert "the-takedown" in omar
    assert all("Omar Sy" in catalog.films[f].cast for f in omar)
    annecy = search.places(PlaceQuery(text="anecy")).ids
    assert annecy and all(catalog.places[p].town == "Annecy" or "Annecy" in
                          catalog.places[p].name + catalog.places[p].address for p in annecy)


def test_fold_handles_ligatures_and_capitals() -> None:
    assert fold("Cœur ÉTÉ Straße") == "coeur ete strasse"


def test_films_are_found_by_the_towns_they_were_shot_in_after_own_names(tmp_path: Path):
    document = with_alps_place(catalog_document())
    document["films"][0]["title"] = "Annecy Nights"  # a title word beats a shooting town
    search = CatalogSearch(load_catalog(write_catalog(tmp_path / "catalog.json", document)))
    assert search.films(FilmQuery(text="annecy")).ids == ["amelie", "takedown"]
    assert search.films(FilmQuery(text="anecy")).ids == ["amelie", "takedown"]


def test_remembered_words_give_the_same_answers_as_a_fresh_index(catalog: Catalog) -> None:
    typed = ["r", "ru", "rue", "rue d", "rue de", "pont", "pont des", "pont des arts", "rue de"]
    warm = CatalogSearch(catalog)
    for text in typed:
        fresh = CatalogSearch(catalog).places(PlaceQuery(text=text))
        assert warm.places(PlaceQuery(text=text)) == fresh, text
