"""Finding places by name or address, and addresses by position, through geopy.

Nominatim (OpenStreetMap's geocoder) by default, or Photon; the address of either is a
preference. The Nominatim usage policy is kept: at most one request a second (geopy's
``RateLimiter``), a User-Agent naming the app and its version, and every answer kept in the
cache folder so the same question is never asked twice. Nothing here runs on its own: the
window asks only when the user presses Enter or the button, and off its own thread. geopy is
imported when a geocoder is made: its package loads every geocoder and asyncio (0.1 s), which
the window's start should not wait for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import msgspec

from planner import __version__
from planner.core.errors import PlannerError
from planner.core.phrase import QT_TRANSLATE_NOOP, PhrasedError, phrase
from planner.fileio.atomic import write_atomic
from planner.fileio.reading import CACHE_KIND, read_plan_bytes

Service = Literal["nominatim", "photon"]
DEFAULT_URLS: dict[Service, str] = {
    "nominatim": "https://nominatim.openstreetmap.org",
    "photon": "https://photon.komoot.io",
}
USER_AGENT = f"film-trip-planner/{__version__} (desktop trip planner for film locations)"
CACHE_FILE = "geocoding.json"
MAX_CACHE_BYTES = 4 * 1024 * 1024
ATTRIBUTION = "© OpenStreetMap contributors"
MIN_DELAY_S = 1.1
"""Between the starts of two requests. The policy allows one a second; the margin keeps the
requests a second apart as the server sees them too, whatever the network's jitter."""


class GeocodingError(PhrasedError, PlannerError):
    """The search could not be made; ``phrase`` says why, in words for the user."""


class Found(msgspec.Struct, frozen=True):
    name: str
    address: str
    lat: float
    lon: float


class _Cache(msgspec.Struct):
    searches: dict[str, list[Found]] = {}
    addresses: dict[str, str] = {}


class Geocoder:
    """One geocoding service, its one-request-a-second pace and its cache on disk."""

    def __init__(self, cache_dir: Path, service: Service = "nominatim", url: str = "",
                 *, timeout: float = 10.0, min_delay_s: float = MIN_DELAY_S) -> None:
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim, Photon

        parts = urlsplit(url or DEFAULT_URLS[service])
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise GeocodingError(phrase(QT_TRANSLATE_NOOP("core",
                "The geocoder address “{url}” is not an http(s) address"), url=url))
        kind = Nominatim if service == "nominatim" else Photon
        engine = kind(domain=parts.netloc + parts.path.rstrip("/"), scheme=parts.scheme,
                      user_agent=USER_AGENT, timeout=timeout)
        self._service = f"{service} {parts.geturl()}"
        self._geocode = RateLimiter(engine.geocode, min_delay_seconds=min_delay_s,
                                    max_retries=0, swallow_exceptions=False)
        self._reverse = RateLimiter(engine.reverse, min_delay_seconds=min_delay_s,
                                    max_retries=0, swallow_exceptions=False)
        self._cache_path = cache_dir / CACHE_FILE
        self._lock = threading.Lock()
        self._cache = self._read_cache()

    def search(self, query: str, limit: int = 8) -> list[Found]:
        """Places matching ``query``, best first; an empty list when nothing matches."""
        key = f"{self._service}|{' '.join(query.casefold().split())}"
        with self._lock:
            if key in self._cache.searches:
                return self._cache.searches[key]
        locations = self._ask(lambda: self._geocode(query, exactly_one=False, limit=limit))
        found = [_found(location) for location in locations or []]
        with self._lock:
            self._cache.searches[key] = found
            self._write_cache()
        return found

    def address_at(self, lat: float, lon: float) -> str:
        """The address at a position ("" when the service knows none)."""
        key = f"{self._service}|{lat:.5f},{lon:.5f}"
        with self._lock:
            if key in self._cache.addresses:
                return self._cache.addresses[key]
        location = self._ask(lambda: self._reverse((lat, lon), exactly_one=True))
        address = str(location.address) if location is not None else ""
        with self._lock:
            self._cache.addresses[key] = address
            self._write_cache()
        return address

    @staticmethod
    def _ask(request: Callable[[], Any]) -> Any:
        from geopy.exc import (
            GeocoderParseError,
            GeocoderServiceError,
            GeocoderTimedOut,
            GeopyError,
        )

        try:
            return request()
        except GeocoderParseError:
            raise GeocodingError(phrase(QT_TRANSLATE_NOOP("core",
                "The place search gave an answer that cannot be read."))) from None
        except GeocoderTimedOut:
            raise GeocodingError(phrase(QT_TRANSLATE_NOOP("core",
                "The place search did not answer in time. Check the connection, or try again "
                "in a moment."))) from None
        except GeocoderServiceError as error:
            raise GeocodingError(phrase(QT_TRANSLATE_NOOP("core",
                "The place search is not available ({reason}). Without a connection, type "
                "the position instead."), reason=str(error)[:160])) from None
        except (GeopyError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise GeocodingError(phrase(QT_TRANSLATE_NOOP("core",
                "The place search gave an answer that cannot be read ({reason})."),
                reason=type(error).__name__)) from None

    def _read_cache(self) -> _Cache:
        try:
            return msgspec.json.decode(read_plan_bytes(self._cache_path, MAX_CACHE_BYTES,
                                                       CACHE_KIND), type=_Cache)
        except (PlannerError, ValueError, RecursionError):
            return _Cache()  # no cache yet, or a broken one: start again

    def _write_cache(self) -> None:
        try:
            self._cache_path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self._cache_path, msgspec.json.encode(self._cache), backup=False)
        except OSError:
            pass  # a cache that cannot be kept only costs a request next time


def _found(location: Any) -> Found:
    raw = location.raw if isinstance(location.raw, dict) else {}
    properties = raw.get("properties", {})  # Photon answers GeoJSON features
    name = raw.get("name") or (properties.get("name") if isinstance(properties, dict) else "")
    address = str(location.address or "")
    return Found(str(name or address.split(",")[0]), address, float(location.latitude),
                 float(location.longitude))
