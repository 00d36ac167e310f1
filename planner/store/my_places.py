"""My places: the user's own places kept across plans (a favourite hotel, a café, a station).

One file in the data folder, ``my_places.json``, written atomically with the previous version
kept as ``my_places.json.bak``. It is the user's data, so a file that cannot be read is never
written over: reading it raises an error that names the file and the problem, and every
change refuses to go on until the file is fixed or removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import msgspec
from msgspec import Meta

from planner.core.errors import PlanFileError
from planner.core.model import CustomPlace
from planner.core.phrase import QT_TRANSLATE_NOOP, phrase
from planner.fileio.atomic import write_atomic
from planner.fileio.plan_codec import encode_json
from planner.fileio.reading import MY_PLACES_KIND, read_plan_bytes

MY_PLACES_FILE = "my_places.json"
MY_PLACES_VERSION = 1
MAX_MY_PLACES = 500
MAX_BYTES = 4 * 1024 * 1024
"""Far more than 500 places take, even with every note at its longest."""


class MyPlacesFile(msgspec.Struct):
    schema_version: int
    places: Annotated[list[CustomPlace], Meta(max_length=MAX_MY_PLACES)] = []


class MyPlaces:
    """The list in ``data_dir``; read afresh on each call, so two windows never disagree."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / MY_PLACES_FILE

    def load(self) -> list[CustomPlace]:
        """The places, in the order they were kept; none when the file does not exist yet.

        Raises:
            PlanFileError: the file exists but cannot be used; the message says why.
        """
        if not self.path.exists() and not self.path.is_symlink():
            return []
        data = read_plan_bytes(self.path, MAX_BYTES, kind=MY_PLACES_KIND)
        try:
            document = msgspec.json.decode(data, type=MyPlacesFile)
        except msgspec.ValidationError as error:
            raise PlanFileError(self.path, phrase(QT_TRANSLATE_NOOP(
                "core", "not a list of places: {reason}"), reason=str(error))) from error
        except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, nested too deep
            raise PlanFileError(self.path, phrase(QT_TRANSLATE_NOOP(
                "core", "the file is damaged: {reason}"), reason=str(error))) from error
        if document.schema_version != MY_PLACES_VERSION:
            raise PlanFileError(self.path, phrase(QT_TRANSLATE_NOOP(
                "core", "written by another version (schema {version}); left as it is"),
                version=document.schema_version))
        return document.places

    def keep(self, place: CustomPlace) -> list[CustomPlace]:
        """Add ``place``, or update the kept place with its id; returns the new list.

        Raises:
            PlanFileError: the file cannot be read, or holds the most places it may.
            OSError: the file cannot be written.
        """
        places = self.load()
        updated = [place if old.id == place.id else old for old in places]
        if all(old.id != place.id for old in places):
            if len(places) >= MAX_MY_PLACES:
                raise PlanFileError(self.path, phrase(QT_TRANSLATE_NOOP(
                    "core", "My places holds at most {count} places"), count=MAX_MY_PLACES))
            updated.append(place)
        self._save(updated)
        return updated

    def forget(self, place_ids: set[str]) -> list[CustomPlace]:
        """Remove these places from the list; returns the new list (plans keep their copies)."""
        updated = [place for place in self.load() if place.id not in place_ids]
        self._save(updated)
        return updated

    def _save(self, places: list[CustomPlace]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, encode_json(MyPlacesFile(MY_PLACES_VERSION, places)))
