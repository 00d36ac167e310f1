"""Every format a plan can be exported to, registered once and listed by the window and the CLI.

Formats that need no screen register here, in ``planner.exchange``; those that need Qt (a PDF
drawn with ``QPdfWriter``) register from ``planner.ui``. An exporter gets the catalog too,
since calendars and GPS files need each place's name, address and position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.core.catalog import Catalog
from planner.core.errors import PlannerError
from planner.core.model import Plan

ExportFunction = Callable[[Plan, Catalog, Path], None]


@dataclass(frozen=True)
class Exporter:
    key: str
    """What ``--format`` takes, e.g. ``ftrip``."""
    label: str
    suffix: str
    write: ExportFunction
    """Writes the file or raises :class:`~planner.core.errors.PlanFileError`."""

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
