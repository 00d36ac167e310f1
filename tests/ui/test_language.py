"""French and English: the window in French shows no string that escaped translation.

A pseudo-language made from the French file wraps every translated string in ⟦ ⟧. Whatever the
window then shows outside the brackets must be data (film titles, place names, the user's own
words), numbers or units; an English word left over is a string the code never translated.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.core.catalog import Catalog
from planner.core.errors import PlanImportError
from planner.exchange.native import import_plan
from planner.exchange.place_import import PlaceImportError, read_places
from planner.store.geocoding import Geocoder, GeocodingError
from planner.store.plan_store import PlanStore
from planner.ui.i18n import install_language, resolve_language, tr_error, tr_phrase
from planner.ui.itinerary_model import COL_TIME
from planner.ui.main_window import MainWindow
from tests.ui.conftest import OpenWindow
from tests.ui.test_planning import select_stop
from tools import update_translations

BRACKETED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[^\W\d_]{2,}")
ALLOWED_WORDS = {
    # names that are the same in every language
    "Film", "Trip", "Planner", "OpenStreetMap", "Nominatim", "Photon", "GeoNames", "SNCF",
    "Paris", "ODbL", "CC", "BY", "OSM", "Wikidata", "IMDb",
    # file formats and units
    "GPX", "KML", "PDF", "CSV", "JSON", "GeoJSON", "ICS", "iCalendar", "HTML", "QR", "km", "mi",
    "min", "ft",
    # each language by its own name (Preferences), and OpenStreetMap's opening-hours syntax
    "English", "Français", "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "off",
}
URL = re.compile(r"https?://\S+")


QT_FRENCH = QTranslator()
QT_CONTEXTS = ("QDockWidget", "QDockWidgetTitleButton", "QDialogButtonBox", "QPlatformTheme",
               "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox", "QMessageBox")


@pytest.fixture(autouse=True)
def qt_french(qapp: object) -> None:
    if QT_FRENCH.isEmpty():
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert QT_FRENCH.load("qtbase_fr", folder), "Qt's own French ships with PySide6"


@pytest.fixture
def pseudo_language(tmp_path: Path, qapp: object) -> Iterator[None]:
    """The French file with every translation replaced by its English source in ⟦ ⟧."""
    tree = ElementTree.parse(update_translations.ts_path("fr"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms or [translation]:
            form.text = f"⟦{source}⟧"
    pseudo = tmp_path / "pseudo.ts"
    tree.write(pseudo, encoding="utf-8")
    update_translations.compile_qm(pseudo, tmp_path / "pseudo.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pseudo.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def data_strings(catalog: Catalog, window: MainWindow) -> list[str]:
    """Words that are data, not interface: longest first, so a title goes before its words."""
    texts: set[str] = set()
    for film in catalog.films.values():
        texts |= {film.title, film.original_title, film.premise, film.filming_note,
                  *film.directors, *film.cast}
    for place in catalog.places.values():
        texts |= {place.name, place.town, place.address, place.notes, place.opening_hours}
    for appearance in catalog.appearances:
        texts |= {appearance.scene, appearance.note, appearance.episode}
    sources = [url for item in (*catalog.films.values(), *catalog.places.values(),
                                *catalog.appearances) for url in item.sources]
    texts |= {urlsplit(url).netloc.removeprefix("www.") for url in sources}
    texts |= {town.name for town in catalog.towns.values()}
    for plan in window.workspace.plans:
        texts |= {plan.name, *(place.name for place in plan.custom_places)}
        texts |= {day.label for day in plan.days}
        texts |= {stop.note for day in plan.days for stop in day.stops}
    return sorted((text for text in texts if text), key=len, reverse=True)


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    def columns(parent: QModelIndex) -> int:  # a list model's columnCount is private in Python
        return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)

    for column in range(columns(QModelIndex())):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), 12)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
            if depth < 2:
                yield from walk(model.index(row, 0, parent), depth + 1)
    yield from walk(QModelIndex(), 0)


def _action_texts(actions: list[QAction]) -> Iterator[str]:
    for action in actions:
        yield from (action.text(), action.toolTip(), action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _action_texts(menu.actions())


def shown_strings(root: QWidget) -> Iterator[str]:
    """Every string ``root`` shows or says, as far as a user can reach it."""
    yield root.windowTitle()
    yield from _action_texts(root.actions())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                    widget.statusTip())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QGroupBox | QDockWidget):
            yield widget.title() if isinstance(widget, QGroupBox) else widget.windowTitle()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
            yield from (widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTextBrowser):
            yield widget.toPlainText()
        elif isinstance(widget, QMenu):
            yield widget.title()
            yield from _action_texts(widget.actions())
        if isinstance(widget, QAbstractItemView):
            yield from _item_texts(widget)
        yield from _action_texts(widget.actions())


def qt_translates(text: str) -> bool:
    """Whether ``text`` is one of Qt's own (a dock's Close button), which Qt's French
    translation covers."""
    return any(QT_FRENCH.translate(context, text) for context in QT_CONTEXTS)


def untranslated(strings: Iterator[str], data: list[str]) -> list[str]:
    found = set()
    for text in strings:
        if qt_translates(text):
            continue
        text = URL.sub(" ", re.sub(r"<[^>]+>", " ", text).replace("&", ""))
        left = text
        while (shorter := BRACKETED.sub(" ", left)) != left:
            left = shorter
        for value in data:
            if value in left:
                left = left.replace(value, " ")
        if any(word not in ALLOWED_WORDS for word in WORD.findall(left)):
            found.add(f"{text!r} leaves {left.strip()!r}")
    return sorted(found)


def sample_trip(window: MainWindow) -> None:
    """A plan with stops in Paris and the Alps, a booked time and a closed place: the window
    shows its timetable warnings and every panel has something in it."""
    workspace = window.workspace
    workspace.new_plan("Paris et les Alpes", dt.date(2027, 5, 4))  # a Tuesday
    workspace.add_places(["paris-louvre", "paris-pont-de-bir-hakeim"], 0)
    workspace.add_places(["annecy-pont-des-amours"], 0)
    workspace.add_day()


def test_the_window_in_pseudo_french_leaves_nothing_untranslated(
    qtbot: QtBot, open_window: OpenWindow, catalog: Catalog, pseudo_language: None
) -> None:
    window = open_window()
    sample_trip(window)
    qtbot.wait(50)
    problems = untranslated(shown_strings(window), data_strings(catalog, window))
    assert not problems, "\n".join(problems)


OPENERS: dict[str, Callable[[MainWindow], QWidget | None]] = {
    "preferences": lambda w: w.show_preferences(),
    "welcome": lambda w: w.show_welcome(),
    "tour": lambda w: w.start_tour(),
    "about": lambda w: w.show_about(),
    "day settings": lambda w: w.trip_dialogs.day_settings(),
    "booked time": lambda w: w.trip_dialogs.booked_time(),
    "split into days": lambda w: w.trip_dialogs.split(),
    "what fits": lambda w: w.trip_dialogs.what_fits(),
    "add my place": lambda w: w.own_places.add(),
    "recover": lambda w: w.plan_files.show_recover_dialog(),
    "stop menu": lambda w: w.plan_panel.stop_menu(),
    "map menu": lambda w: w.map_view.menus.place_menu(w.map_view.viewport().rect().center()),
}


@pytest.mark.parametrize("name", OPENERS)
def test_dialogs_and_menus_in_pseudo_french_leave_nothing_untranslated(
    qtbot: QtBot, open_window: OpenWindow, catalog: Catalog, pseudo_language: None, name: str
) -> None:
    window = open_window()
    sample_trip(window)
    select_stop(window, 0, 1)
    shown = OPENERS[name](window)
    assert shown is not None, f"{name} opens"
    problems = untranslated(shown_strings(shown), data_strings(catalog, window))
    if isinstance(shown, QMenu):
        shown.close()
    assert not problems, "\n".join(problems)


def test_the_language_follows_the_system_unless_preferences_say_otherwise() -> None:
    french, german = QLocale(QLocale.Language.French), QLocale(QLocale.Language.German)
    assert resolve_language("system", french) == "fr"
    assert resolve_language("system", german) == "en"
    assert resolve_language("en", french) == "en"
    assert resolve_language("fr", german) == "fr"


def test_french_shows_french_words_dates_decimals_and_warnings(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    install_language("fr")
    window = open_window()
    sample_trip(window)  # starts on a Tuesday, when the Louvre is closed
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Fichier", menus
    model = window.plan_panel.itinerary_model
    heading = model.index(0, 0).data()
    assert heading.startswith("Jour 1 · mar. 4 mai"), heading
    assert re.search(r"\d,\d km", heading), "a decimal comma"
    tips = str(model.index_of(0, 0).siblingAtColumn(COL_TIME).data(Qt.ItemDataRole.ToolTipRole))
    assert "Fermé à l\N{RIGHT SINGLE QUOTATION MARK}arrivée à 09:00" in tips, tips
    assert "mer. 5 mai" in tips, "the day it opens, in French"
    assert "Ferme le widget attaché" in set(shown_strings(window)), "Qt's own words too"


def test_errors_from_below_the_window_read_in_french(tmp_path: Path, qapp: object) -> None:
    install_language("fr")
    with pytest.raises(GeocodingError) as refused:
        Geocoder(tmp_path, "nominatim", "ftp://example.org")
    apostrophe = "\N{RIGHT SINGLE QUOTATION MARK}"
    assert tr_error(refused.value) == (f"L{apostrophe}adresse du service de recherche "
                                       f"« ftp://example.org » n{apostrophe}est pas une "
                                       "adresse http(s)")
    assert "is not an http(s) address" in str(refused.value), "English for the command line"


def test_a_file_that_cannot_be_imported_is_explained_in_french(tmp_path: Path,
                                                               qapp: object) -> None:
    install_language("fr")
    with pytest.raises(PlanImportError) as missing:
        import_plan(tmp_path / "voyage.ftrip.json", set())
    apostrophe = "\N{RIGHT SINGLE QUOTATION MARK}"
    assert tr_error(missing.value) == f"voyage.ftrip.json : le fichier n{apostrophe}existe pas"
    with pytest.raises(PlanImportError) as folder:
        import_plan(tmp_path, set())
    assert tr_error(folder.value).endswith(f"c{apostrophe}est un dossier, pas un fichier de plan")
    assert str(folder.value).endswith("this is a folder, not a plan file"), "English elsewhere"


def test_places_and_stored_plans_that_go_wrong_are_explained_in_french(
        tmp_path: Path, qapp: object) -> None:
    install_language("fr")
    places = tmp_path / "lieux.csv"
    places.write_text("name,lat,lon\nBelvédère,95,6.1\n", encoding="utf-8")
    with pytest.raises(PlaceImportError) as outside:
        read_places(places)
    assert tr_error(outside.value) == ("lieux.csv : ligne 2 : la latitude 95.0 est hors de "
                                       "-90 à 90")
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "cassé.json").write_bytes(b"\xff\xfe not a plan")
    with PlanStore(plans) as store:
        problem, = store.open().problems
    assert problem.quarantined_to is not None
    assert tr_phrase(problem.reason).startswith("cassé.json ne peut pas être lu : ")
    assert tr_phrase(problem.reason).endswith(f"Il a été déplacé vers quarantine/"
                                              f"{problem.quarantined_to.name}.")
    assert problem.message.startswith("cassé.json cannot be read: "), "English for the log"
