"""One window per data folder: a second launch hands its file to the window already open.

Double-clicking a plan while the app is open starts a second process. The data folder is
locked by the first, so instead of opening a read-only second window, the new process sends
the file's path to the first through a local socket (named after the data folder) and quits;
the first imports it and comes to the front.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 1000
MAX_MESSAGE_BYTES = 64 * 1024


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"film-trip-planner-{digest}"


def hand_over(data_dir: Path, path: Path) -> bool:
    """Send ``path`` to the window that has ``data_dir`` open; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(str(path.resolve()).encode("utf-8") + b"\n")
    sent = socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return sent


class FileReceiver(QObject):
    """Listens for paths sent by later launches on the same data folder.

    Signals:
        file_received: the path of a file another launch was asked to open.
    """

    file_received = Signal(Path)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash; we hold the lock
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_new_connection)

    def _on_new_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        buffer = bytearray()

        def read() -> None:
            buffer.extend(bytes(socket.readAll().data()))
            if len(buffer) > MAX_MESSAGE_BYTES:  # not a path: not one of our launches
                socket.abort()
                return
            if b"\n" in buffer:
                line = bytes(buffer).split(b"\n", 1)[0]
                socket.disconnectFromServer()
                text = line.decode("utf-8", errors="replace").strip()
                if text:
                    self.file_received.emit(Path(text))

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
        read()
