"""Where the app keeps its files, so every part agrees on one set of folders."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "film-trip-planner"
HOME_ENV_VAR = "FILM_TRIP_PLANNER_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The three per-user folders: data (plans), config (settings), cache (tiles, geocoder).

    Resolving never creates anything, so a mistyped ``--data-dir`` leaves no stray folders
    behind until the app actually needs to write; call :meth:`ensure` at that point.
    """

    data_dir: Path
    config_dir: Path
    cache_dir: Path

    @property
    def plans_dir(self) -> Path:
        """One JSON file per plan lives here."""
        return self.data_dir / "plans"

    @classmethod
    def resolve(
        cls, override: Path | None = None, environ: Mapping[str, str] = os.environ
    ) -> AppPaths:
        """Pick the folders: ``--data-dir``, then ``FILM_TRIP_PLANNER_HOME``, then the OS defaults.

        An explicit root relocates all three folders together, so tests and portable installs
        never touch the user's real data.
        """
        root = override
        if root is None:
            env_value = environ.get(HOME_ENV_VAR, "").strip()
            if env_value:
                root = Path(env_value)
        if root is not None:
            root = root.expanduser()
            return cls(root / "data", root / "config", root / "cache")
        # appauthor=False keeps Windows from nesting the app name inside itself.
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """Create every folder the app writes to; harmless when they already exist."""
        for folder in (self.data_dir, self.plans_dir, self.config_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)
