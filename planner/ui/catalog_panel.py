"""The browsing side of the window: search, films, a film's places and the details pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import Catalog
from planner.core.search import FilmQuery
from planner.ui.catalog_models import ID_ROLE, FilmFilterProxy, FilmListModel, PlaceListModel
from planner.ui.details_html import film_html, place_html

REGION_CHOICES = (("All regions", None), ("Paris & Île-de-France", "paris"),
                  ("French Alps & Rhône-Alpes", "alps"))
NO_FILM_HINT = "<p>Select a film or series to see where it was filmed.</p>"


def _list_view(model: object, name: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.setUniformItemSizes(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class CatalogPanel(QSplitter):
    """Films on the left, the selected film's places and details on the right.

    Signals:
        add_place_requested: the user asked to add this place id to the selected day.
    """

    add_place_requested = Signal(str)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.catalog = catalog
        self.film_model = FilmListModel(catalog, self)
        self.film_proxy = FilmFilterProxy(catalog, self)
        self.film_proxy.setSourceModel(self.film_model)
        self.film_proxy.sort(0)
        self.place_model = PlaceListModel(catalog, self)
        self.addWidget(self._build_films_column())
        self.addWidget(self._build_places_column())
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self._show_film(None)

    # --- layout ------------------------------------------------------------------------------
    def _build_films_column(self) -> QWidget:
        self.search_edit = QLineEdit(objectName="search")
        self.search_edit.setPlaceholderText("Search titles, e.g. amelie, periph…")
        self.search_edit.setClearButtonEnabled(True)
        self.region_combo = QComboBox(objectName="region")
        for label, region in REGION_CHOICES:
            self.region_combo.addItem(label, region)
        self.films_view = _list_view(self.film_proxy, "films")
        self.no_match_label = QLabel("No film or series matches your search.", wordWrap=True)
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.hide()
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.region_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.films_view.selectionModel().selectionChanged.connect(self._on_films_selection_changed)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>Films &amp; series</b>"))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.region_combo)
        layout.addWidget(self.films_view, 1)
        layout.addWidget(self.no_match_label)
        return column

    def _build_places_column(self) -> QWidget:
        self.places_label = QLabel("<b>Filming places</b>")
        self.places_view = _list_view(self.place_model, "places")
        self.places_view.setDragEnabled(True)
        self.places_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.places_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.places_view.activated.connect(self._on_places_view_activated)
        self.places_view.selectionModel().selectionChanged.connect(
            self._on_places_selection_changed
        )
        self.add_button = QPushButton("Add to selected day", objectName="addPlace")
        self.add_button.setToolTip("Add the selected places to the day selected in your plan "
                                   "(or double-click, press Enter, or drag a place onto a day)")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.details = QTextBrowser(objectName="details")
        self.details.setOpenExternalLinks(True)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.places_label, 1)
        header.addWidget(self.add_button)
        layout.addLayout(header)
        layout.addWidget(self.places_view, 2)
        layout.addWidget(self.details, 3)
        return column

    # --- queries -----------------------------------------------------------------------------
    def selected_film_id(self) -> str | None:
        index = self.films_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_place_ids(self) -> list[str]:
        rows = sorted(self.places_view.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(ID_ROLE) for index in rows]

    def select_film(self, film_id: str) -> bool:
        for row in range(self.film_proxy.rowCount()):
            index = self.film_proxy.index(row, 0)
            if index.data(ID_ROLE) == film_id:
                self.films_view.setCurrentIndex(index)
                return True
        return False

    # --- slots -------------------------------------------------------------------------------
    def _on_filter_changed(self) -> None:
        region = self.region_combo.currentData()
        self.film_proxy.set_query(FilmQuery(text=self.search_edit.text(), region=region))
        self.no_match_label.setVisible(self.film_proxy.rowCount() == 0)

    def _on_films_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_film(indexes[0].data(ID_ROLE) if indexes else None)

    def _show_film(self, film_id: str | None) -> None:
        self.place_model.set_film(film_id)
        film = self.catalog.films.get(film_id) if film_id else None
        count = self.place_model.rowCount()
        self.places_label.setText(f"<b>Filming places</b> ({count})" if film else
                                  "<b>Filming places</b>")
        self.add_button.setEnabled(False)
        self.details.setHtml(film_html(film) if film else NO_FILM_HINT)

    def _on_places_selection_changed(self) -> None:
        place_ids = self.selected_place_ids()
        self.add_button.setEnabled(bool(place_ids))
        if place_ids:
            self.details.setHtml(place_html(self.catalog.places[place_ids[-1]], self.catalog))

    def _on_places_view_activated(self, index: QModelIndex) -> None:
        self.add_place_requested.emit(index.data(ID_ROLE))

    def _on_add_button_clicked(self) -> None:
        for place_id in self.selected_place_ids():
            self.add_place_requested.emit(place_id)
