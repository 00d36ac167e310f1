"""Links that open a place or a day's route in the phone's own map app.

A ``geo:`` URI (RFC 5870) opens any map app on Android and many elsewhere; a Google Maps
directions URL opens the route with its stops. Maps URLs take at most 3 waypoints on mobile
(9 on a desktop), so a longer day is cut into legs of at most 5 stops: start, 3 waypoints and
end, each leg starting where the one before ended.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from planner.core.travel import TravelMode

MOBILE_WAYPOINTS = 3
GOOGLE_TRAVEL_MODES: dict[TravelMode, str] = {
    "walk": "walking", "transit": "transit", "bike": "bicycling", "car": "driving",
    "train": "transit",
}


@dataclass(frozen=True)
class RouteLink:
    first: int
    last: int
    """Numbers (1-based) of the first and last stops the link covers."""
    url: str


def geo_uri(lat: float, lon: float, name: str) -> str:
    """geo:48.8606,2.3376?q=48.8606,2.3376(Louvre): the point, labelled where apps allow."""
    point = f"{lat:.6f},{lon:.6f}"
    return f"geo:{point}?q={point}({quote(name, safe='')})"


def directions_links(points: Sequence[tuple[float, float]], mode: TravelMode) -> list[RouteLink]:
    """Google Maps directions through ``points`` ((lat, lon), in order), cut to fit phones."""
    links = []
    step = MOBILE_WAYPOINTS + 1
    for start in range(0, max(len(points) - 1, 0), step):
        leg = points[start:start + step + 1]
        query = {"api": "1", "origin": _point(leg[0]), "destination": _point(leg[-1]),
                 "travelmode": GOOGLE_TRAVEL_MODES[mode]}
        if len(leg) > 2:
            query["waypoints"] = "|".join(_point(p) for p in leg[1:-1])
        links.append(RouteLink(start + 1, start + len(leg),
                               "https://www.google.com/maps/dir/?" + urlencode(query)))
    return links


def _point(point: tuple[float, float]) -> str:
    return f"{point[0]:.6f},{point[1]:.6f}"
