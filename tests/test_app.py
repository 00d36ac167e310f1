"""The command line: help, version, and where the data goes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner import __version__
from planner.app import main
from tests.core.catalog_factory import catalog_document, write_catalog


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir PATH" in out and "--version" in out and "FILM_TRIP_PLANNER_HOME" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"film-trip-planner {__version__}"


def test_data_dir_option_and_environment_variable_relocate_the_plans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--check", "--data-dir", str(tmp_path / "a")]) == 0
    assert str(tmp_path / "a" / "data" / "plans") in capsys.readouterr().out
    monkeypatch.setenv("FILM_TRIP_PLANNER_HOME", str(tmp_path / "b"))
    assert main(["--check"]) == 0
    assert str(tmp_path / "b" / "data" / "plans") in capsys.readouterr().out


def test_the_window_starts_from_the_command_line_and_closes_cleanly(qapp, tmp_path: Path):
    from PySide6.QtCore import QTimer

    from planner.store.plan_store import PlanStore

    plans = tmp_path / "data" / "plans"
    seen: list[bool] = []

    def look_then_close() -> None:
        with PlanStore(plans) as second:  # as a second window would, while the first is open
            seen.append(second.open().locked_by_other)
        qapp.closeAllWindows()

    QTimer.singleShot(300, look_then_close)
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert seen == [True], "a second window sees the folder in use while the first is open"
    assert (tmp_path / "config" / "window-state.json").is_file()
    with PlanStore(plans) as after:
        assert after.open().locked_by_other is False, "closing the window frees the folder"


def test_open_imports_a_plan_file_as_double_clicking_one_does(tmp_path: Path) -> None:
    """In a process of its own, as the desktop starts it (``--quit-after-paint`` ends it)."""
    import datetime as dt
    import os
    import subprocess
    import sys

    from planner.core import editing
    from planner.exchange.native import export_plan
    from planner.store.plan_store import PlanStore

    shared = tmp_path / "From a friend.ftrip.json"
    export_plan(editing.new_plan("A friend's Annecy", dt.date(2027, 6, 1)), shared)
    home = tmp_path / "home"
    subprocess.run([sys.executable, "-m", "planner", "--data-dir", str(home), "--open",
                    str(shared), "--quit-when-ready"], check=True, timeout=60,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True)
    with PlanStore(home / "data" / "plans") as store:
        assert [plan.name for plan in store.open().plans] == ["A friend's Annecy"]


def test_a_file_opened_while_the_app_is_open_goes_to_that_window(qapp: Any,
                                                                 tmp_path: Path) -> None:
    """The second launch hands the file over and quits; the open window imports it."""
    import datetime as dt
    import os
    import subprocess
    import sys
    import time

    from PySide6.QtNetwork import QLocalSocket

    from planner.core import editing
    from planner.exchange.native import export_plan
    from planner.ui.single_instance import server_name

    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen([sys.executable, "-m", "planner", "--data-dir", str(home)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        probe, deadline = QLocalSocket(), time.monotonic() + 60
        while True:  # until the first window listens
            probe.connectToServer(server_name(home / "data"))
            if probe.waitForConnected(200):
                probe.disconnectFromServer()
                break
            assert time.monotonic() < deadline and first.poll() is None, "the app started"
            time.sleep(0.2)
        shared = tmp_path / "shared.ftrip.json"
        export_plan(editing.new_plan("Handed over", dt.date(2027, 6, 1)), shared)
        second = subprocess.run([sys.executable, "-m", "planner", "--data-dir", str(home),
                                 "--open", str(shared)], env=env, capture_output=True,
                                text=True, timeout=60)
        assert second.returncode == 0 and "already open" in second.stdout
        deadline = time.monotonic() + 20
        while not any("Handed over" in plan.read_text(encoding="utf-8")
                      for plan in (home / "data" / "plans").glob("*.json")):
            assert time.monotonic() < deadline, "the open window imported and saved it"
            time.sleep(0.2)
    finally:
        first.kill()
        first.wait(timeout=30)


def test_a_broken_catalog_is_also_shown_in_a_window(qapp: Any, tmp_path: Path) -> None:
    """Started from a desktop menu, nobody sees stderr: the message must appear on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    document = catalog_document()
    document["films"][0]["year"] = "2001"
    path = write_catalog(tmp_path / "broken.json", document)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert main(["--catalog", str(path), "--data-dir", str(tmp_path / "home")]) == 2
    assert seen and "broken.json: films[0] (amelie), field 'year'" in seen[0]
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [], "nothing is left"



@pytest.mark.parametrize("typo", [["--datadir=/tmp/elsewhere"], ["--datadir", "/tmp/elsewhere"]])
def test_an_unknown_option_is_an_error_with_the_usage(
    typo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*typo, "--check"])
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert "usage: film-trip-planner" in error and "error:" in error
    assert "--datadir" in error or "invalid choice: '/tmp/elsewhere'" in error


def test_an_empty_data_dir_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", "", "--check"])
    assert exit_info.value.code == 2
    assert "--data-dir: the path is empty" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_check_only_reads_and_reports_every_plan_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--check", "--data-dir", str(tmp_path / "new")]) == 0
    assert not (tmp_path / "new").exists(), "--check creates no folder"

    plans = tmp_path / "home" / "data" / "plans"
    plans.mkdir(parents=True)
    (plans / "deep.json").write_bytes(
        b'{"schema_version":1,"plan":' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    (plans / "latin1.json").write_bytes(b'{"schema_version":1,"plan":{"name":"\xff"}}')
    before = sorted(p.name for p in plans.iterdir())

    assert main(["--check", "--data-dir", str(tmp_path / "home")]) == 4
    out = capsys.readouterr().out
    assert "deep.json cannot be read: not a usable file: its data is nested far too deeply" in out
    assert "latin1.json cannot be read: not valid UTF-8 text" in out
    assert sorted(p.name for p in plans.iterdir()) == before, "--check moves nothing"


def test_check_explains_an_unusable_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("not a folder")

    assert main(["--check", "--data-dir", str(tmp_path / "file")]) == 3
    error = capsys.readouterr().err
    assert "cannot use the data folder" in error and "Traceback" not in error


def test_starting_again_keeps_the_folders_and_catalog_but_not_the_file_or_timing_flags(
        tmp_path: Path) -> None:
    import subprocess
    import sys

    from planner.app import parse_args, restart_command

    args = parse_args(["--data-dir", str(tmp_path), "--open", str(tmp_path / "trip.ftrip.json"),
                       "--quit-after-paint"])
    command = restart_command(args, frozen=False)
    assert command == [sys.executable, "-m", "planner", "--data-dir", str(tmp_path)]
    assert restart_command(args, frozen=True)[1:] == ["--data-dir", str(tmp_path)]
    checked = subprocess.run([*command, "--check"], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
    assert f"0 in {tmp_path}" in checked.stdout, "the same data folder"
