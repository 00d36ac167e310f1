"""Whether a place is open at a given time, from its OpenStreetMap ``opening_hours`` rule.

The rules are evaluated by opening-hours-py (which knows French public holidays), never parsed
here. Times are Paris wall-clock times, the only time zone of the catalog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import opening_hours

COUNTRY = "FR"


@dataclass(frozen=True)
class OpenState:
    is_open: bool
    next_change: dt.datetime | None
    """When it next opens (if closed) or closes (if open); None if never, as far as known."""


@lru_cache(maxsize=1024)
def is_valid_rule(rule: str) -> bool:
    return bool(opening_hours.validate(rule))


@lru_cache(maxsize=1024)
def _parsed(rule: str) -> opening_hours.OpeningHours:
    return opening_hours.OpeningHours(rule, country=COUNTRY)


def open_state(rule: str, when: dt.datetime) -> OpenState:
    """Whether a place with ``rule`` is open at ``when`` (a Paris time, naive or aware)."""
    local = when.replace(tzinfo=None)
    parsed = _parsed(rule)
    change = parsed.next_change(local)
    return OpenState(parsed.is_open(local), change.replace(tzinfo=None) if change else None)


def open_spans(rule: str, start: dt.datetime,
               end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    """The spans between ``start`` and ``end`` (naive Paris times) when the place is open."""
    spans = _parsed(rule).intervals(start, end)
    return [(begin, finish or end) for begin, finish, state, _ in spans
            if state == opening_hours.State.OPEN]
