"""One window per database: a second one started on the same file is told so.

The first window listens on a local socket named after the database file (and the
user); a second start connects to it, says so, and can ask the first to come to the
front instead of opening a second window on the same data.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

RAISE = b"raise\n"
TIMEOUT_MS = 500


def server_name(database: str | Path) -> str:
    """A socket name for this user and database file (the same file however it was named)."""
    try:
        key = str(Path(database).resolve())
    except OSError:
        key = str(database)
    digest = hashlib.sha1(f"{getpass.getuser()}\0{key}".encode()).hexdigest()[:20]
    return f"secretariat-{digest}"


class InstanceGuard(QObject):
    """Holds the database's socket while this window has it open."""

    activate_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.name = ""

    @staticmethod
    def other_window(database: str | Path) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(server_name(database))
        found = socket.waitForConnected(TIMEOUT_MS)
        socket.abort()
        return found

    @staticmethod
    def bring_other_to_front(database: str | Path) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(server_name(database))
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def claim(self, database: str | Path) -> bool:
        """Listen for a second start on *database*; False if another window holds it."""
        self.release()
        name = server_name(database)
        server = QLocalServer(self)
        if not server.listen(name):
            if self.other_window(database):
                return False
            QLocalServer.removeServer(name)  # left behind by a window that crashed
            if not server.listen(name):
                return False
        server.newConnection.connect(self._on_connection)
        self.server, self.name = server, name
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.activate_requested.emit()


def ask_about_second_window(database: str | Path, parent: QWidget | None = None) -> str:
    """Tell the user the database is open elsewhere: "switch", "open" (anyway) or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("single_instance", "Already open"),
                      QCoreApplication.translate("single_instance", "%1 is already open in another Secretariat window.\n\nSwitch to that window to "
                         "go on working there. Two windows on one database each show their own view, and "
                         "what one changes the other shows only after Refresh (F5).")
                      .replace("%1", str(database)), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("secondWindow")
    switch = box.addButton(QCoreApplication.translate("single_instance", "&Switch to the open window"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(QCoreApplication.translate("single_instance", "Open a &second window"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(switch)
    box.exec()
    if box.clickedButton() is switch:
        return "switch"
    return "open" if box.clickedButton() is anyway else "quit"


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
