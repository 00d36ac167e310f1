"""Online tiles from a tile server started on 127.0.0.1 in the test: never the internet."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.core.mercator import project
from planner.store.paths import AppPaths
from planner.store.settings import Settings
from planner.ui.main_window import MainWindow
from planner.ui.map.tiles import MAX_REQUESTS, TileFetcher, visible_tiles
from tests.ui.conftest import OpenWindow

TILE_GREEN = "#00ff00"


def tile_png() -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(TILE_GREEN))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@dataclass
class TileServer:
    """What the server saw, and how it answers."""

    url: str = ""
    paths: list[str] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    status: int = 200
    delay: float = 0.05
    active: int = 0
    most_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture
def tile_server() -> Iterator[TileServer]:
    state = TileServer()
    png = tile_png()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with state.lock:
                state.paths.append(self.path)
                state.agents.add(self.headers.get("User-Agent", ""))
                state.active += 1
                state.most_active = max(state.most_active, state.active)
            time.sleep(state.delay)  # long enough for requests to overlap if they were let to
            with state.lock:
                state.active -= 1
            body = png if state.status == 200 else b"server error"
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", "image/png")
                self.send_header("Cache-Control", "public, max-age=86400")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the time-out test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png"
    yield state
    server.shutdown()
    server.server_close()


def show_tiles(window: MainWindow, server: TileServer) -> None:
    window.apply_settings(Settings(online_tiles=True, tile_url=server.url))
    window.map_view.set_zoom(12)
    window.map_view.center_on(45.8992, 6.1294)


def paint(window: MainWindow) -> set[str]:
    """Paint the map now (as the screen would) and return the colours of a few of its pixels."""
    image = window.map_view.viewport().grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(5, image.width(), 37)
            for y in range(5, image.height(), 41)}


def test_tiles_are_fetched_once_politely_then_come_from_the_cache(
    qtbot: QtBot, open_window: OpenWindow, tile_server: TileServer, app_paths: AppPaths
) -> None:
    window = open_window()
    show_tiles(window, tile_server)
    fetcher = window.map_view.tile_fetcher
    assert fetcher is not None
    qtbot.waitUntil(lambda: TILE_GREEN in paint(window) and not fetcher.running, timeout=5000)
    fetched = sorted(tile_server.paths)
    assert fetched and len(fetched) == len(set(fetched)), "each tile is asked for once"
    assert all(path.startswith("/12/") for path in fetched), "only the zoom shown"
    assert tile_server.most_active <= MAX_REQUESTS
    assert all(agent.startswith("FilmTripPlanner/") for agent in tile_server.agents)
    assert list((app_paths.cache_dir / "tiles").rglob("*")), "kept on disk"

    window.apply_settings(Settings(online_tiles=True, tile_url=tile_server.url))  # memory empty
    qtbot.waitUntil(lambda: TILE_GREEN in paint(window), timeout=5000)
    assert sorted(tile_server.paths) == fetched, "the second time, the disk cache answers"


@pytest.mark.parametrize(("lat", "lon", "tile"), [
    (48.8584, 2.2945, (15, 16592, 11272)),  # the Eiffel Tower (slippy-map tile formula)
    (45.8992, 6.1294, (12, 2117, 1458)),    # Annecy's old town
])
def test_a_place_is_drawn_from_the_tile_the_tile_servers_number_it(
    lat: float, lon: float, tile: tuple[int, int, int]
) -> None:
    point = project(lat, lon)
    around = QRectF(point.x - 1e-9, point.y - 1e-9, 2e-9, 2e-9)
    assert visible_tiles(around, tile[0]) == [tile]


def test_a_failing_server_leaves_a_usable_map_that_says_so(
    qtbot: QtBot, open_window: OpenWindow, tile_server: TileServer
) -> None:
    tile_server.status = 500
    window = open_window()
    show_tiles(window, tile_server)
    paint(window)
    qtbot.waitUntil(lambda: "HTTP 500" in window.map_view.tile_error, timeout=5000)
    assert "showing the offline map" in window.map_view.tile_error
    assert TILE_GREEN not in paint(window)
    assert window.map_view.place_position("annecy-pont-des-amours") is not None


def test_a_server_that_does_not_answer_times_out(
    qtbot: QtBot, tile_server: TileServer, tmp_path: Path
) -> None:
    tile_server.delay = 3.0
    owner = QWidget()  # Qt deletes the fetcher with it, in order, when the test ends
    qtbot.addWidget(owner)
    fetcher = TileFetcher(tile_server.url, tmp_path / "tiles", owner, timeout_ms=300)
    with qtbot.waitSignal(fetcher.failed, timeout=5000) as failed:
        fetcher.want([(12, 2117, 1458)])
    assert "Online tiles unavailable" in failed.args[0]
    assert fetcher.tile((12, 2117, 1458)) is None
    qtbot.waitUntil(lambda: not fetcher.running)
