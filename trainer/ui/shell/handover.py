"""One window per data folder: a second start hands over to the running instance, which raises its window.

The running instance listens on a local socket named from its data folder (a hash of the real path, so two
spellings of one folder meet, and two folders never do); a second start against the same folder, finding the
lock taken, connects, says "raise", and exits quietly. Local sockets are files in a private runtime folder
(or abstract names), never network ports.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_MS = 2000


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(os.path.realpath(data_dir).encode("utf-8", "surrogateescape")).hexdigest()
    return f"pelvic-floor-trainer-{digest[:24]}"


class HandoverServer(QObject):
    """Listens for later starts on the same data folder; ``raise_requested`` when one asks."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        name = server_name(data_dir)
        # Only the holder of the data folder's lock gets here, so a socket file left is a crashed run's.
        QLocalServer.removeServer(name)
        self.listening = self._server.listen(name)

    def close(self) -> None:
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if RAISE.strip() in bytes(socket.readAll().data()):
            self.raise_requested.emit()
        socket.disconnectFromServer()


def ask_to_raise(data_dir: Path) -> bool:
    """Ask the instance running on ``data_dir`` to raise its window; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return sent
