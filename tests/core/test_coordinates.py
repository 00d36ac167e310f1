"""Coordinates as typed: a table of accepted and refused inputs, and format-then-parse trips."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.coordinates import (
    CoordinateError,
    format_decimal,
    format_dms,
    parse_coordinates,
)

EIFFEL = (48.8584, 2.2945)
EIFFEL_DMS = (48 + 51 / 60 + 29.6 / 3600, 2 + 17 / 60 + 40.2 / 3600)
EIFFEL_DM = (48 + 51.493 / 60, 2 + 17.670 / 60)

ACCEPTED = [
    ("48.8584, 2.2945", EIFFEL),
    ("48.8584 2.2945", EIFFEL),
    ("48.8584,2.2945", EIFFEL),
    ("48.8584; 2.2945", EIFFEL),
    ("48.8584 / 2.2945", EIFFEL),
    ("  48.8584 ,   2.2945  ", EIFFEL),
    ("48,8584 ; 2,2945", EIFFEL),
    ("48,8584 2,2945", EIFFEL),
    ("48,8584;2,2945", EIFFEL),
    ("48.8584 N, 2.2945 E", EIFFEL),
    ("48.8584N 2.2945E", EIFFEL),
    ("48.8584°N 2.2945°E", EIFFEL),
    ("N 48.8584 E 2.2945", EIFFEL),
    ("N48.8584 E2.2945", EIFFEL),
    ("n 48.8584 e 2.2945", EIFFEL),
    ("2.2945 E 48.8584 N", EIFFEL),
    ("E 2.2945 N 48.8584", EIFFEL),
    ("48°51'29.6\"N 2°17'40.2\"E", EIFFEL_DMS),
    ("48° 51' 29.6\" N, 2° 17' 40.2\" E", EIFFEL_DMS),
    ("48°51\u203229.6\u2033N 2°17\u203240.2\u2033E", EIFFEL_DMS),  # primes
    ("48°51\u201929.6\u201dN 2°17\u201940.2\u201dE", EIFFEL_DMS),  # curly quotes
    ("48°51'29.6''N 2°17'40.2''E", EIFFEL_DMS),
    ("48º51'29,6\"N 2º17'40,2\"E", EIFFEL_DMS),
    ("N 48° 51.493 E 2° 17.670", EIFFEL_DM),
    ("N 48° 51,493 E 2° 17,670", EIFFEL_DM),
    ("48°51.493'N 2°17.670'E", EIFFEL_DM),
    ("48° 51.493' N 2° 17.670' E", EIFFEL_DM),
    ("-33.92, 18.42", (-33.92, 18.42)),
    ("\u221233.92 18.42", (-33.92, 18.42)),  # the minus sign
    ("+48 +2", (48.0, 2.0)),
    ("33.92 S 18.42 E", (-33.92, 18.42)),
    ("S 33° 55.2 W 18° 25.2", (-(33 + 55.2 / 60), -(18 + 25.2 / 60))),
    ("45.5 N 6.1 O", (45.5, -6.1)),
    ("90, 180", (90.0, 180.0)),
    ("-90 -180", (-90.0, -180.0)),
    ("0 0", (0.0, 0.0)),
    ("45.8992, 6.1294", (45.8992, 6.1294)),
]

REFUSED = [
    ("", "Type a position"),
    ("   ", "Type a position"),
    ("Paris", "Cannot read"),
    ("lat 48 lon 2", "Cannot read"),
    ("48.8584", "1 value(s)"),
    ("48 2 3", "3 value(s)"),
    ("48,8584,2,2945", "several ways"),
    ("91, 2", "latitude 91 is outside"),
    ("-90.5, 2", "latitude -90.5 is outside"),
    ("48, 181", "longitude 181 is outside"),
    ("48°61'N 2°E", "below 60"),
    ("48°51'60\"N 2°E", "below 60"),
    ("48.5°30'N 2°E", "degrees with decimals"),
    ("48.8584 N 2.2945", "hemisphere letters"),
    ("48.8584 E 2.2945 E", "hemisphere letters"),
    ("48.8584 N 2.2945 N", "hemisphere letters"),
    ("-48 N 2 E", "both a minus sign and a letter"),
    ("Nord 48 2", "Cannot read"),
    ("48.8.5 2", "Cannot read"),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_common_ways_of_writing_a_position_are_read(text: str,
                                                    expected: tuple[float, float]) -> None:
    assert parse_coordinates(text) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_what_is_not_one_clear_position_is_refused_with_a_reason(text: str,
                                                                 reason: str) -> None:
    with pytest.raises(CoordinateError, match=re.escape(reason)):
        parse_coordinates(text)


def test_the_table_is_at_least_forty_inputs() -> None:
    assert len(ACCEPTED) + len(REFUSED) >= 40


latitudes = st.floats(-90, 90, allow_nan=False)
longitudes = st.floats(-180, 180, allow_nan=False)


@given(lat=latitudes, lon=longitudes)
def test_a_decimal_position_reads_back(lat: float, lon: float) -> None:
    assert parse_coordinates(format_decimal(lat, lon)) == pytest.approx((lat, lon), abs=1e-6)


@given(lat=latitudes, lon=longitudes)
def test_a_dms_position_reads_back_to_a_tenth_of_a_second(lat: float, lon: float) -> None:
    tenth_of_a_second = 0.1 / 3600
    read = parse_coordinates(format_dms(lat, lon))
    assert read == pytest.approx((lat, lon), abs=tenth_of_a_second / 2 + 1e-12)
