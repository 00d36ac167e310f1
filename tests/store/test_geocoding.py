"""Geocoding against a Nominatim-shaped server on 127.0.0.1: parsing, cache, pace, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import __version__
from planner.store.geocoding import Found, Geocoder, GeocodingError
from tests.fake_nominatim import EIFFEL, FakeNominatim


def test_results_are_read_and_the_user_agent_names_the_app(nominatim_server: str,
                                                           tmp_path: Path) -> None:
    geocoder = Geocoder(tmp_path, "nominatim", nominatim_server, min_delay_s=0)
    assert geocoder.search("Tour Eiffel") == [
        Found("Tour Eiffel", EIFFEL["display_name"], 48.8582599, 2.2945006)]
    assert geocoder.search("nowhere at all") == []
    assert geocoder.address_at(48.8582, 2.2945).startswith("Tour Eiffel, 5, Avenue")
    assert all(agent.startswith(f"film-trip-planner/{__version__}")
               for _, _, agent in FakeNominatim.requests)


def test_photon_can_answer_instead(nominatim_server: str, tmp_path: Path) -> None:
    geocoder = Geocoder(tmp_path, "photon", nominatim_server, min_delay_s=0)
    [found] = geocoder.search("Tour Eiffel")
    assert (found.name, found.lat, found.lon) == ("Tour Eiffel", 48.8582599, 2.2945006)
    assert "Avenue Anatole France" in found.address
    assert geocoder.search("nowhere at all") == []
    assert "Tour Eiffel" in geocoder.address_at(48.8582, 2.2945)
    assert [path for _, path, _ in FakeNominatim.requests] == ["/api", "/api", "/reverse"]


def test_a_repeated_question_is_answered_from_the_cache_even_after_a_restart(
    nominatim_server: str, tmp_path: Path
) -> None:
    Geocoder(tmp_path, "nominatim", nominatim_server, min_delay_s=0).search("Tour Eiffel")
    again = Geocoder(tmp_path, "nominatim", nominatim_server, min_delay_s=0)
    assert again.search("  tour   EIFFEL ")[0].name == "Tour Eiffel"
    assert len(FakeNominatim.requests) == 1


def test_requests_are_at_least_a_second_apart(nominatim_server: str, tmp_path: Path) -> None:
    geocoder = Geocoder(tmp_path, "nominatim", nominatim_server)
    geocoder.search("Eiffel one")
    geocoder.search("Eiffel two")
    (first, _, _), (second, _, _) = FakeNominatim.requests
    assert second - first >= 1.0


@pytest.mark.parametrize(("mode", "message"), [
    ("error", "not available"),
    ("garbage", "cannot be read"),
    ("slow", "did not answer in time"),
])
def test_failures_give_a_message_and_are_not_cached(nominatim_server: str, tmp_path: Path,
                                                    mode: str, message: str) -> None:
    FakeNominatim.mode = mode
    geocoder = Geocoder(tmp_path, "nominatim", nominatim_server, timeout=0.5, min_delay_s=0)
    with pytest.raises(GeocodingError, match=message):
        geocoder.search("Tour Eiffel")
    FakeNominatim.mode = "ok"
    assert geocoder.search("Tour Eiffel")[0].name == "Tour Eiffel"


def test_no_network_at_all_is_a_message(tmp_path: Path) -> None:
    closed = "http://127.0.0.1:9"  # the discard port: nothing listens there
    with pytest.raises(GeocodingError, match="not available"):
        Geocoder(tmp_path, "nominatim", closed, timeout=1, min_delay_s=0).search("Paris")


def test_a_broken_cache_file_is_started_again(nominatim_server: str, tmp_path: Path) -> None:
    (tmp_path / "geocoding.json").write_bytes(b"[" * 100_000)
    assert Geocoder(tmp_path, "nominatim", nominatim_server, min_delay_s=0).search("Eiffel")
