"""The attendance picker shows the choices when the typed text matches several."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from meetings_ui_helpers import close_meeting_editors, show_active  # noqa: F401 - autouse fixture
from secretariat.services import meetings
from secretariat.ui.meeting_editor import open_meeting_editor


def test_ambiguous_text_shows_the_choices_instead_of_adding_the_first(qtbot, demo_context):
    db = demo_context.db
    m = meetings.create_meeting(db, datetime(2025, 3, 4, 10), "Working group")
    editor = open_meeting_editor(demo_context, m.id, tab="attendance")
    show_active(qtbot, editor)
    picker = editor.attendance.picker
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    QTest.keyClicks(picker, "Labour")
    QTest.keyClick(picker, Qt.Key.Key_Return)
    popup = picker.completer_.popup()
    assert meetings.get_meeting(db, m.id).attendance == []
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert any("International Labour Organization" in s for s in shown)
    assert any("Ministry of Labour" in s for s in shown)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    attendance = meetings.get_meeting(db, m.id).attendance
    assert len(attendance) == 1 and shown[1].startswith(attendance[0].organization.name)
