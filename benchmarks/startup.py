"""Start-up time: Film Trip Planner to its first painted window, against a bare PySide6 window.

The programs run offscreen, as separate processes timed from outside (process start to exit),
and quit as soon as their main window has been painted once: the app through its
``--quit-after-paint`` flag, the baseline (a QMainWindow of the same size and nothing else)
the same way. The app's first frame is its window with the title, last size and place, and
"Opening your plans…"; the panels follow at once. ``--quit-when-ready`` times that whole
window too, for information. Runs alternate between the programs so that a busy moment hits
all of them.

* warm: the files are in the operating system's cache (a run of the same program just before);
* cold: the cache is dropped before each run (``/proc/sys/vm/drop_caches``, which needs root;
  without it the cold figures are skipped and the script says so).

Both run with compiled bytecode, as an installed app does (the first run writes it).
Prints medians and the ratios to the baseline. Target: the first frame in at most 1.5 times
the bare window, cold and warm. The app starts on a fresh data folder with no plans.

Usage: python benchmarks/startup.py [--runs 5] [--warm-only]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.installEventFilter(FirstPaint(window))
window.show()
app.exec()
"""
TARGET = 1.5


def timed(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def can_drop_caches() -> bool:
    return os.access("/proc/sys/vm/drop_caches", os.W_OK)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warm-only", action="store_true", help="skip the cold runs")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed app runs from compiled .pyc files (pip writes them when it installs); a
    # shell that forbids writing them would time Python compiling our sources instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, "-m", "planner", "--data-dir", data]
        programs = {
            "bare window": [sys.executable, "-c", BARE_WINDOW],
            "first frame": [*app, "--quit-after-paint"],
            "whole window": [*app, "--quit-when-ready"],
        }
        kinds = ["warm", "cold"] if can_drop_caches() and not args.warm_only else ["warm"]
        for command in programs.values():  # a first run fills the caches and the .pyc
            timed(command, env, cold=False)
        for kind in kinds:
            times: dict[str, list[float]] = {name: [] for name in programs}
            for _ in range(args.runs):
                for name, command in programs.items():
                    times[name].append(timed(command, env, cold=kind == "cold"))
            bare, frame, whole = (statistics.median(times[name]) for name in programs)
            verdict = "meets" if frame <= TARGET * bare else "misses"
            print(f"{kind}: bare window {bare * 1000:.0f} ms, Film Trip Planner's first frame "
                  f"{frame * 1000:.0f} ms (medians of {args.runs}): {frame / bare:.2f}x, "
                  f"{verdict} the target of {TARGET}x; whole window with its panels and map "
                  f"{whole * 1000:.0f} ms ({whole / bare:.2f}x)")
        if "cold" not in kinds and not args.warm_only:
            print("cold: skipped (dropping the file cache needs root)")


if __name__ == "__main__":
    main()
