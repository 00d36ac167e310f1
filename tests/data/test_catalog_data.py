"""The shipped catalog's facts hold together: each test names every entry that breaks its rule."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from planner.app import default_catalog_path
from planner.core.areas import AUVERGNE_RHONE_ALPES, ILE_DE_FRANCE, departements
from planner.core.catalog import REGION_BOUNDS, Catalog, catalog_json_schema, in_region
from planner.core.geo import Waypoint, distance_km
from planner.core.nearby import NearbyIndex
from planner.core.text import fold

DATA = default_catalog_path().parent
MAX_KM_FROM_TOWN_CENTRE = 25.0
MIN_METRES_APART = 30.0


def test_shipped_schema_is_the_one_generated_from_the_types() -> None:
    shipped = json.loads((DATA / "catalog.schema.json").read_text(encoding="utf-8"))
    assert shipped == catalog_json_schema(), "run: python tools/write_catalog_schema.py"


def test_catalog_validates_against_its_schema() -> None:
    schema = json.loads((DATA / "catalog.schema.json").read_text(encoding="utf-8"))
    document = json.loads((DATA / "catalog.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)


def test_the_schema_rejects_what_the_app_rejects(tmp_path: Path) -> None:
    schema = json.loads((DATA / "catalog.schema.json").read_text(encoding="utf-8"))
    document = json.loads((DATA / "catalog.json").read_text(encoding="utf-8"))
    document["places"][0]["sources"] = ["http://insecure.example.org/"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)


def test_points_lie_in_their_region(catalog: Catalog) -> None:
    outside = [p.id for p in catalog.places.values() if not in_region(p.region, p.lat, p.lon)]
    assert outside == [], f"outside {REGION_BOUNDS}"


def test_points_lie_near_their_town(catalog: Catalog) -> None:
    far = []
    for place in catalog.places.values():
        town = catalog.towns[place.town]
        km = distance_km(Waypoint(town.name, town.lat, town.lon),
                         Waypoint(place.name, place.lat, place.lon))
        if km > MAX_KM_FROM_TOWN_CENTRE:
            far.append(f"{place.id}: {km:.1f} km from {town.name}")
    assert far == []


def test_town_precision_means_the_town_centre(catalog: Catalog) -> None:
    moved = [p.id for p in catalog.places.values() if p.precision == "town"
             and (p.lat, p.lon) != (catalog.towns[p.town].lat, catalog.towns[p.town].lon)]
    assert moved == []


def test_a_place_left_on_its_town_centre_says_why(catalog: Catalog) -> None:
    silent = [p.id for p in catalog.places.values() if p.precision == "town" and not p.notes]
    assert silent == []


def test_films_built_elsewhere_say_so() -> None:
    """Guides present them as Paris films; the catalog must not pretend they were shot there."""
    catalog_document = json.loads((DATA / "catalog.json").read_text(encoding="utf-8"))
    films = {f["id"]: f for f in catalog_document["films"]}
    for film_id in ("an-american-in-paris", "moulin-rouge-2001", "ratatouille"):
        assert films[film_id].get("filming_note"), film_id


def test_no_duplicate_place_names(catalog: Catalog) -> None:
    names = Counter(fold(p.name) for p in catalog.places.values())
    assert [name for name, count in names.items() if count > 1] == []


def test_close_places_are_explained(catalog: Catalog) -> None:
    """Two pinned places within 30 m are probably one place twice, unless a note says why not."""
    index = NearbyIndex(catalog)
    unexplained: set[str] = set()
    for place in catalog.places.values():
        if place.precision == "town":
            continue  # knowingly on the town centre, and its note says so
        for other, km in index.around(place.id, MIN_METRES_APART / 1000):
            if other.precision != "town" and not (place.notes or other.notes):
                first, second = sorted((place.id, other.id))
                unexplained.add(f"{first} / {second}: {km * 1000:.0f} m apart")
    assert sorted(unexplained) == []


def test_every_film_has_a_place_or_a_filming_note(catalog: Catalog) -> None:
    bare = [f.id for f in catalog.films.values()
            if not catalog.appearances_of_film(f.id) and not f.filming_note]
    assert bare == []


def test_every_place_has_a_film(catalog: Catalog) -> None:
    assert [p for p in catalog.places if not catalog.appearances_at_place(p)] == []


def test_every_town_is_used(catalog: Catalog) -> None:
    used = {p.town for p in catalog.places.values()}
    assert sorted(set(catalog.towns) - used) == []


def test_disputed_appearances_say_how(catalog: Catalog) -> None:
    silent = [f"{a.film} at {a.place}" for a in catalog.appearances
              if a.confidence == "disputed" and not (a.note or catalog.places[a.place].notes)]
    assert silent == []


def test_catalog_keeps_its_promised_coverage(catalog: Catalog) -> None:
    alps = [p for p in catalog.places.values() if p.region == "alps"]
    assert len(catalog.films) >= 40
    assert len(catalog.places) >= 200
    assert len(alps) >= 60


def test_points_lie_in_their_departement(catalog: Catalog) -> None:
    table = departements()
    outside = [f"{p.id}: ({p.lat}, {p.lon}) not in {table[p.departement].label}"
               for p in catalog.places.values() if not table[p.departement].contains(p.lat, p.lon)]
    assert outside == []


def test_the_departement_table_is_metropolitan_france() -> None:
    table = departements()
    assert len(table) == 96
    assert table["74"].name == "Haute-Savoie" and table["2A"].name == "Corse-du-Sud"
    assert set(table) >= AUVERGNE_RHONE_ALPES | ILE_DE_FRANCE


@pytest.mark.parametrize(("place_id", "departement", "area"), [
    ("giverny-monet-garden", "27", "paris-day-trip"),  # Eure, Normandy: not Paris
    ("chantilly-chateau", "60", "paris-day-trip"),  # Oise
    ("versailles-chateau", "78", "ile-de-france"),
    ("paris-pont-des-arts", "75", "paris"),
    ("murat-town", "15", "auvergne-rhone-alpes"),  # the Cantal is not the Alps
    ("bourg-saint-andeol-town", "07", "auvergne-rhone-alpes"),  # nor the Ardèche
    ("vassieux-memorial-resistance-vercors", "26", "french-alps"),  # the Vercors, in the Drôme
    ("villeurbanne-pole-pixel", "69", "lyon-rhone"),
])
def test_places_carry_their_real_departement_and_area(
    catalog: Catalog, place_id: str, departement: str, area: str
) -> None:
    place = catalog.places[place_id]
    assert (place.departement, place.area) == (departement, area)
