"""`secretariat` without a command: open the window on the chosen database."""

from __future__ import annotations

import gc
import sys

from ...logging_setup import setup_logging
from .platform_check import startup_problem


def launch_gui(db_target: str | None = None, language: str | None = None,
               quit_after_start: bool = False) -> int:
    """The window on *db_target*, in *language* (``--lang``, for this session), else the
    language chosen in Settings, else the system's.

    The window shows first, with nothing of SQLAlchemy, the models or the pages loaded;
    they are imported and the database opened (migration check, backup) in a worker
    thread, and the pages filled once it is open (``startup.Startup``).
    """
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    setup_logging()
    from PySide6.QtCore import QThreadPool, QTimer

    from ..core.context import AppContext
    from .application import create_application, install_excepthook
    from .main_window import MainWindow
    from .startup import Startup

    app = create_application(language=language)
    install_excepthook()
    settings = AppContext.default_settings()
    window = MainWindow(settings=settings)
    window.show()
    startup = Startup(window, settings, db_target, quit_after_start)
    startup.finished.connect(lambda _code: (window.close(), app.quit()))
    # Everything loaded by then lives as long as the process: keep the collector from
    # rescanning it on every pause, which otherwise shows as stutter in big lists.
    startup.ready.connect(gc.freeze)
    QTimer.singleShot(0, startup.begin)
    try:
        code = app.exec()
        return startup.exit_code if startup.exit_code is not None else code
    finally:
        # Work still running in the background (a backup at start, say) finishes before the
        # database and Qt go away; ending the process under it crashed the interpreter.
        QThreadPool.globalInstance().waitForDone()
        if startup.context is not None:
            startup.context.db.dispose()
