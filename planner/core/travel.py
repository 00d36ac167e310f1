"""How long a leg takes, by each way of travelling: one table of documented estimates.

A leg's time is estimated from the straight-line (geodesic) distance: the distance times a
detour factor (roads and streets are not straight) at a typical door-to-door speed, plus a fixed
overhead (walking to a station and waiting, finding a car park). These are rough planning
figures of our own, not timetables: every time the app shows is labelled as an estimate, and
the table is the one place to adjust them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from planner.core.phrase import QT_TRANSLATE_NOOP

TravelMode = Literal["walk", "transit", "bike", "car", "train"]


@dataclass(frozen=True)
class ModeEstimate:
    label: str
    """How a sentence says it: "on foot", "by car" (the window translates it)."""
    speed_kmh: float
    """Average speed along the real route, stops and traffic lights included."""
    detour: float
    """Real route length divided by the straight-line distance."""
    overhead_minutes: int
    """Fixed time per leg: getting to a stop and waiting, or parking."""
    long_leg_km: float
    """From this straight-line distance on, a leg is flagged as long for this mode."""


TRAVEL_ESTIMATES: dict[TravelMode, ModeEstimate] = {
    "walk": ModeEstimate(QT_TRANSLATE_NOOP("core", "on foot"), speed_kmh=4.5, detour=1.3,
                         overhead_minutes=0, long_leg_km=5.0),
    "transit": ModeEstimate(QT_TRANSLATE_NOOP("core", "by metro, tram or bus"), speed_kmh=20.0,
                            detour=1.35, overhead_minutes=10, long_leg_km=30.0),
    "bike": ModeEstimate(QT_TRANSLATE_NOOP("core", "by bike"), speed_kmh=14.0, detour=1.3,
                         overhead_minutes=3, long_leg_km=25.0),
    "car": ModeEstimate(QT_TRANSLATE_NOOP("core", "by car"), speed_kmh=45.0, detour=1.3,
                        overhead_minutes=10, long_leg_km=250.0),
    "train": ModeEstimate(QT_TRANSLATE_NOOP("core", "by train"), speed_kmh=110.0, detour=1.2,
                          overhead_minutes=30, long_leg_km=900.0),
}


def leg_minutes(km: float, mode: TravelMode,
                estimates: dict[TravelMode, ModeEstimate] = TRAVEL_ESTIMATES) -> int:
    """Estimated whole minutes for a leg of ``km`` straight-line kilometres (0 km: no travel)."""
    if km <= 0:
        return 0
    estimate = estimates[mode]
    return estimate.overhead_minutes + math.ceil(km * estimate.detour / estimate.speed_kmh * 60)


def is_long_leg(km: float, mode: TravelMode,
                estimates: dict[TravelMode, ModeEstimate] = TRAVEL_ESTIMATES) -> bool:
    return km >= estimates[mode].long_leg_km
