"""File ▸ Import filming data: the City of Paris filming permits, as a layer of their own.

The import runs off the window's thread behind a progress dialog with Cancel; the layer is
saved in the data folder and read again at the next start, just after the first frame. The
dataset is the city's, so its name, licence and attribution go wherever its rows show.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from planner.core.catalog import Catalog
from planner.core.errors import PlannerError
from planner.core.permits import DATASET_LICENCE, DATASET_NAME, PermitIndex, PermitLayer
from planner.exchange.permits_import import ImportCancelled, read_permits
from planner.store.permits_store import load_permits, save_permits
from planner.ui.i18n import tr_error, translate
from planner.ui.messages import show_message

PROGRESS_STEPS = 1000
PROBLEMS_SHOWN = 8


class _Signals(QObject):
    progressed = Signal(int)
    finished = Signal(object, object)
    """(the saved layer, the import's list of problems)"""
    failed = Signal(str)


class _ImportTask:
    """The import, on a thread of its own made for it.

    Not on Qt's thread pool: there, a second import that converted Lambert-93 positions
    crashed inside pyproj (PROJ keeps its state per thread); a new thread for each import
    does not. ``tests/ui/test_filming_data.py`` imports twice in a row to keep it so.
    """

    def __init__(self, path: Path, data_dir: Path) -> None:
        self.path, self.data_dir = path, data_dir
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self.thread = threading.Thread(target=self.run, name="filming-data-import",
                                       daemon=True)

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            self.signals.progressed.emit(round(PROGRESS_STEPS * done / max(total, 1)))
            return not self.cancelled.is_set()

        try:
            imported = read_permits(self.path, progress)
            if self.cancelled.is_set():
                raise ImportCancelled("import stopped")
            layer = save_permits(self.data_dir, imported.permits, imported.skipped,
                                 self.path.name)
        except ImportCancelled:
            self.signals.failed.emit("")
        except (PlannerError, OSError) as error:
            self.signals.failed.emit(tr_error(error))
        else:
            self.signals.finished.emit(layer, imported.problems)


class FilmingData(QObject):
    """The permits layer of the window, and how it gets there.

    Signals:
        layer_changed: the :class:`PermitIndex` now shown, or None.
    """

    layer_changed = Signal(object)

    def __init__(self, parent: QWidget, data_dir: Path, catalog: Catalog) -> None:
        super().__init__(parent)
        self._window, self._data_dir, self._catalog = parent, data_dir, catalog
        self.index: PermitIndex | None = None
        self._task: _ImportTask | None = None

    def load_saved(self) -> str:
        """Read the layer imported at an earlier run; returns a problem to tell, or ""."""
        try:
            layer = load_permits(self._data_dir)
        except PlannerError as error:
            return translate("FilmingData", "The filming data imported before cannot be used: "
                             "{error}").format(error=tr_error(error))
        if layer is not None:
            self._show(layer)
        return ""

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, translate("FilmingData", "Import the City of Paris filming data"), "",
            translate("FilmingData", "Filming data (*.csv *.geojson *.json)") + ";;"
            + translate("FilmingData", "All files (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> QProgressDialog | None:
        """Import ``path`` off the window's thread, behind a progress dialog with Cancel."""
        if self._task is not None:
            return None
        dialog = QProgressDialog(translate("FilmingData", "Reading {file}…").format(
            file=path.name), translate("FilmingData", "Cancel"), 0, PROGRESS_STEPS, self._window)
        dialog.setObjectName("permitsProgress")
        dialog.setWindowTitle(translate("FilmingData", "Import filming data"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        task = self._task = _ImportTask(path, self._data_dir)
        task.signals.progressed.connect(dialog.setValue)
        task.signals.finished.connect(lambda layer, problems: self._done(dialog, layer, problems))
        task.signals.failed.connect(lambda message: self._failed(dialog, path, message))
        dialog.canceled.connect(task.cancelled.set)
        dialog.show()
        task.thread.start()
        return dialog

    def _done(self, dialog: QProgressDialog, layer: PermitLayer, problems: list[str]) -> None:
        self._task = None
        dialog.close()
        self._show(layer)
        skipped = ""
        if layer.skipped_rows:
            listed = "\n".join(problems[:PROBLEMS_SHOWN])
            more = "\n…" if layer.skipped_rows > PROBLEMS_SHOWN else ""
            rows = layer.skipped_rows
            skipped = "\n\n" + translate(
                "FilmingData", "%n row(s) could not be read and were skipped:", None,
                rows) + f"\n{listed}{more}"
        permits = len(layer.permits)
        imported = translate("FilmingData", "%Ln filming permit(s) imported from {file}.", None,
                             permits).format(file=layer.source_file)
        origin = translate("FilmingData", "They come from the City of Paris dataset "
                           "\"{dataset}\", {licence}. Films of the catalog now list the permits "
                           "that match their title and year.").format(dataset=DATASET_NAME,
                                                                      licence=DATASET_LICENCE)
        show_message(self._window, translate("FilmingData", "Filming data imported"),
                     f"{imported}{skipped}\n\n{origin}", icon=QMessageBox.Icon.Information)

    def _failed(self, dialog: QProgressDialog, path: Path, message: str) -> None:
        self._task = None
        dialog.close()
        if message:  # empty when the user cancelled: nothing to say, nothing kept
            show_message(self._window, translate("FilmingData", "Filming data not imported"),
                         translate("FilmingData", "Nothing was imported from {file}.").format(
                             file=path.name) + f"\n\n{message}")

    def _show(self, layer: PermitLayer) -> None:
        self.index = PermitIndex(layer, self._catalog)
        self.layer_changed.emit(self.index)
