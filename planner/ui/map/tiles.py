"""Optional online map tiles, fetched as OpenStreetMap's tile usage policy asks.

Only the tiles the view shows are asked for, never a bulk download; at most two requests run at
once; every request names the app in its User-Agent; tiles are kept in a disk cache, so a tile
already seen costs no request. When the server fails or there is no network, the map keeps
showing the offline base map and says so in one quiet line.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QUrl, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkDiskCache,
    QNetworkReply,
    QNetworkRequest,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from planner import __version__
from planner.core.mercator import TILE_SIZE
from planner.ui.i18n import translate
from planner.ui.map.places_item import visible_scene_rect, zoom_of

MAX_REQUESTS = 2
MAX_TILE_ZOOM = 19
MEMORY_TILES = 256
TIMEOUT_MS = 15_000
USER_AGENT = f"FilmTripPlanner/{__version__} (desktop trip planner for film locations)"
Tile = tuple[int, int, int]
"""zoom, x, y"""


def attribution() -> str:
    """The credit the tiles' licence asks for whenever they show."""
    return translate("TileFetcher", "© OpenStreetMap contributors")


class TileFetcher(QObject):
    """Fetches tiles one view at a time, at most :data:`MAX_REQUESTS` at once.

    Signals:
        tile_ready: a tile arrived (from the network or the disk cache).
        failed: why tiles could not be fetched, in words ("" once they arrive again).
    """

    tile_ready = Signal()
    failed = Signal(str)

    def __init__(self, url_template: str, cache_dir: Path, parent: QObject | None = None, *,
                 timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._template = url_template
        self._network = QNetworkAccessManager(self)
        cache = QNetworkDiskCache(self)
        cache.setCacheDirectory(str(cache_dir))
        self._network.setCache(cache)
        self._network.setTransferTimeout(timeout_ms)
        self._wanted: list[Tile] = []
        self._running: dict[Tile, QNetworkReply] = {}
        self._tiles: OrderedDict[Tile, QPixmap] = OrderedDict()
        self.error = ""

    def tile(self, tile: Tile) -> QPixmap | None:
        found = self._tiles.get(tile)
        if found is not None:
            self._tiles.move_to_end(tile)
        return found

    def want(self, tiles: list[Tile]) -> None:
        """Fetch these tiles (what the view shows now); tiles asked for earlier but no longer
        shown are not fetched."""
        self._wanted = [t for t in tiles if t not in self._tiles and t not in self._running]
        self._start_more()

    def _start_more(self) -> None:
        while self._wanted and len(self._running) < MAX_REQUESTS:
            tile = self._wanted.pop(0)
            zoom, x, y = tile
            url = self._template.format(z=zoom, x=x, y=y)
            request = QNetworkRequest(QUrl(url))
            request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
            request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                                 QNetworkRequest.CacheLoadControl.PreferCache)
            reply = self._network.get(request)
            self._running[tile] = reply
            reply.finished.connect(lambda tile=tile: self._on_reply_finished(tile))

    def _on_reply_finished(self, tile: Tile) -> None:
        reply = self._running.pop(tile)
        pixmap = QPixmap()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if reply.error() == QNetworkReply.NetworkError.NoError and pixmap.loadFromData(
                reply.readAll().data()):
            self._tiles[tile] = pixmap
            while len(self._tiles) > MEMORY_TILES:
                self._tiles.popitem(last=False)
            self._report("")
            self.tile_ready.emit()
        else:
            reason = f"HTTP {status}" if status else reply.errorString()
            self._report(translate("TileFetcher", "Online tiles unavailable ({reason}); showing "
                                   "the offline map").format(reason=reason))
        reply.deleteLater()
        self._start_more()

    def _report(self, error: str) -> None:
        if error != self.error:
            self.error = error
            self.failed.emit(error)

    @property
    def running(self) -> int:
        return len(self._running)


class TileItem(QGraphicsItem):
    """Draws the fetched tiles of the view's zoom under the markers, over the base map."""

    def __init__(self, fetcher: TileFetcher) -> None:
        super().__init__()
        self._fetcher = fetcher
        self.setZValue(-0.5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        fetcher.tile_ready.connect(self.update)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, TILE_SIZE, TILE_SIZE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        zoom = min(MAX_TILE_ZOOM, zoom_of(painter.combinedTransform().m11()))
        shown = visible_scene_rect(painter, option)
        tiles = visible_tiles(shown, zoom)
        self._fetcher.want([t for t in tiles if self._fetcher.tile(t) is None])
        size = TILE_SIZE / math.pow(2.0, zoom)  # a tile's side in scene units
        for tile in tiles:
            pixmap = self._fetcher.tile(tile)
            if pixmap is not None:
                _, x, y = tile
                painter.drawPixmap(QRectF(x * size, y * size, size, size), pixmap,
                                   QRectF(pixmap.rect()))


def visible_tiles(shown: QRectF, zoom: int) -> list[Tile]:
    """The tiles of ``zoom`` that cover a part of the scene, from the middle outwards."""
    count = 2 ** zoom
    size = TILE_SIZE / count
    first_x, last_x = max(0, math.floor(shown.left() / size)), min(
        count - 1, math.floor(shown.right() / size))
    first_y, last_y = max(0, math.floor(shown.top() / size)), min(
        count - 1, math.floor(shown.bottom() / size))
    middle = ((first_x + last_x) / 2, (first_y + last_y) / 2)
    tiles = [(zoom, x, y) for x in range(first_x, last_x + 1) for y in range(first_y, last_y + 1)]
    return sorted(tiles, key=lambda t: (t[1] - middle[0]) ** 2 + (t[2] - middle[1]) ** 2)
