"""The benchmark scripts still run on a tiny catalog; people read their figures, tests do not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_search_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "search.py"),
         "--places", "400", "--titles", "40"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=120,
    )
    for figure in ("catalog load", "median", "p95", "ratio baseline / ours", "peak RSS"):
        assert figure in result.stdout


def test_map_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "map.py"), "--places", "300",
         "--frames", "5"],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=120,
    )
    for figure in ("pan frame: median", "zoom frame: median", "first frame painted"):
        assert figure in result.stdout


def test_timetable_benchmark_runs_and_prints_its_figure() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "timetable.py")],
                            capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    assert "after an edit median" in result.stdout


def test_routing_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "routing.py"),
                             "--sizes", "6", "--cases", "1"],
                            capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    assert "0.00 % max  exact (Held-Karp)" in result.stdout


def test_exports_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "exports.py"),
                             "--runs", "1", "--days", "1"],
                            capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    assert "pdf:" in result.stdout and "each format once" in result.stdout


def test_startup_benchmark_runs_and_prints_its_figures() -> None:
    """Also proves that ``--quit-after-paint`` and ``--quit-when-ready`` end the app."""
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "startup.py"),
                             "--runs", "1", "--warm-only"],
                            capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    assert "warm: bare window" in result.stdout and "whole window" in result.stdout


def test_scale_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"),
                             "--plans", "30", "--places", "2000"],
                            capture_output=True, text=True, check=True, cwd=ROOT, timeout=180)
    for figure in ("plan list: 30 plans listed", "save: a 500-stop plan saved", "MB peak"):
        assert figure in result.stdout


def test_permits_benchmark_runs_and_prints_its_figures() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "permits.py"),
                             "--rows", "500"],
                            capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    assert "csv: 500 permits imported" in result.stdout
    assert "geojson: 500 permits imported" in result.stdout
