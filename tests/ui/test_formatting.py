"""Distances as the window writes them, in kilometres or in miles."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner.ui.formatting import format_km, scale_bar, set_distance_unit


@pytest.fixture
def miles() -> Iterator[None]:
    set_distance_unit("mi")
    yield
    set_distance_unit("km")


def test_kilometres_and_metres() -> None:
    assert (format_km(0.25), format_km(2.44), format_km(None)) == ("250 m", "2.4 km", "—")
    assert scale_bar(1.0) == (100.0, "100 m"), "the longest round step within 120 pixels"
    assert scale_bar(100.0) == (100.0, "10 km")


@pytest.mark.usefixtures("miles")
def test_miles_and_feet() -> None:
    assert format_km(0.05) == "164 ft"
    assert format_km(16.09344) == "10.0 mi"
    length, label = scale_bar(100.0)
    assert label == "5 mi" and length == pytest.approx(80.4672)
    assert scale_bar(1.0)[1] == "200 ft"
