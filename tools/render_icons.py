"""Render the app icon (resources/film-trip-planner.svg) to PNG at the standard sizes.

Desktops that cannot use the SVG, and some menus and docks, look for these. They are written to
resources/icons/NxN.png and installed by ``film-trip-planner install-desktop``.

Usage: python tools/render_icons.py
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(QByteArray((RESOURCES / "film-trip-planner.svg").read_bytes()))
    folder = RESOURCES / "icons"
    folder.mkdir(exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"{size}x{size}.png"))
    print(f"{len(SIZES)} icons in {folder}")
    del app


if __name__ == "__main__":
    main()
