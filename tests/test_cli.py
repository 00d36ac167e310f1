"""The command line without a window: list the plans and export one, with no display."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.app import main
from planner.core import editing
from planner.core.model import Stop
from planner.exchange import exporter_for, exporters, import_plan
from planner.store.paths import AppPaths
from planner.store.plan_store import PlanStore

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data folder with two saved plans, "Lyon" and "Annecy"."""
    root = tmp_path / "home"
    paths = AppPaths.resolve(root)
    with PlanStore(paths.plans_dir) as store:
        store.open()
        for name, place in (("Lyon", "lyon-institut-lumiere"), ("Annecy", "annecy-old-town")):
            plan = editing.new_plan(name, dt.date(2027, 5, 1))
            editing.add_stop(plan, 0, 0, Stop(place_id=place))
            store.save(plan)
    return root


def test_plans_lists_each_plan_with_its_id(home: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--data-dir", str(home), "plans"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.rsplit("  ", 1)[-1] for line in lines] == ["Annecy", "Lyon"]
    assert all("1 day(s)" in line and "1 stop(s)" in line for line in lines)


def test_export_by_name_writes_a_file_that_imports_back(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "lyon.ftrip.json"

    assert main(["--data-dir", str(home), "export", "lyon", "--format", "ftrip",
                 "-o", str(target)]) == 0

    assert "exported “Lyon”" in capsys.readouterr().out
    assert import_plan(target).days[0].stops[0].place_id == "lyon-institut-lumiere"


def test_export_of_an_unknown_plan_says_so_and_writes_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nothing.ftrip.json"
    assert main(["--data-dir", str(home), "export", "Grenoble", "-o", str(target)]) == 1
    assert 'no plan is named "Grenoble"' in capsys.readouterr().err
    assert not target.exists()


def test_export_lists_the_registered_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = capsys.readouterr().out
    assert all(exporter.key in help_text for exporter in exporters())


@pytest.mark.parametrize("key", ["ftrip", "ics", "pdf"])
def test_export_works_with_no_display_at_all(home: Path, tmp_path: Path, key: str) -> None:
    """As over ssh or from cron: no DISPLAY, and Qt's platform not set for it either."""
    target = tmp_path / f"annecy{exporter_for(key).suffix}"
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(home), "export", "Annecy",
         "--format", key, "-o", str(target)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert b"Annecy" in target.read_bytes() or key == "pdf"
    if key == "pdf":
        assert target.read_bytes().startswith(b"%PDF-")
    if key == "ftrip":
        assert import_plan(target).name == "Annecy"


def test_every_format_exports_from_the_command_line(home: Path, tmp_path: Path) -> None:
    for exporter in exporters():
        target = tmp_path / f"lyon-{exporter.key}{exporter.suffix}"
        assert main(["--data-dir", str(home), "export", "Lyon", "-f", exporter.key,
                     "-o", str(target)]) == 0
        assert target.stat().st_size > 100
