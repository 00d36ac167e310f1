"""Places from other apps' files: GPX waypoints and routes, KML placemarks, GeoJSON points, CSV.

Files come from anywhere, so they are read defensively: at most :data:`MAX_IMPORT_BYTES`,
through the same non-blocking reader as plans (a FIFO or a device is refused), XML through
``defusedxml`` (no entity expansion, no external entities, no DTD), JSON through our own
decoder that survives any nesting. Every problem becomes a :class:`PlaceImportError` whose
message names the file and the line, row or feature; nothing is returned in part.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from planner.core import limits
from planner.core.errors import PlanFileError
from planner.core.json_bytes import JsonInputError, parse_json
from planner.core.phrase import QT_TRANSLATE_NOOP, Phrase, PhrasedError, phrase
from planner.fileio.reading import PLACES_KIND, read_plan_bytes

MAX_IMPORT_BYTES = 4 * 1024 * 1024
"""Far more than a list of places needs; a larger file is refused before it is read."""
NAME_COLUMNS = ("name", "title", "place", "nom")
LAT_COLUMNS = ("lat", "latitude", "y")
LON_COLUMNS = ("lon", "lng", "long", "longitude", "x")


class PlaceImportError(PlanFileError):
    """The file cannot be imported; the message says which file and where, in plain words."""


@dataclass(frozen=True)
class ImportedPlace:
    name: str
    lat: float
    lon: float
    note: str
    where: str
    """Where in the file it was: "waypoint 3", "row 12", "feature 2"."""


def read_places(path: Path) -> list[ImportedPlace]:
    """Every place in the file at ``path``, in file order.

    Raises:
        PlaceImportError: unreadable, too large, an unknown format, broken, or a place with
            impossible coordinates; the message says which file and where.
    """
    path = Path(path)
    try:
        data = read_plan_bytes(path, MAX_IMPORT_BYTES, PLACES_KIND)
    except PlanFileError as error:
        raise PlaceImportError(path, error.reason) from error
    reader = _reader_for(path, data)
    try:
        places = list(reader(data))
    except _Problem as problem:
        raise PlaceImportError(path, problem.phrase) from None
    if not places:
        raise PlaceImportError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "no places with a position were found")))
    if len(places) > limits.MAX_CUSTOM_PLACES:
        raise PlaceImportError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "{count} places, more than a plan holds ({most})"),
            count=len(places), most=limits.MAX_CUSTOM_PLACES))
    return places


class _Problem(PhrasedError):
    """What is wrong and where, without the file's name (added by :func:`read_places`)."""


def _at(where: Phrase, reason: Phrase) -> _Problem:
    return _Problem(phrase(QT_TRANSLATE_NOOP("core", "{where}: {problem}"),
                           where=where, problem=reason))


WAYPOINT = QT_TRANSLATE_NOOP("core", "waypoint {number}")
ROUTE_POINT = QT_TRANSLATE_NOOP("core", "route point {number}")
LATITUDE = phrase(QT_TRANSLATE_NOOP("core", "latitude"))
LONGITUDE = phrase(QT_TRANSLATE_NOOP("core", "longitude"))


Reader = Callable[[bytes], Iterator[ImportedPlace]]


def _reader_for(path: Path, data: bytes) -> Reader:
    suffix = path.suffix.lower()
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if suffix in (".gpx", ".kml") or start == b"<":
        return _xml_places
    if suffix in (".geojson", ".json") or start in (b"{", b"["):
        return _geojson_places
    if suffix in (".csv", ".txt", ".tsv"):
        return _csv_places
    raise PlaceImportError(path, phrase(QT_TRANSLATE_NOOP(
        "core", "not a format that can be imported; use GPX, KML, GeoJSON or CSV with name, lat "
        "and lon columns")))


# --- XML: GPX and KML --------------------------------------------------------------------------
def _xml_places(data: bytes) -> Iterator[ImportedPlace]:
    try:
        root = safe_xml.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise _Problem(phrase(QT_TRANSLATE_NOOP(
            "core", "the file declares a DTD or entities, which are refused for safety"))) \
            from None
    except ParseError as error:
        line, column = error.position
        raise _Problem(phrase(QT_TRANSLATE_NOOP(
            "core", "not well-formed XML at line {line}, column {column}"),
            line=line, column=column + 1)) from None
    except (LookupError, ValueError) as error:  # an encoding Python does not know, and such
        raise _Problem(phrase(QT_TRANSLATE_NOOP("core", "not readable XML ({reason})"),
                              reason=str(error))) from None
    kind = _local(root.tag)
    if kind == "gpx":
        yield from _gpx_places(root)
    elif kind == "kml":
        yield from _kml_places(root)
    else:
        raise _Problem(phrase(QT_TRANSLATE_NOOP(
            "core", "an XML file whose root is <{root}>, neither GPX nor KML"), root=kind))


