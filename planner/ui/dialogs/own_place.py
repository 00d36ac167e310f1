"""Add my place, and Edit my place: a hotel, a station or a café of the user's own.

The place is found by name (see :mod:`planner.ui.dialogs.place_search`), comes from where the
map was right-clicked, or has its position typed or pasted in any common form (see
:mod:`planner.core.coordinates`); the dialog says at once how it reads the position and the
opening hours, and OK waits until both make sense.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core import limits
from planner.core.coordinates import (
    CoordinateError,
    format_decimal,
    format_dms,
    parse_coordinates,
)
from planner.core.model import CustomPlace, PlaceCategory
from planner.core.opening import is_valid_rule
from planner.store.geocoding import ATTRIBUTION, Geocoder
from planner.ui.dialogs.place_search import Candidate, PlaceSearch, Task
from planner.ui.formatting import CATEGORY_LABELS, category_label
from planner.ui.i18n import tr_phrase, translate
from planner.ui.widgets import named, ok_cancel


def hours_help() -> str:
    return translate("OwnPlaceDialog", "As OpenStreetMap writes them, e.g. Mo-Sa 10:00-19:00; "
                     "PH off. Empty if unknown.")


def _plain_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class OwnPlaceDialog(QDialog):
    """Adds a new place (``day_heading`` names the day it may also become a stop of) or, with
    ``place``, edits that one."""

    def __init__(self, day_heading: str | None, position: tuple[float, float] | None = None,
                 parent: QWidget | None = None, geocoder: Geocoder | None = None,
                 place: CustomPlace | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OwnPlaceDialog", "Edit my place") if place
                            else translate("OwnPlaceDialog", "Add my place"))
        self.finder = PlaceSearch(geocoder)
        self.finder.chosen.connect(self._on_candidate_chosen)
        self._address_task: Task | None = None
        self.name_edit = named(
            QLineEdit(place.name if place else translate("OwnPlaceDialog", "My place")),
            "ownPlaceName", translate("OwnPlaceDialog", "Name"))
        self.name_edit.setMaxLength(limits.MAX_NAME_LENGTH)
        self.category_combo = named(QComboBox(), "ownPlaceCategory",
                                    translate("OwnPlaceDialog", "Category"))
        for key in CATEGORY_LABELS:
            self.category_combo.addItem(category_label(key), key)
        self.address_edit = named(QLineEdit(place.address if place else ""), "ownPlaceAddress",
                                  translate("OwnPlaceDialog", "Address"))
        self.address_edit.setMaxLength(limits.MAX_NOTE_LENGTH)
        self.position_edit = named(QLineEdit(), "ownPlacePosition",
                                   translate("OwnPlaceDialog", "Position"))
        self.position_edit.setPlaceholderText(
            translate("OwnPlaceDialog", "48.8584, 2.2945 or 48°51'29.6\"N 2°17'40.2\"E"))
        self.reading = _plain_label("ownPlaceReading")
        self.minutes_spin = named(QSpinBox(), "ownPlaceMinutes",
                                  translate("OwnPlaceDialog", "Minutes on site"))
        self.minutes_spin.setRange(limits.MIN_STOP_MINUTES, limits.MAX_STOP_MINUTES)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setSuffix(" min")
        self.hours_edit = named(QLineEdit(place.opening_hours if place else ""),
                                "ownPlaceHours", translate("OwnPlaceDialog", "Opening hours"))
        self.hours_edit.setPlaceholderText("Mo-Sa 10:00-19:00")
        self.hours_edit.setToolTip(hours_help())
        self.hours_reading = _plain_label("ownPlaceHoursReading")
        self.note_edit = named(QPlainTextEdit(place.note if place else ""), "ownPlaceNote",
                               translate("OwnPlaceDialog", "Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.to_day = named(QCheckBox(translate(
            "OwnPlaceDialog", "Also add it as a stop to {day}").format(day=day_heading)),
            "ownPlaceToDay")
        self.to_day.setVisible(day_heading is not None)
        self.keep = named(QCheckBox(
            translate("OwnPlaceDialog", "Keep it in My places, to add to other trips")),
            "ownPlaceKeep")
        self.buttons = ok_cancel(self)
        self._lay_out()
        self._fill(place, position)
        for edit in (self.position_edit, self.name_edit, self.hours_edit):
            edit.textChanged.connect(self._check)
        self._check()
        self.resize(560, 600)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("OwnPlaceDialog", "&Search:"), self.finder)
        form.addRow(translate("OwnPlaceDialog", "&Name:"), self.name_edit)
        form.addRow(translate("OwnPlaceDialog", "&Category:"), self.category_combo)
        form.addRow(translate("OwnPlaceDialog", "A&ddress:"), self.address_edit)
        form.addRow(translate("OwnPlaceDialog", "&Position:"), self.position_edit)
        form.addRow("", self.reading)
        form.addRow(translate("OwnPlaceDialog", "&Minutes on site:"), self.minutes_spin)
        form.addRow(translate("OwnPlaceDialog", "Opening &hours:"), self.hours_edit)
        form.addRow("", self.hours_reading)
        form.addRow(translate("OwnPlaceDialog", "N&ote:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.to_day)
        layout.addWidget(self.keep)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self, place: CustomPlace | None, position: tuple[float, float] | None) -> None:
        self.category_combo.setCurrentIndex(list(CATEGORY_LABELS).index(place.category
                                                                   if place else "other"))
        self.minutes_spin.setValue(place.minutes if place else 60)
        if place is not None:
            position = (place.lat, place.lon)
        if position is not None:
            self.position_edit.setText(format_decimal(*position))
        if place is None and position is not None:
            self._address_task = self.finder.look_up_address(position, self._on_address)

    def _on_address(self, address: str) -> None:
        """The address of a spot picked on the map, unless the user typed one meanwhile."""
        if address and not self.address_edit.text().strip():
            self.address_edit.setText(address[:limits.MAX_NOTE_LENGTH])
            self.finder.note.setText(translate(
                "OwnPlaceDialog", "Address found for this spot. {attribution}").format(
                attribution=ATTRIBUTION))

    def _on_candidate_chosen(self, candidate: Candidate) -> None:
        self.name_edit.setText(candidate.name[:limits.MAX_NAME_LENGTH])
        self.position_edit.setText(format_decimal(candidate.lat, candidate.lon))
        self.address_edit.setText(candidate.address[:limits.MAX_NOTE_LENGTH])
        if candidate.category is not None:
            self.category_combo.setCurrentIndex(list(CATEGORY_LABELS).index(candidate.category))

    def position(self) -> tuple[float, float] | None:
        try:
            return parse_coordinates(self.position_edit.text())
        except CoordinateError:
            return None

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def address(self) -> str:
        return limits.clip_text(self.address_edit.text())

    def place(self, place_id: str, origin: str = "") -> CustomPlace | None:
        """The place as the dialog describes it now; None while the position is unreadable."""
        point = self.position()
        if point is None:
            return None
        category: PlaceCategory = self.category_combo.currentData()
        return CustomPlace(
            id=place_id, name=self.name(), lat=point[0], lon=point[1], address=self.address(),
            note=limits.clip_text(self.note_edit.toPlainText()), origin=origin,
            category=category, minutes=self.minutes_spin.value(),
            opening_hours=limits.clip_text(self.hours_edit.text()))

    def _check(self) -> None:
        try:
            lat, lon = parse_coordinates(self.position_edit.text())
            locale = QLocale()
            self.reading.setText(translate(
                "OwnPlaceDialog", "Read as latitude {lat}, longitude {lon} ({dms})").format(
                lat=locale.toString(lat, "f", 6), lon=locale.toString(lon, "f", 6),
                dms=format_dms(lat, lon)))
            position_ok = True
        except CoordinateError as error:
            self.reading.setText(tr_phrase(error.phrase))
            position_ok = False
        hours = self.hours_edit.text().strip()
        hours_ok = not hours or is_valid_rule(hours)
        not_understood = translate("OwnPlaceDialog", "Not understood as opening hours.")
        self.hours_reading.setText(
            hours_help() if not hours else
            translate("OwnPlaceDialog", "Understood: the timetable will warn when it is closed.")
            if hours_ok else f"{not_understood} {hours_help()}")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(position_ok and hours_ok and bool(self.name()))
