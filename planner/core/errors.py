"""The errors the planner raises on purpose; the window shows them through one presenter.

PlannerError
├── CatalogError        the shipped catalog cannot be used (names the file, entry and field)
└── PlanFileError       a plan file cannot be read or written (names the file and the reason)
    ├── NewerPlanError  written by a newer version of the app: opened read-only
    └── PlanImportError a file chosen for import is not a usable plan
"""

from __future__ import annotations

from pathlib import Path


class PlannerError(Exception):
    """Base of every error meant to be shown to the user."""


class CatalogError(PlannerError):
    """The catalog file is broken; the message says where."""

    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        self.path = Path(path)
        self.where = where
        self.problem = problem
        super().__init__(f"{self.path.name}: {where}: {problem}")


class PlanFileError(PlannerError):
    """A plan file could not be read or written."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class NewerPlanError(PlanFileError):
    """The file was written by a newer app version; we may show it but never overwrite it."""


class PlanImportError(PlanFileError):
    """A file picked for import is not a plan this app can read."""
