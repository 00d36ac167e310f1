"""Where the app's folders end up for --data-dir, the environment variable, and the default."""

from __future__ import annotations

from pathlib import Path

from planner.store.paths import HOME_ENV_VAR, AppPaths


def test_data_dir_option_relocates_every_folder(tmp_path: Path) -> None:
    root = tmp_path / "portable"
    paths = AppPaths.resolve(root, environ={HOME_ENV_VAR: str(tmp_path / "ignored")})

    assert paths == AppPaths(root / "data", root / "config", root / "cache")
    assert paths.plans_dir == root / "data" / "plans"
    assert not root.exists(), "resolving must not create folders"


def test_environment_variable_is_used_without_the_option(tmp_path: Path) -> None:
    paths = AppPaths.resolve(environ={HOME_ENV_VAR: str(tmp_path)})

    assert paths.data_dir == tmp_path / "data"
    assert paths.config_dir == tmp_path / "config"
    assert paths.cache_dir == tmp_path / "cache"


def test_default_uses_the_per_user_folders_named_after_the_app() -> None:
    paths = AppPaths.resolve(environ={HOME_ENV_VAR: "  "})

    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir):
        assert "film-trip-planner" in folder.parts
        assert folder.is_absolute()
    assert len({paths.data_dir, paths.config_dir, paths.cache_dir}) >= 2
    assert paths.plans_dir.parent == paths.data_dir


def test_ensure_creates_the_folders(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "home", environ={})

    paths.ensure()
    paths.ensure()

    for folder in (paths.data_dir, paths.plans_dir, paths.config_dir, paths.cache_dir):
        assert folder.is_dir()
