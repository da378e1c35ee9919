"""SIGKILL at chosen points: the database opens, passes check, keeps every commit.

Each test starts a real child process (crash_child.py) on a real database file, waits
for the line that says the child reached the chosen point, and kills it with SIGKILL:
no clean-up code runs, exactly as when the laptop's power goes or the app is killed.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from robust_helpers import dump
from sqlalchemy import func, select

from secretariat.cli import main as cli_main
from secretariat.db import Database, backup, open_database
from secretariat.models import AgendaItem, Attendance, AuditEntry, Meeting, MeetingStatus
from secretariat.services import backups, demo_large, drafts, meetings
from secretariat.services.health import check_database


def _editable_meeting(db: Database) -> Meeting:
    with db.read() as s:
        return s.scalars(select(Meeting).where(Meeting.status != MeetingStatus.MINUTES_APPROVED.value)
                         .order_by(Meeting.id)).first()


def _count(db: Database, model: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _write_lock_is_held(path: Path) -> bool:
    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc)
    else:
        con.execute("ROLLBACK")
        return False
    finally:
        con.close()


def _reopened(path: Path) -> Database:
    """Open the file after the crash exactly as the application's next start does."""
    db = open_database(path)
    assert check_database(db) == []
    assert cli_main(["--db", str(path), "check"]) == 0
    return db


def test_kill_between_and_during_saves_keeps_every_commit(demo_db: Database, child) -> None:
    meeting_id = _editable_meeting(demo_db).id
    items_before = _count(demo_db, AgendaItem)
    path = demo_db.path
    demo_db.dispose()

    worker = child("saves", path, meeting_id)
    reported = int(worker.wait_for(lambda line: line == "COMMITTED 25").split()[1])
    worker.kill()  # while it is busy with the next saves

    db = _reopened(path)
    try:
        meeting = meetings.get_meeting(db, meeting_id)
        saved = int(meeting.title.split()[1])
        assert saved >= reported
        items = {i.title for i in meeting.agenda_items if i.title.startswith("Item ")}
        # The kill may land between a save's two transactions, never inside one.
        assert items in ({f"Item {n}" for n in range(1, saved + 1)}, {f"Item {n}" for n in range(1, saved)})
        assert _count(db, AgendaItem) == items_before + len(items)
        # Every committed save is also in the audit log.
        with db.read() as s:
            titles = set(s.scalars(select(AuditEntry.changes).where(
                AuditEntry.table_name == "meeting", AuditEntry.record_id == meeting_id)))
        assert sum('"Saved ' in t for t in titles) == saved
    finally:
        db.dispose()


def test_kill_inside_a_save_leaves_nothing_of_it(demo_db: Database, child) -> None:
    source = _editable_meeting(demo_db).id
    counts = {m: _count(demo_db, m) for m in (Meeting, Attendance, AgendaItem, AuditEntry)}
    path = demo_db.path
    demo_db.dispose()

    worker = child("save_mid", path, source)
    worker.wait_for(lambda line: line == "MID duplicate_meeting")  # rows written, not committed
    assert _write_lock_is_held(path)  # the child is inside its write transaction
    worker.kill()

    db = _reopened(path)
    try:
        assert {m: _count(db, m) for m in counts} == counts
        with db.read() as s:
            assert s.scalar(select(Meeting).where(Meeting.title == "Never committed")) is None
    finally:
        db.dispose()


def test_kill_inside_a_large_import_transaction_leaves_nothing_behind(db_path: Path, child) -> None:
    """No spreadsheet importer exists yet: ``fill_large`` stands in for a large import."""
    open_database(db_path).dispose()
    worker = child("fill_large_mid", db_path)
    worker.wait_for(lambda line: line == "MID fill_large")  # meetings and measures already inserted
    assert _write_lock_is_held(db_path)
    worker.kill()

    db = _reopened(db_path)
    try:
        for model in (Meeting, AgendaItem, AuditEntry):
            assert _count(db, model) == 0
        # Nothing left blocks doing the same work again.
        counts = demo_large.fill_large(db, measures_per_plan=20, recommendations=50, progress_reports=50,
                                       years=1)
        assert _count(db, Meeting) == counts["meetings"]
        assert check_database(db) == []
    finally:
        db.dispose()


