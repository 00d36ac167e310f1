"""Loading the catalog: the shipped one works, and every kind of broken one is named precisely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.app import main
from planner.core.catalog import Catalog, load_catalog
from planner.core.errors import CatalogError
from tests.core.catalog_factory import catalog_document, write_catalog

FOUNDING_TITLES = {
    "the-takedown", "on-the-other-side-of-the-tracks", "lupin", "emily-in-paris", "red-notice",
    "army-of-thieves", "killing-eve", "sibyl", "the-man-in-the-iron-mask", "army-of-shadows",
}


def test_shipped_catalog_has_every_title_of_the_founding_article(catalog: Catalog) -> None:
    assert set(catalog.films) >= FOUNDING_TITLES


def test_every_shipped_film_has_a_place_or_says_why_not(catalog: Catalog) -> None:
    for film in catalog.films.values():
        assert catalog.appearances_of_film(film.id) or film.filming_note, film.id


def test_red_notice_shows_a_filming_note_instead_of_an_invented_spot(catalog: Catalog) -> None:
    assert catalog.films["red-notice"].filming_note
    assert catalog.appearances_of_film("red-notice") == ()


def test_no_takedown_scene_at_the_lakes_or_lyon(catalog: Catalog) -> None:
    for appearance in catalog.appearances_of_film("the-takedown"):
        place = catalog.places[appearance.place]
        name = f"{place.name} {place.town}".casefold()
        assert not any(w in name for w in ("lac", "lake", "lyon", "paladru", "annecy")), place.id


def test_a_valid_document_loads_with_its_indexes(tmp_path: Path) -> None:
    catalog = load_catalog(write_catalog(tmp_path / "catalog.json", catalog_document()))
    assert [a.place for a in catalog.appearances_of_film("amelie")] == ["cafe"]
    assert catalog.areas_of_film("amelie") == {"paris"}
    assert catalog.areas_of_film("takedown") == set()


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _drop(section: str, index: int, key: str) -> Callable[[dict[str, Any]], None]:
    return lambda document: document[section][index].pop(key)


def _duplicate(section: str) -> Callable[[dict[str, Any]], None]:
    return lambda document: document[section].append(dict(document[section][0]))


BROKEN = {
    "latitude of 123": (_set(["places", 0, "lat"], 123.0), "places[0] (cafe), field 'lat'",
                        "123.0 is not allowed: expected float <= 90.0"),
    "missing field": (_drop("places", 0, "town"), "places[0] (cafe)",
                      'missing required field "town"'),
    "wrong type": (_set(["films", 0, "year"], "2001"), "films[0] (amelie), field 'year'",
                   "'2001' is not allowed: expected int, got str"),
    "unknown place": (_set(["appearances", 0, "place"], "nowhere"),
                      "appearances[0] (amelie at nowhere), field 'place'", "unknown place"),
    "unknown town": (_set(["places", 0, "town"], "Lyon"), "field 'town'", "unknown town 'Lyon'"),
    "outside its region": (_set(["places", 0, "area"], "french-alps"), "places[0] (cafe)",
                           "outside the alps region"),
    "plain http source": (_set(["places", 0, "sources"], ["http://example.org/x"]),
                          "field 'sources[0]'",
                          "'http://example.org/x' is not allowed: expected an https:// address"),
    "no source": (_set(["appearances", 0, "sources"], []), "field 'sources'",
                  "needs at least one entry"),
    "duplicate id": (_duplicate("films"), "films[2] (amelie)", "repeats an entry"),
    "unknown precision": (_set(["places", 0, "precision"], "roughly"), "field 'precision'",
                          "invalid enum value 'roughly'"),
    "bad id": (_set(["films", 0, "id"], "Amélie 2"), "films[0] (Amélie 2), field 'id'",
               "expected a lower-case id"),
    "newer schema": (_set(["schema_version"], 9), "schema_version", "this app reads 3"),
    "département of another place": (_set(["places", 0, "departement"], "74"),
                                     "places[0] (cafe), field 'departement'",
                                     "(48.8854, 2.3333) lies outside Haute-Savoie (74)"),
    "no such département": (_set(["places", 0, "departement"], "20"), "field 'departement'",
                            "'20' is not a metropolitan département"),
    "overseas département": (_set(["places", 0, "departement"], "974"), "field 'departement'",
                             "'974' is not allowed: expected the INSEE code of a "
                             "metropolitan département"),
    "area without its département": (_set(["places", 0, "area"], "ile-de-france"),
                                     "field 'departement'",
                                     "Paris (75) is not in the area 'ile-de-france'"),
    "unknown area": (_set(["places", 0, "area"], "alps"), "field 'area'",
                     "invalid enum value 'alps'"),
    "collection without a source": (_set(["films", 0, "collection"], "Amélie films"),
                                    "films[0] (amelie), field 'collection_source'",
                                    "a collection needs a source"),
    "where to watch without a source": (_set(["films", 0, "watch_on"], ["Netflix"]),
                                        "field 'watch_source'", "needs a source"),
    "audit without a result": (_set(["appearances", 0, "audit"], {"date": "2026-11-26"}),
                               "field 'audit'", 'missing required field "result"'),
    "audit on no date": (_set(["appearances", 0, "audit"],
                              {"date": "26/11/2026", "result": "verified"}),
                         "field 'audit.date'",
                         "'26/11/2026' is not allowed: expected a date written YYYY-MM-DD"),
    "hours not in OSM syntax": (_set(["places", 0, "opening_hours"], "Daily 9am to 6pm"),
                                "field 'opening_hours'", "not an OpenStreetMap opening_hours"),
    "hours without a source": (_set(["places", 0, "opening_hours"], "Mo-Su 09:00-18:00"),
                               "field 'opening_hours_source'", "opening hours need a source"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_catalog_names_file_entry_and_field(tmp_path: Path, case: str) -> None:
    change, where, problem = BROKEN[case]
    document = catalog_document()
    change(document)
    path = write_catalog(tmp_path / "catalog.json", document)
    before = path.read_bytes()
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = str(caught.value)
    assert message.startswith("catalog.json: ")
    assert where in message
    assert problem in message
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [
    b"", b"{\"schema_version\": 1, \"films\": [", b"[]", b"\xff",
    b'{"schema_version": 1, "films": [{"title": "\xe9t\xe9"}]}',
    b'{"schema_version": 1, "films": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
])
def test_unreadable_json_is_reported_not_raised(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "catalog.json"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match=r"catalog\.json: file: "):
        load_catalog(path)


def test_a_catalog_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = write_catalog(tmp_path / "catalog.json", catalog_document())
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())

    assert load_catalog(path).films


def test_app_refuses_to_start_on_a_broken_catalog_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = catalog_document()
    document["places"][0]["lat"] = 123.0
    path = write_catalog(tmp_path / "broken.json", document)
    code = main(["--catalog", str(path), "--data-dir", str(tmp_path / "home"), "--check"])
    err = capsys.readouterr().err
    assert code == 2
    assert "broken.json: places[0] (cafe), field 'lat': 123.0 is not allowed" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", ["Lyon", "Paladru", "Aiguebelette", "Bourget", "Annecy"])
def test_lyon_and_the_four_lakes_of_the_founding_article_are_places(catalog: Catalog, name: str):
    assert any(name in f"{p.name} {p.town}" for p in catalog.places.values())

