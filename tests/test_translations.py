"""The translation files: every string of the code is in them, translated, and compiled.

``lupdate`` silently skips a ``translate`` call whose context or text is not a literal, so the
first test reads the code the way it cannot.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tools import update_translations

ROOT = Path(__file__).resolve().parent.parent

MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
FIELD = re.compile(r"\{[a-z_]+\}|%L?n")
ACCELERATOR = re.compile(r"&(?!&|amp;|\s)\w")
"""A keyboard accelerator, as in "&File" (not "Paris & Lyon" or an HTML "&amp;")."""


def _calls(tree: ast.AST) -> list[ast.Call]:
    """Calls of our ``translate``, Qt's ``QCoreApplication.translate`` and the markers (not,
    say, ``painter.translate(x, y)``)."""
    def name(call: ast.Call) -> str:
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                func.value.id == "QCoreApplication":
            return func.attr
        return func.id if isinstance(func, ast.Name) else ""
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and name(node) in MARKERS and len(node.args) >= 2]


def _unreadable_to_lupdate(call: ast.Call) -> str | None:
    context, text = call.args[:2]
    if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        return "its context is not a literal"
    if isinstance(text, ast.JoinedStr | ast.BinOp) or (
            isinstance(text, ast.Call) and getattr(text.func, "attr", "") == "format"):
        return "its text is built (an f-string, + or %), not a literal with {fields}"
    if len(call.args) >= 4 and not isinstance(call.args[3], ast.Name):
        return "its count is not a plain name (lupdate drops the call then): name it first"
    return None


def test_every_translate_call_is_one_lupdate_can_read() -> None:
    problems = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if path.name == "i18n.py":  # defines the helpers; its calls pass variables on
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if (why := _unreadable_to_lupdate(call)) is not None:
                problems.append(f"{path.relative_to(ROOT)}:{call.lineno}: {why}")
        for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ".tr(" in line:
                problems.append(f"{path.relative_to(ROOT)}:{line_number}: use translate(), "
                                "whose context does not change in a subclass")
    assert not problems, "\n".join(problems)


def test_the_checker_catches_what_lupdate_skips() -> None:
    code = ('translate(CONTEXT, "a")\ntranslate("A", f"b {x}")\n'
            'QCoreApplication.translate("A", "c" + d)\ntranslate("A", "ok {x}").format(x=1)\n'
            'painter.translate(0, 10)\ntranslate("A", "%n b(s)", None, len(b))\n'
            'translate("A", "%n c(s)", None, count)\n')
    found = [_unreadable_to_lupdate(call) for call in _calls(ast.parse(code))]
    assert [why is not None for why in found] == [True, True, True, True, False, False]


def test_translation_files_are_up_to_date_and_complete() -> None:
    """Every string of the code is in the French file with a translation (lupdate run in a
    scratch copy: nothing in the checkout changes)."""
    assert update_translations.check() == []


def _messages(language: str) -> list[ElementTree.Element]:
    root = ElementTree.parse(update_translations.ts_path(language)).getroot()
    return list(root.iter("message"))


def _translations(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_french_keeps_every_field_and_accelerator_of_the_english() -> None:
    problems = []
    messages = _messages("fr")
    assert len(messages) > 300, "the French file holds the window's strings"
    for message in messages:
        source = message.findtext("source") or ""
        for french in _translations(message):
            if sorted(FIELD.findall(french)) != sorted(FIELD.findall(source)):
                problems.append(f"fields differ: {source!r} → {french!r}")
            if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(french)):
                problems.append(f"keyboard accelerator lost or added: {source!r} → {french!r}")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_read_naturally() -> None:
    for message in _messages("en"):
        singular, plural = _translations(message)
        assert "(s)" not in singular + plural and FIELD.search(plural), message.findtext("source")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    ts = update_translations.ts_path(language)
    update_translations.compile_qm(ts, tmp_path / "compiled.qm")
    assert (tmp_path / "compiled.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run python tools/update_translations.py"

