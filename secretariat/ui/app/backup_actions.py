"""File → Back up now / Restore from backup…, and the daily automatic backup at start.

Backups run off the UI thread (``ui.core.ops``) with progress and Cancel. A restore is
checked first and confirmed with what the backup holds; the window's database is
disposed, the file replaced (the current one is kept as a backup), and the restored
file opened through ``AppContext.replace_database``. Settings (QSettings):
``backup/keep`` (backups kept of each kind), ``backup/auto`` (daily backup at start),
``backup/folder`` (where they go; the data folder's ``backups`` by default).
"""

from __future__ import annotations

import logging
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, APP_ORG
from ...db import Database, DatabaseError, resolve_database_url
from ...db import backup as db_backup
from ...db.backup import BackupCancelled, BackupInfo
from ...db.paths import data_dir, sqlite_path
from ...services import backups
from ...services.errors import ServiceError
from ..core.context import AppContext
from ..core.formatting import fmt_datetime, fmt_int
from ..core.ops import Cancelled, CollectionOp, Operation, Progress, on_the_writer, writer_pool
from ..widgets.messages import confirm
from ...i18n import PLURAL, translate
from ..core.settings import BACKUP_AUTO, BACKUP_FOLDER, BACKUP_KEEP

log = logging.getLogger(__name__)


def reason_label(reason: str) -> str:
    if reason == backups.AUTO:
        return translate("BackupActions", "Automatic")
    if reason == backups.MANUAL:
        return translate("BackupActions", "Made by hand")
    if reason == backups.BEFORE_RESTORE:
        return translate("BackupActions", "Before a restore")
    if reason.startswith("before-upgrade"):
        return translate("BackupActions", "Before an upgrade")
    return reason


