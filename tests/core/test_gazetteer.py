"""The offline gazetteer: French towns and stations found by name, typos and all."""

from __future__ import annotations

import gzip
import json
from importlib.resources import files

import pytest

from planner.core.gazetteer import GazetteerError, decode_gazetteer, shipped_gazetteer


@pytest.mark.parametrize(("query", "first"), [
    ("Annecy", "Annecy"),
    ("anecy", "Annecy"),  # a typo
    ("evian", "Évian-les-Bains"),  # no accent
    ("CHAMONIX", "Chamonix-Mont-Blanc"),  # another spelling of the town, in capitals
    ("paris", "Paris"),  # the town itself before its stations
    ("gare de lyon", "Paris Gare de Lyon"),
    ("lyon part dieu", "Lyon Part Dieu"),
    ("talloires", "Talloires"),
    ("menthon saint bernard", "Menthon-Saint-Bernard"),
])
def test_towns_and_stations_are_found_by_name(query: str, first: str) -> None:
    assert shipped_gazetteer().search(query)[0].name == first


def test_an_entry_says_what_and_where_it_is() -> None:
    station, town = shipped_gazetteer().search("Grenoble")[:2]
    assert (station.kind, station.label) == ("station", "Grenoble (station, Grenoble)")
    assert town.label == "Grenoble (town, Auvergne-Rhône-Alpes)"
    assert town.lat == pytest.approx(45.17, abs=0.05) and town.lon == pytest.approx(5.72, abs=0.05)


def test_nothing_is_found_for_words_that_name_no_place() -> None:
    gazetteer = shipped_gazetteer()
    assert gazetteer.search("xyzzy plugh") == [] and gazetteer.search("  ") == []


def test_every_station_is_in_france_with_a_source_of_its_own() -> None:
    stations = json.loads(files("planner.data").joinpath("stations.json").read_text("utf-8"))
    names = [station["name"] for station in stations["stations"]]
    assert len(names) == len(set(names)) >= 30
    for station in stations["stations"]:
        assert 41.3 < station["lat"] < 51.1 and -5.2 < station["lon"] < 9.6, station["name"]
        assert station["source"].startswith("https://"), station["name"]


@pytest.mark.parametrize("towns", [
    b"not gzip at all",
    gzip.compress(b"\xff\xfe not utf-8"),
    gzip.compress(b"[" * 100_000),
    gzip.compress(b'{"format": "something-else", "version": 1}'),
    gzip.compress(json.dumps({"format": "film-trip-planner/gazetteer", "version": 9,
                              "source": {"name": "", "package": "", "licence": "", "url": ""},
                              "regions": {}, "towns": []}).encode()),
    gzip.compress(b"x" * 64)[:20],  # cut short
])
def test_a_damaged_gazetteer_is_a_clear_error(towns: bytes) -> None:
    stations = files("planner.data").joinpath("stations.json").read_bytes()
    with pytest.raises(GazetteerError, match="offline list of towns"):
        decode_gazetteer(towns, stations)
