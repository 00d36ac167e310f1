"""The names of the areas a traveller groups places in, in the window's language."""

from __future__ import annotations

from planner.core.model import Area
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.ui.i18n import translate

AREA_LABELS: dict[Area, str] = {
    "paris": QT_TRANSLATE_NOOP("Areas", "Paris (the city)"),
    "ile-de-france": QT_TRANSLATE_NOOP("Areas", "Île-de-France (outside Paris)"),
    "paris-day-trip": QT_TRANSLATE_NOOP("Areas", "Day trips from Paris"),
    "french-alps": QT_TRANSLATE_NOOP("Areas", "French Alps"),
    "lyon-rhone": QT_TRANSLATE_NOOP("Areas", "Lyon and the Rhône"),
    "auvergne-rhone-alpes": QT_TRANSLATE_NOOP("Areas", "Elsewhere in Auvergne-Rhône-Alpes"),
}


def area_label(area: Area) -> str:
    return translate("Areas", AREA_LABELS[area])
