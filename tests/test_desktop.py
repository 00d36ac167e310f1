"""Desktop integration: the files installed for the user, checked by the freedesktop tools."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from planner.desktop import APP_ID, ICON_SIZES, MIME_TYPE, install_desktop_files
from tests.conftest import external_tool


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def test_the_menu_entry_icons_metainfo_and_file_type_are_installed(tmp_path: Path) -> None:
    command = "/opt/My Apps/film-trip-planner"  # a space: the Exec key must quote it
    written = install_desktop_files(tmp_path, command)
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert entry in written
    assert 'Exec="/opt/My Apps/film-trip-planner" --open %f' in entry.read_text()
    subprocess.run([external_tool("desktop-file-validate", "desktop-file-utils"), str(entry)],
                   check=True, capture_output=True, text=True)
    metainfo = tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run([external_tool("appstreamcli", "appstream"), "validate",
                              "--no-net", str(metainfo)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    for size in ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "film-trip-planner.png"
        assert png_size(icon) == (size, size)
    external_tool("update-mime-database", "shared-mime-info")
    known = (tmp_path / "mime" / "globs2").read_text()
    assert f"{MIME_TYPE}:*.ftrip.json" in known, "the desktop now knows plan files"


def test_the_command_line_installs_into_the_xdg_data_folder(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "planner", "install-desktop"],
                            env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
                            capture_output=True, text=True, check=True, timeout=60)
    assert str(tmp_path / "applications" / f"{APP_ID}.desktop") in result.stdout
    assert "open in it" in result.stdout
