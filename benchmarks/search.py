"""Search speed on a synthetic catalog of 100,000 places and 10,000 titles.

Prints the catalog load time, the time from a keystroke to the films and places lists being
updated (median and 95th percentile, excluding the typing pause the window waits for), the same
with the area and access filters on, a baseline
measured in the same run (a QSortFilterProxyModel calling Python per row, as a first version did),
and the peak memory of the process.

Usage: python benchmarks/search.py [--places N] [--titles N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import msgspec
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QApplication

from planner.core.areas import departements
from planner.core.catalog import CATALOG_SCHEMA_VERSION, load_catalog
from planner.core.indexes import CatalogIndexes
from planner.core.model import Appearance, CatalogFile, Film, Place, Town
from planner.core.search import CatalogSearch, FilmQuery
from planner.ui.catalog_models import ID_ROLE, FilmResultsModel
from planner.ui.catalog_panel import CatalogPanel
from planner.ui.selection import Selection

SYLLABLES = ["an", "be", "cha", "do", "el", "fa", "gre", "ho", "il", "ju", "ka", "lo", "mon",
             "ne", "or", "pa", "qui", "ro", "sa", "ti", "u", "ve", "wa", "xi", "yo", "zu"]
TYPED = ["chamonix", "amellie", "lupin", "omar sy", "annecy", "rue de la paix", "grenoble",
         "montmartre", "lac du bourget", "periph"]


ALPINE_CODES = ("74", "73", "38", "01", "26", "05")


def alpine_departement_at(lat: float, lon: float) -> str:
    """An Alpine département whose box holds the point, as the catalog check wants one."""
    table = departements()
    return next(code for code in ALPINE_CODES if table[code].contains(lat, lon))


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def synthetic_catalog(places: int, titles: int, seed: int = 7) -> bytes:
    """A catalog shaped like the real one, with made-up names (never shipped, never shown)."""
    rng = random.Random(seed)
    towns = [Town(name=f"{word(rng)}-{i}", region="alps", lat=45.0 + rng.random(),
                  lon=5.0 + rng.random() * 2, source="https://example.org/town")
             for i in range(500)]
    people = [f"{word(rng)} {word(rng)}" for _ in range(5000)]
    films = [Film(id=f"film-{i}", title=" ".join(word(rng) for _ in range(rng.randint(1, 4))),
                  year=rng.randint(1920, 2025), kind=rng.choice(["film", "series"]),
                  premise="A synthetic premise.", sources=["https://example.org/film"],
                  directors=[rng.choice(people)], cast=rng.sample(people, 3))
             for i in range(titles)]
    place_list, appearances = [], []
    for i in range(places):
        town = rng.choice(towns)
        lat, lon = town.lat + rng.uniform(-0.05, 0.05), town.lon + rng.uniform(-0.05, 0.05)
        place_list.append(Place(
            id=f"place-{i}", name=f"{rng.choice(['Rue', 'Place', 'Lac', 'Col'])} {word(rng)}",
            town=town.name, lat=lat, lon=lon, precision="street",
            access=rng.choice(["public", "public", "exterior-only", "ticketed", "private"]),
            visit_minutes=30, sources=["https://example.org/place"],
            address=f"{rng.randint(1, 200)} rue {word(rng)}",
            departement=alpine_departement_at(lat, lon), area="french-alps"))
        appearances.append(Appearance(film=f"film-{i % titles}", place=f"place-{i}",
                                      scene="A scene.", confidence="confirmed",
                                      sources=["https://example.org/scene"]))
    document = CatalogFile(schema_version=CATALOG_SCHEMA_VERSION, towns=towns, films=films,
                           places=place_list, appearances=appearances)
    return msgspec.json.encode(document)


def write_synthetic_catalog(path: Path, places: int, titles: int) -> None:
    path.write_bytes(synthetic_catalog(places, titles))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix a user types on the way to each query."""
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


class RowFilterBaseline(QSortFilterProxyModel):
    """What a first version did: one Python call per row and keystroke."""

    def __init__(self, search: CatalogSearch) -> None:
        super().__init__()
        self._search = search
        self._wanted: set[str] = set()

    def set_text(self, text: str) -> None:
        wanted = set(self._search.films(FilmQuery(text=text)).ids)
        self.beginFilterChange()
        self._wanted = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self.sourceModel().index(row, 0, parent).data(ID_ROLE) in self._wanted


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=100_000)
    parser.add_argument("--titles", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.json"
        # Made in a child process, so building it does not count in this process's peak memory.
        child = multiprocessing.get_context("spawn").Process(
            target=write_synthetic_catalog, args=(path, args.places, args.titles))
        child.start()
        child.join()
        size_mb = path.stat().st_size / 1e6
        start = time.perf_counter()
        catalog = load_catalog(path)
        load_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    panel = CatalogPanel(CatalogIndexes(catalog), Selection())
    panel_ms = (time.perf_counter() - start) * 1000
    typed = keystrokes(TYPED)

    def type_one(text: str) -> None:
        panel.search_edit.blockSignals(True)  # measure the search itself, not the typing pause
        panel.search_edit.setText(text)
        panel.search_edit.blockSignals(False)
        panel.refresh()
        app.processEvents()

    ours = [timed(lambda t=t: type_one(t)) for t in typed]  # type: ignore[misc]
    # The same keystrokes with the area and access filters on: filtering must not slow typing.
    panel.area_combo.setCurrentIndex(panel.area_combo.findData("french-alps"))
    panel.access_combo.setCurrentIndex(panel.access_combo.findData("public"))
    filtered = [timed(lambda t=t: type_one(t)) for t in typed]  # type: ignore[misc]

    films = FilmResultsModel(catalog)
    films.set_ids(panel.indexes.search.films(FilmQuery()).ids)
    baseline = RowFilterBaseline(panel.indexes.search)
    baseline.setSourceModel(films)
    theirs = [timed(lambda t=t: baseline.set_text(t)) for t in typed]  # type: ignore[misc]

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"synthetic catalog: {args.titles} titles, {args.places} places, {size_mb:.1f} MB")
    print(f"catalog load (read + decode + validate): {load_ms:.0f} ms")
    print(f"search indexes and panel built: {panel_ms:.0f} ms")
    print(f"keystroke -> films and places lists updated, {len(typed)} keystrokes:")
    print(f"  median {statistics.median(ours):.1f} ms, p95 {percentile(ours, 0.95):.1f} ms "
          f"(target: median <= 16 ms)")
    print(f"  with the area and access filters on: median {statistics.median(filtered):.1f} ms, "
          f"p95 {percentile(filtered, 0.95):.1f} ms (same target)")
    print(f"baseline, per-row proxy filter of the films list only: "
          f"median {statistics.median(theirs):.1f} ms, p95 {percentile(theirs, 0.95):.1f} ms")
    ratio = statistics.median(theirs) / statistics.median(ours)
    print(f"ratio baseline / ours (median): {ratio:.2f}")
    print(f"peak RSS: {peak_mb:.0f} MB (target <= 300 MB)")


if __name__ == "__main__":
    main()
