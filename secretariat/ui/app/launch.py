"""`secretariat` without a command: open the window on the chosen database."""

from __future__ import annotations

import gc
import logging
import sys

from ...i18n import translate
from ...logging_setup import setup_logging
from .platform_check import startup_problem

log = logging.getLogger(__name__)


def launch_gui(db_target: str | None = None, language: str | None = None,
               quit_after_start: bool = False) -> int:
    """The window on *db_target*, in *language* (``--lang``, for this session), else the
    language chosen in Settings, else the system's."""
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    setup_logging()
    from ...db import DatabaseError, open_database
    from .application import create_application, install_excepthook
    from ..core.context import AppContext
    from .main_window import MainWindow

    app = create_application(language=language)
    install_excepthook()
    target = db_target
    db = None
    if target is None:  # the window was last on a shared database: reconnect to it
        from .connection_actions import connect_at_startup

        db = connect_at_startup(AppContext.default_settings())
    while db is None:
        try:
            db = open_database(target)
            break
        except DatabaseError as exc:
            log.exception("Cannot open the database")
            target = _ask_for_another_database(str(exc), target)
            if target is None:
                return 2
    from .single_instance import InstanceGuard, ask_about_second_window, bring_to_front

    guard = InstanceGuard(app)
    if db.path is not None and not guard.claim(db.path):
        answer = ask_about_second_window(db.path)
        if answer != "open":
            if answer == "switch":
                InstanceGuard.bring_other_to_front(db.path)
            db.dispose()
            return 0
    context = AppContext(db, AppContext.default_settings())
    window = MainWindow(context)
    guard.activate_requested.connect(lambda: bring_to_front(window))
    context.database_replaced.connect(
        lambda: guard.claim(context.db.path) if context.db.path is not None else guard.release())
    window.show()
    # Everything loaded so far lives as long as the process: keep the collector from
    # rescanning it on every pause, which otherwise shows as stutter in big lists.
    gc.freeze()
    from PySide6.QtCore import QThreadPool, QTimer

    from ..meeting_editor.recovery import offer_recovery

    if quit_after_start:
        # An installation check: the window opened; nothing is offered, backed up or changed.
        def report_and_quit() -> None:
            print(translate("startup", "Started: {title}").format(title=window.windowTitle()), flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    else:
        QTimer.singleShot(0, lambda: offer_recovery(context, window))  # minutes typed but never saved
        QTimer.singleShot(0, window.backup_actions.auto_backup)  # at most daily, in the background
    try:
        return app.exec()
    finally:
        # Work still running in the background (a backup at start, say) finishes before the
        # database and Qt go away; ending the process under it crashed the interpreter.
        QThreadPool.globalInstance().waitForDone()
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
