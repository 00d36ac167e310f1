"""The standalone build: made by tools/build_bundle.py, started where no Python is on the path."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from planner.core import editing
from planner.core.catalog import Catalog
from planner.core.model import Day, Stop
from planner.fileio.plan_codec import encode_plan

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.bundle
def test_the_standalone_build_starts_and_works_with_no_python_around(tmp_path: Path,
                                                                    catalog: Catalog) -> None:
    built = subprocess.run([sys.executable, str(ROOT / "tools" / "build_bundle.py"), "--dist",
                            str(tmp_path / "dist")], capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stderr[-3000:]
    launcher = tmp_path / "dist" / "film-trip-planner" / "film-trip-planner"
    assert str(launcher) in built.stdout and "MB" in built.stdout
    bare = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}  # no virtual environment, no PYTHONPATH

    def run(*arguments: str) -> str:
        done = subprocess.run([str(launcher), *arguments], env=bare, capture_output=True,
                              text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert run("--version").strip() == f"film-trip-planner {__version__}"
    home = tmp_path / "home"
    assert f"catalog: {len(catalog.films)} titles" in run("--check", "--data-dir", str(home))
    plan = editing.new_plan("Bundled trip", dt.date(2027, 6, 1))
    plan.days = [Day(stops=[Stop(place_id="paris-louvre"), Stop(place_id="paris-pont-des-arts")])]
    plans = home / "data" / "plans"
    plans.mkdir(parents=True, exist_ok=True)
    (plans / f"{plan.id}.json").write_bytes(encode_plan(plan))
    pdf = tmp_path / "trip.pdf"
    run("--data-dir", str(home), "export", "Bundled trip", "--format", "pdf", "-o", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF"), "the PDF writer, loaded late, is in the build"
    run("--data-dir", str(home), "--quit-when-ready")  # the window opens and paints
    assert os.access(launcher, os.X_OK)
    folder = launcher.parent
    for translation in ("film_trip_planner_fr.qm", "film_trip_planner_en.qm", "qtbase_fr.qm"):
        assert list(folder.rglob(translation)), f"{translation} is in the build"
