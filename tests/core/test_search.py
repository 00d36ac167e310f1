"""Finding films whatever the case and accents the user types."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.catalog import Catalog, load_catalog
from planner.core.search import FilmIndex, FilmQuery
from planner.core.text import fold
from tests.core.catalog_factory import catalog_document, write_catalog


@pytest.fixture
def small(tmp_path: Path) -> Catalog:
    return load_catalog(write_catalog(tmp_path / "catalog.json", catalog_document()))


def found(catalog: Catalog, text: str, region: str | None = None) -> set[str]:
    index = FilmIndex(catalog)
    query = FilmQuery(text=text, region=region)  # type: ignore[arg-type]
    return {film_id for film_id in catalog.films if index.matches(film_id, query)}


@pytest.mark.parametrize(("typed", "expected"), [
    ("amelie", {"amelie"}), ("AMÉLIE", {"amelie"}), ("poulain", {"amelie"}),
    ("periph", {"takedown"}), ("loin periph", {"takedown"}), ("2022", {"takedown"}),
    ("", {"amelie", "takedown"}), ("zorro", set()),
])
def test_search_ignores_case_and_accents(small: Catalog, typed: str, expected: set[str]) -> None:
    assert found(small, typed) == expected


def test_region_filter_keeps_films_shot_there(small: Catalog) -> None:
    assert found(small, "", "paris") == {"amelie"}
    assert found(small, "", "alps") == set()


def test_shipped_catalog_finds_both_periph_films(catalog: Catalog) -> None:
    assert {"the-takedown", "on-the-other-side-of-the-tracks"} <= found(catalog, "périph")


def test_fold_handles_ligatures_and_capitals() -> None:
    assert fold("Cœur ÉTÉ Straße") == "coeur ete strasse"
