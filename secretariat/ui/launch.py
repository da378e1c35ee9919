"""`secretariat` without a command: open the window on the chosen database."""

from __future__ import annotations

import logging
import sys

from ..i18n import tr
from ..logging_setup import setup_logging
from .platform_check import startup_problem

log = logging.getLogger(__name__)


def launch_gui(db_target: str | None = None) -> int:
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    setup_logging()
    from PySide6.QtWidgets import QMessageBox

    from ..db import DatabaseError, open_database
    from .application import create_application, install_excepthook
    from .context import AppContext
    from .main_window import MainWindow

    app = create_application()
    install_excepthook()
    try:
        db = open_database(db_target)
    except DatabaseError as exc:
        log.exception("Cannot open the database")
        QMessageBox.critical(None, tr("startup", "Cannot open the database"), str(exc))
        return 2
    context = AppContext(db)
    window = MainWindow(context)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()
