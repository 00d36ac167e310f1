"""Every format a plan can be exported to, registered once and listed by the window and the CLI.

Formats that need no screen register in ``planner.exchange``; the PDF, drawn with Qt, is
registered by the app with its module in ``planner.ui``. Each entry names the function that
writes it, imported only when a file of that format is written: the format libraries
(icalendar, gpxpy, jinja2, Qt's PDF writer) then cost nothing at start-up. An exporter gets
the catalog too, since calendars and GPS files need each place's name, address and position.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.core.errors import PlanFileError, PlannerError
from planner.core.model import Plan
from planner.core.phrase import QT_TRANSLATE_NOOP, phrase
from planner.core.travel import TRAVEL_ESTIMATES, ModeEstimate, TravelMode
from planner.fileio.atomic import write_atomic

if TYPE_CHECKING:
    from planner.core.catalog import Catalog


@dataclass(frozen=True)
class ExportOptions:
    """Choices a format may use; the others ignore them."""

    estimates: dict[TravelMode, ModeEstimate] = field(
        default_factory=lambda: dict(TRAVEL_ESTIMATES))
    """The travel estimates the times are worked out with (the user's, from Preferences)."""
    travel_legs: bool = False
    """Calendars: also an event for each leg between two stops."""
    excel_bom: bool = False
    """CSV: start with a byte-order mark, so Excel reads the file as UTF-8."""
    page_size: str = "A4"
    """PDF: "A4" or "Letter"."""


ExportFunction = Callable[[Plan, "Catalog", Path, ExportOptions], None]


def write_export(path: Path, data: bytes) -> None:
    """Write an exported file atomically; an existing file there stays whole on failure.

    Raises:
        PlanFileError: the file could not be written.
    """
    try:
        write_atomic(Path(path), data, backup=False)
    except OSError as error:
        reason = phrase(QT_TRANSLATE_NOOP("core", "could not be written: {reason}"),
                        reason=error.strerror or str(error))
        raise PlanFileError(path, reason) from error


@dataclass(frozen=True)
class Exporter:
    key: str
    """What ``--format`` takes, e.g. ``ftrip``."""
    label: str
    suffix: str
    function: str
    """``module:function`` of an :data:`ExportFunction`."""
    preset: Mapping[str, Any] = field(default_factory=dict)
    """Options this format always uses, e.g. ``{"excel_bom": True}``."""

    def write(self, plan: Plan, catalog: Catalog, path: Path,
              options: ExportOptions | None = None) -> None:
        """Write the file, or raise :class:`~planner.core.errors.PlanFileError`."""
        module, name = self.function.split(":")
        export: ExportFunction = getattr(importlib.import_module(module), name)
        export(plan, catalog, path, replace(options or ExportOptions(), **self.preset))

    @property
    def file_filter(self) -> str:
        """The entry of a file dialog's type list: ``Film Trip Planner plan (*.ftrip.json)``."""
        return f"{self.label} (*{self.suffix})"


class UnknownFormatError(PlannerError):
    """No exporter has that key."""


_EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> None:
    """Make ``exporter`` available; registering the same key again replaces it."""
    _EXPORTERS[exporter.key] = exporter


def exporters() -> list[Exporter]:
    """Every registered format, in the order they were registered."""
    return list(_EXPORTERS.values())


def exporter_for(key: str) -> Exporter:
    try:
        return _EXPORTERS[key]
    except KeyError:
        known = ", ".join(_EXPORTERS) or "none"
        raise UnknownFormatError(f'there is no "{key}" format; the formats are: {known}') \
            from None
