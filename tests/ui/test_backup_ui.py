"""File → Back up now / Restore from backup…, the start-up backup, the conflict dialog, History."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from secretariat.db import BackupError
from secretariat.services import backups, directory, meetings
from secretariat.services.health import check_database
from secretariat.ui.app.backup_actions import RestoreDialog, _reporter
from secretariat.ui.widgets.conflict import ConflictDialog, resolve_conflict
from secretariat.ui.widgets.history_panel import HistoryPanel
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.core.ops import Progress

WAIT_MS = 20_000  # a safety limit for background work, not a measured time


@pytest.fixture
def window(qtbot, demo_context, tmp_path: Path):
    demo_context.settings.setValue("backup/folder", str(tmp_path / "backups"))
    demo_context.settings.setValue("backup/keep", 3)
    win = MainWindow(demo_context)
    qtbot.addWidget(win)
    actions = win.backup_actions
    actions.told = []  # what the user was told, instead of modal message boxes
    actions.errors = []
    actions.inform = lambda title, text: actions.told.append((title, text))
    actions.fail = actions.errors.append
    actions.ask = lambda title, text, yes: actions.told.append((title, text)) or True
    return win


def _wait_idle(qtbot, actions) -> None:
    qtbot.waitUntil(lambda: actions.running is None, timeout=WAIT_MS)


def test_file_menu_has_backup_and_restore(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "backupNow" in names and "restoreBackup" in names


def test_back_up_now_in_the_background(qtbot, window, tmp_path: Path) -> None:
    actions = window.backup_actions
    for _ in range(4):
        window.findChild(type(actions.backup_action), "backupNow").trigger()
        assert not actions.backup_action.isEnabled()  # one at a time
        _wait_idle(qtbot, actions)
    assert actions.errors == []
    made = backups.list_backups(window.context.db, tmp_path / "backups")
    assert len(made) == 3  # rotated to the configured number
    assert made[0].path == actions.last_backup
    assert str(actions.last_backup) in actions.told[-1][1]
    assert actions.backup_action.isEnabled()


def test_progress_reporter_honours_cancel() -> None:
    progress = Progress()
    report = _reporter(progress, "Backing up")
    assert report(10, 100) is True and progress.snapshot() == (10, 100, "Backing up")
    progress.cancel()
    assert report(20, 100) is False


def test_automatic_backup_at_most_daily(qtbot, window, tmp_path: Path) -> None:
    actions = window.backup_actions
    noon = datetime(2025, 5, 5, 12)
    with qtbot.waitSignal(actions.auto_backup(now=noon).finished, timeout=WAIT_MS):
        pass
    assert actions.last_backup is not None and actions.last_backup.name.endswith(".auto.sqlite")
    first = actions.last_backup
    with qtbot.waitSignal(actions.auto_backup(now=noon + timedelta(hours=3)).finished, timeout=WAIT_MS) as sig:
        pass
    assert sig.args == [None, None] and actions.last_backup == first
    window.context.settings.setValue("backup/auto", False)
    assert actions.auto_backup(now=noon + timedelta(days=2)) is None


def test_restore_replaces_the_database_and_can_be_undone(qtbot, window, tmp_path: Path) -> None:
    actions = window.backup_actions
    context = window.context
    saved = backups.backup_now(context.db, folder=tmp_path / "backups")
    directory.create_organization(context.db, "Created after the backup")
    old_db = context.db
    with qtbot.waitSignal(context.database_replaced, timeout=WAIT_MS):
        actions.restore_from(saved)
    _wait_idle(qtbot, actions)
    assert actions.errors == []
    assert context.db is not old_db
    assert directory.find_organization(context.db, "Created after the backup") is None
    assert check_database(context.db) == []
    confirmation, result = actions.told[0][1], actions.told[-1][1]
    assert "The backup is sound" in confirmation and "organizations" in confirmation
    aside = actions.last_restore.aside
    assert str(aside) in result and "To undo" in result
    assert window.db_label.text() == str(context.db.path)
    # Undo: restore the copy kept aside.
    with qtbot.waitSignal(context.database_replaced, timeout=WAIT_MS):
        actions.restore_from(aside)
    _wait_idle(qtbot, actions)
    assert directory.find_organization(context.db, "Created after the backup") is not None


def test_a_bad_backup_is_refused_and_the_database_stays_open(qtbot, window, tmp_path: Path) -> None:
    actions = window.backup_actions
    bad = tmp_path / "not a backup.sqlite"
    bad.write_text("Minutes typed in Notepad")
    db = window.context.db
    actions.restore_from(bad)
    _wait_idle(qtbot, actions)
    assert len(actions.errors) == 1 and isinstance(actions.errors[0], BackupError)
    assert "Nothing was changed" in str(actions.errors[0])
    assert window.context.db is db and check_database(db) == []


def test_answering_no_changes_nothing(qtbot, window, tmp_path: Path) -> None:
    actions = window.backup_actions
    saved = backups.backup_now(window.context.db, folder=tmp_path / "backups")
    directory.create_organization(window.context.db, "Kept")
    actions.ask = lambda title, text, yes: False
    actions.restore_from(saved)
    _wait_idle(qtbot, actions)
    assert directory.find_organization(window.context.db, "Kept") is not None


def test_restore_dialog_lists_the_backups(qtbot, demo_db, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    for day in range(3):
        backups.backup_now(demo_db, folder=folder, now=datetime(2025, 1, 1 + day, 9))
    infos = backups.list_backups(demo_db, folder)
    dialog = RestoreDialog(None, infos, folder, keep=5, auto=True)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen == infos[1].path
    assert dialog.keep_box.value() == 5 and dialog.auto_box.isChecked()


# -- the conflict dialog the editors call on ConflictError ------------------------------

def test_conflict_dialog_shows_both_versions(qtbot) -> None:
    mine = {"Title": "Meeting on CEDAW report", "Venue": "Ashgabat"}
    theirs = {"Title": "Meeting on the CEDAW report (revised)", "Venue": "Ashgabat"}
    dialog = ConflictDialog(None, "This meeting", mine, theirs)
    qtbot.addWidget(dialog)
    assert dialog.differing == ["Title"]
    assert dialog.table.item(0, 0).text() == "Meeting on CEDAW report"
    assert dialog.table.item(0, 1).text() == "Meeting on the CEDAW report (revised)"
    dialog.theirs_button.click()
    assert dialog.choice == "theirs"


@pytest.mark.parametrize("button, expected", [("mine_button", "mine"), ("theirs_button", "theirs"),
                                              ("cancel_button", "cancel"), ("escape", "cancel")])
def test_resolve_conflict_returns_the_choice(qtbot, button: str, expected: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        if button == "escape":
            dialog.reject()
        else:
            getattr(dialog, button).click()

    QTimer.singleShot(0, answer)
    assert resolve_conflict(None, "This decision", "Текст решения", "Karar teksti") == expected


# -- History ---------------------------------------------------------------------------

def test_history_panel_lists_who_when_what(qtbot, demo_context) -> None:
    db = demo_context.db
    meeting = next(m for m in meetings.list_meetings(db) if m.status != "minutes_approved")
    meetings.update_meeting(db, meeting.id, expected_version=meeting.version, title="Täze ady — Новое название")
    panel = HistoryPanel(demo_context, table="meeting", record_id=meeting.id)
    qtbot.addWidget(panel)
    top = panel.tree.topLevelItem(0)
    assert top.text(2) == "Changed" and top.text(1)  # what, who
    details = [top.child(i).text(3) for i in range(top.childCount())]
    assert f"{meeting.title} → Täze ady — Новое название" in details
    count = panel.tree.topLevelItemCount()
    meetings.update_meeting(db, meeting.id, venue="Türkmenbaşy")
    demo_context.notify("meetings")
    assert panel.tree.topLevelItemCount() == count + 1
    assert panel.tree.topLevelItem(0).child(0).text(3).endswith("→ Türkmenbaşy")
    panel.show_record("meeting", 999_999)
    assert panel.tree.topLevelItemCount() == 0 and panel.caption.text() == "No recorded changes."
    assert panel.tree.header().count() == 4


def test_a_database_that_cannot_open_at_start_is_restored_from_its_backups(qtbot, tmp_path: Path) -> None:
    """Start-up's "Restore a backup…": the backups of that file are listed, one is put back."""
    from PySide6.QtWidgets import QMessageBox

    from secretariat.db import open_database
    from secretariat.db.paths import data_dir
    from secretariat.services import demo
    from secretariat.ui.app.application import create_application
    from secretariat.ui.app.backup_actions import restore_at_startup

    create_application()
    path = tmp_path / "startup-restore-case.sqlite"
    db = open_database(path)
    demo.fill_demo(db)
    backups.backup_now(db, folder=data_dir() / "backups")
    db.dispose()
    path.write_text("overwritten by accident")  # no longer a database
    answered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDialog):
            answered.append("restore dialog")
            dialog.restore_button.click()
        elif isinstance(dialog, QMessageBox):
            answered.append(dialog.text())
            dialog.accept()
        if len(answered) < 2:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert restore_at_startup(str(path)) == str(path)
    assert answered[0] == "restore dialog" and "restored from" in answered[1]
    reopened = open_database(path)
    try:
        assert check_database(reopened) == [] and meetings.list_meetings(reopened)
    finally:
        reopened.dispose()
    damaged = [p for p in tmp_path.iterdir() if p.name.endswith(".damaged")]
    assert damaged and damaged[0].read_text() == "overwritten by accident"


@pytest.mark.parametrize("kind", ["worded", "bug"])
def test_failures_are_told_and_logged_with_their_trace(qtbot, caplog, kind: str) -> None:
    import logging
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from secretariat.db import DiskFullError
    from secretariat.ui.app.backup_actions import show_failure

    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as cause:
            if kind == "worded":
                raise DiskFullError("The disk is full; free some space and try again.") from cause
            raise KeyError("unexpected") from cause
    except (DiskFullError, KeyError) as raised:
        error = raised
    shown: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(0, close)
    with caplog.at_level(logging.WARNING, logger="secretariat.ui.app.backup_actions"):
        show_failure(None, error)
    record = caplog.records[-1]
    assert record.exc_info is not None and record.exc_info[1] is error  # the trace goes to the log file
    if kind == "worded":
        assert shown == ["The disk is full; free some space and try again."]
    else:
        assert "Help → Open log folder" in shown[0]
