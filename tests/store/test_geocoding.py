"""Geocoding against a Nominatim-shaped server on 127.0.0.1: parsing, cache, pace, failures."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from planner import __version__
from planner.store.geocoding import Found, Geocoder, GeocodingError

EIFFEL = {"place_id": 1, "lat": "48.8582599", "lon": "2.2945006", "name": "Tour Eiffel",
          "display_name": "Tour Eiffel, 5, Avenue Anatole France, Paris, 75007, France",
          "boundingbox": ["48.85", "48.86", "2.29", "2.30"], "class": "tourism",
          "type": "attraction", "importance": 0.9}


class FakeNominatim(BaseHTTPRequestHandler):
    """Answers as Nominatim does; ``mode`` makes it fail on purpose."""

    mode: ClassVar[str] = "ok"
    requests: ClassVar[list[tuple[float, str, str]]] = []

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        type(self).requests.append((time.monotonic(), url.path,
                                    self.headers.get("User-Agent", "")))
        if self.mode == "slow":
            time.sleep(1.5)
        if self.mode == "error":
            self._answer(500, b"Internal error")
        elif self.mode == "garbage":
            self._answer(200, b"<html>not json")
        elif url.path == "/search":
            found = [EIFFEL] if "eiffel" in query.get("q", [""])[0].lower() else []
            self._answer(200, json.dumps(found).encode())
        elif url.path == "/reverse":
            self._answer(200, json.dumps(EIFFEL).encode())
        else:
            self._answer(404, b"{}")

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FakeNominatim.mode, FakeNominatim.requests = "ok", []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_results_are_read_and_the_user_agent_names_the_app(server: str, tmp_path: Path) -> None:
    geocoder = Geocoder(tmp_path, "nominatim", server, min_delay_s=0)
    assert geocoder.search("Tour Eiffel") == [
        Found("Tour Eiffel", EIFFEL["display_name"], 48.8582599, 2.2945006)]
    assert geocoder.search("nowhere at all") == []
    assert geocoder.address_at(48.8582, 2.2945).startswith("Tour Eiffel, 5, Avenue")
    assert all(agent.startswith(f"film-trip-planner/{__version__}")
               for _, _, agent in FakeNominatim.requests)


def test_a_repeated_question_is_answered_from_the_cache_even_after_a_restart(
    server: str, tmp_path: Path
) -> None:
    Geocoder(tmp_path, "nominatim", server, min_delay_s=0).search("Tour Eiffel")
    again = Geocoder(tmp_path, "nominatim", server, min_delay_s=0)
    assert again.search("  tour   EIFFEL ")[0].name == "Tour Eiffel"
    assert len(FakeNominatim.requests) == 1


def test_requests_are_at_least_a_second_apart(server: str, tmp_path: Path) -> None:
    geocoder = Geocoder(tmp_path, "nominatim", server)
    geocoder.search("Eiffel one")
    geocoder.search("Eiffel two")
    (first, _, _), (second, _, _) = FakeNominatim.requests
    assert second - first >= 1.0


@pytest.mark.parametrize(("mode", "message"), [
    ("error", "not available"),
    ("garbage", "cannot be read"),
    ("slow", "did not answer in time"),
])
def test_failures_give_a_message_and_are_not_cached(server: str, tmp_path: Path, mode: str,
                                                    message: str) -> None:
    FakeNominatim.mode = mode
    geocoder = Geocoder(tmp_path, "nominatim", server, timeout=0.5, min_delay_s=0)
    with pytest.raises(GeocodingError, match=message):
        geocoder.search("Tour Eiffel")
    FakeNominatim.mode = "ok"
    assert geocoder.search("Tour Eiffel")[0].name == "Tour Eiffel"


def test_no_network_at_all_is_a_message(tmp_path: Path) -> None:
    closed = "http://127.0.0.1:9"  # the discard port: nothing listens there
    with pytest.raises(GeocodingError, match="not available"):
        Geocoder(tmp_path, "nominatim", closed, timeout=1, min_delay_s=0).search("Paris")


def test_a_broken_cache_file_is_started_again(server: str, tmp_path: Path) -> None:
    (tmp_path / "geocoding.json").write_bytes(b"[" * 100_000)
    assert Geocoder(tmp_path, "nominatim", server, min_delay_s=0).search("Eiffel")
