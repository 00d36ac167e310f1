"""The printable PDF, read back with poppler's pdfinfo and pdftotext."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp

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
    assert "Stops 1 to 3" in text, "under the QR code of the first day"
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


def test_the_printed_qr_codes_scan_to_each_days_route(catalog: Catalog, tmp_path: Path) -> None:
    """Read back by a scanner from the pages as poppler draws them at 150 dpi."""
    plan = trip()
    plan.days[0].stops *= 3  # nine stops: two route parts
    path = tmp_path / "trip.pdf"
    exporter_for("pdf").write(plan, catalog, path, ExportOptions())
    scanned = {code.text for page in rendered_pages(path, tmp_path, dpi=150)
               for code in zxingcpp.read_barcodes(page.image())}
    expected = print_document(plan, catalog, ExportOptions()).qr_codes
    assert len(expected) == 3, "two parts for the first day, one for the second"
    assert scanned == set(expected.values())


def test_the_cover_map_is_drawn_in_the_room_the_text_leaves_for_it(
    catalog: Catalog, tmp_path: Path
) -> None:
    """The maps are drawn as vectors over the text, so check where they land on the page."""
    path = tmp_path / "trip.pdf"
    exporter_for("pdf").write(trip(), catalog, path, ExportOptions())
    dpi = 36
    cover = rendered_pages(path, tmp_path, dpi=dpi, colour=True)[0]
    land = [number for number, row in enumerate(cover.rows())
            if b"\xf3\xef\xe4" in row]  # the map's land colour
    words = word_boxes(path, page=1)
    above = max(bottom for word, bottom, _ in words if word == "stop(s),")
    below = min(top for word, _, top in words if word == "Times")
    points_per_pixel = 72 / dpi
    assert land, "the map is drawn"
    assert above <= land[0] * points_per_pixel
    assert (land[-1] + 1) * points_per_pixel <= below + points_per_pixel


@dataclass(frozen=True)
class Page:
    """A page as poppler draws it: rows of grey bytes, or of RGB byte triples."""

    pixels: bytes
    row_bytes: int
    height: int

    def rows(self) -> list[bytes]:
        return [self.pixels[row * self.row_bytes:(row + 1) * self.row_bytes]
                for row in range(self.height)]

    def image(self) -> memoryview:
        return memoryview(self.pixels).cast("B", (self.height, self.row_bytes))


def rendered_pages(path: Path, folder: Path, *, dpi: int, colour: bool = False) -> list[Page]:
    pdftoppm = external_tool("pdftoppm", "poppler-utils")
    subprocess.run([pdftoppm, "-r", str(dpi), *([] if colour else ["-gray"]), str(path),
                    str(folder / "page")], check=True, capture_output=True, timeout=60)
    pages = []
    for image in sorted(folder.glob("page-*.p[gp]m")):
        kind, size, _, pixels = image.read_bytes().split(b"\n", 3)
        width, height = map(int, size.split())
        channels = 3 if kind == b"P6" else 1
        pages.append(Page(pixels, width * channels, height))
    return pages


def word_boxes(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, bottom, top) in points from the top of ``page``, as pdftotext finds them."""
    pdftotext = external_tool("pdftotext", "poppler-utils")
    html = subprocess.run([pdftotext, "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                          capture_output=True, text=True, check=True, timeout=60).stdout
    pattern = r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(word, float(bottom), float(top))
            for top, bottom, word in re.findall(pattern, html)]
