"""Start-up: the command line, the catalog, the plan store, and the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from planner import __version__
from planner.core.errors import CatalogError, PlannerError
from planner.exchange import Exporter, exporters, register
from planner.store.paths import HOME_ENV_VAR, AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from planner.core.catalog import Catalog
    from planner.store.plan_store import LoadResult, PlanStore
    from planner.ui.main_window import MainWindow

EXIT_BAD_CATALOG = 2

# The PDF is drawn with Qt, so its writer lives with the window; the registry loads it only
# when a PDF is written.
register(Exporter("pdf", "Printable itinerary, A4 (PDF)", ".pdf",
                  "planner.ui.pdf_export:export_pdf"))
register(Exporter("pdf-letter", "Printable itinerary, US Letter (PDF)", ".pdf",
                  "planner.ui.pdf_export:export_pdf", {"page_size": "Letter"}))


def default_catalog_path() -> Path:
    return Path(str(files("planner.data").joinpath("catalog.json")))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="film-trip-planner",
        description="Plan a trip to the places where films and series were shot, "
                    "in Paris and the French Alps.",
        epilog=f"Plans are saved automatically. {HOME_ENV_VAR}=PATH works like --data-dir.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=_folder_argument, metavar="PATH",
                        help="keep plans, settings and caches under PATH instead of the "
                             "usual per-user folders")
    parser.add_argument("--catalog", type=Path, metavar="FILE", default=None,
                        help="use another catalog file (for checking a catalog you edit)")
    parser.add_argument("--open", type=Path, metavar="FILE", dest="open_file",
                        help="import this plan file (.ftrip.json) into your plans and show it, "
                             "as double-clicking one does")
    parser.add_argument("--quit-after-paint", action="store_true",
                        help="open the window, quit once its first frame is painted (for "
                             "timing start-up)")
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="open the window, quit once it is painted whole, with its "
                             "panels and map")
    parser.add_argument("--check", action="store_true",
                        help="read the catalog and the plans, print what is wrong and exit "
                             "(changes nothing; exit status 4 when a plan needs attention)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     title="commands (no window is opened)")
    commands.add_parser("plans", help="list the saved plans with their ids")
    export = commands.add_parser("export", help="write a plan to a file",
                                 description="Write a saved plan to a file, with no window.")
    export.add_argument("plan", metavar="PLAN", help="the plan's name or id")
    export.add_argument("-f", "--format", default="ftrip",
                        choices=[exporter.key for exporter in exporters()],
                        help="the file format (default: ftrip)")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="where to write the file")
    commands.add_parser("install-desktop",
                        help="add the app to your desktop's menu (Linux): icon, AppStream "
                             "metainfo, and plan files that open in the app")
    return parser.parse_args(argv)


def _folder_argument(text: str) -> Path:
    """An empty path would silently mean "the current folder"; refuse it instead."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the path is empty")
    return Path(text)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.resolve(args.data_dir)
    catalog_file = args.catalog or default_catalog_path()
    if args.check or args.command is not None:
        return run_command(args, paths, catalog_file)
    status, restart = run_window(catalog_file, paths, open_file=args.open_file,
                                 quit_after_paint=args.quit_after_paint,
                                 quit_when_ready=args.quit_when_ready)
    if restart:
        start_again(args)
    return status


def restart_command(args: argparse.Namespace, *,
                    frozen: bool = getattr(sys, "frozen", False)) -> list[str]:
    """How to start this app again with the same folders and catalog: a fresh window, without
    the file it was asked to open (already imported) or the timing flags."""
    program = [sys.executable] if frozen else [sys.executable, "-m", "planner"]
    if args.data_dir is not None:
        program += ["--data-dir", str(args.data_dir)]
    if args.catalog is not None:
        program += ["--catalog", str(args.catalog)]
    return program


def start_again(args: argparse.Namespace) -> None:
    """Start a new copy once this one has let go of the data folder, so it opens it whole."""
    from PySide6.QtCore import QProcess

    program, *arguments = restart_command(args)
    QProcess.startDetached(program, arguments)


def run_command(args: argparse.Namespace, paths: AppPaths, catalog_file: Path) -> int:
    """What runs with no window: ``--check`` and the commands."""
    from planner import cli

    catalog = load_catalog_or_say_why(catalog_file, in_a_window=False)
    if catalog is None:
        return EXIT_BAD_CATALOG
    if args.check:
        return cli.run_check(catalog, paths)
    if args.command == "plans":
        return cli.list_plans(paths)
    if args.command == "export":
        return cli.export(catalog, paths, args.plan, args.format, args.output)
    return cli.install_desktop()


