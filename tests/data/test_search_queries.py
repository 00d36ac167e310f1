"""What fans type, and what must come first: the shipped catalog with the app's own search."""

from __future__ import annotations

import pytest

from planner.core.catalog import Catalog
from planner.core.search import CatalogSearch, FilmQuery, PlaceQuery

BOND = {"a-view-to-a-kill", "moonraker", "the-world-is-not-enough"}
BELLE = {"belle-et-sebastien", "belle-et-sebastien-2", "belle-et-sebastien-3"}
MUSKETEERS = {"les-trois-mousquetaires-d-artagnan", "les-trois-mousquetaires-milady",
              "les-trois-mousquetaires-la-vengeance-de-milady"}
NETFLIX = {"the-takedown", "lupin", "emily-in-paris", "red-notice", "army-of-thieves",
           "anthracite"}

FILM_QUERIES: list[tuple[str, set[str]]] = [
    ("james bond", BOND),  # by the collection
    ("bond", BOND),
    ("mission impossible", {"mission-impossible-fallout"}),
    ("belle et sebastien", BELLE),
    ("belle and sebastian", BELLE),
    ("les bronzes", {"les-bronzes-font-du-ski"}),
    ("bourne", {"the-bourne-identity"}),
    ("netflix", NETFLIX),  # by where it streams
    ("tf1", {"fear-by-the-lake", "ici-tout-commence", "les-randonneuses"}),
    ("montmartre", {"amelie"}),  # by the neighbourhood of its places
    ("eiffel", {"a-view-to-a-kill", "funny-face"}),  # by its places' names
    ("tour eiffel", {"a-view-to-a-kill", "funny-face"}),  # by their French names
    ("concorde", {"the-devil-wears-prada", "the-crown"}),  # both shot on the square
    ("samaritaine", {"holy-motors", "emily-in-paris"}),  # both shot at the store
    ("murol", {"kaamelott-premier-volet"}),
    ("kaamelott", {"kaamelott", "kaamelott-premier-volet"}),  # the series, then the film
    ("facteur cheval", {"l-incroyable-histoire-du-facteur-cheval"}),
    ("argentiere", {"the-world-is-not-enough"}),  # on its glacier; Hereafter near it
    ("versailles", {"versailles-series"}),  # the title itself, above films shot there
    ("loin du periph", {"the-takedown"}),  # by the original title
    ("amellie", {"amelie"}),  # a typo
    ("omar sy", {"the-takedown", "lupin", "the-intouchables", "knock",
                 "on-the-other-side-of-the-tracks"}),  # by the cast
    ("mousquetaires", MUSKETEERS),  # the French title of three films, 1961 and 2023
    ("three musketeers", MUSKETEERS),
    ("monte cristo", {"le-comte-de-monte-cristo-2024"}),
    ("galeries lafayette", {"peur-sur-la-ville"}),  # the rooftop chase, by its place
    ("kieslowski", {"three-colours-blue", "three-colours-white"}),  # by the director
]

PLACE_QUERIES: list[tuple[str, str]] = [
    ("tour eiffel", "paris-eiffel-tower"),
    ("eiffel tower", "paris-eiffel-tower"),
    ("sacre coeur", "paris-sacre-coeur"),
    ("opera garnier", "paris-palais-garnier"),
    ("pont neuf", "paris-pont-neuf"),
    ("bir hakeim", "paris-pont-de-bir-hakeim"),
    ("arc de triomphe", "paris-arc-de-triomphe-etoile"),
    ("louvre", "paris-louvre"),
    ("pyramide du louvre", "paris-louvre"),
    ("vieux lyon", "lyon-vieux-lyon-saint-jean"),
    ("palais ideal", "hauterives-palais-ideal"),
    ("place de la concorde", "paris-place-de-la-concorde"),
    ("fourviere", "lyon-basilique-de-fourviere"),
    ("bellecour", "lyon-place-bellecour"),
    ("invalides", "paris-hotel-des-invalides"),
]


@pytest.fixture(scope="module")
def search(catalog: Catalog) -> CatalogSearch:
    return CatalogSearch(catalog)


@pytest.mark.parametrize(("text", "expected"), FILM_QUERIES)
def test_a_fans_words_bring_the_right_titles_first(search: CatalogSearch, text: str,
                                                   expected: set[str]) -> None:
    found = search.films(FilmQuery(text=text)).ids
    assert found and found[0] in expected, found[:5]


@pytest.mark.parametrize(("text", "expected"), PLACE_QUERIES)
def test_a_fans_words_bring_the_right_place_first(search: CatalogSearch, text: str,
                                                  expected: str) -> None:
    assert search.places(PlaceQuery(text=text)).ids[:1] == [expected]


def test_a_film_found_through_its_places_ranks_below_one_named_so(
    search: CatalogSearch, catalog: Catalog
) -> None:
    """"Paris": first the titles that say it, then the many only shot there."""
    found = search.films(FilmQuery(text="paris")).ids
    named = [f for f in found if "paris" in catalog.films[f].title.casefold()]
    assert len(named) >= 4 and found[:len(named)] == named
    assert len(found) > len(named) + 20


def test_a_film_shot_on_a_place_ranks_above_one_shot_elsewhere_in_its_quarter(
    search: CatalogSearch, catalog: Catalog
) -> None:
    found = search.films(FilmQuery(text="concorde")).ids
    on_square = {a.film for a in catalog.appearances_at_place("paris-place-de-la-concorde")}
    assert set(found[:len(on_square)]) == on_square
    assert "call-my-agent" in found[len(on_square):]  # at the Crillon, in the Concorde quarter
    found = search.films(FilmQuery(text="argentiere")).ids
    assert found.index("the-world-is-not-enough") < found.index("hereafter")
