"""tools/catalog_report.py: the figures the README quotes, read from the real catalog."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from planner.core.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]


def run_report() -> str:
    return subprocess.run([sys.executable, str(ROOT / "tools" / "catalog_report.py")],
                          capture_output=True, text=True, check=True, timeout=60).stdout


def test_the_report_counts_what_the_catalog_holds(catalog: Catalog) -> None:
    report = run_report()
    lines = report.splitlines()
    assert lines[0].startswith(f"titles: {len(catalog.films)} (")
    assert lines[1].startswith(f"places: {len(catalog.places)}, ")
    towns = sum(place.precision == "town" for place in catalog.places.values())
    assert f"town {towns}" in report
    assert any(line.startswith("  paris-day-trip") for line in lines)
    audited = sum(appearance.audit is not None for appearance in catalog.appearances)
    assert f"audit: {audited} of {len(catalog.appearances)} appearances" in report
    last = max(appearance.audit.date for appearance in catalog.appearances
               if appearance.audit is not None)
    assert f"last on {last.isoformat()}" in report


def test_the_readme_quotes_the_report_as_it_stands_today() -> None:
    report = run_report()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quoted = readme.split("`python tools/catalog_report.py` prints where the catalog stands:")[1]
    block = quoted.split("```")[1].strip("\n")
    assert block == report.strip("\n"), "run tools/catalog_report.py and paste it in README"