def load_catalog_or_say_why(path: Path, *, in_a_window: bool) -> Catalog | None:
    """The catalog, or None once the reason it cannot be read has been printed (and shown in
    a window too when the app was started from a desktop menu, where nobody reads stderr)."""
    from planner.core.catalog import load_catalog

    try:
        return load_catalog(path)
    except CatalogError as exc:
        message = f"The film catalog is broken, so the app cannot start.\n\n{exc}"
        print(f"Film Trip Planner cannot start. {message}", file=sys.stderr)
        if in_a_window:
            show_fatal_error(message)
        return None


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def show_fatal_error(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _application()
    QMessageBox.critical(None, "Film Trip Planner cannot start", message)


def run_window(catalog_file: Path, paths: AppPaths, *, open_file: Path | None = None,
               quit_after_paint: bool = False,
               quit_when_ready: bool = False) -> tuple[int, bool]:
    """Show the window's frame at once, then fill it once it is on screen (see ``MainWindow``);
    the exit status, and whether the user asked to start again (a new language).

    A file to open comes first: when another window has the data folder, the file is handed to
    it, and this launch ends without showing anything.
    """
    from PySide6.QtGui import QIcon

    from planner.store.settings import load_settings
    from planner.ui.first_paint import after_first_paint, quit_after_first_paint
    from planner.ui.i18n import install_language, resolve_language
    from planner.ui.main_window import MainWindow

    app = _application()
    app.setApplicationName("Film Trip Planner")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(files("planner.resources").joinpath("film-trip-planner.svg"))))
    install_language(resolve_language(load_settings(paths.config_dir).language))
    opening = Opening(catalog_file, paths, open_file)
    if open_file is not None and not opening.open_store():
        return opening.exit_code, False
    window = MainWindow(paths)
    if quit_after_paint:
        quit_after_first_paint(window)
    after_first_paint(window, lambda: opening.fill(window, quit_when_ready=quit_when_ready))
    window.show()
    try:
        status = app.exec()
    finally:
        opening.close()
    return opening.exit_code or status, window.restart_requested


class Opening:
    """The work between the window's frame and the whole window: the catalog, the plans and
    the panels. What goes wrong is shown in a message, and the app ends with its exit code."""

    def __init__(self, catalog_file: Path, paths: AppPaths, open_file: Path | None) -> None:
        self.catalog_file = catalog_file
        self.paths = paths
        self.open_file = open_file
        self.store: PlanStore | None = None
        self.result: LoadResult | None = None
        self.exit_code = 0

    def open_store(self) -> bool:
        """Lock and read the plans; False when this launch should end (see :attr:`exit_code`)."""
        from planner import cli
        from planner.store.plan_store import PlanStore

        self.store = PlanStore(self.paths.plans_dir)
        try:
            self.paths.ensure()
            self.result = self.store.open()
        except (OSError, PlannerError) as exc:
            show_fatal_error(f"The data folder {self.paths.data_dir} cannot be used:\n\n{exc}"
                             "\n\nCheck its permissions, or start with --data-dir PATH.")
            self.exit_code = cli.EXIT_NO_DATA_FOLDER
            return False
        if self.result.locked_by_other and self.open_file is not None:
            from planner.ui.single_instance import hand_over

            if hand_over(self.paths.data_dir, self.open_file):  # the open window imports it
                print(f"Film Trip Planner is already open; {self.open_file.name} was handed "
                      "to it.")
                return False
        return True

    def fill(self, window: MainWindow, *, quit_when_ready: bool) -> None:
        """Read the catalog and the plans into the frame already on screen."""
        from planner.core.indexes import CatalogIndexes
        from planner.ui.workspace import Workspace

        catalog = load_catalog_or_say_why(self.catalog_file, in_a_window=True)
        if catalog is None:
            self._end(window, EXIT_BAD_CATALOG)
            return
        if self.result is None and not self.open_store():
            self._end(window, self.exit_code)
            return
        assert self.result is not None and self.store is not None
        result = self.result
        workspace = Workspace(catalog, result.plans, read_only=result.locked_by_other,
                              read_only_ids=frozenset(result.read_only_ids))
        window.build(workspace, CatalogIndexes(catalog), self.store)
        if not result.locked_by_other:
            from planner.ui.single_instance import FileReceiver

            receiver = FileReceiver(self.paths.data_dir, window)
            receiver.file_received.connect(window.open_handed_file)
        if quit_when_ready:
            from planner.ui.first_paint import quit_after_first_paint

            quit_after_first_paint(window)  # the next paint draws the whole window
        window.welcome_if_first_run()
        window.adopt_load_result(result)
        if self.open_file is not None:
            window.plan_files.import_plan_from(self.open_file)

    def _end(self, window: MainWindow, code: int) -> None:
        """Take the frame off the screen and leave the event loop; ``code`` becomes the exit
        status. Hidden, not closed: closing the last window would post a quit of its own,
        left pending once this one ends the loop."""
        from PySide6.QtWidgets import QApplication

        self.exit_code = code
        window.hide()
        QApplication.quit()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
