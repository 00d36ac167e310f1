"""Edit ▸ Preferences: the settings a user may change, each explained where it is changed."""

from __future__ import annotations

from urllib.parse import urlsplit

import msgspec
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.store.geocoding import DEFAULT_URLS
from planner.store.settings import OSM_TILE_URL, Settings, travel_estimates
from planner.ui.dialogs.travel_estimates import TravelEstimatesBox
from planner.ui.i18n import LANGUAGE_NAMES, resolve_language, translate
from planner.ui.widgets import named, ok_cancel


def tiles_note() -> str:
    return translate(
        "PreferencesDialog",
        "The map works offline. With online tiles on, it also shows street detail from a tile "
        "server: only the tiles you look at are fetched, at most two at a time, and they are "
        "kept on this computer. OpenStreetMap's tiles are free for light use like this; the map "
        "credits © OpenStreetMap contributors while they show.")


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.tiles_check = named(QCheckBox(translate("PreferencesDialog", "Show online map tiles")),
                                 "onlineTiles")
        self.tiles_check.setChecked(settings.online_tiles)
        self.url_edit = named(QLineEdit(settings.tile_url), "tileUrl",
                              translate("PreferencesDialog", "Tile address"))
        self.url_edit.setPlaceholderText(OSM_TILE_URL)
        self.url_edit.setToolTip(translate("PreferencesDialog",
                                            "A tile address with {z}, {x} and {y}"))
        self.tiles_check.toggled.connect(self.url_edit.setEnabled)
        self.url_edit.setEnabled(settings.online_tiles)
        self.units_combo = named(QComboBox(), "distanceUnits",
                                 translate("PreferencesDialog", "Distances in"))
        self.units_combo.addItem(translate("PreferencesDialog", "Kilometres and metres"), "km")
        self.units_combo.addItem(translate("PreferencesDialog", "Miles and feet"), "mi")
        self.units_combo.setCurrentIndex(self.units_combo.findData(settings.distance_unit))
        form = QFormLayout()
        self.language_combo = named(QComboBox(), "language",
                                    translate("PreferencesDialog", "Language"))
        self.language_combo.addItem(translate("PreferencesDialog", "As the system ({language})")
                                    .format(language=LANGUAGE_NAMES[resolve_language("system")]),
                                    "system")
        for language, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.language_combo.setToolTip(translate(
            "PreferencesDialog", "A new language is used from the next start of the app"))
        form.addRow(translate("PreferencesDialog", "&Language:"), self.language_combo)
        form.addRow(translate("PreferencesDialog", "&Distances in:"), self.units_combo)
        form.addRow(self.tiles_check)
        form.addRow(translate("PreferencesDialog", "Tile &address:"), self.url_edit)
        self.geocoder_combo = named(QComboBox(), "geocoderService",
                                    translate("PreferencesDialog", "Place search service"))
        self.geocoder_combo.addItem(translate("PreferencesDialog", "Nominatim (OpenStreetMap)"),
                                    "nominatim")
        self.geocoder_combo.addItem(translate("PreferencesDialog", "Photon (OpenStreetMap data)"),
                                    "photon")
        self.geocoder_combo.setCurrentIndex(self.geocoder_combo.findData(settings.geocoder))
        self.geocoder_url = named(QLineEdit(settings.geocoder_url), "geocoderUrl",
                                  translate("PreferencesDialog", "Place search address"))
        self.geocoder_combo.currentIndexChanged.connect(self._show_default_url)
        self._show_default_url()
        self.search_check = named(QCheckBox(translate(
            "PreferencesDialog", "Find places by name online (OpenStreetMap data)")),
            "onlineSearch")
        self.search_check.setChecked(settings.online_search)
        self.search_check.setToolTip(translate(
            "PreferencesDialog", "Sends what you search for, and spots you pick on the map, to "
            "the service below; answers are kept on this computer"))
        for widget in (self.geocoder_combo, self.geocoder_url):
            self.search_check.toggled.connect(widget.setEnabled)
            widget.setEnabled(settings.online_search)
        form.addRow(self.search_check)
        form.addRow(translate("PreferencesDialog", "Search &with:"), self.geocoder_combo)
        form.addRow(translate("PreferencesDialog", "Its add&ress:"), self.geocoder_url)
        self.travel_box = TravelEstimatesBox(travel_estimates(settings), self)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tiles_note(), wordWrap=True))
        layout.addWidget(self.travel_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def chosen(self) -> Settings:
        """The settings as the dialog shows them; an address without {z}, {x} and {y} is not
        usable, so the standard one is kept instead."""
        url = self.url_edit.text().strip()
        if not all(part in url for part in ("{z}", "{x}", "{y}")):
            url = OSM_TILE_URL
        service = self.geocoder_combo.currentData()
        geocoder_url = self.geocoder_url.text().strip()
        if urlsplit(geocoder_url).scheme not in ("http", "https") or not urlsplit(
                geocoder_url).netloc or geocoder_url == DEFAULT_URLS[service]:
            geocoder_url = ""
        return msgspec.structs.replace(
            self._settings, online_tiles=self.tiles_check.isChecked(), tile_url=url,
            online_search=self.search_check.isChecked(), geocoder=service,
            geocoder_url=geocoder_url, distance_unit=self.units_combo.currentData(),
            language=self.language_combo.currentData(), travel=self.travel_box.changed())

    def _show_default_url(self) -> None:
        self.geocoder_url.setPlaceholderText(DEFAULT_URLS[self.geocoder_combo.currentData()])
