"""Places from GPX, KML, GeoJSON and CSV files: read right, and refused cleanly when broken."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.catalog import Catalog
from planner.exchange import ExportOptions, exporter_for
from planner.exchange.place_import import (
    MAX_IMPORT_BYTES,
    PlaceImportError,
    read_places,
)
from tests.exchange.test_exports import trip

GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="48.8584" lon="2.2945"><name>Tour Eiffel</name><desc>Iron lady</desc></wpt>
  <rte><name>Walk</name>
    <rtept lat="48.8606" lon="2.3376"><name>Louvre</name></rtept>
    <rtept lat="48.8530" lon="2.3499"/>
  </rte>
</gpx>"""

KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>
  <Placemark><name>Annecy</name><description>Lake</description>
    <Point><coordinates>6.1294,45.8992,0</coordinates></Point></Placemark>
  <Placemark><name>A line</name><LineString><coordinates>6,45 6.1,45.1</coordinates>
    </LineString></Placemark>
</Folder></Document></kml>"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_gpx_waypoints_and_route_points_come_in_file_order(tmp_path: Path) -> None:
    places = read_places(write(tmp_path, "walk.gpx", GPX))
    assert [(p.name, p.lat, p.lon) for p in places] == [
        ("Tour Eiffel", 48.8584, 2.2945), ("Louvre", 48.8606, 2.3376),
        ("Route point 2", 48.853, 2.3499)]
    assert places[0].note == "Iron lady"


def test_kml_placemarks_with_a_point_are_places(tmp_path: Path) -> None:
    [annecy] = read_places(write(tmp_path, "lake.kml", KML))
    assert (annecy.name, annecy.lat, annecy.lon, annecy.note) == ("Annecy", 45.8992, 6.1294,
                                                                  "Lake")


def test_geojson_points_read_longitude_first(tmp_path: Path) -> None:
    document = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
         "properties": {"name": "Notre-Dame", "description": "Cathedral"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[2, 48], [3, 49]]},
         "properties": {}}]}
    [place] = read_places(write(tmp_path, "points.geojson", json.dumps(document)))
    assert (place.name, place.lat, place.lon, place.note) == ("Notre-Dame", 48.85, 2.35,
                                                              "Cathedral")


@pytest.mark.parametrize("table", [
    "name,lat,lon\nCafé,48.88,2.33\n",
    "\ufeffTitle;Latitude;Longitude\nCafé;48,88;2,33\n",
    "x\ty\tnom\n2.33\t48.88\tCafé\n",
])
def test_csv_columns_are_found_by_their_header(tmp_path: Path, table: str) -> None:
    [cafe] = read_places(write(tmp_path, "cafes.csv", table))
    assert (cafe.name, cafe.lat, cafe.lon) == ("Café", 48.88, 2.33)


