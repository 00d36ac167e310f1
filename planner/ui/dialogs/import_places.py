"""File ▸ Import places: what the file holds, to tick or untick before anything is added."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.exchange.place_import import ImportedPlace
from planner.ui.widgets import named, ok_cancel


class ImportPlacesDialog(QDialog):
    def __init__(self, file_name: str, places: list[ImportedPlace], day_heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import places from {file_name}")
        self.places = places
        self.list = named(QListWidget(), "importList", "Places in the file")
        for place in places:
            item = QListWidgetItem(f"{place.name}  ·  {place.lat:.5f}, {place.lon:.5f}  ·  "
                                   f"{place.where}")
            item.setToolTip(place.note or place.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.to_day = named(QCheckBox(f"Also add them as stops to {day_heading}"), "importToDay")
        self.to_day.setChecked(True)
        intro = QLabel(f"{len(places)} place(s) found. Untick those you do not want; the "
                       "others become places of your own in this plan.", wordWrap=True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.to_day)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 420)

    def chosen(self) -> list[ImportedPlace]:
        return [place for row, place in enumerate(self.places)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