def _size(size: int) -> str:
    return translate("BackupActions", "%1 MB").replace("%1", f"{size / 1_048_576:.1f}") if size >= 100_000 else \
        translate("BackupActions", "%1 KB").replace("%1", fmt_int(max(1, size // 1024)))


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """Our errors are already worded for the user; anything else is a bug: log it in full."""
    title = translate("BackupActions", "Backup and restore")
    if isinstance(error, (DatabaseError, ServiceError)):
        log.warning("Backup or restore refused: %s", error, exc_info=error)
        QMessageBox.warning(parent, title, str(error))
        return
    log.error("Backup or restore failed", exc_info=error)
    QMessageBox.critical(parent, title, translate("BackupActions", "Something went wrong: %1\n\nThe details are in the log file "
                                                                   "(Help → Open log folder).").replace("%1", str(error)))


def _reporter(progress: Progress, label: str) -> Callable[[int, int], bool]:
    """A db-layer progress callback that feeds ``progress`` and honours Cancel."""
    def report(done: int, total: int) -> bool:
        progress.update(done, total, label)
        return not progress.cancelled

    return report


class RestoreDialog(QDialog):
    """The backups of the open database, newest first; pick one, or another file."""

    def __init__(self, parent: QWidget | None, infos: list[BackupInfo], folder: Path,
                 keep: int, auto: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BackupActions", "Restore from backup"))
        self.setMinimumSize(620, 380)
        self.chosen: Path | None = None
        self.infos = infos
        self.folder = folder
        layout = QVBoxLayout(self)
        intro = QLabel(translate("BackupActions", "Choose the backup to go back to. The database as it is now is kept as a backup "
                                                  "too, so a restore can be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(infos), 3)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([translate("BackupActions", "Made on"),
                                              translate("BackupActions", "Kind"),
                                              translate("BackupActions", "Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(infos):
            when = QTableWidgetItem(fmt_datetime(info.made_at))
            when.setToolTip(str(info.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(reason_label(info.reason)))
            size = QTableWidgetItem(_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        if infos:
            self.table.selectRow(0)
        else:
            self.table.hide()
            layout.addWidget(QLabel(translate("BackupActions", "There are no backups in %1 yet.").replace("%1", str(folder))))
        self.table.doubleClicked.connect(lambda _index: self._restore_selected())
        layout.addWidget(self.table, 1)

        options = QHBoxLayout()
        self.auto_box = QCheckBox(translate("BackupActions", "Back up automatically once a day at start"))
        self.auto_box.setChecked(auto)
        self.keep_box = QSpinBox()
        self.keep_box.setRange(1, 365)
        self.keep_box.setValue(keep)
        self.keep_box.setPrefix(translate("BackupActions", "Keep the last "))
        self.keep_box.setSuffix(translate("BackupActions", " of each kind"))
        options.addWidget(self.auto_box)
        options.addStretch(1)
        options.addWidget(self.keep_box)
        layout.addLayout(options)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(translate("BackupActions", "Restore the selected backup…"))
        self.restore_button.setEnabled(bool(infos))
        self.other_button = QPushButton(translate("BackupActions", "Other file…"))
        self.folder_button = QPushButton(translate("BackupActions", "Show the folder"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._choose_file)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.infos[rows[0].row()].path
            self.accept()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("BackupActions", "Restore from backup"), str(self.folder),
            translate("BackupActions", "Secretariat database (*.sqlite *.db);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()


class BackupActions(QObject):
    """The backup and restore commands of one main window."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.running: Operation[Any] | None = None
        self.last_backup: Path | None = None
        self.last_restore: Any = None
        self.backup_action = QAction(translate("BackupActions", "&Back up now"), window)
        self.backup_action.setObjectName("backupNow")
        self.backup_action.triggered.connect(lambda: self.back_up_now())
        self.restore_action = QAction(translate("BackupActions", "&Restore from backup…"), window)
        self.restore_action.setObjectName("restoreBackup")
        self.restore_action.triggered.connect(self.choose_and_restore)
        # Replaceable by tests (never patched globally): how to ask and how to tell.
        self.ask: Callable[[str, str, str], bool] = lambda title, text, yes: confirm(window, title, text, yes)
        self.inform: Callable[[str, str], None] = lambda title, text: QMessageBox.information(window, title, text)
        self.fail: Callable[[BaseException], None] = lambda error: show_failure(window, error)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    # -- settings ---------------------------------------------------------------------
    def policy(self) -> backups.BackupPolicy:
        settings = self.context.settings
        try:
            keep = BACKUP_KEEP.get(settings)
        except (TypeError, ValueError):
            keep = backups.DEFAULT_KEEP
        auto = BACKUP_AUTO.get(settings)
        folder = BACKUP_FOLDER.get(settings)
        return backups.BackupPolicy(folder=Path(str(folder)) if folder else None, keep=max(1, keep), auto=auto)

    def save_policy(self, keep: int, auto: bool) -> None:
        BACKUP_KEEP.set(self.context.settings, int(keep))
        BACKUP_AUTO.set(self.context.settings, bool(auto))

    def folder(self) -> Path:
        return self.policy().folder_for(self.context.db)

    def _set_busy(self, busy: bool) -> None:
        self.backup_action.setEnabled(not busy)
        self.restore_action.setEnabled(not busy)

    def _status(self, text: str) -> None:
        bar = self.window.statusBar() if isinstance(self.window, QMainWindow) else None
        if bar is not None:
            bar.showMessage(text, 10_000)

    # -- backing up -------------------------------------------------------------------
    def back_up_now(self) -> Operation[Path] | None:
        """Back up to the backups folder, in the background, with progress and Cancel."""
        if self.running is not None:
            return None
        db, policy = self.context.db, self.policy()
        folder = policy.folder_for(db)
        label = translate("BackupActions", "Backing up the database…")

        def work(progress: Progress) -> Path:
            return backups.backup_now(db, folder=folder, keep=policy.keep, progress=_reporter(progress, label))

        def done(path: Path) -> None:
            kept = policy.keep  # a plain name: the extractor reads the count of a plural only so
            self.last_backup = path
            self._status(translate("BackupActions", "Backup written to %1").replace("%1", str(path)))
            self.inform(translate("BackupActions", "Backup made"),
                        translate("BackupActions", "The database was backed up to:\n%1\n\nThe last %n backups "
                                                   "made by hand are kept.", None, PLURAL, kept).replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            if isinstance(error, (BackupCancelled, Cancelled)):
                self._status(translate("BackupActions", "Backup cancelled; nothing was written."))
                return
            self.fail(error)

        return self._start(work, label, done, failed, writes=True)

    def auto_backup(self, now: datetime | None = None) -> Operation[Path | None] | None:
        """The daily backup at start: silent, in the background; problems go to the log."""
        db, policy = self.context.db, self.policy()
        if not policy.auto or db.path is None or self.running is not None:
            return None

        def work(progress: Progress) -> Path | None:
            return backups.auto_backup(db, policy, now=now, progress=_reporter(progress, ""))

        def done(path: Path | None) -> None:
            if path is not None:
                self.last_backup = path
                log.info("Automatic backup written to %s", path)
                self._status(translate("BackupActions", "Automatic backup written to %1").replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            log.error("The automatic backup failed: %s", error)
            self._status(translate("BackupActions", "The automatic backup failed: %1").replace("%1", str(error)))

        return self._start(work, "", done, failed, quiet=True)

    def _start(self, work: Callable[[Progress], Any], title: str, done: Callable[[Any], None],
               failed: Callable[[BaseException], None], quiet: bool = False, writes: bool = False) -> Operation[Any]:
        def finish_ok(result: Any) -> None:
            self.running = None
            self._set_busy(False)
            done(result)

        def finish_error(error: BaseException) -> None:
            self.running = None
            self._set_busy(False)
            failed(error)

        self._set_busy(True)
        operation = Operation(self.window, on_the_writer(work) if writes else work, title=title, on_done=finish_ok,
                              on_error=finish_error, show_progress_after_ms=None if quiet else 500,
                              pool=writer_pool() if writes else None)
        self.running = operation
        return operation.start()

    # -- restoring --------------------------------------------------------------------
    def choose_and_restore(self) -> None:
        if self.running is not None:
            return
        db, policy = self.context.db, self.policy()
        try:
            infos = backups.list_backups(db, policy.folder_for(db)) if db.path is not None else []
        except Exception as error:  # noqa: BLE001 - shown, not a crash
            self.fail(error)
            return
        dialog = RestoreDialog(self.window, infos, policy.folder_for(db), policy.keep, policy.auto)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.save_policy(dialog.keep_box.value(), dialog.auto_box.isChecked())
        if accepted and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def _other_windows_open(self) -> bool:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return False
        return any(isinstance(w, QMainWindow) and w is not self.window and w.isVisible()
                   for w in app.topLevelWidgets())

    def restore_from(self, source: Path) -> Operation[Any] | None:
        """Check *source*, ask, then restore it over the open database."""
        db = self.context.db
        if db.path is None or self.running is not None:
            return None
        if self._other_windows_open():
            self.inform(translate("BackupActions", "Restore from backup"),
                        translate("BackupActions", "Close the meeting windows first: what they show would "
                                                   "no longer match the restored database."))
            return None
        label = translate("BackupActions", "Checking the backup…")

        def work(progress: Progress) -> backups.BackupCheck:
            progress.update(0, 0, label)
            with tempfile.TemporaryDirectory(prefix="secretariat-check-") as scratch:
                return backups.check_backup(source, Path(scratch), db.migrator)

        def checked(check: backups.BackupCheck) -> None:
            if self.ask(translate("BackupActions", "Restore from backup"), self._confirmation(source, check),
                        translate("BackupActions", "Restore")):
                self._replace(source)

        return self._start(work, label, checked, self.fail)

    def _confirmation(self, source: Path, check: backups.BackupCheck) -> str:
        names = {"meeting": translate("BackupActions", "meetings"), "plan": translate("BackupActions", "plans"),
                 "measure": translate("BackupActions", "plan measures"),
                 "recommendation": translate("BackupActions", "recommendations"), "organization": translate("BackupActions", "organizations")}
        holds = ", ".join(f"{fmt_int(n)} {names.get(k, k)}" for k, n in check.counts.items())
        text = translate("BackupActions", "Replace the open database by the backup %1?\n\nThe backup is sound and holds %2.") \
            .replace("%1", source.name).replace("%2", holds)
        if check.latest_change is not None:
            local = check.latest_change.astimezone() if check.latest_change.tzinfo else check.latest_change
            text += "\n" + translate("BackupActions", "Its last recorded change is from %1 (UTC).").replace("%1", fmt_datetime(local))
        if check.needs_upgrade:
            text += "\n" + translate("BackupActions", "It comes from an older version and will be upgraded after a safety copy.")
        text += "\n\n" + translate("BackupActions", "Everything changed since then will be replaced. The database as it is now is "
                                                    "kept as a backup, so this can be undone.")
        return text

    def _replace(self, source: Path) -> Operation[Any]:
        old = self.context.db
        target, migrator, policy = old.path, old.migrator, self.policy()
        folder = policy.folder_for(old)
        assert target is not None
        old.dispose()  # its pooled connections are closed; the restore holds the file
        label = translate("BackupActions", "Restoring the backup…")

        def work(progress: Progress) -> tuple[Database, Any]:
            return backups.restore(target, source, folder=folder, keep=policy.keep, migrator=migrator,
                                   progress=_reporter(progress, label))

        def done(result: tuple[Database, Any]) -> None:
            new_db, outcome = result
            self.context.replace_database(new_db)
            text = translate("BackupActions", "The database was restored from %1.").replace("%1", source.name)
            if outcome.aside is not None:
                text += "\n\n" + translate("BackupActions", "The database as it was before is kept at:\n%1\nTo undo, restore that "
                                                            "file.").replace("%1", str(outcome.aside))
            self.last_restore = outcome
            self._status(translate("BackupActions", "Restored from %1").replace("%1", source.name))
            self.inform(translate("BackupActions", "Restored"), text)

        def failed(error: BaseException) -> None:
            if isinstance(error, (BackupCancelled, Cancelled)):
                self._status(translate("BackupActions", "Restore cancelled; the database was not changed."))
                return
            self.fail(error)

        return self._start(work, label, done, failed)


def restore_at_startup(target: str | None, parent: QWidget | None = None) -> str | None:
    """The database cannot be opened at start: pick one of its backups and restore it.

    Returns the path to open now, or None when nothing was restored (the person was
    told why). Runs before the main window exists, so it works in the foreground.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCursor

    path = sqlite_path(resolve_database_url(target))
    if path is None:
        return None
    settings = QSettings(APP_ORG, APP_NAME)
    folder_setting = BACKUP_FOLDER.get(settings)
    folder = Path(str(folder_setting)) if folder_setting else data_dir() / "backups"
    try:
        keep = max(1, BACKUP_KEEP.get(settings))
    except (TypeError, ValueError):
        keep = backups.DEFAULT_KEEP
    infos = db_backup.backup_infos(folder, path)
    dialog = RestoreDialog(parent, infos, folder, keep, True)
    dialog.auto_box.hide()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        chosen = dialog.chosen

        def restore() -> Any:
            restored, outcome = backups.restore(path, chosen, folder=folder, keep=keep)
            restored.dispose()
            return outcome
        outcome = CollectionOp(parent, restore).wait()  # the writer's: the window stays painted
    except Exception as error:  # noqa: BLE001 - told, and the start-up continues
        QApplication.restoreOverrideCursor()
        show_failure(parent, error)
        return None
    QApplication.restoreOverrideCursor()
    text = translate("BackupActions", "The database was restored from %1.").replace("%1", dialog.chosen.name)
    if outcome.aside is not None:
        text += "\n\n" + translate("BackupActions", "The file that could not be opened is kept at:\n%1").replace("%1", str(outcome.aside))
    QMessageBox.information(parent, translate("BackupActions", "Restored"), text)
    return str(path)