def _local(tag: str) -> str:
    """A tag without its namespace: "{http://www.topografix.com/GPX/1/1}wpt" → "wpt"."""
    return tag.rsplit("}", 1)[-1]


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _text(element: Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else ""


def _gpx_places(root: Element) -> Iterator[ImportedPlace]:
    points = [(WAYPOINT, point) for point in _children(root, "wpt")]
    for route in _children(root, "rte"):
        points += [(ROUTE_POINT, point) for point in _children(route, "rtept")]
    counts: dict[str, int] = {}
    for kind, point in points:
        counts[kind] = counts.get(kind, 0) + 1
        where = phrase(kind, number=counts[kind])
        lat = _number(point.get("lat"), where, LATITUDE)
        lon = _number(point.get("lon"), where, LONGITUDE)
        note = _text(point, "desc") or _text(point, "cmt")
        yield _place(_text(point, "name"), lat, lon, note, where)


def _kml_places(root: Element) -> Iterator[ImportedPlace]:
    number = 0
    for placemark in root.iter():
        if _local(placemark.tag) != "Placemark":
            continue
        number += 1
        where = phrase(QT_TRANSLATE_NOOP("core", "placemark {number}"), number=number)
        points = [e for e in placemark.iter() if _local(e.tag) == "Point"]
        if not points:
            continue  # a line or an area: not a place
        coordinates = _text(points[0], "coordinates").split(",")
        if len(coordinates) < 2:
            raise _at(where, phrase(QT_TRANSLATE_NOOP(
                "core", "its point has no “longitude,latitude” coordinates")))
        lon = _number(coordinates[0], where, LONGITUDE)
        lat = _number(coordinates[1], where, LATITUDE)
        yield _place(_text(placemark, "name"), lat, lon, _text(placemark, "description"),
                     where)


# --- GeoJSON -----------------------------------------------------------------------------------
def _geojson_places(data: bytes) -> Iterator[ImportedPlace]:
    try:
        document = parse_json(data)
    except JsonInputError as error:
        raise _Problem(phrase("{text}", text=error.reason)) from None
    if not isinstance(document, dict) or document.get("type") not in (
            "FeatureCollection", "Feature"):
        raise _Problem(phrase(QT_TRANSLATE_NOOP(
            "core", "not GeoJSON: expected a FeatureCollection or a Feature")))
    features = document.get("features", []) if document["type"] == "FeatureCollection" \
        else [document]
    if not isinstance(features, list):
        raise _Problem(phrase(QT_TRANSLATE_NOOP("core", "“features” is not a list")))
    for number, feature in enumerate(features, 1):
        where = phrase(QT_TRANSLATE_NOOP("core", "feature {number}"), number=number)
        if not isinstance(feature, dict):
            raise _at(where, phrase(QT_TRANSLATE_NOOP("core", "not an object")))
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            continue  # lines and areas are not places
        position = geometry.get("coordinates")
        if not isinstance(position, list) or len(position) < 2:
            raise _at(where, phrase(QT_TRANSLATE_NOOP(
                "core", "a point needs [longitude, latitude]")))
        lon = _number(position[0], where, LONGITUDE)
        lat = _number(position[1], where, LATITUDE)
        properties = feature.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        yield _place(_first_text(properties, NAME_COLUMNS), lat, lon,
                     _first_text(properties, ("description", "note", "address")), where)


def _first_text(properties: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = properties.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return str(value)
    return ""


# --- CSV ---------------------------------------------------------------------------------------
def _csv_places(data: bytes) -> Iterator[ImportedPlace]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise _Problem(phrase(QT_TRANSLATE_NOOP(
            "core", "line {line} is not UTF-8 text; save the file as UTF-8"), line=line)) \
            from None
    if "\x00" in text:
        raise _Problem(phrase(QT_TRANSLATE_NOOP(
            "core", "the file holds NUL characters: it is not a text table")))
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    try:
        header = [cell.strip().casefold() for cell in next(rows)]
    except StopIteration:
        raise _Problem(phrase(QT_TRANSLATE_NOOP("core", "the file is empty"))) from None
    except csv.Error as error:
        raise _at(_line(1), phrase("{text}", text=str(error))) from None
    name_at, lat_at, lon_at = (_column(header, names) for names in
                               (NAME_COLUMNS, LAT_COLUMNS, LON_COLUMNS))
    if lat_at is None or lon_at is None:
        raise _at(_line(1), phrase(QT_TRANSLATE_NOOP(
            "core", "the header needs a latitude column (lat or latitude) and a longitude "
            "column (lon, lng or longitude)")))
    note_at = _column(header, ("note", "description", "address"))
    try:
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            where = _line(rows.line_num)
            if len(row) <= max(lat_at, lon_at):
                raise _at(where, phrase(QT_TRANSLATE_NOOP("core", "too few columns")))
            if not row[lat_at].strip() and not row[lon_at].strip():
                continue  # a place without a position (our own export writes them so)
            lat = _number(row[lat_at], where, LATITUDE)
            lon = _number(row[lon_at], where, LONGITUDE)
            name = row[name_at] if name_at is not None and name_at < len(row) else ""
            note = row[note_at] if note_at is not None and note_at < len(row) else ""
            yield _place(name, lat, lon, note, where)
    except csv.Error as error:
        raise _at(_line(rows.line_num), phrase("{text}", text=str(error))) from None


def _line(number: int) -> Phrase:
    return phrase(QT_TRANSLATE_NOOP("core", "line {number}"), number=number)


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in header:
            return header.index(name)
    return None


# --- shared ------------------------------------------------------------------------------------
def _number(value: object, where: Phrase, axis: Phrase) -> float:
    try:
        number = float(str(value).strip().replace(",", ".") if isinstance(value, str)
                       else value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        number = math.nan
    if not math.isfinite(number):
        raise _at(where, phrase(QT_TRANSLATE_NOOP("core", "{axis} {value} is not a number"),
                                axis=axis, value=repr(str(value)[:40])))
    return number


def _place(name: str, lat: float, lon: float, note: str, where: Phrase) -> ImportedPlace:
    if not -90 <= lat <= 90:
        raise _at(where, phrase(QT_TRANSLATE_NOOP("core", "latitude {value} is outside -90 to 90"),
                                value=str(lat)))
    if not -180 <= lon <= 180:
        raise _at(where, phrase(QT_TRANSLATE_NOOP(
            "core", "longitude {value} is outside -180 to 180"), value=str(lon)))
    label = str(where)
    clean = " ".join(name.split())[:limits.MAX_NAME_LENGTH] or label.capitalize()
    return ImportedPlace(clean, lat, lon, limits.clip_text(note), label)
