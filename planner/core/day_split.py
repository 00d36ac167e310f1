"""Split a trip's places into days by geography and opening hours.

The stops of every day the user has not locked are pooled and shared out again with
:func:`planner.core.routing.share_between_days`: one path per day, each within the day's hours
when they can be, and a place is never given a day on which it is closed all day. Paris and the
Alps are split apart, in the order the plan first visits them, with a travel day between. Locked
days keep their place in the trip (and so their date) and their stops. The result is a layout
for the whole plan; :mod:`planner.core.editing` and the window's undo commands carry it out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from planner.core import limits
from planner.core.best_order import Estimates, best_day_order
from planner.core.catalog import Catalog, in_region
from planner.core.itinerary import opening_hours_of, waypoint_for
from planner.core.model import Day, Plan, Region, Stop
from planner.core.opening import open_spans
from planner.core.phrase import QT_TRANSLATE_NOOP, Phrase, PhrasedError, phrase
from planner.core.routing import Fleet, share_between_days
from planner.core.schedule import travel_matrix
from planner.core.travel import TRAVEL_ESTIMATES

REGION_NAMES: dict[Region, str] = {"paris": QT_TRANSLATE_NOOP("core", "Paris"),
                                   "alps": QT_TRANSLATE_NOOP("core", "the Alps")}


class SplitError(PhrasedError, ValueError):
    """The split cannot be made; ``phrase`` says why, in words for the user."""


@dataclass(frozen=True)
class DayLayout:
    """One day of the split trip: the stops it holds, in order, and its settings."""

    stop_ids: list[str]
    label: str = ""
    label_phrase: Phrase | None = None
    """The label in words the window translates (a travel day's); ``label`` is its English."""
    end_time: dt.time | None = None
    """A new end of the day, when the split was asked for hours per day."""


@dataclass(frozen=True)
class TripSplit:
    days: list[DayLayout]
    """Every day of the plan after the split; locked days are as they were."""
    overfull: list[int]
    """Days whose visits do not fit their hours: there were more places than time."""


def split_trip(plan: Plan, catalog: Catalog, *, days: int | None = None,
               hours_per_day: float | None = None,
               estimates: Estimates = TRAVEL_ESTIMATES) -> TripSplit:
    """Share the stops of the unlocked days between ``days`` days of visits, or between as
    few days of ``hours_per_day`` hours as they fit in. A travel day is added between Paris
    and the Alps when the stops are in both."""
    if (days is None) == (hours_per_day is None):
        raise ValueError("give either a number of days or hours per day")
    stops = [stop for day in plan.days if not day.locked for stop in day.stops]
    if not stops:
        raise SplitError(phrase(QT_TRANSLATE_NOOP(
            "core", "There are no stops to share out: every day is empty or locked.")))
    groups = _by_region(stops, plan, catalog)
    if days is not None and days < len(groups):
        raise SplitError(phrase(QT_TRANSLATE_NOOP(
            "core", "The stops are in Paris and in the Alps: give at least 2 days, one for "
            "each.")))
    fewest = sum(math.ceil(len(group) / limits.MAX_STOPS_PER_DAY) for _, group in groups)
    if days is not None and days < fewest:
        raise SplitError(phrase(QT_TRANSLATE_NOOP(
            "core", "A day holds at most {most} stops: give at least {fewest} days for these "
            "{count} stops."), most=limits.MAX_STOPS_PER_DAY, fewest=fewest, count=len(stops)))
    room = limits.MAX_DAYS - sum(day.locked for day in plan.days) - (len(groups) - 1)
    counts = _shares(groups, days) if days is not None else None
    new_days: list[DayLayout] = []
    overfull: list[int] = []
    for number, (region, group) in enumerate(groups):
        if number:
            label = phrase(QT_TRANSLATE_NOOP("core", "Travel day: {origin} → {destination}"),
                           origin=phrase(REGION_NAMES[groups[number - 1][0]]),
                           destination=phrase(REGION_NAMES[region]))
            new_days.append(DayLayout([], str(label), label))
        first = len(new_days)
        share = _Share(plan, catalog, estimates, group, first, hours_per_day)
        if counts is not None:
            paths, late = share.into(counts[number])
        else:
            paths, late = share.fewest_days(room - first)
        new_days += [DayLayout(path, end_time=share.end_time) for path in paths]
        overfull += [first + day for day in late]
    return _whole_trip(plan, new_days, overfull, catalog, estimates)


class _Share:
    """Shares one region's stops between days, the first being new day number ``first``."""

    def __init__(self, plan: Plan, catalog: Catalog, estimates: Estimates, stops: list[Stop],
                 first: int, hours_per_day: float | None) -> None:
        self.plan, self.catalog, self.stops, self.first = plan, catalog, stops, first
        self.hours_per_day = hours_per_day
        points = [waypoint_for(stop.place_id, plan, catalog) for stop in stops]
        modes = [stop.travel_mode or plan.default_travel_mode for stop in stops]
        # Node 0 is the free start and end of every day's path.
        self.costs: list[list[int]] = [[0] * (len(stops) + 1)] + [
            [0, *row] for row in travel_matrix(points, modes, estimates)]
        self.service: list[int] = [0, *(stop.minutes for stop in stops)]

    @property
    def end_time(self) -> dt.time | None:
        if self.hours_per_day is None:
            return None
        minutes = min(Day().start_time.hour * 60 + round(self.hours_per_day * 60), 23 * 60 + 59)
        return dt.time(minutes // 60, minutes % 60)

    def fewest_days(self, most: int) -> tuple[list[list[str]], list[int]]:
        """The split into the fewest days that hold every visit (at most ``most`` days).

        The count doubles until the visits fit, then a binary search finds the fewest, so a
        long trip takes a handful of searches rather than one per day.
        """
        assert self.hours_per_day is not None
        total = sum(self.service)
        low = max(1, math.ceil(total / (self.hours_per_day * 60)),
                  math.ceil(len(self.stops) / limits.MAX_STOPS_PER_DAY))
        low = min(low, max(most, 1))
        best = self.into(low)
        if not best[1] or low >= most:
            return best
        high = low
        while best[1] and high < most:  # double until it fits, or no more days are allowed
            low, high = high, min(high * 2, most)
            best = self.into(high)
        while high - low > 1:  # ``low`` does not fit, ``high`` does (or is the most allowed)
            middle = (low + high) // 2
            trial = self.into(middle)
            if trial[1]:
                low = middle
            else:
                high, best = middle, trial
        return best

    def into(self, count: int) -> tuple[list[list[str]], list[int]]:
        """The stops shared between ``count`` days, and the days that run over their time."""
        positions = [_position(self.plan, self.first + day) for day in range(count)]
        lengths = [self._day_minutes(position) for position in positions]
        barred = [frozenset(node for node, stop in enumerate(self.stops, start=1)
                            if self._closed_all_day(stop, position, minutes))
                  for position, minutes in zip(positions, lengths, strict=True)]
        most = limits.MAX_STOPS_PER_DAY
        paths = (share_between_days(self.costs, self.service, Fleet(lengths, barred, most))
                 or share_between_days(self.costs, self.service, Fleet(lengths, most_nodes=most)))
        assert paths is not None, "without bars every node has a day"
        late = [day for day, path in enumerate(paths)
                if self._path_minutes(path) > lengths[day]]
        return [[self.stops[node - 1].id for node in path] for path in paths], late

    def _path_minutes(self, path: list[int]) -> int:
        travel = sum(self.costs[a][b] for a, b in itertools.pairwise(path))
        return travel + sum(self.service[node] for node in path)

    def _day_minutes(self, position: int) -> int:
        if self.hours_per_day is not None:
            return round(self.hours_per_day * 60)
        day = self.plan.days[position] if position < len(self.plan.days) else Day()
        start, end = (t.hour * 60 + t.minute for t in (day.start_time, day.end_time))
        return end - start if end > start else end + 24 * 60 - start

    def _closed_all_day(self, stop: Stop, position: int, minutes: int) -> bool:
        hours = opening_hours_of(stop.place_id, self.plan, self.catalog)
        if not hours:
            return False
        day = self.plan.days[position] if position < len(self.plan.days) else Day()
        start = dt.datetime.combine(self.plan.day_date(position), day.start_time)
        spans = open_spans(hours, start, start + dt.timedelta(minutes=minutes))
        return all(end - begin < dt.timedelta(minutes=stop.minutes) for begin, end in spans)


def _by_region(stops: Sequence[Stop], plan: Plan,
               catalog: Catalog) -> list[tuple[Region, list[Stop]]]:
    """The stops grouped by region, regions in the order the plan first reaches them. A stop
    whose position is unknown stays with the stop before it."""
    groups: dict[Region, list[Stop]] = {}
    region: Region | None = None
    for stop in stops:
        region = _region_of(stop, plan, catalog) or region or "paris"
        groups.setdefault(region, []).append(stop)
    return list(groups.items())


def _region_of(stop: Stop, plan: Plan, catalog: Catalog) -> Region | None:
    place = catalog.places.get(stop.place_id)
    if place is not None:
        return place.region
    point = waypoint_for(stop.place_id, plan, catalog)
    if point is None:
        return None
    return "alps" if in_region("alps", point.lat, point.lon) else "paris"


def _shares(groups: list[tuple[Region, list[Stop]]], days: int) -> list[int]:
    """``days`` shared between the regions by their minutes on site, at least one each."""
    weights = [sum(stop.minutes for stop in group) for _, group in groups]
    counts = [math.ceil(len(group) / limits.MAX_STOPS_PER_DAY) for _, group in groups]
    for _ in range(days - sum(counts)):
        busiest = max(range(len(groups)), key=lambda g: weights[g] / counts[g])
        counts[busiest] += 1
    return counts


def _free_positions(plan: Plan) -> list[int]:
    return [index for index, day in enumerate(plan.days) if not day.locked]


def _position(plan: Plan, number: int) -> int:
    """Where the new day number ``number`` goes: the unlocked days first, then after the end."""
    free = _free_positions(plan)
    return free[number] if number < len(free) else len(plan.days) + number - len(free)


def _whole_trip(plan: Plan, new_days: list[DayLayout], overfull: list[int], catalog: Catalog,
                estimates: Estimates) -> TripSplit:
    """Every day of the plan after the split: locked days where they were, the new days in the
    other places, each in its best order; unused days at the end are dropped."""
    placed = {_position(plan, number): layout for number, layout in enumerate(new_days)}
    last_locked = max((i for i, day in enumerate(plan.days) if day.locked), default=-1)
    length = max(last_locked + 1, max(placed) + 1)
    if length > limits.MAX_DAYS:
        raise SplitError(phrase(QT_TRANSLATE_NOOP(
            "core", "That split needs {length} days with the locked ones and any travel day, "
            "more than the {most} a plan holds."), length=length, most=limits.MAX_DAYS))
    layouts = []
    for index in range(length):
        if index < len(plan.days) and plan.days[index].locked:
            day = plan.days[index]
            layouts.append(DayLayout([stop.id for stop in day.stops], day.label))
        else:
            layouts.append(placed.get(index, DayLayout([])))
    trial = _trial_plan(plan, layouts)
    ordered = [layout if trial.days[index].locked else dataclasses.replace(
                   layout, stop_ids=best_day_order(trial, index, catalog, estimates).stop_ids)
               for index, layout in enumerate(layouts)]
    return TripSplit(ordered, sorted(_position(plan, number) for number in overfull))


def _trial_plan(plan: Plan, layouts: list[DayLayout]) -> Plan:
    """A throw-away plan with the split's days (the stops are the plan's own objects)."""
    by_id = {stop.id: stop for day in plan.days for stop in day.stops}
    days = []
    for index, layout in enumerate(layouts):
        day = plan.days[index] if index < len(plan.days) else Day()
        days.append(Day(start_time=day.start_time, end_time=layout.end_time or day.end_time,
                        base=day.base, label=layout.label, locked=day.locked,
                        stops=[by_id[stop_id] for stop_id in layout.stop_ids]))
    return Plan(name=plan.name, start_date=plan.start_date, id=plan.id,
                default_travel_mode=plan.default_travel_mode,
                custom_places=plan.custom_places, days=days)
