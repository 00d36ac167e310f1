"""The window's language: our translation and Qt's own, and the locale for dates and numbers.

Every visible string goes through :func:`translate` with a literal context and a literal
English text, so that ``tools/update_translations.py`` (Qt's ``lupdate``) finds it.
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from planner.core.phrase import Phrase, PhrasedError

Language = Literal["en", "fr"]
LanguageSetting = Literal["system", "en", "fr"]
LANGUAGE_NAMES: dict[Language, str] = {"en": "English", "fr": "Français"}
"""Each language in its own words, as the Preferences list shows them."""
CATALOG_PREFIX = "film_trip_planner_"


def translations_dir() -> Path:
    return Path(str(files("planner.resources").joinpath("translations")))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; ``%n`` in it becomes ``n`` with its plural form."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr_core(text: str) -> str:
    """A word of the core marked ``QT_TRANSLATE_NOOP("core", ...)``, such as "by car"."""
    return translate("core", text)


def tr_phrase(phrase: Phrase) -> str:
    """A phrase of the core in the window's language, its fields filled in as it writes them."""
    return tr_core(phrase.text).format_map({name: _localized(value) for name, value in
                                            phrase.fields.items()})


def tr_error(error: Exception) -> str:
    """An error's message in the window's language when the core gave it as a phrase."""
    return tr_phrase(error.phrase) if isinstance(error, PhrasedError) else str(error)


def _localized(value: object) -> object:
    if isinstance(value, Phrase):
        return tr_phrase(value)
    if isinstance(value, dt.date):
        return format_date(value, "ddd d MMM")
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return value


def format_date(date: dt.date, pattern: str) -> str:
    """``date`` in Qt's ``pattern`` (``"ddd d MMM"``), with the window's day and month names.
    English keeps the plain abbreviations ("Sep", not the British "Sept"), as the window has
    always written them."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        locale = QLocale.c()
    return locale.toString(QDate(date.year, date.month, date.day), pattern)


def resolve_language(setting: LanguageSetting, system: QLocale | None = None) -> Language:
    """The language to show: the one chosen in Preferences, or the system's when it is French."""
    if setting != "system":
        return setting
    system = system or QLocale.system()
    return "fr" if system.language() == QLocale.Language.French else "en"


_installed: list[QTranslator] = []


def install_language(language: Language) -> None:
    """Show the window's words in ``language`` from now on (widgets made before keep theirs),
    with dates and numbers as its speakers write them."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for name, folder in ((f"{CATALOG_PREFIX}{language}", str(translations_dir())),
                         (f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))


def locale_for(language: Language) -> QLocale:
    """The system's locale when it speaks ``language`` (its country's conventions kept), or the
    language's main one."""
    system = QLocale.system()
    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale(wanted, QLocale.Country.France if language == "fr" else
                   QLocale.Country.UnitedKingdom)
