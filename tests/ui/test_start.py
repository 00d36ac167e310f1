"""The window's first frame: shown before the catalog and the plans are read, then filled."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.core.catalog import Catalog
from planner.core.indexes import CatalogIndexes
from planner.store.paths import AppPaths
from planner.store.plan_store import PlanStore
from planner.store.window_state import load_window_state
from planner.ui.main_window import APP_TITLE, MainWindow
from planner.ui.workspace import Workspace
from tests.ui.conftest import OpenWindow


def test_the_first_frame_has_last_times_size_and_says_it_is_opening(
    qtbot: QtBot, open_window: OpenWindow, app_paths: AppPaths
) -> None:
    window = open_window()
    window.resize(window.width(), 612)
    window.close()

    frame = MainWindow(app_paths)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.windowTitle() == APP_TITLE and frame.height() == 612
    opening = frame.centralWidget()
    assert isinstance(opening, QLabel) and opening.text() == "Opening your plans…"
    assert opening.alignment() == Qt.AlignmentFlag.AlignCenter
    assert frame.menuBar().actions() == [] and not frame.built


def test_building_the_frame_keeps_its_size_and_swaps_in_the_panels(
    qtbot: QtBot, catalog: Catalog, indexes: CatalogIndexes, app_paths: AppPaths
) -> None:
    frame = MainWindow(app_paths)
    qtbot.addWidget(frame)
    frame.resize(1000, 600)
    frame.show()
    with PlanStore(app_paths.plans_dir) as store:
        frame.build(Workspace(catalog, store.open().plans), indexes, store)
        assert frame.built and frame.centralWidget() is frame.map_view
        assert (frame.width(), frame.height()) == (1000, 600)
        assert frame.menuBar().actions()[0].text() == "&File"
        frame.close()


def test_a_frame_closed_before_it_is_filled_saves_nothing(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    frame = MainWindow(app_paths)
    qtbot.addWidget(frame)
    frame.show()
    frame.resize(700, 500)
    assert frame.close()
    assert load_window_state(app_paths.config_dir).geometry == "", "last time's layout is kept"


def test_the_first_frame_imports_neither_the_catalog_nor_the_panels() -> None:
    """What makes the first frame fast: a regression here costs a quarter of a second.

    The ``Qt`` namespace counts too: PySide6 makes its hundred-odd enums the first time it is
    taken from ``QtCore``, which costs the frame a tenth of its time.
    """
    heavy = ["planner.core.catalog", "planner.store.plan_store", "planner.ui.map",
             "planner.ui.plan_panel", "planner.ui.catalog_panel", "planner.ui.actions"]
    probe = ("import sys\n"
             "import PySide6.QtCore\n"
             "import planner.app, planner.ui.main_window, planner.ui.first_paint\n"
             f"print([name for name in {heavy!r} if name in sys.modules],\n"
             "      'Qt' in vars(PySide6.QtCore))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "[] False"

