"""File → Connect to a shared database…: server, port, database, login, TLS and the password.

The fields (never the password) are remembered in the settings; the password goes to the
system keyring when the person asks for it and the system has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from ..core import credentials
from ..core.settings import SHARED_DATABASE, SHARED_HOST, SHARED_LOGIN, SHARED_PORT, SHARED_SSLMODE

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
DEFAULT_PORT = SHARED_PORT.default


@dataclass(frozen=True)
class SharedDatabase:
    """Where a shared database is, without its password (this is what the settings keep)."""

    host: str
    port: int
    database: str
    login: str
    sslmode: str = "prefer"

    @property
    def account(self) -> str:
        return credentials.account(self.login, self.host, self.port, self.database)

    def url(self, password: str) -> str:
        """The SQLAlchemy URL (with the password: for connecting only, never to show)."""
        return URL.create("postgresql+psycopg", username=self.login, password=password or None,
                          host=self.host, port=self.port, database=self.database,
                          query={"sslmode": self.sslmode}).render_as_string(hide_password=False)

    def save(self, settings: QSettings) -> None:
        SHARED_HOST.set(settings, self.host)
        SHARED_PORT.set(settings, self.port)
        SHARED_DATABASE.set(settings, self.database)
        SHARED_LOGIN.set(settings, self.login)
        SHARED_SSLMODE.set(settings, self.sslmode)

    @classmethod
    def load(cls, settings: QSettings) -> "SharedDatabase | None":
        host = SHARED_HOST.get(settings)
        if not host:
            return None
        sslmode = SHARED_SSLMODE.get(settings)
        return cls(host, SHARED_PORT.get(settings), SHARED_DATABASE.get(settings), SHARED_LOGIN.get(settings),
                   sslmode if sslmode in SSL_MODES else SHARED_SSLMODE.default)


class ConnectDialog(QDialog):
    """Asks where the shared database is and the password; ``result_value()`` after ``exec()``."""

    def __init__(self, parent: QWidget | None = None, known: SharedDatabase | None = None,
                 message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("secretariat")
        self.login = QLineEdit()
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setToolTip(self.tr("TLS: “require” encrypts the connection; “verify-full” also checks "
                                        "the server's certificate."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        self.has_keyring = credentials.keyring_available()
        if self.has_keyring:
            self.remember.setChecked(True)
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This system has no keyring: the password will be asked at each "
                                             "start."))
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Encryption (sslmode):"), self.sslmode)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self.message.setObjectName("connect_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if known is not None:
            self.host.setText(known.host)
            self.port.setValue(known.port)
            self.database.setText(known.database)
            self.login.setText(known.login)
            self.sslmode.setCurrentIndex(max(0, SSL_MODES.index(known.sslmode)))
            self.password.setFocus()

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def value(self) -> SharedDatabase:
        return SharedDatabase(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                              self.login.text().strip(), str(self.sslmode.currentData()))

    def _accept(self) -> None:
        value = self.value()
        missing = [label for label, text in ((self.tr("the server"), value.host),
                                             (self.tr("the database"), value.database),
                                             (self.tr("the login"), value.login)) if not text]
        if missing:
            self.set_message(self.tr("Please fill in %1.").replace("%1", ", ".join(missing)))
            return
        self.accept()
