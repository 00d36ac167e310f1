"""Edit ▸ Preferences: the settings a user may change, each explained where it is changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

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
        form = QFormLayout()
        form.addRow(self.tiles_check)
        form.addRow("Tile &address:", self.url_edit)
        self.travel_box = TravelEstimatesBox(travel_estimates(settings), self)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(TILES_NOTE, wordWrap=True))
        layout.addWidget(self.travel_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def chosen(self) -> Settings:
        """The settings as the dialog shows them; an address without {z}, {x} and {y} is not
        usable, so the standard one is kept instead."""
        url = self.url_edit.text().strip()
        if not all(part in url for part in ("{z}", "{x}", "{y}")):
            url = OSM_TILE_URL
        return Settings(online_tiles=self.tiles_check.isChecked(), tile_url=url,
                        travel=self.travel_box.changed())
