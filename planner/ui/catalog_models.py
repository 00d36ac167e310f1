"""Item models over the catalog: the films list (with its search proxy) and a film's places."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.core.catalog import Catalog
from planner.core.model import Appearance, Place
from planner.core.search import FilmIndex, FilmQuery

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_MIME_TYPE = "application/x-film-trip-planner-place"

AnyIndex = QModelIndex | QPersistentModelIndex

PRECISION_LABELS = {
    "exact": "exact spot",
    "street": "street only",
    "area": "area only",
    "town": "town only (approximate)",
}
CONFIDENCE_LABELS = {"confirmed": "", "reported": " (reported)", "disputed": " (disputed)"}


class FilmListModel(QAbstractListModel):
    """Every film and series of the catalog, one row each."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._ids = list(catalog.films)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        film = self._catalog.films[self._ids[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{film.title} ({film.year})"
        if role == Qt.ItemDataRole.ToolTipRole:
            original = f"\n{film.original_title}" if film.original_title else ""
            return f"{film.title}{original}\n{film.premise}"
        if role == ID_ROLE:
            return film.id
        return None


class FilmFilterProxy(QSortFilterProxyModel):
    """Filters films by the search box and region filter, and keeps them sorted by title."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = FilmIndex(catalog)
        self._query = FilmQuery()
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    @property
    def query(self) -> FilmQuery:
        return self._query

    def set_query(self, query: FilmQuery) -> None:
        if query != self._query:
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        film_id = self.sourceModel().index(source_row, 0, source_parent).data(ID_ROLE)
        return self._index.matches(film_id, self._query)


class PlaceListModel(QAbstractListModel):
    """The places of one film, in the catalog's order; rows can be dragged onto the itinerary."""

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._rows: list[tuple[Place, Appearance]] = []

    def set_film(self, film_id: str | None) -> None:
        self.beginResetModel()
        appearances = self._catalog.appearances_of_film(film_id) if film_id else []
        self._rows = [(self._catalog.places[a.place], a) for a in appearances]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        place, appearance = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{place.name} — {place.town}{CONFIDENCE_LABELS[appearance.confidence]}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{place.name}\n{appearance.scene}"
        if role == ID_ROLE:
            return place.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [PLACE_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = [str(i.data(ID_ROLE)) for i in indexes if i.isValid()]
        mime.setData(PLACE_MIME_TYPE, "\n".join(ids).encode())
        return mime
