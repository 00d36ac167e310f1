"""The phone itinerary, opened in a real headless chromium at a phone's size.

Playwright drives Debian's chromium (no browser download). The page must fit a 390 px wide
screen, give every located stop a map-app link, and make no request but its own file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Browser, sync_playwright

from planner.core.catalog import Catalog
from planner.core.model import Day, Stop
from planner.exchange import ExportOptions, exporter_for
from planner.exchange.map_links import MOBILE_WAYPOINTS
from tests.conftest import external_tool
from tests.exchange.test_exports import trip

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = external_tool("chromium", "chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        yield launched
        launched.close()


def test_the_itinerary_fits_a_phone_links_every_stop_and_stays_offline(
    browser: Browser, catalog: Catalog, tmp_path: Path
) -> None:
    plan = trip()
    plan.custom_places[0].name = "<img src=x onerror=alert(1)> <b>Hotel</b>"
    plan.days[0].stops[0].note = "<script>alert('note')</script>"
    path = tmp_path / "trip.html"
    exporter_for("html").write(plan, catalog, path, ExportOptions())
    page = browser.new_page(viewport=PHONE)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    assert requests == [path.as_uri()], "nothing is fetched from anywhere"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    stops = page.locator("li.stop")
    assert stops.count() == 6
    assert page.locator("li.stop a.maplink").count() == 5, "all but the lost place"
    first_link = page.locator("li.stop a.maplink").first.get_attribute("href")
    assert first_link is not None and first_link.startswith("geo:48.86")
    assert "<script>alert('note')</script>" in page.locator("li.stop").first.inner_text()
    assert page.locator("script, img").count() == 0, "text from the plan stays text"
    assert page.locator("section.day svg.map").count() == 2
    page.close()


def test_a_long_day_is_cut_into_routes_a_phone_can_open(catalog: Catalog,
                                                        tmp_path: Path) -> None:
    plan = trip()
    places = ["paris-louvre", "paris-pont-des-arts", "paris-sacre-coeur",
              "paris-place-vendome", "paris-eiffel-tower", "paris-parc-monceau",
              "paris-musee-d-orsay", "paris-musee-de-l-orangerie", "paris-palais-royal"]
    plan.days = [Day(stops=[Stop(place_id=place, minutes=20) for place in places])]
    path = tmp_path / "long.html"
    exporter_for("html").write(plan, catalog, path, ExportOptions())
    links = [a.split('"')[0] for a in path.read_text(encoding="utf-8")
             .split('class="routelink" href="')[1:]]
    assert len(links) == 2
    for link in links:
        query = parse_qs(urlparse(link.replace("&amp;", "&")).query)
        assert len(query["waypoints"][0].split("|")) <= MOBILE_WAYPOINTS
        assert query["travelmode"] == ["transit"]
