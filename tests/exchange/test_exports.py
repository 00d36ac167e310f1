"""Calendar, GPX, GeoJSON and CSV exports, read back by independent readers.

Each file is read by its format's own library and, for the map formats and CSV, by GDAL's
``ogrinfo``; the GPX file is also checked against the official GPX 1.1 XML Schema, read in
place from the shared folder beside the checkout.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
from pathlib import Path

import gpxpy
import pytest
import xmlschema
from icalendar import Calendar

from planner.core import editing
from planner.core.catalog import Catalog
from planner.core.model import CustomPlace, Day, Plan, Stop
from planner.core.schedule import PARIS, day_timetable
from planner.exchange import ExportOptions, exporter_for
from tests.conftest import external_tool

ROOT = Path(__file__).resolve().parents[2]
GPX_SCHEMA = ROOT.parent / "shared" / "schemas" / "gpx-1.1.xsd"


def trip() -> Plan:
    """Two days, Paris then Annecy, with a hotel of the user's, a booking and a lost place."""
    plan = editing.new_plan("Paris & Annecy <trip>", dt.date(2027, 3, 27))  # clocks change
    plan.default_travel_mode = "transit"
    plan.custom_places = [CustomPlace(id="hotel", name="Hôtel \"Le Petit\"", lat=48.8601,
                                      lon=2.3470, address="3 rue de Rivoli, Paris")]
    plan.days = [
        Day(base="hotel", stops=[
            Stop(place_id="paris-louvre", minutes=120, note="Tickets, row 3"),
            Stop(place_id="paris-pont-des-arts", minutes=20, fixed_arrival=dt.time(14, 0)),
            Stop(place_id="paris-sacre-coeur", minutes=45)]),
        Day(label="Lake day", stops=[
            Stop(place_id="annecy-pont-des-amours", minutes=20),
            Stop(place_id="gone-from-the-catalog"),
            Stop(place_id="annecy-jardins-de-l-europe", minutes=30)]),
    ]
    return plan


def export(plan: Plan, catalog: Catalog, key: str, folder: Path) -> Path:
    exporter = exporter_for(key)
    path = folder / f"trip{exporter.suffix}"
    exporter.write(plan, catalog, path, ExportOptions())
    return path


def ogr_feature_counts(path: Path, *options: str) -> dict[str, int]:
    """Layer name → feature count, as GDAL reads the file."""
    ogrinfo = external_tool("ogrinfo", "gdal-bin")
    done = subprocess.run([ogrinfo, "-ro", "-so", "-al", *options, str(path)],
                          capture_output=True, text=True, check=True, timeout=60)
    layers = re.findall(r"Layer name: ([^\n]+)\n.*?Feature Count: (\d+)", done.stdout, re.S)
    return {name: int(count) for name, count in layers}


def test_the_calendar_has_an_event_per_stop_in_paris_time(catalog: Catalog,
                                                          tmp_path: Path) -> None:
    plan = trip()
    calendar = Calendar.from_ical(export(plan, catalog, "ics", tmp_path).read_bytes())
    events = calendar.walk("VEVENT")
    stops = [stop for day in plan.days for stop in day.stops]
    assert [str(e["uid"]).split("@")[0] for e in events] == [s.id for s in stops]
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    first = day_timetable(plan, 0, catalog).visits[0]
    louvre = events[0]
    assert louvre.decoded("dtstart") == first.arrival
    assert louvre.decoded("dtstart").tzinfo.key == "Europe/Paris"  # type: ignore[union-attr]
    assert louvre.decoded("dtend") == first.departure
    assert str(louvre["summary"]) == catalog.places["paris-louvre"].name
    assert "Tickets, row 3" in str(louvre["description"])
    assert "estimates" in str(louvre["description"])
    assert louvre["geo"].latitude == pytest.approx(catalog.places["paris-louvre"].lat)
    assert catalog.places["paris-louvre"].address in str(louvre["location"])
    scene = catalog.appearances_at_place("paris-sacre-coeur")[0].scene
    assert scene in str(events[2]["description"])
    # Day 2 is 28 March 2027, when the clocks go forward: Paris is then two hours ahead.
    day_two = events[3].decoded("dtstart")
    assert day_two.utcoffset() == dt.timedelta(hours=2)


def test_exporting_again_keeps_every_uid_and_legs_are_an_option(catalog: Catalog,
                                                                tmp_path: Path) -> None:
    plan = trip()
    first = export(plan, catalog, "ics", tmp_path).read_bytes()
    editing.set_stop_minutes(plan, plan.days[0].stops[0].id, 90)
    again = Calendar.from_ical(export(plan, catalog, "ics", tmp_path).read_bytes())
    uids = [str(e["uid"]) for e in Calendar.from_ical(first).walk("VEVENT")]
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == uids
    with_legs = Calendar.from_ical(export(plan, catalog, "ics-legs", tmp_path).read_bytes())
    legs = [e for e in with_legs.walk("VEVENT") if str(e["uid"]).endswith("-leg@"
                                                                          "film-trip-planner"
                                                                          ".invalid")]
    assert legs and all(e.decoded("dtend") > e.decoded("dtstart") for e in legs)
    assert str(legs[0]["summary"]).startswith("To ")


