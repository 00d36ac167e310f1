"""What the command line does without a window: check, list plans, export a plan.

Nothing here imports Qt, so it runs on a server, over ssh or from cron with no display. The plans
are read without taking the folder's lock, so it also works while the window is open.
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.core.catalog import Catalog
from planner.core.errors import PlannerError
from planner.core.model import Plan
from planner.exchange import ExportOptions, exporter_for
from planner.store.paths import AppPaths
from planner.store.plan_store import LoadResult, PlanStore
from planner.store.settings import load_settings, travel_estimates

EXIT_FAILED = 1
EXIT_NO_DATA_FOLDER = 3
EXIT_PLAN_PROBLEMS = 4


def _read_plans(paths: AppPaths) -> LoadResult | None:
    try:
        with PlanStore(paths.plans_dir, inspect_only=True) as store:
            return store.open()
    except PlannerError as exc:
        print(f"Film Trip Planner cannot use the data folder {paths.data_dir}: {exc}",
              file=sys.stderr)
        return None


def run_check(catalog: Catalog, paths: AppPaths) -> int:
    """Read the catalog and the plans and say what is wrong; change nothing on disk."""
    print(f"catalog: {len(catalog.films)} titles, {len(catalog.places)} places")
    result = _read_plans(paths)
    if result is None:
        return EXIT_NO_DATA_FOLDER
    print(f"plans: {len(result.plans)} in {paths.plans_dir}, {len(result.problems)} problem(s)")
    for problem in result.problems:
        print(f"  {problem.message}")
    return EXIT_PLAN_PROBLEMS if result.problems else 0


def list_plans(paths: AppPaths) -> int:
    """One line per plan: its id, days, stops, start date and name."""
    result = _read_plans(paths)
    if result is None:
        return EXIT_NO_DATA_FOLDER
    for plan in result.plans:
        stops = sum(len(day.stops) for day in plan.days)
        print(f"{plan.id}  {len(plan.days):>2} day(s) {stops:>4} stop(s)  "
              f"from {plan.start_date:%Y-%m-%d}  {plan.name}")
    if not result.plans:
        print(f"no plans in {paths.plans_dir}", file=sys.stderr)
    return 0


def export(catalog: Catalog, paths: AppPaths, wanted: str, format_key: str, output: Path) -> int:
    """Write the plan named (or with the id) ``wanted`` to ``output`` in ``format_key``."""
    result = _read_plans(paths)
    if result is None:
        return EXIT_NO_DATA_FOLDER
    try:
        plan = find_plan(result.plans, wanted)
        exporter = exporter_for(format_key)
        options = ExportOptions(estimates=travel_estimates(load_settings(paths.config_dir)))
        exporter.write(plan, catalog, output, options)
    except PlannerError as exc:
        print(f"Not exported: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"exported “{plan.name}” as {exporter.label} to {output}")
    return 0


class PlanNotFoundError(PlannerError):
    """The command line named no plan, or more than one."""


def find_plan(plans: list[Plan], wanted: str) -> Plan:
    """The plan with id ``wanted``, or else the one plan with that name (case ignored)."""
    by_id = [plan for plan in plans if plan.id == wanted]
    if by_id:
        return by_id[0]
    by_name = [plan for plan in plans if plan.name.casefold() == wanted.strip().casefold()]
    if len(by_name) == 1:
        return by_name[0]
    if by_name:
        ids = ", ".join(plan.id for plan in by_name)
        raise PlanNotFoundError(f'{len(by_name)} plans are named "{wanted}"; give one of '
                                f"their ids: {ids}")
    raise PlanNotFoundError(f'no plan is named "{wanted}" or has that id; '
                            "film-trip-planner plans lists them")


def install_desktop() -> int:
    """Install the menu entry, icons, metainfo and the plan file type for this user."""
    from planner.desktop import install_desktop_files

    try:
        written = install_desktop_files()
    except OSError as exc:
        print(f"Film Trip Planner could not be added to the desktop: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for path in written:
        print(path)
    print("Film Trip Planner is in your desktop's menu; .ftrip.json plans open in it.")
    return 0
