"""Reading the City of Paris filming permits ("Lieux de tournage à Paris") as the user
downloaded them: the CSV export (``;``-separated, French column labels) or GeoJSON.

Positions come from ``geo_point_2d`` ("lat, lon"). A row without it may still give
``coord_x``/``coord_y``: in degrees in the early years, in Lambert-93 metres (EPSG:2154) from
2022. The two are told apart by their size (degrees near Paris are a few units, Lambert-93
metres hundreds of thousands) and never guessed: anything else is a bad row. Lambert-93 points
are converted with pyproj, all at once at the end.

A bad row is skipped and reported with its line (or feature) number; it never stops the
import. The file as a whole can still be refused: too large, not text, not the dataset.
Progress is reported as the rows go, and the import stops when the callback says so.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from planner.core.errors import PlanFileError, PlannerError
from planner.core.json_bytes import JsonInputError, parse_json, strip_bom
from planner.core.permits import Permit
from planner.core.phrase import QT_TRANSLATE_NOOP, phrase
from planner.fileio.reading import FILMING_DATA_KIND, read_plan_bytes

MAX_PERMIT_FILE_BYTES = 512 * 1024 * 1024
"""The real dataset is about 5 MB as CSV and 10 MB as GeoJSON; this leaves room for many
years more, and refuses a file that could not be the dataset before it is read."""
MAX_PROBLEMS_KEPT = 200
MAX_TEXT = 300
"""Characters kept of a text field: titles and addresses are short, and the text is not ours."""
PROGRESS_EVERY = 2000
PARIS_BOX = (48.55, 1.9, 49.2, 2.85)
"""south, west, north, east: Paris with the woods and a margin; permits lie within."""
LAMBERT93_BOX = (600_000.0, 6_800_000.0, 700_000.0, 6_900_000.0)
"""min x, min y, max x, max y of Lambert-93 metres around Paris."""

# Each field under its API name and under the CSV export's French label.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id_lieu", "identifiant du lieu"),
    "year": ("annee_tournage", "année du tournage"),
    "kind": ("type_tournage", "type de tournage"),
    "title": ("nom_tournage", "titre"),
    "director": ("nom_realisateur", "réalisateur"),
    "producer": ("nom_producteur", "producteur"),
    "address": ("adresse_lieu", "localisation de la scène"),
    "postcode": ("ardt_lieu", "code postal"),
    "start": ("date_debut", "date de début"),
    "end": ("date_fin", "date de fin"),
    "x": ("coord_x", "coordonnée en x"),
    "y": ("coord_y", "coordonnée en y"),
    "point": ("geo_point_2d",),
}
REQUIRED = ("title", "year")

Progress = Callable[[int, int], bool]
"""Called with (bytes or features done, total); returns False to stop the import."""


class PermitImportError(PlanFileError):
    """The file cannot be imported at all; the message names the file and why."""


class ImportCancelled(PlannerError):
    """The user stopped the import; nothing was kept."""


@dataclass
class PermitImport:
    permits: list[Permit]
    skipped: int
    problems: list[str] = field(default_factory=list)
    """The first :data:`MAX_PROBLEMS_KEPT` bad rows, each with its line or feature number."""


class _BadRow(Exception):
    pass


def read_permits(path: Path, progress: Progress = lambda done, total: True) -> PermitImport:
    """The permits in the file at ``path``, in file order, and the rows that were skipped.

    Raises:
        PermitImportError: unreadable, too large, not CSV or GeoJSON of this dataset.
        ImportCancelled: ``progress`` asked to stop.
    """
    path = Path(path)
    try:
        data = read_plan_bytes(path, MAX_PERMIT_FILE_BYTES, FILMING_DATA_KIND)
    except PlanFileError as error:
        raise PermitImportError(path, error.reason) from error
    body = strip_bom(data).lstrip()
    if body.startswith((b"{", b"[")):
        rows: Iterator[tuple[str, dict[str, Any] | None]] = _geojson_rows(path, data, progress)
    else:
        rows = _csv_rows(path, data, progress)
    return _build(path, rows)


def _csv_rows(path: Path, data: bytes,
              progress: Progress) -> Iterator[tuple[str, dict[str, Any] | None]]:
    try:
        text = strip_bom(data).decode("utf-8")
    except UnicodeDecodeError as error:
        raise PermitImportError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "not UTF-8 text (a bad byte at position {position}); export the dataset "
            "again as CSV"), position=error.start)) from None
    lines = io.StringIO(text, newline="")
    header_line = lines.readline()
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    columns = _columns(path, header)
    reader = csv.reader(lines, delimiter=delimiter)
    total = len(text)
    lines_before = 1  # the header; a quoted cell may span lines, so count them as read
    for number, row in enumerate(reader):
        where, lines_before = f"line {lines_before + 1}", reader.line_num + 1
        if number % PROGRESS_EVERY == 0 and not progress(lines.tell(), total):
            raise ImportCancelled("import stopped")
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            yield where, None
            continue
        yield where, {key: row[index] for key, index in columns.items()}
    progress(total, total)


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    labels = [" ".join(label.casefold().split()) for label in header]
    found = {}
    for key, names in COLUMNS.items():
        index = next((labels.index(name) for name in names if name in labels), None)
        if index is not None:
            found[key] = index
    missing = [key for key in REQUIRED if key not in found]
    if missing or not ({"point"} & found.keys() or {"x", "y"} <= found.keys()):
        raise PermitImportError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "not the City of Paris filming data; its first line should name columns "
            "such as Titre, Année du tournage and geo_point_2d")))
    return found


def _geojson_rows(path: Path, data: bytes,
                  progress: Progress) -> Iterator[tuple[str, dict[str, Any] | None]]:
    try:
        document = parse_json(data)
    except JsonInputError as error:
        raise PermitImportError(path, error.reason) from None
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise PermitImportError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "not GeoJSON of the City of Paris filming data (no list of features)")))
    keys = {name: key for key, names in COLUMNS.items() for name in names}
    for number, feature in enumerate(features, 1):
        if number % PROGRESS_EVERY == 0 and not progress(number, len(features)):
            raise ImportCancelled("import stopped")
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(properties, dict):
            yield f"feature {number}", None
            continue
        row = {keys[name]: value for name, value in properties.items() if name in keys}
        geometry = feature.get("geometry")
        if "point" not in row and isinstance(geometry, dict):
            coordinates = geometry.get("coordinates")
            if geometry.get("type") == "Point" and isinstance(coordinates, list) \
                    and len(coordinates) == 2:
                row["point"] = {"lon": coordinates[0], "lat": coordinates[1]}
        yield f"feature {number}", row
    progress(len(features), len(features))


def _build(path: Path, rows: Iterator[tuple[str, dict[str, Any] | None]]) -> PermitImport:
    permits: list[Permit] = []
    lambert: list[tuple[int, str, float, float]] = []
    """Rows placed in Lambert-93 only: (their number in ``permits``, where, x, y)."""
    problems: list[str] = []
    skipped = 0

    def skip(where: str, reason: str) -> None:
        nonlocal skipped
        skipped += 1
        if len(problems) < MAX_PROBLEMS_KEPT:
            problems.append(f"{where}: {reason}")

    for where, row in rows:
        try:
            if row is None:
                raise _BadRow("it has fewer columns than the header")
            permit, projected = _permit(row)
        except _BadRow as bad:
            skip(where, str(bad))
            continue
        if projected is not None:
            lambert.append((len(permits), where, *projected))
        permits.append(permit)
    dropped = set()
    for (number, where, _, _), (lat, lon) in zip(lambert, _from_lambert93(lambert),
                                                  strict=True):
        if _in_paris(lat, lon):
            permits[number] = msgspec.structs.replace(permits[number], lat=lat, lon=lon)
        else:
            dropped.add(number)
            skip(where, "its Lambert-93 position is not in Paris")
    found = [permit for number, permit in enumerate(permits) if number not in dropped]
    if not found:
        if problems:
            raise PermitImportError(path, phrase(QT_TRANSLATE_NOOP(
                "core", "no filming permits could be read from it; the first: {problem}"),
                problem=problems[0]))
        raise PermitImportError(path, phrase(QT_TRANSLATE_NOOP(
            "core", "no filming permits could be read from it")))
    return PermitImport(found, skipped, problems)


def _permit(row: dict[str, Any]) -> tuple[Permit, tuple[float, float] | None]:
    """The permit of a row, and its Lambert-93 (x, y) when that is still to be converted (the
    permit's position is then NaN)."""
    title = _text(row.get("title"))
    if not title:
        raise _BadRow("it has no title")
    year = _year(row.get("year"))
    point = _point(row.get("point"))
    projected = None
    if point is None:
        point, projected = _coordinates(row.get("x"), row.get("y"))
    lat, lon = point if point is not None else (math.nan, math.nan)
    permit = Permit(
        id=_text(row.get("id")), year=year, kind=_text(row.get("kind")), title=title,
        director=_text(row.get("director")), producer=_text(row.get("producer")),
        address=_text(row.get("address")), postcode=_text(row.get("postcode")),
        start=_text(row.get("start"))[:10], end=_text(row.get("end"))[:10], lat=lat, lon=lon)
    return permit, projected


def _text(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())[:MAX_TEXT]


def _year(value: Any) -> int:
    try:
        year = int(str(value).strip())
    except ValueError:
        raise _BadRow(f"the year {_text(value)[:20]!r} is not a year") from None
    if not 1890 <= year <= 2100:
        raise _BadRow(f"the year {year} is not a year of filming")
    return year


def _point(value: Any) -> tuple[float, float] | None:
    """``geo_point_2d``: "lat, lon" in CSV, {"lat": .., "lon": ..} in JSON; None if absent."""
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        lat, lon = _number(value.get("lat")), _number(value.get("lon"))
    else:
        parts = str(value).split(",")
        if len(parts) != 2:
            raise _BadRow(f"geo_point_2d {_text(value)[:40]!r} is not \"latitude, longitude\"")
        lat, lon = _number(parts[0]), _number(parts[1])
    if not _in_paris(lat, lon):
        raise _BadRow(f"geo_point_2d {lat}, {lon} is not in Paris")
    return lat, lon


def _coordinates(x_value: Any, y_value: Any) -> tuple[tuple[float, float] | None,
                                                       tuple[float, float] | None]:
    """coord_x, coord_y as (lat, lon) when in degrees, or as Lambert-93 (x, y) to convert."""
    if x_value in (None, "") or y_value in (None, ""):
        raise _BadRow("it has no position (no geo_point_2d, no coord_x and coord_y)")
    x, y = _number(x_value), _number(y_value)
    if _in_paris(y, x):
        return (y, x), None
    min_x, min_y, max_x, max_y = LAMBERT93_BOX
    if min_x <= x <= max_x and min_y <= y <= max_y:
        return None, (x, y)
    raise _BadRow(f"coord_x, coord_y {x}, {y} are neither degrees nor Lambert-93 metres "
                  "in Paris")


def _number(value: Any) -> float:
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise _BadRow(f"{_text(value)[:20]!r} is not a number") from None
    if not math.isfinite(number):
        raise _BadRow(f"{value!r} is not a number")
    return number


def _in_paris(lat: float, lon: float) -> bool:
    south, west, north, east = PARIS_BOX
    return south <= lat <= north and west <= lon <= east


def _from_lambert93(points: list[tuple[int, str, float, float]]) -> list[tuple[float, float]]:
    """(lat, lon) of Lambert-93 (x, y) points, converted together (pyproj is loaded only
    when a file needs it)."""
    if not points:
        return []
    from pyproj import Transformer

    to_degrees = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    lons, lats = to_degrees.transform([p[2] for p in points], [p[3] for p in points])
    return list(zip(lats, lons, strict=True))
