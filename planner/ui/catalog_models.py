"""Item models over the catalog: search results for films, and a list of places.

Both models hold ids in the order the core search returns them; a new query resets the model.
The core ranks and filters (see ``planner.core.search``), so no per-row Python callback runs on
each keystroke, which keeps typing smooth on catalogs of 100,000 places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.core.catalog import Catalog
from planner.core.model import Appearance, Place
from planner.core.phrase import QT_TRANSLATE_NOOP
from planner.ui.formatting import format_km
from planner.ui.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_MIME_TYPE = "application/x-film-trip-planner-place"

AnyIndex = QModelIndex | QPersistentModelIndex

PRECISION_LABELS = {
    "exact": QT_TRANSLATE_NOOP("CatalogModels", "exact spot"),
    "street": QT_TRANSLATE_NOOP("CatalogModels", "street only"),
    "area": QT_TRANSLATE_NOOP("CatalogModels", "area only"),
    "town": QT_TRANSLATE_NOOP("CatalogModels", "town only (the point is the town centre)"),
}
"""How precisely a place's position is known, in English; shown through
:func:`precision_label`."""
CONFIDENCE_LABELS = {"confirmed": "", "reported": QT_TRANSLATE_NOOP("CatalogModels", "reported"),
                     "disputed": QT_TRANSLATE_NOOP("CatalogModels", "disputed")}
"""What a list row adds after a scene that is not confirmed, in English."""


def precision_label(precision: str) -> str:
    """How precisely a place's position is known, in the window's language."""
    return translate("CatalogModels", PRECISION_LABELS[precision])


def _confidence_suffix(confidence: str) -> str:
    """" (reported)" after a row whose scene is not confirmed; "" when it is."""
    label = CONFIDENCE_LABELS[confidence]
    return f" ({translate('CatalogModels', label)})" if label else ""


class FilmResultsModel(QAbstractListModel):
    """The films and series matching the current search, in the order given."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._ids: list[str] = []

    def set_ids(self, film_ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = film_ids
        self.endResetModel()

    def row_of(self, film_id: str) -> int:
        try:
            return self._ids.index(film_id)
        except ValueError:
            return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        film = self._catalog.films[self._ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            if film.kind == "series":
                return translate("CatalogModels", "{title} ({year}, series)").format(
                    title=film.title, year=film.year)
            return f"{film.title} ({film.year})"
        if role == Qt.ItemDataRole.ToolTipRole:
            original = f"\n{film.original_title}" if film.original_title else ""
            return f"{film.title}{original}\n{film.premise}"
        if role == ID_ROLE:
            return film.id
        return None


@dataclass(frozen=True)
class PlaceRow:
    place: Place
    appearance: Appearance | None = None
    distance_km: float | None = None
    approximate: bool = False
    """The distance involves a place only known to its town, so it is only a rough figure."""
    titles: str = ""
    """Which titles were shot there, for lists that mix places from many films."""
    starts: bool = False
    """The place the other rows' distances are measured from."""


class PlaceListModel(QAbstractListModel):
    """Places, one row each: a film's places, search hits or nearby places; rows can be dragged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlaceRow] = []

    def set_rows(self, rows: list[PlaceRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def place_ids(self) -> list[str]:
        return [row.place.id for row in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        place = row.place
        if role == Qt.ItemDataRole.DisplayRole:
            confidence = _confidence_suffix(row.appearance.confidence) if row.appearance else ""
            titles = f" ({row.titles})" if row.titles else ""
            label = f"{place.name} — {place.town}{titles}{confidence}"
            if row.starts:
                return translate("CatalogModels", "1st · {place}").format(place=label)
            if row.distance_km is None:
                return label
            # The distance leads, so a long name is cut rather than the figure.
            rough = "≈ " if row.approximate else ""
            return f"{rough}{format_km(row.distance_km)} · {label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            scene = f"\n{row.appearance.scene}" if row.appearance else ""
            return f"{place.name}, {place.town}{scene}"
        if role == ID_ROLE:
            return place.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [PLACE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [str(i.data(ID_ROLE)) for i in sorted(indexes, key=QModelIndex.row) if i.isValid()]
        return place_mime_data(ids)


def place_mime_data(place_ids: list[str]) -> QMimeData:
    """What dragging catalog places carries, from a list or from the map, to a day."""
    mime = QMimeData()
    mime.setData(PLACE_MIME_TYPE, "\n".join(place_ids).encode())
    return mime
