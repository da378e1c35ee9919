"""The window on a shared PostgreSQL database: connecting, what each role sees, the Users dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from secretariat.ui.app import connection_actions
from secretariat.ui.core.context import AppContext
from secretariat.ui.dialogs.connect_dialog import ConnectDialog, SharedDatabase
from secretariat.ui.dialogs.users_dialog import UsersDialog
from secretariat.ui.app.main_window import MainWindow


def _window(qtbot, db, settings) -> MainWindow:
    from secretariat.ui.app.application import create_application

    create_application()
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_reader_sees_no_writing_controls_and_admin_sees_users(qtbot, shared, settings):
    reader = shared.open("reader")
    window = _window(qtbot, reader, settings)
    actions = window.connection_actions
    assert actions.rights.role == "reader"
    window.show_area("meetings")
    qtbot.wait(10)
    meetings_page = window.pages["meetings"]
    assert not meetings_page.new_button.isVisible() and meetings_page.print_button.isVisible()
    window.show_area("organizations")
    qtbot.wait(10)
    organizations = window.pages["organizations"].actions_by_name
    assert not organizations["new"].isVisible() and organizations["export"].isVisible()
    assert not window.spreadsheet_actions.import_action.isVisible()
    assert not window.checkout_actions.checkout_action.isVisible()  # a check-out marks the meeting
    assert not actions.users_action.isVisible()
    assert actions.local_action.isVisible()
    qtbot.wait(50)
    assert "you are reader" in window.db_label.text()
    admin = shared.open("admin")
    window.context.replace_database(admin)
    assert actions.rights.role == "admin"
    assert actions.users_action.isVisible() and organizations["new"].isVisible()
    assert shared.server.password not in window.db_label.text()
    dialog = UsersDialog(window.context, window)
    qtbot.addWidget(dialog)
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {shared.login("reader"), shared.login("editor"), shared.login("admin")} <= names


def test_connect_dialog_opens_the_shared_database_and_keeps_no_password_in_settings(qtbot, shared, settings):
    server = shared.server
    target = SharedDatabase("127.0.0.1", server.port, shared.name, shared.login("editor"), "prefer")
    target.save(settings)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectDialog)
        dialog.password.setText("not-the-password-1")
        dialog.buttons.accepted.emit()
        QTimer.singleShot(50, fill_right)

    def fill_right() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectDialog)
        assert "wrong login or password" in dialog.message.text()
        assert "not-the-password-1" not in dialog.message.text()
        dialog.remember.setChecked(False)
        dialog.password.setText(shared_password)
        dialog.buttons.accepted.emit()

    from pg_shared import PASSWORDS

    shared_password = PASSWORDS["editor"]
    QTimer.singleShot(50, fill)
    db = connection_actions.connect(None, settings)
    assert db is not None
    try:
        assert db.login == shared.login("editor")
        stored = {key: str(settings.value(key)) for key in settings.allKeys()}
        assert stored["database/mode"] == "shared"
        assert all(shared_password not in value for value in stored.values())
    finally:
        db.dispose()


def test_cancelled_connect_leaves_the_window_as_it_was(qtbot, settings):
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(50, cancel)
    assert connection_actions.connect(None, settings) is None
    assert settings.value("database/mode") is None


def test_a_refusal_by_the_database_is_titled_and_worded_for_the_person(qapp):
    from secretariat.db.errors import PermissionDeniedError
    from secretariat.db.pg_failures import permission_denied_message
    from secretariat.ui.widgets.messages import error_title

    error = PermissionDeniedError(permission_denied_message("o.official"))
    assert error_title(error) == "Not allowed for your role"
    assert "Nothing was written" in str(error) and "o.official" in str(error)
