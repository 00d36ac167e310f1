"""Domain types shared by every layer: the catalog (films, places) and the user's plans.

Catalog types are frozen: the catalog is read once and never edited. Plan types are mutable
because the planning operations in :mod:`planner.core.editing` change them in place.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from planner.core import limits
from planner.core.travel import TravelMode

Region = Literal["paris", "alps"]
"""The two halves of the map: the Paris basin and the south-east; see :data:`Area` for the
areas a traveller groups places in."""
Area = Literal["paris", "ile-de-france", "paris-day-trip", "french-alps", "lyon-rhone",
               "auvergne-rhone-alpes"]
PARIS_AREAS: frozenset[Area] = frozenset({"paris", "ile-de-france", "paris-day-trip"})
"""The areas on the Paris half of the map; the others are on the south-east half."""
AuditResult = Literal["verified", "changed"]
Kind = Literal["film", "series"]
Precision = Literal["exact", "street", "area", "town"]
Access = Literal["public", "exterior-only", "ticketed", "private"]
Confidence = Literal["confirmed", "reported", "disputed"]
PlaceCategory = Literal["hotel", "food", "station", "viewpoint", "other"]

# Catalog structs hold no cycles, so they skip the garbage collector (much faster to load).
# Constraints checked when the catalog is decoded, and published in its JSON Schema.
Slug = Annotated[str, Meta(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="lower-case id")]
HttpsUrl = Annotated[str, Meta(pattern=r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:[0-9]+)?(/\S*)?$")]
Sources = Annotated[tuple[HttpsUrl, ...], Meta(min_length=1)]
Latitude = Annotated[float, Meta(ge=-90, le=90)]
Longitude = Annotated[float, Meta(ge=-180, le=180)]
VisitMinutes = Annotated[int, Meta(ge=5, le=600)]
Text = Annotated[str, Meta(min_length=1)]
DepartementCode = Annotated[str, Meta(pattern=r"^(0[1-9]|[1-8][0-9]|9[0-5]|2[AB])$",
                                      description="INSEE code of a metropolitan département")]


class Town(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    """A gazetteer entry: the centre of a commune, used when no source gives a closer point."""

    name: Text
    region: Region
    lat: Latitude
    lon: Longitude
    source: HttpsUrl


class Film(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    """A film or a series."""

    id: Slug
    title: Text
    year: Annotated[int, Meta(ge=1880, le=2100)]
    kind: Kind
    premise: Text
    sources: Sources
    original_title: str = ""
    directors: list[str] = []
    cast: list[str] = []
    filming_note: str = ""
    wikidata: str = ""
    imdb: str = ""
    collection: str = ""
    """The franchise or series of films it belongs to ("James Bond"), for searching."""
    collection_source: HttpsUrl | None = None
    watch_on: list[str] = []
    """Where it first aired or streams (Netflix, France 2…): series and made-for films only."""
    watch_source: HttpsUrl | None = None


class Place(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    """A real place where something was filmed."""

    id: Slug
    name: Text
    town: Text
    lat: Latitude
    lon: Longitude
    precision: Precision
    access: Access
    visit_minutes: VisitMinutes
    sources: Sources
    departement: DepartementCode
    area: Area
    address: str = ""
    neighbourhood: str = ""
    """The quartier or arrondissement in a city, the village or resort in the mountains."""
    aliases: tuple[str, ...] = ()
    """Other names people search by: French and English, the short name."""
    opening_hours: str = ""
    """In OpenStreetMap ``opening_hours`` syntax, only where a source gives the hours."""
    opening_hours_source: HttpsUrl | None = None
    point_source: HttpsUrl | None = None
    """The page the point (lat, lon) comes from, when it is not the sources' own."""
    notes: str = ""

    @property
    def region(self) -> Region:
        """The half of the map the place is on, which follows from its area."""
        return "paris" if self.area in PARIS_AREAS else "alps"


class Audit(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    """The last time an appearance was read again against its sources by someone who did not
    write it, and whether that changed it."""

    date: dt.date
    result: AuditResult


class Appearance(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    """What a film shot at a place, and how sure the sources are."""

    film: Slug
    place: Slug
    scene: Text
    confidence: Confidence
    sources: Sources
    episode: str = ""
    note: str = ""
    audit: Audit | None = None


class CatalogFile(msgspec.Struct, frozen=True, forbid_unknown_fields=True, gc=False):
    """The on-disk shape of ``data/catalog.json``."""

    schema_version: int
    towns: list[Town]
    films: list[Film]
    places: list[Place]
    appearances: list[Appearance]


def new_id() -> str:
    """A fresh random identifier for plans, days' stops and custom places."""
    return str(uuid.uuid4())


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


# Plan types carry the limits of planner.core.limits, so decoding a file enforces them.
PlanId = Annotated[str, Meta(min_length=1, max_length=limits.MAX_ID_LENGTH)]
Name = Annotated[str, Meta(max_length=limits.MAX_NAME_LENGTH)]
Note = Annotated[str, Meta(max_length=limits.MAX_NOTE_LENGTH)]
StopMinutes = Annotated[int, Meta(ge=limits.MIN_STOP_MINUTES, le=limits.MAX_STOP_MINUTES)]


class CustomPlace(msgspec.Struct):
    """A place the user added that is not in the catalog (a hotel, a café)."""

    id: PlanId
    name: Name
    lat: Latitude
    lon: Longitude
    address: Note = ""
    note: Note = ""
    origin: Note = ""
    """Where it came from, e.g. "Imported from walks.gpx"; empty when added by hand."""
    category: PlaceCategory = "other"
    minutes: StopMinutes = 60
    """How long a visit lasts unless the stop says otherwise."""
    opening_hours: Note = ""
    """In OpenStreetMap ``opening_hours`` syntax, as the user typed it; empty when unknown."""


class Stop(msgspec.Struct):
    """One visit in a day: a catalog place or a custom place, and how long to stay."""

    place_id: PlanId
    minutes: StopMinutes = 60
    travel_mode: TravelMode | None = None
    note: Note = ""
    fixed_arrival: dt.time | None = None
    id: PlanId = msgspec.field(default_factory=new_id)


class Day(msgspec.Struct):
    """A day of the trip; its date comes from the plan's start date and its position."""

    start_time: dt.time = dt.time(9, 0)
    end_time: dt.time = dt.time(18, 0)
    base: PlanId | None = None
    stops: Annotated[list[Stop], Meta(max_length=limits.MAX_STOPS_PER_DAY)] = []
    label: Name = ""
    """What the day is for, when it is not an ordinary day of visits ("Travel day")."""
    locked: bool = False
    """Arranged by hand: reordering and splitting the trip leave it as it is."""


class Plan(msgspec.Struct):
    """A named trip: days of stops, starting on ``start_date``."""

    name: Name
    start_date: dt.date
    id: PlanId = msgspec.field(default_factory=new_id)
    created: dt.datetime = msgspec.field(default_factory=now_utc)
    updated: dt.datetime = msgspec.field(default_factory=now_utc)
    default_travel_mode: TravelMode = "walk"
    custom_places: Annotated[
        list[CustomPlace], Meta(max_length=limits.MAX_CUSTOM_PLACES)
    ] = []
    days: Annotated[list[Day], Meta(min_length=1, max_length=limits.MAX_DAYS)] = msgspec.field(
        default_factory=lambda: [Day()]
    )

    def day_date(self, index: int) -> dt.date:
        return self.start_date + dt.timedelta(days=index)
