"""The History panel names fields and values in words, never ``status: minutes_approved``."""

from __future__ import annotations

from secretariat.services.audit import FieldChange
from secretariat.ui.widgets.history_panel import change_text, value_text
from secretariat.ui.core.labels import field_label


def test_fields_and_values_in_words(context) -> None:
    assert field_label("status") == "Status" and field_label("starts_at") == "Starts at"
    assert field_label("organizer_id") == "Organizer"
    assert value_text("minutes_approved") == "Minutes approved"
    assert change_text(FieldChange("status", "held", "minutes_approved"), "update") == "Held → Minutes approved"
    assert value_text(True) == "yes" and value_text(None) == "—"


def test_history_panel_shows_words(demo_context, qtbot) -> None:
    from sqlalchemy import select

    from secretariat.models import Meeting
    from secretariat.services import meetings
    from secretariat.ui.widgets.history_panel import HistoryPanel

    db = demo_context.db
    with db.read() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.status == "held")).first()
        meeting_id, version = meeting.id, meeting.version
    meetings.update_meeting(db, meeting_id, version, venue="Ashgabat, the Mejlis")
    panel = HistoryPanel(demo_context)
    qtbot.addWidget(panel)
    panel.show_record("meeting", meeting_id)
    texts = []
    top = panel.tree.topLevelItem(0)
    for i in range(top.childCount()):
        texts.append(top.child(i).text(2))
    assert "Venue" in texts and "venue" not in texts
