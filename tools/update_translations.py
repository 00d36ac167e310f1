"""Refresh the translation files from the code, and compile them for the app.

``lupdate`` collects every ``translate("Context", "text")`` (and ``QT_TRANSLATE_NOOP``) of
``planner/`` into ``resources/translations/film_trip_planner_fr.ts``, keeping the translations
already made; the English file holds only the plural forms ("%n stop(s)" → "1 stop", "2 stops").
Translate the new entries with Qt Linguist (``pyside6-linguist``) or any text editor, then run
this again: ``lrelease`` compiles each ``.ts`` to the ``.qm`` the app loads.

Usage: python tools/update_translations.py [--check]

With ``--check`` nothing is written: it exits with status 1 and names what is out of date
(strings in the code missing from the French file, or entries still untranslated).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "planner"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
PLURAL = re.compile(r"%L?n")
"""Where Qt puts a count (``%Ln`` with the locale's digit grouping)."""


def tool(name: str) -> str:
    """A Qt tool installed with PySide6 beside this Python."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"film_trip_planner_{language}.ts"


def update_ts(folder: Path) -> None:
    """Bring each ``.ts`` in ``folder`` up to date with the code (translations kept).

    ``lupdate`` reads a plural only from ``tr(text, None, n)``, not from ``translate(context,
    text, None, n)``: it takes that ``n`` for an old encoding argument. So every entry whose
    text holds ``%n`` is made a plural entry here, with the forms it had before; the English
    file holds those entries only.
    """
    french = ts_path("fr", folder)
    kept = {**_plural_forms(ts_path("en", folder)), **_plural_forms(french)}
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-extensions", "py", "-source-language", "en_GB",
                    "-target-language", LANGUAGES["fr"], str(SOURCES), "-ts", str(french)],
                   check=True, capture_output=True)  # it warns of the plurals made below
    tree = ElementTree.parse(french)
    _make_plurals(tree, kept_for(kept, "fr"))
    _write(tree, french)
    _write_english(tree, kept_for(kept, "en"), ts_path("en", folder))


def kept_for(kept: dict[tuple[str, str, str], list[str]], language: str
             ) -> dict[tuple[str, str], list[str]]:
    return {(context, source): forms for (lang, context, source), forms in kept.items()
            if lang == language}


def _plural_forms(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """(language, context, text) → the plural forms translated in ``ts``."""
    if not ts.exists():
        return {}
    root = ElementTree.parse(ts).getroot()
    language = (root.get("language") or "")[:2]
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if forms and all(forms):
                found[(language, context.findtext("name") or "",
                       message.findtext("source") or "")] = forms
    return found


def _make_plurals(tree: ElementTree.ElementTree, forms: dict[tuple[str, str], list[str]]
                  ) -> None:
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not PLURAL.search(source):
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            known = forms.get((context.findtext("name") or "", source))
            tail, _ = translation.tail, translation.clear()
            translation.tail = tail
            if known is None:
                translation.set("type", "unfinished")
            translation.text = "\n            "
            for number, text in enumerate(known or ["", ""]):
                form = ElementTree.SubElement(translation, "numerusform")
                form.text = text
                form.tail = "\n        " if number else "\n            "


def _write_english(french: ElementTree.ElementTree, forms: dict[tuple[str, str], list[str]],
                   target: Path) -> None:
    """The English file: the plural entries of ``french`` with their English forms."""
    root = ElementTree.Element("TS", {"version": "2.1", "language": LANGUAGES["en"],
                                      "sourcelanguage": "en_GB"})
    root.text = "\n"
    for context in french.getroot().iter("context"):
        plurals = [m for m in context.iter("message") if m.get("numerus") == "yes"]
        if not plurals:
            continue
        copy = ElementTree.SubElement(root, "context")
        copy.text, copy.tail = "\n    ", "\n"
        name = ElementTree.SubElement(copy, "name")
        name.text, name.tail = context.findtext("name"), "\n    "
        for message in plurals:
            copy.append(copy_message := ElementTree.fromstring(ElementTree.tostring(message)))
            copy_message.tail = "\n    "
        copy[-1].tail = "\n"
    tree = ElementTree.ElementTree(root)
    _make_plurals(tree, forms)
    _write(tree, target)


def _write(tree: ElementTree.ElementTree, target: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
                   check=True)


def unfinished(ts: Path) -> list[str]:
    """"context: source" of each entry with no finished translation."""
    root = ElementTree.parse(ts).getroot()
    return [f"{context.findtext('name')}: {message.findtext('source')}"
            for context in root.iter("context") for message in context.iter("message")
            if (message.find("translation") is not None and
                message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"))]


def check() -> list[str]:
    """What is out of date, without writing anything in the checkout."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, copy))
        update_ts(copy)
        problems = [f"{ts_path(language).name} is not up to date with the code: run "
                    "python tools/update_translations.py"
                    for language in LANGUAGES
                    if ts_path(language, copy).read_bytes() != ts_path(language).read_bytes()]
        for language in LANGUAGES:
            problems += [f"untranslated in {language}: {entry}"
                         for entry in unfinished(ts_path(language, copy))]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "Translations are up to date.")
        return 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    update_ts(FOLDER)
    for language in LANGUAGES:
        compile_qm(ts_path(language), ts_path(language).with_suffix(".qm"))
    for language in LANGUAGES:
        left = unfinished(ts_path(language))
        print(f"{ts_path(language).name}: {len(left)} entries to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
