"""Start-up: the command line, the catalog, the plan store, and the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from planner import __version__, cli
from planner.core.catalog import Catalog, load_catalog
from planner.core.errors import CatalogError, PlannerError
from planner.exchange import Exporter, exporters, register
from planner.store.paths import HOME_ENV_VAR, AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

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
                        help="open the window, quit once it is painted (for timing start-up)")
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
    try:
        catalog = load_catalog(args.catalog or default_catalog_path())
    except CatalogError as exc:
        message = f"The film catalog is broken, so the app cannot start.\n\n{exc}"
        print(f"Film Trip Planner cannot start. {message}", file=sys.stderr)
        if not args.check and args.command is None:
            show_fatal_error(message)  # started from a desktop menu, nobody reads stderr
        return EXIT_BAD_CATALOG
    if args.check:
        return cli.run_check(catalog, paths)
    if args.command == "plans":
        return cli.list_plans(paths)
    if args.command == "export":
        return cli.export(catalog, paths, args.plan, args.format, args.output)
    if args.command == "install-desktop":
        return cli.install_desktop()
    return run_window(catalog, paths, open_file=args.open_file,
                      quit_after_paint=args.quit_after_paint)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def show_fatal_error(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _application()
    QMessageBox.critical(None, "Film Trip Planner cannot start", message)


def run_window(catalog: Catalog, paths: AppPaths, *, open_file: Path | None = None,
               quit_after_paint: bool = False) -> int:
    from PySide6.QtGui import QIcon

    from planner.core.indexes import CatalogIndexes
    from planner.store.plan_store import PlanStore
    from planner.store.settings import load_settings
    from planner.ui.i18n import install_language, resolve_language
    from planner.ui.main_window import MainWindow
    from planner.ui.workspace import Workspace

    app = _application()
    app.setApplicationName("Film Trip Planner")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(files("planner.resources").joinpath("film-trip-planner.svg"))))
    install_language(resolve_language(load_settings(paths.config_dir).language))
    store = PlanStore(paths.plans_dir)
    try:
        paths.ensure()
        result = store.open()
    except (OSError, PlannerError) as exc:
        show_fatal_error(f"The data folder {paths.data_dir} cannot be used:\n\n{exc}\n\n"
                         "Check its permissions, or start with --data-dir PATH.")
        return cli.EXIT_NO_DATA_FOLDER
    if result.locked_by_other and open_file is not None:
        from planner.ui.single_instance import hand_over

        if hand_over(paths.data_dir, open_file):  # the open window imports it instead
            store.close()
            print(f"Film Trip Planner is already open; {open_file.name} was handed to it.")
            return 0
    workspace = Workspace(catalog, result.plans, read_only=result.locked_by_other,
                          read_only_ids=frozenset(result.read_only_ids))
    window = MainWindow(workspace, CatalogIndexes(catalog), store, paths)
    if not result.locked_by_other:
        from planner.ui.single_instance import FileReceiver

        receiver = FileReceiver(paths.data_dir, window)
        receiver.file_received.connect(window.open_handed_file)
    if quit_after_paint:
        from planner.ui.first_paint import quit_after_first_paint

        quit_after_first_paint(window)
    window.welcome_if_first_run()
    window.show()
    window.adopt_load_result(result)
    if open_file is not None:
        window.plan_files.import_plan_from(open_file)
    try:
        return app.exec()
    finally:
        store.close()
