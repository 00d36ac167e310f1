"""Light and dark: the window follows the system's colour scheme, the map and routes too.

Qt 6 reports the system's scheme through ``QStyleHints.colorScheme``. Where the platform does
not darken the widgets itself (Fusion on many Linux desktops), a dark palette is set here. The
map's colours and the days' route colours come from :func:`map_colours` and
:func:`day_color`, which read the scheme in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Distinct on a light map and for the common colour-vision deficiencies (the Okabe-Ito
# palette); on a dark map the same hues, with white in place of black.
_DAY_COLOURS = {
    False: ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
            "#F0E442"),
    True: ("#56B4E9", "#FF7F2A", "#2BC48A", "#E396C4", "#F2B233", "#9AD3F5", "#F2F2F2",
           "#F0E442"),
}


@dataclass(frozen=True)
class MapColours:
    sea: QColor
    land: QColor
    water: QColor
    border: QColor
    coast: QColor
    town: QColor
    ink: QColor
    """The scale bar and the notes drawn over the map."""


_MAP = {
    False: MapColours(QColor("#AAD3DF"), QColor("#F2EFE9"), QColor("#AAD3DF"),
                      QColor("#9E7BB5"), QColor("#7FA9BA"), QColor("#333333"),
                      QColor("#202020")),
    True: MapColours(QColor("#1B2B36"), QColor("#2B2D31"), QColor("#23415A"),
                     QColor("#A88BC4"), QColor("#3E6A80"), QColor("#D8D8D8"),
                     QColor("#E6E6E6")),
}
_dark = [False]


def is_dark() -> bool:
    return _dark[0]


def map_colours() -> MapColours:
    return _MAP[_dark[0]]


def day_color(day: int) -> QColor:
    """The colour of a day, shared by the itinerary list and the day's route on the map."""
    colours = _DAY_COLOURS[_dark[0]]
    return QColor(colours[day % len(colours)])


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2B2D31", QPalette.ColorRole.WindowText: "#E6E6E6",
        QPalette.ColorRole.Base: "#1F2023", QPalette.ColorRole.AlternateBase: "#26282C",
        QPalette.ColorRole.Text: "#E6E6E6", QPalette.ColorRole.Button: "#33363B",
        QPalette.ColorRole.ButtonText: "#E6E6E6", QPalette.ColorRole.ToolTipBase: "#33363B",
        QPalette.ColorRole.ToolTipText: "#E6E6E6", QPalette.ColorRole.Highlight: "#3D7CC9",
        QPalette.ColorRole.HighlightedText: "#FFFFFF", QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.PlaceholderText: "#8A8D93", QPalette.ColorRole.BrightText: "#FFFFFF",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7D83"))
    return palette


class Theme(QObject):
    """Follows the system's scheme (or one forced for tests and screenshots).

    Signals:
        changed: the scheme in use changed; views repaint with the new colours.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forced: bool | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def force(self, dark: bool | None) -> None:
        """Use dark (True) or light (False) whatever the system says; None follows it again."""
        self._forced = dark
        self.apply()

    def apply(self) -> None:
        scheme = QGuiApplication.styleHints().colorScheme()
        dark = self._forced if self._forced is not None else scheme == Qt.ColorScheme.Dark
        app = QApplication.instance()
        if isinstance(app, QApplication):
            window = app.palette().color(QPalette.ColorRole.Window)
            if dark and window.lightness() > 128:  # the platform did not darken the widgets
                app.setPalette(dark_palette())
            elif not dark and window.lightness() <= 128:
                app.setPalette(app.style().standardPalette())
        if dark != _dark[0]:
            _dark[0] = dark
            self.changed.emit()
