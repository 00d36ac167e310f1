"""msgspec's validation errors in words a user can act on, for the catalog and for plan files."""

from __future__ import annotations

import re
from typing import Any

NOT_FOUND: Any = object()
"""Passed as the value when the offending value is not known."""

_AT_PATH = re.compile(r"^(?P<what>.*?) - at `(?P<path>[^`]*)`$", re.DOTALL)
_MISSING_FIELD = re.compile(r"^Object missing required field `(?P<field>[^`]*)`$")


def split_validation_error(message: str) -> tuple[str, str]:
    """``Expected `int`, got `str` - at `$.a[0].b``` -> ``("$.a[0].b", "Expected `int`, ...")``."""
    match = _AT_PATH.match(message)
    return (match["path"], match["what"]) if match else ("$", message)


def plain_problem(problem: str, value: Any = NOT_FOUND) -> str:
    """Say what was expected (and what was found, when known), without msgspec's backticks
    and regular expressions."""
    missing = _MISSING_FIELD.match(problem)
    if missing:
        return f'missing required field "{missing["field"]}"'
    if "of length >= 1" in problem:
        return "needs at least one entry"
    if "matching regex '^https" in problem:
        problem = "Expected an https:// address"
    elif "matching regex '^(0[1-9]" in problem:
        problem = "Expected the INSEE code of a metropolitan département, such as '74'"
    elif "RFC3339 encoded date" in problem:
        problem = "Expected a date written YYYY-MM-DD"
    elif "matching regex" in problem:
        problem = "Expected a lower-case id such as 'the-takedown'"
    text = problem.replace("`", "")
    text = text[:1].lower() + text[1:]
    if value is NOT_FOUND or not text.startswith("expected "):
        return text
    return f"{value!r} is not allowed: {text}"
