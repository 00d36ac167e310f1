"""Print what the catalog holds: titles and places by area, places by precision, appearances by
confidence, and how far the last audit went.

Usage: python tools/catalog_report.py [CATALOG]   (default: the shipped data/catalog.json)
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import get_args

from planner.app import default_catalog_path
from planner.core.areas import AREA_ORDER, AUVERGNE_RHONE_ALPES
from planner.core.catalog import Catalog, load_catalog
from planner.core.model import Confidence, Precision


def report(catalog: Catalog) -> list[str]:
    places = list(catalog.places.values())
    appearances = catalog.appearances
    kinds = Counter(film.kind for film in catalog.films.values())
    places_by_area = Counter(place.area for place in places)
    titles_by_area = Counter(area for film in catalog.films.values()
                             for area in catalog.areas_of_film(film.id))
    precision = Counter(place.precision for place in places)
    confidence = Counter(appearance.confidence for appearance in appearances)
    audits = [appearance.audit for appearance in appearances if appearance.audit]
    changed = sum(audit.result == "changed" for audit in audits)
    lines = [
        f"titles: {len(catalog.films)} ({kinds['film']} films, {kinds['series']} series), "
        f"{sum(not catalog.appearances_of_film(f) for f in catalog.films)} of them with a "
        "filming note and no place",
        f"places: {len(places)}, {sum(p.departement in AUVERGNE_RHONE_ALPES for p in places)} in "
        "Auvergne-Rhône-Alpes",
        "by area (places, titles):",
        *(f"  {area:<22}{places_by_area[area]:>5}{titles_by_area[area]:>5}"
          for area in AREA_ORDER),
        "places by precision: " + ", ".join(f"{key} {precision[key]}"
                                            for key in get_args(Precision)),
        f"appearances: {len(appearances)}; " + ", ".join(
            f"{key} {confidence[key]}" for key in get_args(Confidence)),
    ]
    if audits:
        last = max(audit.date for audit in audits)
        lines.append(f"audit: {len(audits)} of {len(appearances)} appearances read again against "
                     f"their sources by a second reader, last on {last:%Y-%m-%d}; "
                     f"{len(audits) - changed} verified, {changed} changed")
    else:
        lines.append("audit: none recorded")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalog", nargs="?", type=Path, default=default_catalog_path())
    args = parser.parse_args()
    print("\n".join(report(load_catalog(args.catalog))))


if __name__ == "__main__":
    main()
