"""Départements and the areas a traveller groups places in, and the rules that tie them.

The départements come from ``data/departements.json`` (INSEE codes and names, with a bounding
box each; ``tools/build_departements.py`` says how it was made). Each catalog place names its
département, and the catalog check refuses a place whose point lies outside that
département's box, or whose area cannot hold that département.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import msgspec

from planner.core.model import Area

PARIS = "75"
ILE_DE_FRANCE = frozenset({"75", "77", "78", "91", "92", "93", "94", "95"})
AUVERGNE_RHONE_ALPES = frozenset({"01", "03", "07", "15", "26", "38", "42", "43", "63", "69",
                                  "73", "74"})
ALPINE = frozenset({"38", "73", "74", "01", "04", "05", "06", "26"})
"""Savoie, Haute-Savoie and Isère, and the neighbours with Alpine parts (the Vercors and the
Diois in the Drôme, the Bugey in the Ain, the southern Alps)."""

AREA_DEPARTEMENTS: dict[Area, frozenset[str]] = {
    "paris": frozenset({PARIS}),
    "ile-de-france": ILE_DE_FRANCE - {PARIS},
    "paris-day-trip": frozenset({"02", "10", "14", "27", "28", "37", "41", "45", "51", "60",
                                 "76", "89"}),
    "french-alps": ALPINE,
    "lyon-rhone": frozenset({"69"}),
    "auvergne-rhone-alpes": AUVERGNE_RHONE_ALPES - {"69", "73", "74"},
}
"""The départements each area may hold. "A day trip from Paris" is outside Île-de-France but
within reach for the day: Giverny and Rouen, the Oise châteaux, Chartres, Reims, the Loire
châteaux, the Normandy beaches."""

AREA_ORDER: tuple[Area, ...] = ("paris", "ile-de-france", "paris-day-trip", "french-alps",
                                "lyon-rhone", "auvergne-rhone-alpes")


class _Departement(msgspec.Struct, frozen=True):
    code: str
    name: str
    bbox: tuple[float, float, float, float]


class _DepartementsFile(msgspec.Struct, frozen=True):
    departements: list[_Departement]


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        """Whether the point lies in the département's bounding box (a coarse check)."""
        return self.south <= lat <= self.north and self.west <= lon <= self.east

    @property
    def label(self) -> str:
        """"Haute-Savoie (74)", as French addresses and road signs give it."""
        return f"{self.name} ({self.code})"


@cache
def departements() -> dict[str, Departement]:
    """Every metropolitan département by INSEE code."""
    raw = files("planner.data").joinpath("departements.json").read_bytes()
    table = msgspec.json.decode(raw, type=_DepartementsFile)
    return {d.code: Departement(d.code, d.name, *d.bbox) for d in table.departements}


def departement_problem(code: str, area: Area, lat: float, lon: float) -> str | None:
    """Why a place's département does not fit its area or its point; None when it does."""
    departement = departements().get(code)
    if departement is None:
        return f"{code!r} is not a metropolitan département"
    if not departement.contains(lat, lon):
        return f"({lat}, {lon}) lies outside {departement.label}"
    if code not in AREA_DEPARTEMENTS[area]:
        return f"{departement.label} is not in the area {area!r}"
    return None
