"""The errors the planner raises on purpose; the window shows them through one presenter.

PlannerError
├── CatalogError        the shipped catalog cannot be used (names the file, entry and field)
└── PlanFileError       a plan file cannot be read or written (names the file and the reason)
    ├── NewerPlanError  written by a newer version of the app: opened read-only
    └── PlanImportError a file chosen for import is not a usable plan
"""

from __future__ import annotations

from pathlib import Path

from planner.core.phrase import QT_TRANSLATE_NOOP, Phrase, PhrasedError, phrase


class PlannerError(Exception):
    """Base of every error meant to be shown to the user."""


class CatalogError(PlannerError):
    """The catalog file is broken; the message says where."""

    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        self.path = Path(path)
        self.where = where
        self.problem = problem
        super().__init__(f"{self.path.name}: {where}: {problem}")


class PlanFileError(PlannerError, PhrasedError):
    """A plan file (or another file the user handed us) could not be read or written.

    The problem may be a phrase, which the window shows in its language; a plain string (a
    JSON path and what is wrong there, a system error) is shown as it is.
    """

    def __init__(self, path: Path | str, problem: str | Phrase) -> None:
        self.path = Path(path)
        self.reason = problem if isinstance(problem, Phrase) else phrase("{text}", text=problem)
        self.problem = str(self.reason)
        PhrasedError.__init__(self, phrase(QT_TRANSLATE_NOOP("core", "{file}: {problem}"),
                                           file=self.path.name, problem=self.reason))


class NewerPlanError(PlanFileError):
    """The file was written by a newer app version; we may show it but never overwrite it."""


class PlanImportError(PlanFileError):
    """A file picked for import is not a plan this app can read."""
