"""Plan ▸ What fits in this day: places near the day's route that its time left can take.

The list is worked out again after each addition, so it always shows what still fits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import Catalog
from planner.core.gaps import Suggestion
from planner.core.schedule import clock
from planner.ui.formatting import format_minutes
from planner.ui.i18n import translate
from planner.ui.widgets import named


def empty_text() -> str:
    return translate("WhatFitsDialog", "Nothing fits: the day has no time left, or no stop to "
                     "start from. Add a first stop, or move the day's end later in Day settings.")


class WhatFitsDialog(QDialog):
    def __init__(self, title: str, catalog: Catalog, find: Callable[[], list[Suggestion]],
                 add: Callable[[Suggestion], None], parent: QWidget | None = None) -> None:
        """``find`` lists what fits now; ``add`` puts one suggestion in the day."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.catalog, self._find, self._add_to_day = catalog, find, add
        self.tree = named(QTreeWidget(), "fitsList",
                          translate("WhatFitsDialog", "Places that fit"))
        self.tree.setHeaderLabels([translate("WhatFitsDialog", "Place"),
                                   translate("WhatFitsDialog", "Town"),
                                   translate("WhatFitsDialog", "Detour (est.)"),
                                   translate("WhatFitsDialog", "Arrive (est.)"), ""])
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty_label = named(QLabel(empty_text(), wordWrap=True), "fitsEmpty")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "WhatFitsDialog", "Near the day's route, open when reached, and within the day's "
            "end; smallest detour first. Times are estimates."), wordWrap=True))
        layout.addWidget(self.tree)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        suggestions = self._find()
        for suggestion in suggestions:
            place = self.catalog.places[suggestion.place_id]
            item = QTreeWidgetItem([place.name, place.town,
                                    f"+{format_minutes(suggestion.detour_minutes)}",
                                    clock(suggestion.arrival), ""])
            item.setToolTip(0, place.name)
            self.tree.addTopLevelItem(item)
            button = named(QPushButton(translate("WhatFitsDialog", "Add")), "fitsAdd",
                           translate("WhatFitsDialog", "Add {place}").format(place=place.name))
            button.clicked.connect(lambda _=False, s=suggestion: self._add(s))
            self.tree.setItemWidget(item, 4, button)
        self.tree.setVisible(bool(suggestions))
        self.empty_label.setVisible(not suggestions)

    def _add(self, suggestion: Suggestion) -> None:
        self._add_to_day(suggestion)
        self.refresh()
