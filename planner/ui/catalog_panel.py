"""The browsing side of the window: search and filters, films, places, details and nearby places."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QKeyCombination,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.areas import AREA_ORDER
from planner.core.indexes import CatalogIndexes
from planner.core.nearby import distances_from_first
from planner.core.permits import PermitIndex
from planner.core.search import FilmQuery, PlaceQuery
from planner.ui.area_labels import area_label
from planner.ui.catalog_models import ID_ROLE, FilmResultsModel, PlaceListModel, PlaceRow
from planner.ui.details_html import ACCESS_LABELS, access_label, film_html, place_html
from planner.ui.i18n import translate
from planner.ui.selection import Selection
from planner.ui.widgets import ElidedLabel, list_view, named

REDO_ALTERNATIVE = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z)
TITLES_FOR_PLACES = 3  # a text search also lists the places of the best matching titles
MIN_PLACE_QUERY = 2  # one letter would list most places: a wall of text, and slow on big catalogs
SEARCH_DELAY_MS = 120  # typing never waits for a search; it runs once the user pauses
RADIUS_CHOICES_KM = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0)
DEFAULT_RADIUS_KM = 1.0


def _area_choices() -> tuple[tuple[str, object], ...]:
    return ((translate("CatalogPanel", "All areas"), None),
            *((area_label(area), area) for area in AREA_ORDER))


def _kind_choices() -> tuple[tuple[str, object], ...]:
    return ((translate("CatalogPanel", "Films and series"), None),
            (translate("CatalogPanel", "Films"), "film"),
            (translate("CatalogPanel", "Series"), "series"))


def _no_film_hint() -> str:
    return translate("CatalogPanel", "<p>Select a film or series to see where it was filmed, "
                     "or type a place or town in the search box.</p>")


def _combo(name: str, spoken: str, choices: tuple[tuple[str, object], ...]) -> QComboBox:
    combo = named(QComboBox(), name, spoken)
    for label, value in choices:
        combo.addItem(label, value)
    return combo


class CatalogPanel(QSplitter):
    """Films, and the places of a film or of a search. The place's details and what is nearby
    (``tabs``) are kept up to date here but shown by the window in a dock of their own.

    Signals:
        add_places_requested: the user asked to add these place ids to the selected day.
        map_places_changed: the place ids the search and filters keep (None: all places),
            for the map to show the same places as the lists.
    """

    add_places_requested = Signal(list)
    map_places_changed = Signal(object)

    def __init__(self, indexes: CatalogIndexes, selection: Selection) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        catalog = self.catalog = indexes.catalog
        self.indexes = indexes
        self.selection = selection
        self.permits: PermitIndex | None = None
        """The City of Paris filming permits, once imported: films show theirs."""
        selection.place_changed.connect(self._on_selection_place_changed)
        self.film_model = FilmResultsModel(catalog, self)
        self.place_model = PlaceListModel(self)
        self.nearby_model = PlaceListModel(self)
        self._planned: frozenset[str] = frozenset()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.addWidget(self._build_films_column())
        self.addWidget(self._build_places_column())
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([300, 460])
        self.refresh()

    # --- layout ------------------------------------------------------------------------------
    def _build_films_column(self) -> QWidget:
        self.search_edit = named(QLineEdit(), "search",
                                 translate("CatalogPanel", "Search films and places"))
        self.search_edit.setPlaceholderText(
            translate("CatalogPanel", "Search titles, people, places, towns…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.area_combo = _combo("area", translate("CatalogPanel", "Area"), _area_choices())
        self.kind_combo = _combo("kind", translate("CatalogPanel", "Films or series"),
                                 _kind_choices())
        decades = tuple((translate("CatalogPanel", "{decade}s").format(decade=d), d)
                        for d in self.indexes.search.decades)
        self.decade_combo = _combo("decade", translate("CatalogPanel", "Decade"),
                                   ((translate("CatalogPanel", "Any decade"), None), *decades))
        for combo in (self.area_combo, self.kind_combo, self.decade_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.films_view = list_view(self.film_model, "films",
                                    translate("CatalogPanel", "Films and series"))
        self.films_view.selectionModel().selectionChanged.connect(self._on_films_selection_changed)
        self.no_match_label = QLabel(translate("CatalogPanel", "No film or series matches."),
                                     wordWrap=True)
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("CatalogPanel", "<b>Films &amp; series</b>")))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.area_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.decade_combo, 1)
        layout.addLayout(filters)
        layout.addWidget(self.films_view, 1)
        layout.addWidget(self.no_match_label)
        return column

    def _build_places_column(self) -> QWidget:
        self.places_label = ElidedLabel()
        bold = self.places_label.font()
        bold.setBold(True)
        self.places_label.setFont(bold)
        self.add_all_button = named(QPushButton(translate("CatalogPanel", "Add all to plan")),
                                    "addAll")
        self.add_all_button.setToolTip(
            translate("CatalogPanel", "Add every place in this list to the selected day"))
        self.add_all_button.clicked.connect(self._on_add_all_button_clicked)
        self.add_button = named(QPushButton(translate("CatalogPanel", "Add to day")), "addPlace")
        self.add_button.setToolTip(translate(
            "CatalogPanel", "Add the selected places to the day selected in your plan "
            "(or double-click, press Enter, or drag a place onto a day)"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        access_choices = tuple((access_label(key), key) for key in ACCESS_LABELS)
        self.access_combo = _combo("access", translate("CatalogPanel", "Access"),
                                   ((translate("CatalogPanel", "Any access"), None),
                                    *access_choices))
        self.access_combo.currentIndexChanged.connect(self.refresh)
        self.hide_planned_check = named(
            QCheckBox(translate("CatalogPanel", "Not yet in this plan")), "hidePlanned")
        self.hide_planned_check.toggled.connect(self.refresh)
        self.places_view = self._place_view(self.place_model, "places",
                                            translate("CatalogPanel", "Filming places"))
        self.places_view.selectionModel().selectionChanged.connect(
            self._on_places_selection_changed
        )

        self.details = named(QTextBrowser(), "details", translate("CatalogPanel", "Details"))
        self.details.setOpenExternalLinks(True)
        radius_choices = tuple((_radius_label(r), r) for r in RADIUS_CHOICES_KM)
        self.radius_combo = _combo("radius", translate("CatalogPanel", "Distance"),
                                   radius_choices)
        self.radius_combo.setCurrentIndex(RADIUS_CHOICES_KM.index(DEFAULT_RADIUS_KM))
        self.radius_combo.currentIndexChanged.connect(self._refresh_nearby)
        self.nearby_view = self._place_view(self.nearby_model, "nearby",
                                            translate("CatalogPanel", "Places nearby"))
        self.nearby_hint = QLabel(wordWrap=True)
        nearby_page = QWidget()
        nearby_layout = QVBoxLayout(nearby_page)
        radius_row = QHBoxLayout()
        radius_row.addWidget(QLabel(translate("CatalogPanel", "Within")))
        radius_row.addWidget(self.radius_combo)
        radius_row.addWidget(QLabel(  # wraps: a longer language must not narrow the map
            translate("CatalogPanel", "of the selected place, nearest first"), wordWrap=True), 1)
        nearby_layout.addLayout(radius_row)
        nearby_layout.addWidget(self.nearby_view, 1)
        nearby_layout.addWidget(self.nearby_hint)
        self.tabs = named(QTabWidget(), "placeTabs")
        self.tabs.addTab(self.details, translate("CatalogPanel", "&Details"))
        self.tabs.addTab(nearby_page, translate("CatalogPanel", "Nearb&y"))

        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.places_label, 1)
        header.addWidget(self.add_all_button)
        header.addWidget(self.add_button)
        layout.addLayout(header)
        filters = QHBoxLayout()
        filters.addWidget(self.access_combo, 1)
        filters.addWidget(self.hide_planned_check)
        layout.addLayout(filters)
        layout.addWidget(self.places_view, 1)
        return column

    def _place_view(self, model: PlaceListModel, name: str, spoken: str) -> QListView:
        view = list_view(model, name, spoken)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.activated.connect(self._on_place_activated)
        return view

    # --- queries -----------------------------------------------------------------------------
    def selected_film_id(self) -> str | None:
        index = self.films_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_place_ids(self) -> list[str]:
        rows = sorted(self.places_view.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(ID_ROLE) for index in rows]

    def select_film(self, film_id: str) -> bool:
        row = self.film_model.row_of(film_id)
        if row >= 0:
            self.films_view.setCurrentIndex(self.film_model.index(row, 0))
        return row >= 0

    def set_planned_places(self, place_ids: frozenset[str]) -> None:
        """The current plan's places, for the "Not yet in this plan" filter."""
        if place_ids != self._planned:
            self._planned = place_ids
            if self.hide_planned_check.isChecked():
                self._refresh_places()

    # --- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Search now with the current text and filters (typing calls this after a pause)."""
        self._search_timer.stop()
        selected = self.selected_film_id()
        query = FilmQuery(text=self.search_edit.text(), area=self.area_combo.currentData(),
                          kind=self.kind_combo.currentData(),
                          decade=self.decade_combo.currentData())
        films = self.indexes.search.films(query)
        self.film_model.set_ids(films.ids)
        if not films.ids:
            self.no_match_label.setText(translate("CatalogPanel", "No film or series matches."))
        elif films.total > len(films.ids):
            total = films.total
            self.no_match_label.setText(translate(
                "CatalogPanel", "The best {shown} of %n match(es); type more to narrow.", None,
                total).format(shown=len(films.ids)))
        self.no_match_label.setVisible(films.total > len(films.ids) or not films.ids)
        if selected is None or not self.select_film(selected):
            self._refresh_places()

    def _place_query(self) -> PlaceQuery:
        return PlaceQuery(text=self.search_edit.text(), area=self.area_combo.currentData(),
                          access=self.access_combo.currentData(),
                          exclude=self._planned if self.hide_planned_check.isChecked()
                          else frozenset())

    def set_permits(self, permits: PermitIndex | None) -> None:
        self.permits = permits
        if self.selected_film_id() is not None:
            self._refresh_places()

    def _refresh_places(self) -> None:
        film_id = self.selected_film_id()
        query = self._place_query()
        self._show_on_map(query)
        if film_id is not None:
            rows = self._film_rows(film_id, query)
            title = self.catalog.films[film_id].title
            self.places_label.set_full_text(translate(
                "CatalogPanel", "Places of {title} ({count}), distances from the 1st").format(
                title=title, count=len(rows)))
        elif len(query.text.strip()) >= MIN_PLACE_QUERY:
            rows = self._search_rows(query)
            self.places_label.set_full_text(
                translate("CatalogPanel", "Places for “{text}” ({count})").format(
                    text=query.text.strip(), count=len(rows)))
        else:
            rows = []
            self.places_label.set_full_text(translate("CatalogPanel", "Filming places"))
        self.place_model.set_rows(rows)
        film = self.catalog.films.get(film_id) if film_id else None
        permits = self.permits.of_film(film.id) if film and self.permits else []
        self.details.setHtml(film_html(film, permits) if film else _no_film_hint())
        self.add_all_button.setEnabled(bool(rows))
        self.add_button.setEnabled(False)
        self.nearby_model.set_rows([])
        self.nearby_hint.setText(
            translate("CatalogPanel", "Select a place to see what else is close by."))

    def _show_on_map(self, query: PlaceQuery) -> None:
        if len(query.text.strip()) < MIN_PLACE_QUERY:
            query = replace(query, text="")
        if query == PlaceQuery():
            self.map_places_changed.emit(None)
        else:
            self.map_places_changed.emit(self.indexes.search.places(query).ids)

    def _search_rows(self, query: PlaceQuery) -> list[PlaceRow]:
        """Places whose name, town or address match; when none does, the places of the best
        matching titles (typing "takedown" offers that film's places)."""
        search = self.indexes.search
        place_ids = list(search.places(query).ids)
        titles = [] if place_ids else search.films(FilmQuery(text=query.text)).ids
        for film_id in titles[:TITLES_FOR_PLACES]:
            film_places = [a.place for a in self.catalog.appearances_of_film(film_id)]
            place_ids += [p for p in search.filter_places(film_places, replace(query, text=""))
                          if p not in place_ids]
        return [PlaceRow(self.catalog.places[p], titles=self._titles_at(p)) for p in place_ids]

    def _film_rows(self, film_id: str, query: PlaceQuery) -> list[PlaceRow]:
        """The film's places in story order, with their distance from the first one."""
        appearances = self.catalog.appearances_of_film(film_id)
        places = [self.catalog.places[a.place] for a in appearances]
        rough_start = bool(places) and places[0].precision == "town"
        rows = [PlaceRow(p, a, d, rough_start or p.precision == "town", starts=n == 0)
                for n, (p, a, d) in
                enumerate(zip(places, appearances, distances_from_first(places), strict=True))]
        kept = set(self.indexes.search.filter_places([row.place.id for row in rows],
                                                     replace(query, area=None)))
        return [row for row in rows if row.place.id in kept]

    def _titles_at(self, place_id: str) -> str:
        """The titles shot at a place, shortened: "Lupin, Amélie +2"."""
        titles = sorted({self.catalog.films[a.film].title
                         for a in self.catalog.appearances_at_place(place_id)})
        more = f" +{len(titles) - 2}" if len(titles) > 2 else ""
        return ", ".join(titles[:2]) + more

    def _refresh_nearby(self) -> None:
        origin = self.catalog.places.get(self.selection.place_id)
        if origin is None:
            return
        radius = self.radius_combo.currentData()
        found = self.indexes.nearby.around(origin.id, radius)
        rough = origin.precision == "town"
        self.nearby_model.set_rows([
            PlaceRow(place, None, km, rough or place.precision == "town", self._titles_at(place.id))
            for place, km in found
        ])
        count = len(found)
        self.nearby_hint.setText(
            translate("CatalogPanel", "%n place(s) within {radius} of {place}. ≈ marks a rough "
                      "distance: only the town of one of the two places is known.", None,
                      count).format(radius=_radius_label(radius), place=origin.name)
            if found else
            translate("CatalogPanel", "No other place within {radius} of {place}; try a wider "
                      "radius.").format(radius=_radius_label(radius), place=origin.name))
        self.tabs.setTabText(1, translate("CatalogPanel", "Nearb&y ({count})").format(
            count=count))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leave Undo and Redo to the window while the search box has the focus: there they
        undo the last plan edit, as everywhere but the plan's own text fields."""
        if (watched is self.search_edit and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo)
                     or event.keyCombination() == REDO_ALTERNATIVE)):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def tab_chain(self) -> list[QWidget]:
        """This panel's widgets in keyboard order."""
        return [self.search_edit, self.area_combo, self.kind_combo, self.decade_combo,
                self.films_view, self.add_all_button, self.add_button, self.access_combo,
                self.hide_planned_check, self.places_view, self.tabs]

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_nearby(self) -> None:
        """Bring the Nearby tab to the front (for the place the selection holds)."""
        self.tabs.setCurrentIndex(1)

    def set_can_add(self, can_add: bool) -> None:
        """Show the add buttons only when adding would do something."""
        self.add_button.setVisible(can_add)
        self.add_all_button.setVisible(can_add)

    # --- slots -------------------------------------------------------------------------------
    def _on_films_selection_changed(self, _: QItemSelection, __: QItemSelection) -> None:
        self._refresh_places()

    def _on_places_selection_changed(self) -> None:
        place_ids = self.selected_place_ids()
        self.add_button.setEnabled(bool(place_ids))
        if place_ids:
            self.selection.select_place(place_ids[-1])

    def _on_selection_place_changed(self, place_id: str) -> None:
        """A place was selected here, in the plan or (next) on the map: show it and what is
        close by."""
        place = self.catalog.places.get(place_id)
        if place is not None:
            self.details.setHtml(place_html(place, self.catalog))
            self._refresh_nearby()

    def _on_place_activated(self, index: QModelIndex) -> None:
        self.add_places_requested.emit([index.data(ID_ROLE)])

    def _on_add_button_clicked(self) -> None:
        self.add_places_requested.emit(self.selected_place_ids())

    def _on_add_all_button_clicked(self) -> None:
        self.add_places_requested.emit(self.place_model.place_ids())


def _radius_label(km: float) -> str:
    return f"{km * 1000:.0f} m" if km < 1 else f"{km:g} km"
