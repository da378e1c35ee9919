"""Two people save one meeting of a shared database at the very same moment.

The second save waits for the first one's row lock, then finds the version changed: the
editor shows both versions side by side, as for a save made later.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime

from PySide6.QtCore import Qt
from sqlalchemy import text

from meetings_ui_helpers import close_meeting_editors, show_active, when_dialog  # noqa: F401
from secretariat.services import meetings
from secretariat.ui.widgets.conflict import ConflictDialog
from secretariat.ui.meeting_editor import open_meeting_editor


def _other_client_saves_while_mine_waits(db, meeting_id: int, ready: threading.Event) -> threading.Thread:
    """Another client updates the row and commits only once this client's UPDATE waits for it."""

    def run() -> None:
        with db.engine.connect() as other, db.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as watcher:
            with other.begin():
                other.execute(text("UPDATE meeting SET venue = 'Türkmenabat', version = version + 1 "
                                   "WHERE id = :id"), {"id": meeting_id})
                ready.set()
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    waiting = watcher.execute(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'")).scalar()
                    if waiting:
                        break
                    time.sleep(0.05)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_two_saves_at_the_same_moment_show_both_versions(qtbot, qapp, pg_db, settings):
    from secretariat.ui.app.application import create_application
    from secretariat.ui.core.context import AppContext

    create_application()
    context = AppContext(pg_db, settings)
    meeting = meetings.create_meeting(pg_db, starts_at=datetime(2026, 5, 6, 10), venue="Aşgabat")
    editor = open_meeting_editor(context, meeting.id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    editor.details.venue.clear()
    qtbot.keyClicks(editor.details.venue, "Dashoguz")

    shown: list[dict[str, tuple[str, str]]] = []

    def keep_mine(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        table = dialog.table
        shown.append({table.verticalHeaderItem(r).text(): (table.item(r, 0).text(), table.item(r, 1).text())
                      for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() in dialog.differing})
        qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)

    ready = threading.Event()
    other = _other_client_saves_while_mine_waits(pg_db, meeting.id, ready)
    assert ready.wait(10)
    when_dialog(qtbot, keep_mine)
    editor.save_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    other.join(10)
    assert shown == [{"Venue": ("Dashoguz", "Türkmenabat")}]  # mine beside theirs
    assert meetings.get_meeting(pg_db, meeting.id).venue == "Dashoguz"  # kept mine, knowingly
    assert not editor.is_dirty()
