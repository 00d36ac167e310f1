"""Builds the real main window on a temporary data folder, and can rebuild it as after a restart."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from planner.core.catalog import Catalog
from planner.core.indexes import CatalogIndexes
from planner.store.paths import AppPaths
from planner.store.plan_store import LoadResult, PlanStore
from planner.ui.i18n import install_language
from planner.ui.main_window import MainWindow
from planner.ui.workspace import Workspace

OpenWindow = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """The window in English (with its plural forms), as on an English system; a test may
    switch language, and the next test starts in English again."""
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def open_window(
    qtbot: QtBot, catalog: Catalog, indexes: CatalogIndexes, app_paths: AppPaths
) -> Iterator[OpenWindow]:
    """Start the app's window as ``app.run_window`` does; call again to "restart" it."""
    stores: list[PlanStore] = []
    windows: list[MainWindow] = []

    def _open() -> MainWindow:
        for window in windows:
            if window.isVisible():
                window.close()
        for store in stores:
            store.close()
        store = PlanStore(app_paths.plans_dir)
        stores.append(store)
        result: LoadResult = store.open()
        workspace = Workspace(catalog, result.plans, read_only=result.locked_by_other,
                              read_only_ids=frozenset(result.read_only_ids))
        window = MainWindow(app_paths)
        window.build(workspace, indexes, store)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        window.adopt_load_result(result)
        windows.append(window)
        return window

    yield _open
    for window in windows:
        if window.isVisible():
            window.close()
    for store in stores:
        store.close()
