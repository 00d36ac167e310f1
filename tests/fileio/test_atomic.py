"""write_atomic: the old file survives every failure, and the previous version is kept."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner.fileio import write_atomic
from planner.fileio.atomic import remove_stale_temp_files

REPO_ROOT = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_first_write_creates_the_file_without_backup(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"

    write_atomic(target, b"first\n")

    assert target.read_bytes() == b"first\n"
    assert not (tmp_path / "plan.json.bak").exists()
    assert leftovers(tmp_path) == []


def test_second_write_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"first\n")
    write_atomic(target, b"second\n")
    write_atomic(target, b"third\n")

    assert target.read_bytes() == b"third\n"
    assert (tmp_path / "plan.json.bak").read_bytes() == b"second\n"
    assert leftovers(tmp_path) == []


def test_backup_can_be_turned_off(tmp_path: Path) -> None:
    target = tmp_path / "trip.ftrip.json"
    write_atomic(target, b"first\n", backup=False)
    write_atomic(target, b"second\n", backup=False)

    assert target.read_bytes() == b"second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trip.ftrip.json"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_permissions_of_an_existing_file_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"first\n")
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o600)

    write_atomic(target, b"second\n")

    assert target.stat().st_mode & 0o777 == 0o600


def test_failed_write_leaves_the_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"precious\n")

    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]

    assert target.read_bytes() == b"precious\n"
    assert leftovers(tmp_path) == []


def test_failure_while_keeping_the_backup_leaves_the_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"precious\n")
    # A folder squatting on the backup's name makes the backup step fail for real.
    (tmp_path / "plan.json.bak").mkdir()
    (tmp_path / "plan.json.bak" / "keep").write_bytes(b"x")

    with pytest.raises(OSError):
        write_atomic(target, b"new\n")

    assert target.read_bytes() == b"precious\n"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_disk_full_leaves_the_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"precious\n")
    # The child may only write files up to 1 kB: the write fails with EFBIG like a full disk.
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        from planner.fileio import write_atomic
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        try:
            write_atomic(Path(sys.argv[1]), b"x" * 100_000)
        except OSError as error:
            print(type(error).__name__)
        """
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        capture_output=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        check=True,
        timeout=60,
    )

    assert child.stdout.strip() == b"OSError", child.stderr
    assert target.read_bytes() == b"precious\n"
    assert leftovers(tmp_path) == []


def test_leftover_temp_file_does_not_disturb_writes(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"first\n")
    stale = tmp_path / ".plan.json.crashed.tmp"
    stale.write_bytes(b'{"half a')

    write_atomic(target, b"second\n")

    assert target.read_bytes() == b"second\n"
    assert (tmp_path / "plan.json.bak").read_bytes() == b"first\n"
    assert remove_stale_temp_files(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.json.bak"]
