"""The sample plan of the welcome screen: "The Takedown and friends: Paris + the Alps in 4 days".

Built from places of our catalog only: The Takedown's own (its Alpine spots are known to the
town only, which the day labels say), Lupin (the same director and star), On the Other Side of
the Tracks (the film The Takedown follows on from) and The Crimson Rivers (shot in Albertville
too). It starts on a Thursday, so the Louvre (closed on Tuesdays) is open on day 1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from planner.core import editing
from planner.core.catalog import Catalog
from planner.core.model import Day, Plan, Stop
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.core.travel import TravelMode

SAMPLE_NAME = QT_TRANSLATE_NOOP("core", "The Takedown and friends: Paris + the Alps in 4 days")


@dataclass(frozen=True)
class _SampleDay:
    label: str
    stops: tuple[tuple[str, int, TravelMode | None], ...]
    """Catalog place ids, the minutes to spend there and how to get there (None: the plan's
    metro, tram or bus)."""
    start: dt.time = dt.time(9, 0)


_DAYS = (
    _SampleDay(QT_TRANSLATE_NOOP("core", "Lupin's Paris, by the Seine"), (
        ("paris-louvre", 120, None), ("paris-pont-des-arts", 15, "walk"),
        ("paris-pont-neuf", 15, "walk"), ("paris-hotel-le-meurice", 20, None),
        ("paris-place-vendome", 20, "walk"))),
    _SampleDay(QT_TRANSLATE_NOOP("core", "Both sides of the périphérique"), (
        ("paris-jardin-du-luxembourg-grand-bassin", 45, None),
        ("paris-catacombes-denfert", 90, None), ("paris-porte-saint-martin", 15, None),
        ("paris-buttes-chaumont", 60, None), ("paris-peripherique-porte-de-bagnolet", 15, None))),
    _SampleDay(QT_TRANSLATE_NOOP("core", "Morning train to Grenoble: The Takedown's campus, "
                                         "then the Crimson Rivers house"), (
        ("alps-grenoble-campus", 60, None), ("livet-et-gavet-pavillon-keller", 15, "car")),
        start=dt.time(12, 30)),
    _SampleDay(QT_TRANSLATE_NOOP("core", "Albertville, where The Takedown's spots are known to "
                                         "the town only"), (
        ("alps-albertville-centre", 90, "car"),)),
)


def next_thursday(today: dt.date) -> dt.date:
    """The first Thursday after ``today`` (a week on when ``today`` is one)."""
    return today + dt.timedelta(days=(3 - today.weekday()) % 7 or 7)


def sample_trip(catalog: Catalog, start: dt.date,
                words: Callable[[str], str] = str) -> Plan:
    """The sample plan from ``start``, its name and day labels passed through ``words`` (the
    window's translation). Places missing from ``catalog`` are left out."""
    plan = editing.new_plan(words(SAMPLE_NAME), start)
    plan.default_travel_mode = "transit"
    plan.days = [Day(label=words(day.label), start_time=day.start, stops=[
        Stop(place_id, minutes, travel_mode=mode) for place_id, minutes, mode in day.stops
        if place_id in catalog.places]) for day in _DAYS]
    return plan
