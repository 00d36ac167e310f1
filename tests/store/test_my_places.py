"""My places: kept across plans, written atomically, never written over when damaged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from planner.core.errors import PlanFileError
from planner.core.model import CustomPlace
from planner.fileio.atomic import backup_path
from planner.store.my_places import MAX_MY_PLACES, MY_PLACES_FILE, MyPlaces

HOTEL = CustomPlace(id="hotel", name="Hôtel du Lac", lat=45.9, lon=6.13, category="hotel",
                    minutes=30, opening_hours="24/7", address="1 quai du Lac, Annecy")
CAFE = CustomPlace(id="cafe", name="Café", lat=48.85, lon=2.33, category="food")


def test_places_are_kept_updated_and_forgotten(tmp_path: Path) -> None:
    mine = MyPlaces(tmp_path)
    assert mine.load() == [], "no file yet: an empty list"
    mine.keep(HOTEL)
    mine.keep(CAFE)
    renamed = CustomPlace(id="hotel", name="Hôtel du Lac (annexe)", lat=45.9, lon=6.13)
    assert mine.keep(renamed) == [renamed, CAFE], "the same id is updated in place"
    assert MyPlaces(tmp_path).load() == [renamed, CAFE], "read back from the file"
    assert backup_path(tmp_path / MY_PLACES_FILE).exists(), "the version before is kept"
    assert mine.forget({"hotel"}) == [CAFE]


def damage(path: Path, how: str) -> None:
    if how == "fifo":
        os.mkfifo(path)
    elif how == "folder":
        path.mkdir()
    else:
        path.write_bytes({
            "not json": b"{ places: [",
            "not utf-8": b'{"schema_version": 1, "places": [{"name": "\xff"}]}',
            "nested": b"[" * 100_000 + b"]" * 100_000,
            "wrong shape": b'{"schema_version": 1, "places": [{"name": "no id"}]}',
            "impossible": json.dumps({"schema_version": 1, "places": [
                {"id": "x", "name": "x", "lat": 91, "lon": 0}]}).encode(),
            "newer": b'{"schema_version": 7, "places": []}',
        }[how])


@pytest.mark.parametrize("how", ["not json", "not utf-8", "nested", "wrong shape", "impossible",
                                 "newer", "fifo", "folder"])
def test_a_damaged_file_is_named_and_never_written_over(tmp_path: Path, how: str) -> None:
    path = tmp_path / MY_PLACES_FILE
    damage(path, how)
    before = path.read_bytes() if path.is_file() else None
    mine = MyPlaces(tmp_path)
    with pytest.raises(PlanFileError, match=MY_PLACES_FILE):
        mine.load()
    with pytest.raises(PlanFileError):
        mine.keep(HOTEL)
    with pytest.raises(PlanFileError):
        mine.forget({"hotel"})
    if before is not None:
        assert path.read_bytes() == before


def test_the_list_has_a_limit(tmp_path: Path) -> None:
    mine = MyPlaces(tmp_path)
    places = [CustomPlace(id=str(n), name=f"Place {n}", lat=45.0, lon=6.0)
              for n in range(MAX_MY_PLACES)]
    (tmp_path / MY_PLACES_FILE).write_text(json.dumps(
        {"schema_version": 1, "places": [{"id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon}
                                         for p in places]}))
    with pytest.raises(PlanFileError, match="at most"):
        mine.keep(HOTEL)
    assert len(mine.keep(CustomPlace(id="7", name="Seven", lat=45.0, lon=6.0))) == MAX_MY_PLACES
