"""File → Check out a meeting… / Check in…: typing the minutes offline and bringing them back.

The database the meeting comes from is a SQLite file, and a PostgreSQL server; while the
copy is away someone changes the same meeting there, and the check-in asks, side by side,
which title to keep.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from meetings_ui_helpers import close_meeting_editors, show_active, type_text, when_dialog  # noqa: F401
from pg_server import both_backends
from secretariat.db import open_database
from secretariat.services import checkout, meetings
from secretariat.ui.widgets.conflict import ConflictDialog
from secretariat.ui.core.context import AppContext
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.meeting_editor import open_meeting_editor


def pytest_generate_tests(metafunc) -> None:
    both_backends(metafunc)


def answer(qtbot, act, timeout: float = 60) -> None:
    """Run *act* on the next dialog that asks something (a progress dialog on the way is waited out)."""

    def wrapped(dialog) -> None:
        if isinstance(dialog, QProgressDialog):
            QTimer.singleShot(50, lambda: when_dialog(qtbot, wrapped, timeout))
            return
        act(dialog)

    when_dialog(qtbot, wrapped, timeout)


def test_check_out_type_minutes_offline_and_check_in_choosing_mine(qtbot, context, settings, tmp_path):
    db = context.db
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 9, 15, 10), title="Autumn session")
    item = meetings.add_agenda_item(db, meeting.id, "Report to the Committee against Torture")
    window = MainWindow(context)
    qtbot.addWidget(window)
    copy_path = tmp_path / "autumn.sqlite"
    actions = window.checkout_actions
    actions.check_out(meeting.id, copy_path, open_now=False)
    qtbot.waitUntil(lambda: actions.last_copy == copy_path, timeout=10000)

    # On the database: the meeting says who has it, in the list and in its editor.
    page = window.show_area("meetings")
    status_column = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
                     ].index("Status")
    qtbot.waitUntil(lambda: "checked out to" in str(page.model.index(0, status_column).data()), timeout=5000)
    office = open_meeting_editor(context, meeting.id)
    assert office.checkout_bar.isVisible() and "Checked out to" in office.checkout_bar.label.text()
    office.close_without_asking()

    # On the laptop, with no network: the copy opens like any database.
    laptop = open_database(copy_path)
    laptop_context = AppContext(laptop, settings)
    editor = open_meeting_editor(laptop_context, meeting.id, tab="minutes")
    show_active(qtbot, editor)
    assert editor.checkout_bar.isVisible() and "checked-out copy" in editor.checkout_bar.label.text()
    editor.minutes.select(item.id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    type_text(qtbot, heard, "Merkezi Ş. Öwezow hasabat berdi.")
    editor.show_tab("details")
    editor.details.title.clear()
    qtbot.keyClicks(editor.details.title, "Autumn session (typed offline)")
    editor.save_action.trigger()
    assert not editor.is_dirty()
    editor.close_without_asking()
    laptop.dispose()

    # Meanwhile someone renames it on the database.
    meetings.update_meeting(db, meeting.id, title="Autumn session (renamed in the office)", venue="Hall 2")

    shown: list[tuple[list[str], str, str]] = []
    messages: list[str] = []

    def accept_report(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        messages.append(dialog.text())
        dialog.accept()

    def keep_mine(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        shown.append((list(dialog.differing), dialog.table.item(0, 0).text(), dialog.table.item(0, 1).text()))
        answer(qtbot, accept_report)
        qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)

    answer(qtbot, keep_mine)
    actions.check_in(copy_path)
    qtbot.waitUntil(lambda: actions.checked_in is not None, timeout=10000)
    assert actions.checked_in
    assert shown == [(["Title"], "Autumn session (typed offline)", "Autumn session (renamed in the office)")]
    assert messages and "no longer checked out" in messages[0]
    saved = meetings.get_meeting(db, meeting.id)
    assert saved.title == "Autumn session (typed offline)" and saved.venue == "Hall 2"
    assert "Öwezow hasabat berdi" in saved.agenda_items[0].heard
    assert checkout.checkout_of(db, meeting.id) is None


@pytest.mark.sqlite_only
def test_cancelling_the_choice_checks_nothing_in(qtbot, context, settings, tmp_path):
    db = context.db
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 9, 15, 10), title="Autumn session")
    window = MainWindow(context)
    qtbot.addWidget(window)
    copy_path = tmp_path / "autumn.sqlite"
    actions = window.checkout_actions
    actions.check_out(meeting.id, copy_path, open_now=False)
    qtbot.waitUntil(lambda: actions.last_copy == copy_path, timeout=10000)
    laptop = open_database(copy_path)
    meetings.update_meeting(laptop, meeting.id, title="Offline title")
    laptop.dispose()
    meetings.update_meeting(db, meeting.id, title="Office title")

    def cancel(dialog) -> None:
        answer(qtbot, lambda message: message.accept())
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    answer(qtbot, cancel)
    actions.check_in(copy_path)
    qtbot.waitUntil(lambda: actions.checked_in is not None, timeout=10000)
    assert actions.checked_in is False
    assert meetings.get_meeting(db, meeting.id).title == "Office title"
    assert checkout.checkout_of(db, meeting.id) is not None
