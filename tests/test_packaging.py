"""The built wheel alone, installed in a fresh environment outside the checkout, runs the app."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from planner import __version__
from planner.desktop import APP_ID

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"planner/data/catalog.json", "planner/resources/film-trip-planner.svg",
            "planner/resources/base_map.json.gz", "planner/py.typed",
            "planner/data/stations.json", "planner/resources/gazetteer.json.gz",
            "planner/resources/icons/256x256.png",
            "planner/resources/io.github.filmtripplanner.FilmTripPlanner.metainfo.xml",
            "planner/resources/film-trip-planner-mime.xml"} <= names

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    # The dependencies (OR-Tools and numpy among them, over 200 MB) come from the test run's
    # own environment through a .pth file rather than a second install; pip check then
    # proves the wheel's declared requirements are all met by what is found.
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    outer = [path for path in sys.path if path.endswith("site-packages")]
    Path(site, "outer-environment.pth").write_text("\n".join(outer) + "\n", encoding="utf-8")
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True, cwd=tmp_path)
    checked = subprocess.run([python, "-m", "pip", "check"], capture_output=True, text=True,
                             cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    where = subprocess.run([python, "-c", "import planner; print(planner.__file__)"],
                           check=True, capture_output=True, text=True, cwd=tmp_path)
    assert where.stdout.startswith(str(env_dir)), "the app runs from the wheel, not the checkout"
    command = str(env_dir / "bin" / "film-trip-planner")

    version = subprocess.run([command, "--version"], capture_output=True, text=True,
                             check=True, cwd=tmp_path)
    assert version.stdout.strip() == f"film-trip-planner {__version__}"
    check = subprocess.run([command, "--check", "--data-dir", str(tmp_path / "home")],
                           capture_output=True, text=True, check=True, cwd=tmp_path)
    assert "catalog:" in check.stdout and "plans: 0" in check.stdout
    desktop = subprocess.run([command, "install-desktop"], capture_output=True, text=True,
                             check=True, cwd=tmp_path,
                             env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")})
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in desktop.stdout
    assert f"Exec={command} --open %f" in entry.read_text(), "the entry starts this launcher"
