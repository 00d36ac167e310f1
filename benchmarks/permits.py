"""Importing the City of Paris filming data: 100,000 synthetic rows in the dataset's layout.

A fifth of the rows give their position only as Lambert-93 coord_x/coord_y (as the 2022 and
later rows can), so the pyproj conversion is timed too. Each figure covers reading the file,
checking every row and saving the layer in a data folder. Baseline in the same run: Python's
csv module only splitting the same file into rows. Target: 100,000 rows in at most 10 s.

Usage: python benchmarks/permits.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.exchange.permits_import import read_permits
from planner.store.permits_store import save_permits
from tests.permits_files import CSV_HEADER, csv_row, write_csv, write_geojson

KINDS = ["Long métrage", "Série TV", "Téléfilm", "Série Web"]


def synthetic_rows(count: int, seed: int = 9) -> list[list[str]]:
    """Rows with made-up titles and addresses at random points of Paris."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        year = rng.randint(2016, 2023)
        lat, lon = rng.uniform(48.82, 48.90), rng.uniform(2.26, 2.41)
        title = f"Synthetic title {n % 9000} saison {rng.randint(1, 5)}"
        address = f"{rng.randint(1, 200)} rue synthétique, 750{rng.randint(1, 20):02d} paris"
        if rng.random() < 0.2:  # Lambert-93 only: about 650 km east, 6860 km north here
            x = 652_000 + (lon - 2.35) * 73_300
            y = 6_862_000 + (lat - 48.86) * 111_200
            rows.append(csv_row(f"{year}-{n}", year, rng.choice(KINDS), title, address, x, y))
        else:
            rows.append(csv_row(f"{year}-{n}", year, rng.choice(KINDS), title, address,
                                point=f"{lat}, {lon}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rows = synthetic_rows(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        csv_path = write_csv(data / "lieux-de-tournage-a-paris.csv", rows)
        start = time.perf_counter()
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            baseline_rows = sum(1 for _ in csv.reader(handle, delimiter=";"))
        baseline = time.perf_counter() - start
        assert baseline_rows == args.rows + 1 and len(CSV_HEADER) == 14
        for path in (csv_path, write_geojson(data / "lieux-de-tournage-a-paris.geojson", rows)):
            start = time.perf_counter()
            imported = read_permits(path)
            save_permits(data, imported.permits, imported.skipped, path.name)
            seconds = time.perf_counter() - start
            print(f"{path.suffix[1:]}: {len(imported.permits):,} permits imported and saved in "
                  f"{seconds:.2f} s ({imported.skipped} skipped); csv.reader alone "
                  f"{baseline:.2f} s, ratio {seconds / baseline:.1f}x (target <= 10 s)")


if __name__ == "__main__":
    main()
