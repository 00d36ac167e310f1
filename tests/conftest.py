"""Shared test set-up: headless Qt, the shipped catalog, and a throw-away data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from planner.app import default_catalog_path
from planner.core.catalog import Catalog, load_catalog
from planner.core.indexes import CatalogIndexes
from planner.store.paths import AppPaths


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
