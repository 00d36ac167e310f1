"""Edit ▸ Preferences: the settings a user may change, each explained where it is changed."""

from __future__ import annotations

from urllib.parse import urlsplit

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
from planner.ui.widgets import named, ok_cancel

TILES_NOTE = (
    "The map works offline. With online tiles on, it also shows street detail from a tile "
    "server: only the tiles you look at are fetched, at most two at a time, and they are kept "
    "on this computer. OpenStreetMap's tiles are free for light use like this; the map credits "
    "© OpenStreetMap contributors while they show."
)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.tiles_check = named(QCheckBox("Show online map tiles"), "onlineTiles")
        self.tiles_check.setChecked(settings.online_tiles)
        self.url_edit = named(QLineEdit(settings.tile_url), "tileUrl", "Tile address")
        self.url_edit.setPlaceholderText(OSM_TILE_URL)
        self.url_edit.setToolTip("A tile address with {z}, {x} and {y}")
        self.tiles_check.toggled.connect(self.url_edit.setEnabled)
        self.url_edit.setEnabled(settings.online_tiles)
        self.units_combo = named(QComboBox(), "distanceUnits", "Distances in")
        self.units_combo.addItem("Kilometres and metres", "km")
        self.units_combo.addItem("Miles and feet", "mi")
        self.units_combo.setCurrentIndex(self.units_combo.findData(settings.distance_unit))
        form = QFormLayout()
        form.addRow("&Distances in:", self.units_combo)
        form.addRow(self.tiles_check)
        form.addRow("Tile &address:", self.url_edit)
        self.geocoder_combo = named(QComboBox(), "geocoderService", "Place search service")
        self.geocoder_combo.addItem("Nominatim (OpenStreetMap)", "nominatim")
        self.geocoder_combo.addItem("Photon (OpenStreetMap data)", "photon")
        self.geocoder_combo.setCurrentIndex(self.geocoder_combo.findData(settings.geocoder))
        self.geocoder_url = named(QLineEdit(settings.geocoder_url), "geocoderUrl",
                                  "Place search address")
        self.geocoder_combo.currentIndexChanged.connect(self._show_default_url)
        self._show_default_url()
        self.search_check = named(QCheckBox("Find places by name online (OpenStreetMap data)"),
                                  "onlineSearch")
        self.search_check.setChecked(settings.online_search)
        self.search_check.setToolTip("Sends what you search for, and spots you pick on the "
                                     "map, to the service below; answers are kept on this "
                                     "computer")
        for widget in (self.geocoder_combo, self.geocoder_url):
            self.search_check.toggled.connect(widget.setEnabled)
            widget.setEnabled(settings.online_search)
        form.addRow(self.search_check)
        form.addRow("Search &with:", self.geocoder_combo)
        form.addRow("Its add&ress:", self.geocoder_url)
        self.travel_box = TravelEstimatesBox(travel_estimates(settings), self)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(TILES_NOTE, wordWrap=True))
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
        return Settings(online_tiles=self.tiles_check.isChecked(), tile_url=url,
                        online_search=self.search_check.isChecked(), geocoder=service,
                        geocoder_url=geocoder_url,
                        distance_unit=self.units_combo.currentData(),
                        travel=self.travel_box.changed())

    def _show_default_url(self) -> None:
        self.geocoder_url.setPlaceholderText(DEFAULT_URLS[self.geocoder_combo.currentData()])
