"""Finding a place by name for Add my place: online when the user allows it, else offline.

Online, the geocoder of the preferences answers (OpenStreetMap's Nominatim or Photon); offline,
or when the service cannot be reached, the gazetteer of French towns and stations that ships
with the app does. Searches run only on Enter or the button, and off the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.gazetteer import Gazetteer, GazetteerEntry, shipped_gazetteer
from planner.core.model import PlaceCategory
from planner.store.geocoding import ATTRIBUTION, Found, Geocoder
from planner.ui.i18n import tr_error, translate
from planner.ui.widgets import named

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Candidate:
    """A place a search offers: what the dialog fills in when it is picked."""

    name: str
    address: str
    lat: float
    lon: float
    label: str
    category: PlaceCategory | None = None

    @classmethod
    def found_online(cls, found: Found) -> Candidate:
        return cls(found.name, found.address, found.lat, found.lon, found.address or found.name)

    @classmethod
    def from_gazetteer(cls, entry: GazetteerEntry) -> Candidate:
        station = entry.kind == "station"
        return cls(entry.name, entry.where if station else "", entry.lat, entry.lon, entry.label,
                   "station" if station else None)


@dataclass(frozen=True)
class Answer:
    candidates: list[Candidate]
    note: str


class _Signals(QObject):
    answered = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    """One call off the window's thread; its result or its error comes back as a signal."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            self.signals.answered.emit(self.work())
        except PlannerError as error:
            self.signals.failed.emit(tr_error(error))

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)


class PlaceSearch(QWidget):
    """A search box, its results and a note that says where they come from.

    Signals:
        chosen: the :class:`Candidate` the user picked in the results.
    """

    chosen = Signal(object)

    def __init__(self, geocoder: Geocoder | None,
                 gazetteer: Callable[[], Gazetteer] = shipped_gazetteer) -> None:
        super().__init__()
        self.geocoder = geocoder
        self._gazetteer = gazetteer
        self._running: Task | None = None
        self.query_edit = named(QLineEdit(), "ownPlaceQuery",
                                translate("PlaceSearch", "Find by name or address"))
        self.query_edit.setPlaceholderText(
            translate("PlaceSearch", "A hotel, a station, a town, an address… then Enter")
            if geocoder else translate("PlaceSearch", "A town or a station… then Enter"))
        self.query_edit.returnPressed.connect(self.search)
        self.search_button = named(QPushButton(translate("PlaceSearch", "&Find")), "ownPlaceFind")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.results = named(QListWidget(), "ownPlaceResults",
                             translate("PlaceSearch", "Places found"))
        self.results.setMaximumHeight(120)
        self.results.currentItemChanged.connect(self._on_current_item_changed)
        self.note = named(QLabel(ATTRIBUTION if geocoder else translate(
            "PlaceSearch", "Offline: towns and railway stations of France. Online search can be "
            "turned on in Preferences.")), "ownPlaceSearchNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.note)

    def search(self) -> None:
        query = self.query_edit.text().strip()
        if not query or self._running is not None:
            return
        geocoder, gazetteer = self.geocoder, self._gazetteer

        def find() -> Answer:
            if geocoder is None:
                return _offline(gazetteer(), query, "")
            try:
                found = [Candidate.found_online(f) for f in geocoder.search(query)]
            except PlannerError as error:
                return _offline(gazetteer(), query, f"{tr_error(error)} ")
            number = len(found)
            count = (translate("PlaceSearch", "%n place(s) found", None, number) if found
                     else translate("PlaceSearch", "No place found by that name"))
            return Answer(found, f"{count}. {ATTRIBUTION}")

        task = Task(find)
        task.signals.answered.connect(self._on_answered)
        task.signals.failed.connect(self._on_failed)
        self._running = task
        self.search_button.setEnabled(False)
        self.note.setText(translate("PlaceSearch", "Searching…"))
        task.start()

    def look_up_address(self, position: tuple[float, float],
                        on_address: Callable[[str], None]) -> Task | None:
        """Ask the service for the address at ``position`` (a spot picked on the map); offline,
        or without an answer, the place simply keeps its coordinates."""
        if self.geocoder is None:
            return None
        geocoder = self.geocoder
        task = Task(lambda: geocoder.address_at(*position))
        task.signals.answered.connect(
            lambda address: on_address(address) if isinstance(address, str) else None)
        task.start()
        return task

    def _on_answered(self, answer: object) -> None:
        self._done()
        self.results.clear()
        if not isinstance(answer, Answer):
            return
        for candidate in answer.candidates:
            item = QListWidgetItem(candidate.label)
            item.setData(CANDIDATE_ROLE, candidate)
            self.results.addItem(item)
        self.note.setText(answer.note)

    def _on_failed(self, message: str) -> None:
        self._done()
        self.note.setText(message)

    def _done(self) -> None:
        self._running = None
        self.search_button.setEnabled(True)

    def _on_current_item_changed(self, item: QListWidgetItem | None) -> None:
        candidate = item.data(CANDIDATE_ROLE) if item is not None else None
        if isinstance(candidate, Candidate):
            self.chosen.emit(candidate)


def _offline(gazetteer: Gazetteer, query: str, problem: str) -> Answer:
    found = [Candidate.from_gazetteer(entry) for entry in gazetteer.search(query)]
    number = len(found)
    count = (translate("PlaceSearch", "%n town(s) or station(s) found", None, number)
             if found else translate("PlaceSearch", "No town or station by that name"))
    offline = translate("PlaceSearch", "Offline list: {count}. {attribution}.").format(
        count=count, attribution=gazetteer.attribution)
    return Answer(found, f"{problem}{offline}")
