"""Build data/departements.json: the 96 départements of metropolitan France, each with its INSEE
code, its name and a bounding box, for checking that every catalog place lies in the
département it names.

Input: ``departements.geojson`` of the france-geojson project (github.com/gregoiredavid/
france-geojson): INSEE's Code officiel géographique for the codes and names, IGN's Admin Express
for the outlines, under the Licence Ouverte (Etalab). Only the boxes are kept, each widened
outwards to the next 0.01 degree (about a kilometre), so a point on a border is never refused
by rounding. Boxes of neighbours overlap; the check is coarse on purpose, and catches the
mistakes that matter: a place given the wrong département, or a point in the wrong town.

Reproduce (from the repository root):

    python3 tools/build_departements.py departements.geojson data/departements.json
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SOURCE = {
    "name": "france-geojson (INSEE Code officiel géographique 2018, IGN Admin Express 2018)",
    "url": "https://github.com/gregoiredavid/france-geojson",
    "licence": "Licence Ouverte (Etalab)",
}


def points(geometry: dict[str, Any]) -> Iterator[tuple[float, float]]:
    """Every (lon, lat) of a Polygon or MultiPolygon."""
    polygons = ([geometry["coordinates"]] if geometry["type"] == "Polygon"
                else geometry["coordinates"])
    for polygon in polygons:
        for ring in polygon:
            yield from ((lon, lat) for lon, lat in ring)


def bounding_box(geometry: dict[str, Any]) -> list[float]:
    """[south, west, north, east], widened outwards to whole hundredths of a degree."""
    lons, lats = zip(*points(geometry), strict=True)
    return [math.floor(min(lats) * 100) / 100, math.floor(min(lons) * 100) / 100,
            math.ceil(max(lats) * 100) / 100, math.ceil(max(lons) * 100) / 100]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geojson", type=Path)
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    features = json.loads(args.geojson.read_text(encoding="utf-8"))["features"]
    departements = sorted(({"code": f["properties"]["code"], "name": f["properties"]["nom"],
                            "bbox": bounding_box(f["geometry"])} for f in features),
                          key=lambda d: d["code"])
    document = {"source": SOURCE, "departements": departements}
    lines = ",\n".join("    " + json.dumps(d, ensure_ascii=False) for d in departements)
    head = json.dumps({"source": document["source"]}, ensure_ascii=False, indent=2)[:-2]
    args.output.write_text(f'{head},\n  "departements": [\n{lines}\n  ]\n}}\n', encoding="utf-8")
    print(f"{len(departements)} départements written to {args.output}")


if __name__ == "__main__":
    main()
