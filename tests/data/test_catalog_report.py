"""tools/catalog_report.py: the figures the README quotes, read from the real catalog."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from planner.core.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]


def test_the_report_counts_what_the_catalog_holds(catalog: Catalog) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "catalog_report.py")],
                            capture_output=True, text=True, check=True, timeout=60)
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"titles: {len(catalog.films)} (")
    assert lines[1].startswith(f"places: {len(catalog.places)}, ")
    towns = sum(place.precision == "town" for place in catalog.places.values())
    assert f"town {towns}" in result.stdout
    assert any(line.startswith("  paris-day-trip") for line in lines)
    audited = sum(appearance.audit is not None for appearance in catalog.appearances)
    assert f"audit: {audited} of {len(catalog.appearances)} appearances" in result.stdout
    assert "last on 2026-11-26" in result.stdout
