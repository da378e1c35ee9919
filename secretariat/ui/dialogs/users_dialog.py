"""An administrator's Users dialog: the logins of the shared database and their roles.

The same operations as ``secretariat user add|list|role|remove``, through ``services.users``;
PostgreSQL itself refuses them to anyone but an administrator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import users
from ..core.context import AppContext
from ..widgets.messages import FAILED, call_service, read_service

ROLES = ("reader", "editor", "admin")


def role_label(role: str) -> str:
    return {
        "reader": QCoreApplication.translate("UsersDialog", "Reader: reads, searches, prints, exports"),
        "editor": QCoreApplication.translate("UsersDialog", "Editor: also edits and imports"),
        "admin": QCoreApplication.translate("UsersDialog", "Administrator: also manages users and restores"),
    }[role]


class NewUserDialog(QDialog):
    """Login, role and the password twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. a.ataev"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("The same &again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Users of the shared database"))
        self.resize(640, 380)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.set_password)
        self.remove_button.clicked.connect(self.remove_user)
        row = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.password_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        logins = read_service(self, users.list_users, self.context.db)
        if logins is FAILED:
            logins = []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(logins))
        for row, entry in enumerate(logins):
            name = QTableWidgetItem(entry.name)
            name.setData(Qt.ItemDataRole.UserRole, entry.name)
            self.table.setItem(row, 0, name)
            role = QTableWidgetItem(role_label(entry.role.value))
            role.setData(Qt.ItemDataRole.UserRole, entry.role.value)
            self.table.setItem(row, 1, role)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    def selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return (self.table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                self.table.item(row, 1).data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.role_button, self.password_button, self.remove_button):
            button.setEnabled(chosen)

    def add_user(self) -> None:
        dialog = NewUserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            done = call_service(self, users.add_user, self.context.db, dialog.login.text(),
                                str(dialog.role.currentData()), dialog.password.text())
            if done is not FAILED:
                self.refresh()
                return

    def change_role(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        login, current = chosen
        labels = [role_label(r) for r in ROLES]
        label, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role of %1:").replace("%1", login),
                                         labels, ROLES.index(current), False)
        if ok and call_service(self, users.change_role, self.context.db, login, ROLES[labels.index(label)]) \
                is not FAILED:
            self.refresh()

    def set_password(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Set password"),
                                            self.tr("New password of %1:").replace("%1", chosen[0]),
                                            QLineEdit.EchoMode.Password)
        if ok:
            call_service(self, users.change_password, self.context.db, chosen[0], password)

    def remove_user(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove a user"),
            self.tr("Remove the login %1? That person will no longer be able to connect.").replace("%1", chosen[0]))
        if answer == QMessageBox.StandardButton.Yes and \
                call_service(self, users.remove_user, self.context.db, chosen[0]) is not FAILED:
            self.refresh()
