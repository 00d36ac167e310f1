"""A Nominatim-shaped HTTP server on 127.0.0.1, for the geocoding tests (no internet).

It also answers as Photon does (GeoJSON features from ``/api``, and from ``/reverse`` when the
request is not Nominatim's, which always asks for ``format=json``)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

EIFFEL = {"place_id": 1, "lat": "48.8582599", "lon": "2.2945006", "name": "Tour Eiffel",
          "display_name": "Tour Eiffel, 5, Avenue Anatole France, Paris, 75007, France",
          "boundingbox": ["48.85", "48.86", "2.29", "2.30"], "class": "tourism",
          "type": "attraction", "importance": 0.9}
EIFFEL_PHOTON = {"type": "FeatureCollection", "features": [{
    "type": "Feature", "geometry": {"type": "Point", "coordinates": [2.2945006, 48.8582599]},
    "properties": {"name": "Tour Eiffel", "housenumber": "5", "street": "Avenue Anatole France",
                   "postcode": "75007", "city": "Paris", "country": "France",
                   "osm_key": "tourism", "osm_value": "attraction"}}]}


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
        elif url.path == "/api":
            eiffel = "eiffel" in query.get("q", [""])[0].lower()
            photon = EIFFEL_PHOTON if eiffel else {"type": "FeatureCollection", "features": []}
            self._answer(200, json.dumps(photon).encode())
        elif url.path == "/reverse":
            nominatim = "format" in query
            self._answer(200, json.dumps(EIFFEL if nominatim else EIFFEL_PHOTON).encode())
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
def nominatim_server() -> Iterator[str]:
    """The address of a fresh fake Nominatim; its requests are in ``FakeNominatim.requests``."""
    FakeNominatim.mode, FakeNominatim.requests = "ok", []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
