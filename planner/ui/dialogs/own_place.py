"""Plan ▸ Add my place: a hotel, a station or a café, by name and position.

The position is typed or pasted in any common form (see :mod:`planner.core.coordinates`), or
comes from where the map was right-clicked; the dialog says at once how it reads it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.coordinates import (
    CoordinateError,
    format_decimal,
    format_dms,
    parse_coordinates,
)
from planner.core.errors import PlannerError
from planner.core.limits import MAX_NAME_LENGTH
from planner.store.geocoding import ATTRIBUTION, Found, Geocoder
from planner.ui.widgets import named, ok_cancel

FOUND_ROLE = Qt.ItemDataRole.UserRole


class _Answer(QObject):
    found = Signal(object)
    failed = Signal(str)


class _Search(QRunnable):
    """One request, off the window's thread; the answer comes back as a queued signal."""

    def __init__(self, search: Callable[[], object]) -> None:
        super().__init__()
        self.search = search
        self.answer = _Answer()

    def run(self) -> None:
        try:
            self.answer.found.emit(self.search())
        except PlannerError as error:
            self.answer.failed.emit(str(error))


class OwnPlaceDialog(QDialog):
    def __init__(self, day_heading: str, position: tuple[float, float] | None = None,
                 parent: QWidget | None = None, geocoder: Geocoder | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add my place")
        self.geocoder = geocoder
        self.address = ""
        self._running: _Search | None = None
        self._address_task: _Search | None = None
        self.query_edit = named(QLineEdit(), "ownPlaceQuery", "Find by name or address")
        self.query_edit.setPlaceholderText("A hotel, a station, an address… then Enter")
        self.query_edit.returnPressed.connect(self.search)
        self.search_button = named(QPushButton("&Find"), "ownPlaceFind")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.results = named(QListWidget(), "ownPlaceResults", "Places found")
        self.results.currentItemChanged.connect(self._on_result_chosen)
        self.search_note = named(QLabel(ATTRIBUTION), "ownPlaceSearchNote")
        self.search_note.setTextFormat(Qt.TextFormat.PlainText)
        self.search_note.setWordWrap(True)
        self.name_edit = named(QLineEdit("My place"), "ownPlaceName", "Name")
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.position_edit = named(QLineEdit(), "ownPlacePosition", "Position")
        self.position_edit.setPlaceholderText("48.8584, 2.2945 or 48°51'29.6\"N 2°17'40.2\"E")
        self.reading = named(QLabel(), "ownPlaceReading")
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.to_day = named(QCheckBox(f"Also add it as a stop to {day_heading}"), "ownPlaceToDay")
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        if geocoder is not None:
            row = QHBoxLayout()
            row.addWidget(self.query_edit, 1)
            row.addWidget(self.search_button)
            form.addRow("Search:", row)
            form.addRow("", self.results)
            form.addRow("", self.search_note)
        else:
            for widget in (self.query_edit, self.search_button, self.results, self.search_note):
                widget.hide()
        form.addRow("&Name:", self.name_edit)
        form.addRow("&Position:", self.position_edit)
        form.addRow("", self.reading)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.to_day)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.position_edit.textChanged.connect(self._check)
        self.name_edit.textChanged.connect(self._check)
        if position is not None:
            self.position_edit.setText(format_decimal(*position))
            self._look_up_address(position)
        self._check()
        self.resize(520, 380 if geocoder is not None else 200)

    def _look_up_address(self, position: tuple[float, float]) -> None:
        """Fill in the address of a spot picked on the map, when a service answers."""
        if self.geocoder is None:
            return
        geocoder = self.geocoder
        task = _Search(lambda: geocoder.address_at(*position))
        task.answer.found.connect(self._on_address)
        task.answer.failed.connect(lambda _message: None)  # offline: coordinates are enough
        self._address_task = task
        QThreadPool.globalInstance().start(task)

    def _on_address(self, address: object) -> None:
        if isinstance(address, str) and address:
            self.address = address
            self.search_note.setText(f"Address: {address}. {ATTRIBUTION}")

    def search(self) -> None:
        """Ask the geocoder, off the window's thread; only on Enter or the button."""
        query = self.query_edit.text().strip()
        if self.geocoder is None or not query or self._running is not None:
            return
        geocoder = self.geocoder
        task = _Search(lambda: geocoder.search(query))
        task.answer.found.connect(self._on_found)
        task.answer.failed.connect(self._on_failed)
        self._running = task
        self.search_button.setEnabled(False)
        self.search_note.setText(f"Searching… {ATTRIBUTION}")
        QThreadPool.globalInstance().start(task)

    def _on_found(self, found: object) -> None:
        self._done()
        self.results.clear()
        places = [place for place in found if isinstance(place, Found)] \
            if isinstance(found, list) else []
        for place in places:
            item = QListWidgetItem(place.address or place.name)
            item.setData(FOUND_ROLE, place)
            self.results.addItem(item)
        count = f"{len(places)} place(s) found" if places else "No place found by that name"
        self.search_note.setText(f"{count}. {ATTRIBUTION}")

    def _on_failed(self, message: str) -> None:
        self._done()
        self.search_note.setText(message)

    def _done(self) -> None:
        self._running = None
        self.search_button.setEnabled(True)

    def _on_result_chosen(self, item: QListWidgetItem | None) -> None:
        place = item.data(FOUND_ROLE) if item is not None else None
        if isinstance(place, Found):
            self.name_edit.setText(place.name[:MAX_NAME_LENGTH])
            self.position_edit.setText(format_decimal(place.lat, place.lon))
            self.address = place.address

    def position(self) -> tuple[float, float] | None:
        try:
            return parse_coordinates(self.position_edit.text())
        except CoordinateError:
            return None

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _check(self) -> None:
        try:
            lat, lon = parse_coordinates(self.position_edit.text())
            self.reading.setText(f"Read as latitude {lat:.6f}, longitude {lon:.6f} "
                                 f"({format_dms(lat, lon)})")
            valid = True
        except CoordinateError as error:
            self.reading.setText(str(error))
            valid = False
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(valid and bool(self.name()))
