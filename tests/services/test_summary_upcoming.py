"""The Dashboard's next meetings, on both databases (PostgreSQL refused the comparison of a
date with a text, and the Dashboard stayed empty)."""

from datetime import date, datetime

from secretariat.services import meetings
from secretariat.services.summary import upcoming_meetings


def test_upcoming_meetings_start_today_soonest_first(db):
    meetings.create_meeting(db, datetime(2026, 12, 1, 23, 30), "Yesterday")
    later = meetings.create_meeting(db, datetime(2026, 12, 9, 10), "Next week")
    today = meetings.create_meeting(db, datetime(2026, 12, 2, 0, 0), "Today at midnight")
    evening = meetings.create_meeting(db, datetime(2026, 12, 2, 18), "Today in the evening")
    rows = upcoming_meetings(db, date(2026, 12, 2))
    assert [row[0] for row in rows] == [today.id, evening.id, later.id]
    assert [row[3] for row in rows] == ["Today at midnight", "Today in the evening", "Next week"]
    assert len(upcoming_meetings(db, date(2026, 12, 2), limit=2)) == 2
