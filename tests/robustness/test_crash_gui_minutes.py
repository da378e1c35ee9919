"""SIGKILL of the real application while minutes are typed in the editor (offscreen Qt).

The child process runs the meetings engineer's minutes editor, types into the HEARD
field, lets its autosave keep a draft, types on, and is killed. The next start (here,
this process on the same file) is offered the text, and the editor puts it back.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from secretariat.db import Database, open_database
from secretariat.models import Meeting, MeetingStatus
from secretariat.services import meetings
from secretariat.services.health import check_database


def test_killed_while_typing_minutes_the_text_is_offered_back(qtbot, demo_db: Database, child, settings,
                                                              tmp_path: Path) -> None:
    with demo_db.read() as s:
        meeting_id = s.scalars(select(Meeting.id).where(Meeting.status != MeetingStatus.MINUTES_APPROVED.value)
                               .order_by(Meeting.id)).first()
    item = meetings.get_meeting(demo_db, meeting_id).agenda_items[0]
    path = demo_db.path
    demo_db.dispose()

    worker = child("gui_typing", path, meeting_id, item.id, tmp_path / "child-settings.ini")
    worker.wait_for(lambda line: line == "MID typing")
    worker.kill()

    db = open_database(path)
    try:
        assert check_database(db) == []
        assert [m.meeting_id for m in meetings.meetings_with_drafts(db)] == [meeting_id]
        from secretariat.ui.app.application import create_application
        from secretariat.ui.core.context import AppContext
        from secretariat.ui.meeting_editor import open_meeting_editor

        create_application()
        context = AppContext(db, settings)
        editor = open_meeting_editor(context, meeting_id)
        assert editor.recovery_bar.isVisible()
        recovered = editor.minutes.panes[item.id].editors["heard"].plain_text()
        assert recovered.endswith("Täze söz: Прения отложены.")  # the text kept before the kill
        assert meetings.get_meeting(db, meeting_id).agenda_items[0].heard == item.heard  # nothing saved
        editor.close_without_asking()
    finally:
        db.dispose()
