"""Two copies of the app edit one meeting: the second save shows both versions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meetings_ui_helpers import close_meeting_editors, show_active, when_dialog  # noqa: F401
from secretariat.db import open_database
from secretariat.services import meetings
from secretariat.ui.widgets.conflict import ConflictDialog
from secretariat.ui.meeting_editor import open_meeting_editor


def _other_copy_renames(demo_db, meeting_id: int, title: str) -> None:
    """Another copy of the app (its own engine on the same file) saves first."""
    other = open_database(demo_db.path)
    try:
        current = meetings.get_meeting(other, meeting_id)
        meetings.update_meeting(other, meeting_id, expected_version=current.version, title=title)
    finally:
        other.dispose()


def _edit_venue_and_save(qtbot, editor, venue: str) -> None:
    editor.details.venue.clear()
    qtbot.keyClicks(editor.details.venue, venue)
    editor.save_action.trigger()


def test_keep_mine_after_seeing_theirs(qtbot, demo_context, demo_db):
    meeting = meetings.find_meeting(demo_db, "2023/1")
    editor = open_meeting_editor(demo_context, meeting.id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    _other_copy_renames(demo_db, meeting.id, "Renamed in the other window")
    shown: list[ConflictDialog] = []

    def keep_mine(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        shown.append(dialog)
        qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)

    when_dialog(qtbot, keep_mine)
    _edit_venue_and_save(qtbot, editor, "Mary, velayat hakimligi")
    qtbot.waitUntil(lambda: bool(shown))
    saved = meetings.get_meeting(demo_db, meeting.id)
    assert saved.venue == "Mary, velayat hakimligi"
    assert saved.title == "Renamed in the other window"  # only the fields I changed are mine
    assert not editor.is_dirty()


def test_take_theirs_drops_my_change(qtbot, demo_context, demo_db):
    meeting = meetings.find_meeting(demo_db, "2023/1")
    editor = open_meeting_editor(demo_context, meeting.id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    other = open_database(demo_db.path)
    try:
        current = meetings.get_meeting(other, meeting.id)
        meetings.update_meeting(other, meeting.id, expected_version=current.version, venue="Türkmenabat")
    finally:
        other.dispose()
    when_dialog(qtbot, lambda dialog: qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton))
    _edit_venue_and_save(qtbot, editor, "Dashoguz")
    qtbot.waitUntil(lambda: editor.details.venue.text() == "Türkmenabat")
    assert meetings.get_meeting(demo_db, meeting.id).venue == "Türkmenabat"
