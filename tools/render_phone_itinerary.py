"""Render the phone itinerary (the HTML export) of a sample plan, as a phone shows it.

Uses Debian's chromium through Playwright, at 390 by 844 CSS pixels and twice the pixel density.

Usage: python tools/render_phone_itinerary.py resources/phone-itinerary.png
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from planner.app import default_catalog_path
from planner.core import editing
from planner.core.catalog import load_catalog
from planner.core.model import Day, Stop
from planner.exchange import ExportOptions, exporter_for

PLACES = ["paris-place-vendome", "paris-louvre", "paris-pont-des-arts", "paris-sacre-coeur"]


def render(target: Path) -> None:
    catalog = load_catalog(default_catalog_path())
    plan = editing.new_plan("Lupin's Paris", dt.date(2027, 5, 12))
    plan.default_travel_mode = "transit"
    plan.days = [Day(label="The heist", stops=[Stop(place_id=p, minutes=45) for p in PLACES])]
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "trip.html"
        exporter_for("html").write(plan, catalog, page_file, ExportOptions())
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                                 args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 390, "height": 844},
                                    device_scale_factor=2)
            page.goto(page_file.as_uri())
            page.locator("#day-1").scroll_into_view_if_needed()
            page.screenshot(path=str(target))
            browser.close()


if __name__ == "__main__":
    render(Path(sys.argv[1]))
