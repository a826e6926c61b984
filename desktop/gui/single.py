"""One running Dubao per library: a second start hands its links to the first and quits.

Double-clicking a ``dubao://`` link while Dubao is open must open it in the window already on
screen, not start a second app on the same database.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = "activate"


def server_name(home: Path) -> str:
    digest = hashlib.sha1(f"{getpass.getuser()}:{home.resolve()}".encode()).hexdigest()[:16]
    return f"dubao-{digest}"


class SingleInstance(QObject):
    """Forward messages to a running instance, or become the one that receives them."""

    received = Signal(str)

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(home)
        self.server: QLocalServer | None = None

    def forward(self, messages: list[str]) -> bool:
        """True if another instance took the messages (this one should then quit)."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(("\n".join(messages or [ACTIVATE]) + "\n").encode("utf-8"))
        socket.flush()
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a stale socket left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    @Slot()
    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda s=socket: self._read(s))
        socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        for line in bytes(socket.readAll().data()).decode("utf-8", "replace").splitlines():
            if line.strip():
                self.received.emit(line.strip())
