"""Shared test set-up: headless Qt, the shipped catalog, and a throw-away data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest

from planner.app import default_catalog_path
from planner.core.catalog import Catalog, load_catalog
from planner.core.indexes import CatalogIndexes
from planner.store.paths import AppPaths
from tests.fake_nominatim import nominatim_server  # noqa: F401 (a fixture for every test)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(default_catalog_path())


@pytest.fixture(scope="session")
def indexes(catalog: Catalog) -> CatalogIndexes:
    """Built once for the whole run, as the app builds them once for all its windows."""
    return CatalogIndexes(catalog)


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    return paths


def external_tool(command: str, package: str) -> str:
    """The path of a system program a test reads our files with (GDAL's ogrinfo, chromium).

    ``.ci/run`` installs them and sets REQUIRE_EXTERNAL_TOOLS, so in CI a missing one fails;
    elsewhere the test is skipped with the Debian package to install.
    """
    found = shutil.which(command)
    if found:
        return found
    message = f"{command} is not installed (Debian package {package})"
    if os.environ.get("REQUIRE_EXTERNAL_TOOLS"):
        pytest.fail(message)
    pytest.skip(message)
