"""Build Film Trip Planner as a standalone one-folder app with PyInstaller.

The folder holds Python, Qt and every dependency, with the catalog, the base map, the
gazetteer, the templates and the icons, so it starts on a machine with no Python. Run it
from the repository root, in the project's virtual environment with PyInstaller installed:

    .venv/bin/pip install pyinstaller
    .venv/bin/python tools/build_bundle.py [--dist dist]

It prints where the app is and how big the folder is; start it with
``dist/film-trip-planner/film-trip-planner``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "film-trip-planner"
LEFT_BEHIND = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".mypy_cache",
               ".ruff_cache", ".pytest_cache", ".hypothesis")
EXCLUDED = ("tkinter", "pytest", "hypothesis", "mypy", "playwright", "IPython", "matplotlib")


def build(dist: Path) -> Path:
    """Build the app into ``dist``/film-trip-planner; returns the launcher's path."""
    with tempfile.TemporaryDirectory() as work:
        # The app as pip installs it (package data in place), not the checkout's editable
        # install, whose import hook PyInstaller cannot follow.
        # It is built from a clean copy: setuptools reuses a checkout's build/ folder, which
        # may still hold modules that were removed since.
        source, site = Path(work) / "source", Path(work) / "site"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_BEHIND))
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                        "--target", str(site), str(source)], check=True)
        arguments = [str(ROOT / "tools" / "bundle_entry.py"), "--name", NAME, "--onedir",
                     "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
                     "--workpath", str(Path(work) / "build"), "--specpath", work,
                     "--paths", str(site), "--collect-submodules", "planner",
                     "--collect-data", "planner",
                     # Package data folders that only exist once installed (the checkout maps
                     # them from data/ and resources/), given by hand.
                     "--hidden-import", "planner.data", "--hidden-import", "planner.resources",
                     "--add-data", f"{site / 'planner' / 'data'}{os.pathsep}planner/data",
                     "--add-data",
                     f"{site / 'planner' / 'resources'}{os.pathsep}planner/resources"]
        for module in EXCLUDED:
            arguments += ["--exclude-module", module]
        # In a process of its own, where that installed copy comes first on the path.
        subprocess.run([sys.executable, "-m", "PyInstaller", *arguments], check=True,
                       env={**os.environ, "PYTHONPATH": str(site)})
    return dist / NAME / NAME


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    launcher = build(args.dist.resolve())
    size = folder_size(launcher.parent) / 1024 / 1024
    print(f"{launcher} ({size:.0f} MB in {launcher.parent})")


if __name__ == "__main__":
    main()
