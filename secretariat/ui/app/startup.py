"""What happens after the window has shown: the database opened behind it, then the pages.

SQLAlchemy, the models and the first page are imported, and the database
opened (its migration check and the backup before an upgrade), in a worker thread while
the window says "Opening the database…"; the GUI thread stays free to paint and to
quit. A database that cannot be opened is said in words, with another file or a backup
offered; a second window on the same database is told so. Once the window is on its
database, the other pages' modules are imported in the background, ahead of their first visit.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

from ...i18n import translate

log = logging.getLogger(__name__)

# Imported in the worker while the window shows "Opening the database…", so that
# filling the window afterwards does not stop the GUI thread to import them.
PRELOAD = (
    "secretariat.db.database", "secretariat.db.migrate", "secretariat.models", "secretariat.services",
    "secretariat.ui.core.ops", "secretariat.ui.app.single_instance", "secretariat.ui.app.connection_actions",
    "secretariat.ui.app.spreadsheet_actions", "secretariat.ui.app.backup_actions",
    "secretariat.ui.app.checkout_actions", "secretariat.ui.app.search_box",
    "secretariat.ui.meeting_editor.recovery", "secretariat.ui.pages.dashboard.page",
)


# Imported in the background once the window is on its database, so that the first
# visit to each page does not stop the GUI thread to import it (40 ms for the Plans page).
PAGES = (
    "secretariat.ui.pages.meetings", "secretariat.ui.pages.action_items", "secretariat.ui.pages.plans.page",
    "secretariat.ui.pages.recommendations.page", "secretariat.ui.pages.national_reports.page",
    "secretariat.ui.pages.organizations",
)
# And the meeting editor's, the secretary's first window of the day (70 ms).
EDITOR = ("secretariat.ui.meeting_editor.window",)


class _Importing(QRunnable):
    """Imports *modules* (definitions only: none of them makes a widget when imported)."""

    def __init__(self, modules: tuple[str, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python's: kept by the Startup
        self.modules = modules

    def run(self) -> None:
        for name in self.modules:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the page imports it again when visited, and says why there
                log.exception("Could not load %s ahead of its first visit", name)
                return


class _Opening(QRunnable):
    """The worker's part: the imports, then the database opened (None: only the imports)."""

    def __init__(self, target: str | None, open_it: bool, deliver: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python's: kept by the Startup
        self.target, self.open_it, self.deliver = target, open_it, deliver

    def run(self) -> None:
        try:
            for name in PRELOAD:
                importlib.import_module(name)
            db = None
            if self.open_it:
                from ...db import open_database

                db = open_database(self.target)
        except BaseException as exc:  # noqa: BLE001 - said on the GUI thread
            self.deliver.emit(None, exc)
        else:
            self.deliver.emit(db, None)


class Startup(QObject):
    """Opens the database behind the shown window, then fills it; errors are said in words.

    ``ready`` says the window is on its database; ``finished`` carries the exit code when
    the window is to close without being used (nothing opened, a second window declined,
    the installation check done).
    """

    ready = Signal()
    finished = Signal(int)
    _loaded = Signal(object, object)  # from the worker: the database (or None), the error (or None)

    def __init__(self, window: Any, settings: Any, target: str | None, quit_after_start: bool = False) -> None:
        super().__init__(window)  # lives as long as the window it fills
        self.window, self.settings, self.target = window, settings, target
        self.quit_after_start = quit_after_start
        self.exit_code: int | None = None
        self.context: Any = None
        self._loaded.connect(self._opened, Qt.ConnectionType.QueuedConnection)
        self._guard: Any = None
        self._jobs: list[_Opening] = []

    def begin(self) -> None:
        if self.quit_after_start:  # the window has shown: what the check and the benchmark wait for
            print(translate("startup", "Started: {title}").format(title=self.window.windowTitle()), flush=True)
        from ..core.settings import DATABASE_MODE

        # The window was last on a shared database: reconnect to it (asked on this thread, below).
        shared = self.target is None and DATABASE_MODE.get(self.settings) == "shared"
        self._load(open_it=not shared)

    def _load(self, open_it: bool = True) -> None:
        job = _Opening(self.target, open_it, self._loaded)
        self._jobs.append(job)  # kept: Python must not free it while the pool still runs it
        QThreadPool.globalInstance().start(job)

    def _opened(self, db: Any, error: BaseException | None) -> None:
        from ...db import DatabaseError

        if error is not None:
            if not isinstance(error, DatabaseError):
                sys.excepthook(type(error), error, error.__traceback__)
                self._finish(1)
                return
            log.error("Cannot open the database", exc_info=error)
            self.target = _ask_for_another_database(str(error), self.target)
            if self.target is None:
                self._finish(2)
            else:
                self._load()
            return
        if not self.window.isVisible():  # closed while the database opened
            if db is not None:
                db.dispose()
            return
        if db is None:
            from .connection_actions import connect_at_startup

            db = connect_at_startup(self.settings)
            if db is None:  # not reconnected: the local file
                self._load()
                return
        self._show(db)

    def _show(self, db: Any) -> None:
        from ..core.context import AppContext
        from .single_instance import InstanceGuard, ask_about_second_window, bring_to_front

        guard = self._guard = InstanceGuard(self.window)
        if db.path is not None and not guard.claim(db.path):
            answer = ask_about_second_window(db.path, self.window)
            if answer != "open":
                if answer == "switch":
                    InstanceGuard.bring_other_to_front(db.path)
                db.dispose()
                self._finish(0)
                return
        window = self.window
        context = self.context = AppContext(db, self.settings)
        window.attach(context)
        guard.activate_requested.connect(lambda: bring_to_front(window))
        context.database_replaced.connect(
            lambda: guard.claim(context.db.path) if context.db.path is not None else guard.release())
        self.ready.emit()
        pages = _Importing(PAGES + EDITOR)
        self._jobs.append(pages)
        QThreadPool.globalInstance().start(pages)
        if self.quit_after_start:
            # An installation check: the window opened on the database; nothing is offered, backed up or changed.
            def report_and_quit() -> None:
                print(translate("startup", "Opened: {title}").format(title=window.windowTitle()), flush=True)
                self._finish(0)

            QTimer.singleShot(0, report_and_quit)
        else:
            from ..meeting_editor.recovery import offer_recovery

            QTimer.singleShot(0, lambda: offer_recovery(context, window))  # minutes typed but never saved
            QTimer.singleShot(0, window.backup_actions.auto_backup)  # at most daily, in the background

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.finished.emit(code)


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
