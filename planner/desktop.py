"""Desktop integration on Linux: the menu entry, the icon at every size, the AppStream
metainfo and the plan file type, installed for the current user.

``film-trip-planner install-desktop`` copies them into the XDG data folder (``~/.local/share``
unless ``XDG_DATA_HOME`` says otherwise). The menu entry starts this very launcher, with the
file to open, so double-clicking a ``.ftrip.json`` imports that plan and shows it, whether the
app came from pip, a virtual environment or the standalone build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

APP_ID = "io.github.filmtripplanner.FilmTripPlanner"
ICON_NAME = "film-trip-planner"
MIME_TYPE = "application/x-film-trip-plan"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def launcher() -> str:
    """How the menu entry starts the app: the launcher that is running now, by full path."""
    running = Path(sys.argv[0])
    if running.name.startswith("film-trip-planner") and running.exists():
        return str(running.resolve())
    return shutil.which("film-trip-planner") or "film-trip-planner"


def install_desktop_files(home: Path | None = None, command: str | None = None) -> list[Path]:
    """Install the desktop files under ``home`` (the XDG data folder); returns what was written.

    Raises:
        OSError: a folder or a file cannot be written.
    """
    home = home or data_home()
    resources = files("planner.resources")
    written = []

    def put(relative: str, data: bytes) -> None:
        target = home / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)

    entry = resources.joinpath(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = f"Exec={_quoted(command or launcher())} --open %f"
    entry = "\n".join(exec_line if line.startswith("Exec=") else line
                      for line in entry.splitlines()) + "\n"
    put(f"applications/{APP_ID}.desktop", entry.encode("utf-8"))
    put(f"metainfo/{APP_ID}.metainfo.xml",
        resources.joinpath(f"{APP_ID}.metainfo.xml").read_bytes())
    put(f"mime/packages/{ICON_NAME}.xml",
        resources.joinpath(f"{ICON_NAME}-mime.xml").read_bytes())
    put(f"icons/hicolor/scalable/apps/{ICON_NAME}.svg",
        resources.joinpath(f"{ICON_NAME}.svg").read_bytes())
    for size in ICON_SIZES:
        put(f"icons/hicolor/{size}x{size}/apps/{ICON_NAME}.png",
            resources.joinpath("icons", f"{size}x{size}.png").read_bytes())
    _refresh_caches(home)
    return written


def _quoted(command: str) -> str:
    """A path as the Exec key wants it (Desktop Entry spec): quoted when it holds a space or
    a reserved character, with the quoting escapes and then the string escapes applied."""
    if not any(ch in command for ch in ' \t\n"\'\\><~|&;$*?#()`'):
        return command
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in command)
    return ('"' + inner + '"').replace("\\", "\\\\")


def _refresh_caches(home: Path) -> None:
    """Let the desktop see the new file type and menu entry now (tools missing: next login)."""
    for tool, folder in (("update-mime-database", home / "mime"),
                         ("update-desktop-database", home / "applications")):
        found = shutil.which(tool)
        if found:
            subprocess.run([found, str(folder)], check=False, capture_output=True, timeout=60)