def test_kill_inside_a_real_spreadsheet_import_leaves_nothing(demo_db: Database, child) -> None:
    """The clerk's import of an OHCHR list, killed after some rows were inserted."""
    import pytest

    pytest.importorskip("secretariat.io.excel.importers")
    workbook = Path(__file__).resolve().parent.parent / "io_excel" / "fixtures" / "ohchr_4th_cycle_thematic.xlsx"
    path = demo_db.path
    demo_db.dispose()
    before = dump(path)
    worker = child("import_mid", path, workbook)
    worker.wait_for(lambda line: line.startswith("MID import"))
    assert _write_lock_is_held(path)
    worker.kill()

    assert dump(path) == before
    db = _reopened(path)
    db.dispose()


def _typed(n: int) -> str:
    return "".join(f"Söz {k}: Türkmenistanyň wekili çykyş etdi; Министерство — " for k in range(1, n + 1))


def test_kill_while_typing_minutes_offers_the_text_back(demo_db: Database, child) -> None:
    """Drives ``services.drafts`` as the minutes editor's autosave does (see also the GUI test)."""
    meeting = _editable_meeting(demo_db)
    item_id = meetings.get_meeting(demo_db, meeting.id).agenda_items[0].id
    path = demo_db.path
    demo_db.dispose()

    worker = child("drafts", path, item_id)
    line = worker.wait_for(lambda text: text.startswith("KEPT 40 "))
    worker.kill()  # still typing

    db = _reopened(path)
    try:
        kept = int(line.split()[2])
        draft = drafts.get_draft(db, "agenda_item", item_id, "heard")
        assert draft is not None and len(draft.content) >= kept
        n = len(re.findall(r"Söz \d+:", draft.content))
        assert n >= 40 and draft.content == _typed(n)  # a whole, uncorrupted draft
        offered = meetings.meetings_with_drafts(db)
        assert [m.meeting_id for m in offered] == [meeting.id]
    finally:
        db.dispose()


def test_kill_during_a_backup_leaves_no_false_backup(demo_db: Database, child, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = demo_db.path
    target = folder / backup.timestamped_name(path, "manual")
    worker = child("backup_mid", path, target)
    worker.wait_for(lambda line: line.startswith("MID backup"))
    worker.kill()

    assert not target.exists()
    assert backups.list_backups(demo_db, folder) == []  # the .partial is not a backup
    partials = list(folder.glob("*.partial"))
    assert partials
    assert check_database(demo_db) == []
    made = backups.backup_now(demo_db, folder=folder)
    assert backups.list_backups(demo_db, folder)[0].path == made
    # An interrupted backup's leftover is cleared once it is clearly abandoned.
    os.utime(partials[0], (0, 0))
    backup.rotate(folder, path, keep=5)
    assert list(folder.glob("*.partial")) == []


def test_kill_during_a_restore_leaves_the_old_or_the_new_database(demo_db: Database, child,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    saved = backups.backup_now(demo_db, folder=folder)
    meetings_in_backup = _count(demo_db, Meeting)
    meetings.delete_meeting(demo_db, _editable_meeting(demo_db).id)
    path = demo_db.path
    demo_db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = dump(path)

    worker = child("restore_mid", path, saved, folder)
    worker.wait_for(lambda line: line.startswith("MID restore"))
    assert _write_lock_is_held(path)  # copying into the live database, half-way
    worker.kill()

    assert dump(path) == before  # the in-place copy is one transaction: not committed
    db = _reopened(path)
    db.dispose()
    restored, result = backups.restore(path, saved, folder=folder)  # the leftover staging is no obstacle
    try:
        assert result.method == "in_place"
        assert check_database(restored) == []
        assert _count(restored, Meeting) == meetings_in_backup
    finally:
        restored.dispose()


def test_kill_during_a_database_upgrade_leaves_the_file_as_it_was(demo_db: Database, child,
                                                                 make_migrator) -> None:
    path = demo_db.path
    demo_db.dispose()
    before = dump(path)
    migrator = make_migrator("""
        op.execute("UPDATE meeting SET title = 'changed by the upgrade'")
        op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
        sys.stdout.write("MID upgrade\\n")
        sys.stdout.flush()
        time.sleep(120)
    """, name="slow")
    worker = child("migrate_mid", path, migrator.script_location, migrator.head)
    worker.wait_for(lambda line: line == "MID upgrade")
    assert _write_lock_is_held(path)
    worker.kill()

    assert dump(path) == before
    db = _reopened(path)  # still revision 0001: the packaged version opens it as it is
    db.dispose()
