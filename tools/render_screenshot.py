"""Render the real main window, with a two-day sample plan on the map, to a PNG for the README.

Usage: python tools/render_screenshot.py resources/screenshot.png [--dark] [--french]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from planner.app import default_catalog_path
from planner.core.catalog import load_catalog
from planner.core.indexes import CatalogIndexes
from planner.store.paths import AppPaths
from planner.store.plan_store import PlanStore
from planner.ui.catalog_models import ID_ROLE
from planner.ui.i18n import Language, install_language
from planner.ui.main_window import MainWindow
from planner.ui.workspace import Workspace

LAPTOP_SCREEN = (1366, 768)


PLAN_NAMES = {"en": "Lupin in Paris, Claire's Knee at Lake Annecy",
              "fr": "Lupin à Paris, Le Genou de Claire au lac d'Annecy"}


def render(target: Path, *, dark: bool = False, language: Language = "en") -> None:
    app = QApplication.instance() or QApplication([])
    install_language(language)
    with tempfile.TemporaryDirectory() as home:
        paths = AppPaths.resolve(Path(home))
        paths.ensure()
        with PlanStore(paths.plans_dir) as store:
            workspace = Workspace(load_catalog(default_catalog_path()), store.open().plans)
            window = MainWindow(paths)
            window.build(workspace, CatalogIndexes(workspace.catalog), store)
            window.resize(*LAPTOP_SCREEN)
            window.theme.force(dark)
            window.show()
            window.new_plan()
            workspace.rename_current(PLAN_NAMES[language])
            places = window.catalog_panel.place_model
            for day, film in enumerate(("lupin", "claires-knee")):
                if day:
                    workspace.add_day()
                window.catalog_panel.select_film(film)
                for row in range(3):
                    workspace.add_place(places.index(row, 0).data(ID_ROLE), day)
            window.catalog_panel.places_view.setCurrentIndex(places.index(1, 0))
            app.processEvents()  # let the docks take their sizes before fitting the map
            while window.map_view.base_map_item is None:  # built just after the first frame
                app.processEvents()
            window.actions_by_name["show_trip"].trigger()
            app.processEvents()
            window.grab().save(str(target))
            window.close()


if __name__ == "__main__":
    render(Path(sys.argv[1]), dark="--dark" in sys.argv[2:],
           language="fr" if "--french" in sys.argv[2:] else "en")
