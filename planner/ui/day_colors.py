"""One colour per day of a trip, shared by the itinerary list and the day's route on the map."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Distinct on a light map and for the common colour-vision deficiencies (the Okabe-Ito palette).
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
            "#F0E442")


def day_color(day: int) -> QColor:
    return QColor(_PALETTE[day % len(_PALETTE)])