def test_the_gpx_file_is_valid_gpx_1_1_with_a_route_per_day(catalog: Catalog,
                                                            tmp_path: Path) -> None:
    plan = trip()
    path = export(plan, catalog, "gpx", tmp_path)
    xmlschema.XMLSchema(GPX_SCHEMA).validate(str(path))
    document = gpxpy.parse(path.read_text(encoding="utf-8"))
    placed = [s for d in plan.days for s in d.stops if s.place_id != "gone-from-the-catalog"]
    assert len(document.waypoints) == len(placed)
    assert [len(route.points) for route in document.routes] == [3, 2]
    assert document.routes[1].name == "Day 2: Lake day"
    assert document.waypoints[0].name.endswith(catalog.places["paris-louvre"].name)
    assert document.waypoints[0].latitude == pytest.approx(catalog.places["paris-louvre"].lat)
    assert ogr_feature_counts(path) == {"waypoints": 5, "routes": 2, "tracks": 0,
                                        "route_points": 5, "track_points": 0}


def test_geojson_puts_longitude_first_and_gdal_reads_it(catalog: Catalog,
                                                       tmp_path: Path) -> None:
    path = export(trip(), catalog, "geojson", tmp_path)
    collection = json.loads(path.read_text(encoding="utf-8"))
    points = [f for f in collection["features"] if f["geometry"]["type"] == "Point"]
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    louvre = catalog.places["paris-louvre"]
    assert points[0]["geometry"]["coordinates"] == [louvre.lon, louvre.lat]
    assert points[0]["properties"]["arrival_estimate"].endswith("+01:00")
    assert len(points) == 5 and len(lines) == 2
    assert "crs" not in collection, "RFC 7946 drops the crs member"
    assert sum(ogr_feature_counts(path).values()) == 7


def test_csv_has_a_row_per_stop_and_excel_gets_a_bom(catalog: Catalog, tmp_path: Path) -> None:
    plan = trip()
    path = export(plan, catalog, "csv", tmp_path)
    text = path.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6
    assert rows[0]["place"] == catalog.places["paris-louvre"].name
    assert rows[1]["booked"] == "yes" and rows[1]["arrival (estimate)"] == "14:00"
    assert rows[4]["latitude"] == "" and "gone-from-the-catalog" in rows[4]["place"]
    assert "Amélie" in rows[2]["titles"]
    excel = export(plan, catalog, "csv-excel", tmp_path)
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    counts = ogr_feature_counts(path, "-oo", "X_POSSIBLE_NAMES=longitude",
                                "-oo", "Y_POSSIBLE_NAMES=latitude")
    assert counts == {"trip": 6}


def test_arrivals_are_paris_wall_clock_times(catalog: Catalog, tmp_path: Path) -> None:
    plan = trip()
    rows = list(csv.DictReader(io.StringIO(export(plan, catalog, "csv", tmp_path)
                                           .read_text(encoding="utf-8"))))
    arrival = day_timetable(plan, 1, catalog).visits[0].arrival.astimezone(PARIS)
    assert rows[3]["arrival (estimate)"] == f"{arrival:%H:%M}" == "09:00"


def test_kml_has_a_folder_per_day_that_gdal_reads_as_layers(catalog: Catalog,
                                                            tmp_path: Path) -> None:
    path = export(trip(), catalog, "kml", tmp_path)
    counts = ogr_feature_counts(path)
    assert len(counts) == 2, counts
    assert list(counts.values()) == [4, 3], "3 stops and a route, then 2 stops and a route"
    text = path.read_text(encoding="utf-8")
    assert "Day 2 · Sun 28 Mar · Lake day" in text
    assert "&lt;trip&gt;" in text, "names from the user are escaped"


def test_a_long_trip_fits_my_maps_ten_layers(catalog: Catalog, tmp_path: Path) -> None:
    plan = trip()
    plan.days = [Day(stops=[Stop(place_id="paris-louvre")]) for _ in range(23)]
    text = export(plan, catalog, "kml", tmp_path).read_text(encoding="utf-8")
    assert text.count("<Folder") == 8
    assert "Days 1 to 3" in text and "Days 22 to 23" in text


def test_what_the_user_wrote_about_their_own_place_goes_into_the_exports(
    catalog: Catalog, tmp_path: Path
) -> None:
    plan = trip()
    hotel = plan.custom_places[0]
    hotel.note, hotel.opening_hours = "Ask for a lake view", "Mo-Su 07:00-23:00"
    plan.days[0].stops.append(Stop(place_id="hotel", minutes=15, note="Drop the bags"))
    rows = list(csv.DictReader(io.StringIO(
        export(plan, catalog, "csv", tmp_path).read_text(encoding="utf-8"))))
    assert rows[3]["place"] == hotel.name and rows[3]["address"] == hotel.address
    assert rows[3]["note"] == ("Drop the bags · Ask for a lake view · "
                               "Opening hours: Mo-Su 07:00-23:00")
    calendar = export(plan, catalog, "ics", tmp_path).read_text(encoding="utf-8")
    assert "Ask for a lake view" in calendar
