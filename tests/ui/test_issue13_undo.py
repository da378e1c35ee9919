"""Edit → Undo / Redo (Ctrl+Z, Ctrl+Shift+Z) for deletes and status changes, Mark done included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from meetings_ui_helpers import click, close_meeting_editors, show_active, when_dialog  # noqa: F401
from secretariat.services import action_items, meetings
from secretariat.services.action_items import ActionQuery
from secretariat.ui.app.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def _status(db, action_id):
    return next(r.status for r in action_items.list_action_items(db, ActionQuery(state="all"))
                if r.id == action_id)


def test_mark_done_is_undone_and_redone_from_the_edit_menu(qtbot, window, demo_context):
    db = demo_context.db
    page = window.show_area("action_items")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    row = page.selected_row()
    before = row.status
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(db, row.id) == "done")
    qtbot.waitUntil(page.undo_bar.isVisible)
    assert "Undo" in window.undo_action.text() and window.undo_action.isEnabled()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # Edit → Undo
    assert _status(db, row.id) == before
    QTest.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)  # Edit → Redo
    assert _status(db, row.id) == "done"
    window.undo_action.trigger()
    assert _status(db, row.id) == before
    assert not window.undo_action.isEnabled()


def test_a_deleted_meeting_comes_back_with_ctrl_z_and_goes_again_with_redo(qtbot, window, demo_context):
    db = demo_context.db
    page = window.show_area("meetings")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.selectRow(0)
    page.table.setFocus()
    count = len(meetings.list_meetings(db))
    when_dialog(qtbot, click(qtbot, "Delete"))
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(meetings.list_meetings(db)) == count - 1)
    # the delete runs on the writer; its undo step is kept once the window hears it is done
    qtbot.waitUntil(window.undo_action.isEnabled)
    QTest.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(meetings.list_meetings(db)) == count)
    window.redo_action.trigger()
    assert len(meetings.list_meetings(db)) == count - 1
    window.undo_action.trigger()
    assert len(meetings.list_meetings(db)) == count


def test_approved_minutes_look_read_only(qtbot, demo_context):
    from PySide6.QtGui import QPalette

    from secretariat.ui.meeting_editor import open_meeting_editor
    from test_meetings_editor import _meeting_with_agenda

    m, items = _meeting_with_agenda(demo_context.db, status="minutes_approved")
    editor = open_meeting_editor(demo_context, m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(items[0].id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    qtbot.waitExposed(heard)
    image = heard.viewport().grab().toImage()
    paper = heard.palette().color(QPalette.ColorRole.Window)
    assert image.pixelColor(image.width() // 2, image.height() - 3) == paper
