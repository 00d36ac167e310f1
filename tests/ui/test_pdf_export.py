"""The printable PDF, read back with poppler's pdfinfo and pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from planner.core.catalog import Catalog
from planner.exchange import ExportOptions, exporter_for
from planner.exchange.map_links import directions_links
from planner.exchange.print_document import print_document
from tests.conftest import external_tool
from tests.exchange.test_exports import trip


def pdf_facts(path: Path) -> tuple[dict[str, str], str]:
    info = subprocess.run([external_tool("pdfinfo", "poppler-utils"), str(path)],
                          capture_output=True, text=True, check=True).stdout
    facts = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    text = subprocess.run([external_tool("pdftotext", "poppler-utils"), "-layout", str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    return {key: value.strip() for key, value in facts.items()}, text


@pytest.mark.parametrize(("key", "size"), [("pdf", "595 x 842 pts (A4)"),
                                           ("pdf-letter", "612 x 792 pts (letter)")])
def test_the_pdf_has_a_cover_and_a_page_per_day_with_its_stops(
    catalog: Catalog, tmp_path: Path, key: str, size: str
) -> None:
    plan = trip()
    path = tmp_path / "trip.pdf"
    exporter_for(key).write(plan, catalog, path, ExportOptions())
    facts, text = pdf_facts(path)
    assert facts["Page size"] == size
    assert int(facts["Pages"]) >= 3, "a cover, then each day on pages of its own"
    assert facts["Title"] == plan.name
    assert "Day 2 · Sunday 28 March 2027 · Lake day" in text
    for name in ("Musée du Louvre", "Pont des Arts", "Jardins de l'Europe",
                 "Missing place (gone-from-the-catalog)"):
        assert name in text
    assert "Tickets, row 3" in text and "(estimate)" in text
    assert "Route, stops 1 to 3" in text, "under the QR code of the first day"
    scene = catalog.appearances_at_place("annecy-pont-des-amours")[0].scene
    assert scene.split()[0] in text


def test_each_days_qr_code_opens_its_route(catalog: Catalog) -> None:
    plan = trip()
    document = print_document(plan, catalog, ExportOptions())
    louvre = catalog.places["paris-louvre"]
    assert document.qr_codes["qr-1-1"] == directions_links(
        [(louvre.lat, louvre.lon),
         *((catalog.places[p].lat, catalog.places[p].lon)
           for p in ("paris-pont-des-arts", "paris-sacre-coeur"))], "transit")[0].url
    assert set(document.drawings) == {"map-0", "map-1", "map-2"}
    assert "&lt;trip&gt;" in document.html, "the plan's name is escaped"
