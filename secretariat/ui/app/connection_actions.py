"""File → Connect to a shared database… / Open a local file / Users…, and what the role shows.

The window asks the database which role the login has (``services.users.rights``) and
hides what that role may not do; PostgreSQL refuses it anyway, and such a refusal is
shown in words (``widgets.messages``) with nothing written.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ...db import Database, DatabaseError, open_database
from ...db.paths import default_database_path
from ...services import users
from ..core import credentials
from ..core.context import AppContext
from ..dialogs.connect_dialog import ConnectDialog, SharedDatabase
from ..core.settings import DATABASE_MODE, LAST_DATABASE

log = logging.getLogger(__name__)

#: Page actions (``actions_by_name``) a reader keeps; every other one changes records.
READING_ACTIONS = frozenset({"export", "find", "print", "open", "refresh", "clear"})
#: Page buttons that change records.
WRITING_BUTTONS = ("new_button", "like_last_button", "duplicate_button", "delete_button", "progress_button",
                   "done_button", "link_button")


def connect(parent: QWidget | None, settings: QSettings, message: str = "") -> Database | None:
    """Ask for the shared database (prefilled from the settings) until it opens or the person cancels."""
    known = SharedDatabase.load(settings)
    dialog = ConnectDialog(parent, known, message)
    if known is not None:
        stored = credentials.stored_password(known.account)
        if stored:
            dialog.password.setText(stored)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        target = dialog.value()
        password = dialog.password.text()
        try:
            db = open_database(target.url(password))
        except DatabaseError as exc:
            log.warning("Cannot connect to %s: %s", target.account, exc)
            dialog.set_message(str(exc))
            continue
        target.save(settings)
        DATABASE_MODE.set(settings, "shared")
        if dialog.remember.isChecked():
            credentials.store_password(target.account, password)
        else:
            credentials.forget_password(target.account)
        return db
    return None


def connect_at_startup(settings: QSettings) -> Database | None:
    """When the window was last on a shared database: reconnect (keyring, else ask); None → local file."""
    if DATABASE_MODE.get(settings) != "shared":
        return None
    known = SharedDatabase.load(settings)
    if known is None:
        return None
    stored = credentials.stored_password(known.account)
    if stored:
        try:
            return open_database(known.url(stored))
        except DatabaseError as exc:
            log.warning("Cannot reconnect to %s: %s", known.account, exc)
            return connect(None, settings, str(exc))
    return connect(None, settings)


class ConnectionActions(QObject):
    def __init__(self, window: Any, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.connect_action = QAction(self.tr("Connect to a &shared database…"), window)
        self.connect_action.triggered.connect(self.connect_shared)
        self.local_action = QAction(self.tr("Open a &local file"), window)
        self.local_action.setToolTip(self.tr("Go back to the database file on this computer"))
        self.local_action.triggered.connect(self.open_local)
        self.users_action = QAction(self.tr("&Users…"), window)
        self.users_action.triggered.connect(self.open_users)
        self.rights = users.Rights(role=None, shared=False)
        context.database_replaced.connect(self.refresh_rights)
        window.nav.currentRowChanged.connect(lambda _row: QTimer.singleShot(0, self.apply_rights))
        self.refresh_rights()

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.connect_action)
        menu.addAction(self.local_action)
        menu.addAction(self.users_action)

    def connect_shared(self) -> None:
        db = connect(self.window, self.context.settings)
        if db is not None:
            self.context.replace_database(db)

    def open_local(self) -> None:
        path = LAST_DATABASE.get(self.context.settings) or str(default_database_path())
        if self.window.open_database_file(path):
            DATABASE_MODE.set(self.context.settings, "local")

    def open_users(self) -> None:
        from ..dialogs.users_dialog import UsersDialog

        UsersDialog(self.context, self.window).exec()

    def refresh_rights(self) -> None:
        """Ask the database (again) which role this login has, then show only what it allows."""
        try:
            self.rights = users.rights(self.context.db)
        except DatabaseError as exc:
            log.warning("Cannot ask the database for the login's role: %s", exc)
            self.rights = users.Rights(role=users.Role.READER, shared=True)
        self.apply_rights()

    def apply_rights(self) -> None:
        rights, window = self.rights, self.window
        self.local_action.setVisible(rights.shared)
        self.users_action.setVisible(rights.can_manage_users)
        spreadsheets = getattr(window, "spreadsheet_actions", None)
        if spreadsheets is not None:
            spreadsheets.import_action.setVisible(rights.can_edit)
        checkouts = getattr(window, "checkout_actions", None)
        if checkouts is not None:  # a check-out marks the meeting, a check-in writes it: editors only
            checkouts.checkout_action.setVisible(rights.can_edit)
            checkouts.checkin_action.setVisible(rights.can_edit)
        backups = getattr(window, "backup_actions", None)
        if backups is not None:  # file backups; a shared database is backed up with `secretariat backup`
            backups.backup_action.setVisible(not rights.shared)
            backups.restore_action.setVisible(not rights.shared)
        for page in getattr(window, "pages", {}).values():
            for name, action in getattr(page, "actions_by_name", {}).items():
                if name not in READING_ACTIONS:
                    action.setVisible(rights.can_edit)
            for name in WRITING_BUTTONS:
                button = getattr(page, name, None)
                if button is not None:
                    button.setVisible(rights.can_edit)
        QTimer.singleShot(0, self._show_role)

    def _show_role(self) -> None:
        """The status bar says where the data is and, on a shared database, the login's role."""
        label = self.window.db_label
        role = self.rights.role
        names = {users.Role.READER: self.tr("reader"), users.Role.EDITOR: self.tr("editor"),
                 users.Role.ADMIN: self.tr("administrator")}
        text = self.context.db.display_name
        if self.rights.shared and role is not None:
            text = self.tr("%1 — you are %2").replace("%1", text).replace("%2", names[role])
        label.setText(text)
