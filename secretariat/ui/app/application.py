"""Creating the QApplication: names, translations, style, error hook."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ... import APP_NAME, APP_ORG, __version__
from ...i18n import set_interface_language
from ..core.formatting import interface_language
from .language import apply_language, chosen_language

log = logging.getLogger(__name__)

STYLE = """
QLabel#pageHeading { font-size: 18pt; font-weight: 600; margin: 4px 0 8px 0; }
QLabel#sectionHeading { font-size: 12pt; font-weight: 600; margin-top: 10px; }
QFrame#card { border-radius: 6px; }
QLabel#cardCaption { font-weight: 600; }
QListWidget#navigation { font-size: 11pt; padding: 4px; }
QListWidget#navigation::item { padding: 8px 6px; }
"""


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, in *language* (else the one chosen in Settings, else the system's)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ORG)
    app.setApplicationVersion(__version__)
    # The window class (WM_CLASS "Secretariat" on X11, the desktop file on Wayland) and the icon.
    app.setDesktopFileName("secretariat")
    from .help import application_icon

    app.setWindowIcon(application_icon())
    apply_language(language or chosen_language(QSettings(APP_ORG, APP_NAME)))
    set_interface_language(interface_language())  # lists and pickers name organizations in it
    app.setStyleSheet(STYLE)
    return app


def install_excepthook() -> None:
    """An unexpected error is logged in full and shown as a message, not a crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None, QCoreApplication.translate("errors", "Unexpected error"),
                QCoreApplication.translate("errors", "Something went wrong: %1\n\nYour saved work is safe. "
                                           "The details are in the log file (Help → Open log folder).")
                .replace("%1", str(error)))

    sys.excepthook = hook