@pytest.mark.parametrize("key", ["gpx", "kml", "geojson", "csv"])
def test_our_own_exports_import_back_in_order(catalog: Catalog, tmp_path: Path,
                                              key: str) -> None:
    exporter = exporter_for(key)
    path = tmp_path / f"trip{exporter.suffix}"
    exporter.write(trip(), catalog, path, ExportOptions())
    places = read_places(path)
    louvre = catalog.places["paris-louvre"]
    first = places[0]
    assert louvre.name in first.name
    assert (first.lat, first.lon) == pytest.approx((louvre.lat, louvre.lon), abs=1e-6)
    assert len(places) >= 5


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("bad.gpx", '<gpx xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="91" lon="2"/></gpx>',
     "bad.gpx: waypoint 1: latitude 91.0 is outside -90 to 90"),
    ("bad.csv", "name,lat,lon\nA,48.1,2.1\nB,north,2.2\n",
     "bad.csv: line 3: latitude 'north' is not a number"),
    ("bad.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", '
     '"geometry": {"type": "Point", "coordinates": [200, 45]}}]}',
     "bad.geojson: feature 1: longitude 200.0 is outside -180 to 180"),
    ("huge.geojson", '{"type": "Feature", "geometry": {"type": "Point", "coordinates": ['
     + "9" * 400 + ', 45]}}', "huge.geojson: feature 1: longitude '99999"),
    ("cut.kml", "<kml><Placemark><name>x</name>", "cut.kml: not well-formed XML at line 1"),
    ("nested.geojson", "[" * 100_000, "nested.geojson: not a usable file: its data is nested"),
    ("latin1.csv", "name,lat,lon\nCaf\xe9,48,2\n".encode("latin-1"), "line 2 is not UTF-8"),
    ("nothing.csv", "name,lat,lon\n", "no places with a position"),
    ("plain.txt", "just words\n", "needs a latitude column"),
    ("photo.jpg", b"\xff\xd8\xff\xe0", "not a format that can be imported"),
    ("rss.xml", "<rss><channel/></rss>", "root is <rss>, neither GPX nor KML"),
])
def test_bad_files_are_refused_with_the_file_and_the_place_in_it(
    tmp_path: Path, name: str, content: str | bytes, expected: str
) -> None:
    with pytest.raises(PlaceImportError, match=re.escape(expected)):
        read_places(write(tmp_path, name, content))


def test_xml_attacks_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("48.1", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY s SYSTEM "file://{secret}">]>'
           '<gpx><wpt lat="&s;" lon="2"/></gpx>')
    laughs = ('<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><kml><Placemark><name>&c;</name>'
              '<Point><coordinates>2,48</coordinates></Point></Placemark></kml>')
    for name, content in (("xxe.gpx", xxe), ("laughs.kml", laughs)):
        with pytest.raises(PlaceImportError, match="DTD or entities"):
            read_places(write(tmp_path, name, content))


def test_a_huge_file_and_a_fifo_are_refused_without_reading_them(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(PlaceImportError, match="far too large"):
        read_places(big)
    fifo = tmp_path / "pipe.gpx"
    os.mkfifo(fifo)
    with pytest.raises(PlaceImportError, match="not a regular file"):
        read_places(fifo)


def test_too_many_places_for_a_plan_are_refused(tmp_path: Path) -> None:
    rows = "".join(f"P{n},45,6\n" for n in range(201))
    with pytest.raises(PlaceImportError, match="201 places, more than a plan holds"):
        read_places(write(tmp_path, "many.csv", "name,lat,lon\n" + rows))


def _mutations() -> st.SearchStrategy[bytes]:
    seeds = [GPX.encode(), KML.encode(), b"name,lat,lon\nA,48,2\n",
             b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":'
             b'{"type":"Point","coordinates":[2,48]}}]}']

    def mutate(seed: bytes, cut: int, insert: bytes) -> bytes:
        at = cut % (len(seed) + 1)
        return seed[:at] + insert + seed[at + len(insert):]

    return st.builds(mutate, st.sampled_from(seeds), st.integers(0, 2000),
                     st.binary(max_size=12)) | st.binary(max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                     HealthCheck.function_scoped_fixture])
@given(data=_mutations(), suffix=st.sampled_from([".gpx", ".kml", ".geojson", ".csv", ".dat"]))
def test_any_bytes_give_places_or_a_clean_refusal(tmp_path: Path, data: bytes,
                                                  suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        places = read_places(path)
    except PlaceImportError as error:
        assert str(error).startswith(path.name) or path.name in str(error)
        return
    for place in places:
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180 and place.name


def test_xml_in_an_encoding_python_does_not_know_is_a_clean_refusal(tmp_path: Path) -> None:
    """Found by the fuzz test: expat asks Python for the declared codec, which may not exist."""
    path = tmp_path / "odd.gpx"
    path.write_bytes(b'<?xml version="1.0" encoding="U-F-8"?><gpx version="1.1"/>')
    with pytest.raises(PlaceImportError, match=r"odd\.gpx: not readable XML"):
        read_places(path)
