"""Small synthetic files in the City of Paris filming data's real layout (never the dataset)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

CSV_HEADER = ["Identifiant du lieu", "Année du tournage", "Type de tournage", "Titre",
              "Réalisateur", "Producteur", "Localisation de la scène", "Code postal",
              "Date de début", "Date de fin", "Coordonnée en X", "Coordonnée en Y", "geo_shape",
              "geo_point_2d"]
LYCEEN_LAMBERT = (655429.123, 6864268.72)
LYCEEN_DEGREES = (48.87689678825404, 2.392307321497058)
"""Row 2022-5 of the dataset gives both: Lambert-93 metres in coord_x/coord_y and geo_point_2d
(read from a public copy of the CSV export, gillesfevry/MiseEnProd at deea2de)."""


def csv_row(row_id: str, year: object, kind: str, title: str, address: str,
            x: object = "", y: object = "", point: str = "") -> list[str]:
    return [row_id, str(year), kind, title, "A. Director", "Some Films", address, "75001",
            f"{year}-05-02", f"{year}-05-03", str(x), str(y), "", point]


GOOD_ROWS = [
    csv_row("2019-1", 2019, "Série TV", "Emily in Paris", "1 place de l'estrapade, 75005 paris",
            2.34507684, 48.84507789, "48.84507788666327, 2.345076835395364"),
    csv_row("2020-2", 2020, "Série TV", "LUPIN SAISON 1", "place denfert-rochereau, 75014 paris",
            point="48.833941292886706, 2.3331506408449547"),
    csv_row("2022-5", 2022, "Long métrage", "<b>Le Lycéen</b>", "25 rue des fêtes, 75019 paris",
            *LYCEEN_LAMBERT),
    csv_row("2017-9", 2017, "Téléfilm", "Amélie", "rue des trois frères, 75018 paris",
            2.341, 48.885),
]
BAD_ROWS = [
    (csv_row("2019-3", 2019, "Série TV", "", "nowhere"), "no title"),
    (csv_row("2019-4", "soon", "Série TV", "A title", "x", point="48.85, 2.35"), "not a year"),
    (csv_row("2019-5", 2019, "Série TV", "Lyon", "x", point="45.76, 4.83"), "not in Paris"),
    (csv_row("2019-6", 2019, "Série TV", "Far", "x", 12345, 678), "neither degrees"),
    (["2019-7", "2019", "Série TV"], "fewer columns"),
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def write_geojson(path: Path, rows: list[list[str]]) -> Path:
    """The same rows as GeoJSON, with the API's field names and geo_point_2d as an object."""
    names = ["id_lieu", "annee_tournage", "type_tournage", "nom_tournage", "nom_realisateur",
             "nom_producteur", "adresse_lieu", "ardt_lieu", "date_debut", "date_fin",
             "coord_x", "coord_y"]
    features = []
    for row in rows:
        properties = dict(zip(names, row, strict=False))
        if len(row) > 13 and row[13]:
            lat, lon = (float(part) for part in row[13].split(","))
            properties["geo_point_2d"] = {"lat": lat, "lon": lon}
        features.append({"type": "Feature", "geometry": None, "properties": properties})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path
