"""`secretariat` without a command: open the window on the chosen database."""

from __future__ import annotations

import gc
import logging
import sys

from ..i18n import translate
from ..logging_setup import setup_logging
from .platform_check import startup_problem

log = logging.getLogger(__name__)


def launch_gui(db_target: str | None = None, language: str | None = None) -> int:
    """The window on *db_target*, in *language* (``--lang``, for this session), else the
    language chosen in Settings, else the system's."""
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    setup_logging()
    from ..db import DatabaseError, open_database
    from .application import create_application, install_excepthook
    from .context import AppContext
    from .main_window import MainWindow

    app = create_application(language=language)
    install_excepthook()
    target = db_target
    while True:
        try:
            db = open_database(target)
            break
        except DatabaseError as exc:
            log.exception("Cannot open the database")
            target = _ask_for_another_database(str(exc), target)
            if target is None:
                return 2
    context = AppContext(db)
    window = MainWindow(context)
    window.show()
    # Everything loaded so far lives as long as the process: keep the collector from
    # rescanning it on every pause, which otherwise shows as stutter in big lists.
    gc.freeze()
    from PySide6.QtCore import QTimer

    from .meeting_editor.recovery import offer_recovery

    QTimer.singleShot(0, lambda: offer_recovery(context, window))  # minutes typed but never saved
    QTimer.singleShot(0, window.backup_actions.auto_backup)  # at most daily, in the background
    try:
        return app.exec()
    finally:
        context.db.dispose()


def _ask_for_another_database(message: str, current: str | None = None) -> str | None:
    """The chosen database cannot be used: say why, offer another file, a backup, or quitting."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .backup_actions import restore_at_startup

    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, translate("startup", "Cannot open the database"), message)
        choose = box.addButton(translate("startup", "Open another file…"), QMessageBox.ButtonRole.AcceptRole)
        restore = box.addButton(translate("startup", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is restore:
            restored = restore_at_startup(current)
            if restored is not None:
                return restored
            continue
        break
    if box.clickedButton() is not choose:
        return None
    path, _filter = QFileDialog.getOpenFileName(
        None, translate("startup", "Open database"), "", translate("startup", "Secretariat database (*.sqlite *.db);;All files (*)"))
    return path or None
