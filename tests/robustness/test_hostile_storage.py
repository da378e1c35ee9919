"""A full disk, a read-only drive, a locked file, a damaged file: a clear message, no damage.

The full disk is real when a size-limited tmpfs can be mounted (root on Linux); the
same fault is also injected at the SQLite level (``PRAGMA max_page_count`` on this
test's own engine), which runs everywhere.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from robust_helpers import dump, remount_read_only
from sqlalchemy import event, func, select

from secretariat.cli import main as cli_main
from secretariat.db import (
    BackupError,
    backup,
    Database,
    DatabaseBusyError,
    DatabaseError,
    DatabaseNotWritableError,
    DiskFullError,
    open_database,
)
from secretariat.models import AuditEntry, Meeting, MeetingStatus
from secretariat.services import backups, meetings
from secretariat.services.health import check_database

BIG_NOTES = "Protokol ýazgysy — Министерство иностранных дел. " * 40_000  # about 2 MB


def _editable_meeting(db: Database) -> Meeting:
    with db.read() as s:
        return s.scalars(select(Meeting).where(Meeting.status != MeetingStatus.MINUTES_APPROVED.value)
                         .order_by(Meeting.id)).first()


def _audit_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def _assert_full_disk_refused(db: Database) -> None:
    meeting = _editable_meeting(db)
    audit_before = _audit_count(db)
    with pytest.raises(DiskFullError) as info:
        meetings.update_meeting(db, meeting.id, expected_version=meeting.version, notes=BIG_NOTES,
                                title="Must not be half-saved")
    message = str(info.value)
    assert "disk is full" in message and "Free some space" in message and "nothing of it was written" in message
    after = meetings.get_meeting(db, meeting.id)
    assert (after.title, after.notes, after.version) == (meeting.title, meeting.notes, meeting.version)
    assert _audit_count(db) == audit_before


def test_full_disk_during_a_save_real_tmpfs(demo_db: Database, small_disk) -> None:
    disk = small_disk(16 * 1024 * 1024)
    path = disk / "secretariat.sqlite"
    shutil.copyfile(demo_db.path, path)
    db = open_database(path)
    try:
        check_database(db)  # -wal and -shm exist before the disk fills up
        ballast = disk / "ballast"
        free = shutil.disk_usage(disk).free
        ballast.write_bytes(b"\0" * max(free - 256 * 1024, 0))  # leave less than the save needs
        _assert_full_disk_refused(db)
        # Space freed: the database is sound and the same save now works.
        ballast.unlink()
        assert check_database(db) == []
        meeting = _editable_meeting(db)
        meetings.update_meeting(db, meeting.id, expected_version=meeting.version, notes=BIG_NOTES)
        assert meetings.get_meeting(db, meeting.id).notes == BIG_NOTES
    finally:
        db.dispose()
    assert cli_main(["--db", str(path), "check"]) == 0


def test_full_disk_during_a_save_sqlite_level(demo_db: Database) -> None:
    """Always runs: SQLite's own size limit raises SQLITE_FULL exactly like a full disk."""
    with demo_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection, _record) -> None:  # noqa: ANN001 - this test's engine only
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")

    event.listen(demo_db.engine, "connect", limit)
    demo_db.engine.dispose()  # new connections get the limit
    _assert_full_disk_refused(demo_db)
    event.remove(demo_db.engine, "connect", limit)
    demo_db.engine.dispose()
    assert check_database(demo_db) == []


def test_full_disk_during_a_backup(demo_db: Database, small_disk) -> None:
    disk = small_disk(128 * 1024)
    before = dump(demo_db.path)
    with pytest.raises(BackupError) as info:
        backups.backup_now(demo_db, folder=disk / "backups")
    assert "disk is full" in str(info.value) and "database itself was not changed" in str(info.value)
    assert list((disk / "backups").iterdir()) == []  # no partial file pretending to be a backup
    assert dump(demo_db.path) == before


def test_read_only_drive_refused_unchanged(demo_db: Database, small_disk) -> None:
    disk = small_disk(8 * 1024 * 1024)
    path = disk / "secretariat.sqlite"
    demo_db.dispose()
    shutil.copyfile(demo_db.path, path)
    before = path.read_bytes()
    remount_read_only(disk)
    with pytest.raises(DatabaseNotWritableError) as info:
        open_database(path)
    assert "cannot be written" in str(info.value) and "Copy it to a folder" in str(info.value)
    assert path.read_bytes() == before
    # A backup can still be taken from the read-only drive.
    copy = backup.backup_file(path, disk.parent / "rescued" / "copy.sqlite")
    assert dump(copy) == dump(path)


def test_not_writable_file_refused_for_non_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write any file; the read-only drive test covers root")
    path = tmp_path / "ro.sqlite"
    open_database(path).dispose()
    path.chmod(0o444)
    with pytest.raises(DatabaseNotWritableError):
        open_database(path)


def test_write_lock_held_by_another_process(demo_db: Database, child) -> None:
    """Another copy holds the write lock longer than the busy timeout (a long import elsewhere)."""
    path = demo_db.path
    meeting = _editable_meeting(demo_db)
    impatient = open_database(path, busy_timeout_ms=200)
    holder = child("hold_write", path)
    holder.wait_for(lambda line: line == "LOCKED")
    try:
        with pytest.raises(DatabaseBusyError) as info:
            meetings.update_meeting(impatient, meeting.id, title="While locked")
        message = str(info.value)
        assert "another copy of Secretariat or another program" in message and "Nothing was changed" in message
        assert meetings.get_meeting(impatient, meeting.id).title == meeting.title  # reading still works
    finally:
        holder.kill()
    meetings.update_meeting(impatient, meeting.id, title="After the lock")
    assert meetings.get_meeting(demo_db, meeting.id).title == "After the lock"
    assert check_database(demo_db) == []
    impatient.dispose()


def test_file_locked_exclusively_by_another_program(demo_db: Database, child) -> None:
    path = demo_db.path
    demo_db.dispose()
    before = dump(path)
    holder = child("hold_lock", path)
    holder.wait_for(lambda line: line == "LOCKED")
    try:
        with pytest.raises(DatabaseBusyError) as info:
            open_database(path, busy_timeout_ms=200)
        assert "locked by another program" in str(info.value) and "try again" in str(info.value)
    finally:
        holder.kill()
    assert dump(path) == before
    db = open_database(path)
    try:
        assert check_database(db) == []
    finally:
        db.dispose()


def _damage(path: Path, pages: range) -> None:
    data = bytearray(path.read_bytes())
    for page in pages:
        start = page * 4096
        if start + 4096 <= len(data):
            data[start + 8:start + 4000] = bytes((i * 37 + page) % 256 for i in range(3992))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["truncated", "pages", "header_only", "zero_bytes_after_header"])
def test_damaged_database_gives_a_message_never_a_traceback(damage: str, demo_db: Database,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_db.path
    demo_db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = path.stat().st_size
    if damage == "truncated":
        with path.open("r+b") as handle:
            handle.truncate(size // 3)
    elif damage == "pages":
        _damage(path, range(3, size // 4096, 4))
    elif damage == "header_only":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 84)
    else:
        path.write_bytes(path.read_bytes()[:100] + b"\0" * (size - 100))
    try:
        db = open_database(path, upgrade=False)
    except DatabaseError as exc:
        assert str(exc)  # refused with a message
        return
    try:
        problems = check_database(db)
        assert problems, "damage went unnoticed"
    finally:
        db.dispose()
    capsys.readouterr()
    assert cli_main(["--db", str(path), "check"]) in (1, 2)
    assert capsys.readouterr().err.strip()


def test_minutes_autosave_on_a_full_disk_says_so_and_tries_again(qtbot, demo_db: Database) -> None:
    """The editor's draft keeper meets SQLITE_FULL: a message, no crash, the text kept for later."""
    from PySide6.QtWidgets import QPlainTextEdit

    from secretariat.services import drafts
    from secretariat.ui.meeting_editor.autosave import DraftKeeper

    item = meetings.get_meeting(demo_db, _editable_meeting(demo_db).id).agenda_items[0]
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    keeper = DraftKeeper(demo_db)
    key = ("agenda_item", item.id, "heard")
    keeper.watch(key, edit.toPlainText, lambda: True, edit.textChanged)
    with demo_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection, _record) -> None:  # noqa: ANN001 - this test's engine only
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 5}")

    event.listen(demo_db.engine, "connect", limit)
    demo_db.engine.dispose()
    edit.setPlainText(BIG_NOTES)
    with qtbot.waitSignal(keeper.failed) as signal:
        keeper.flush()
    assert "disk is full" in signal.args[0]
    assert keeper.pending and drafts.get_draft(demo_db, *key) is None
    event.remove(demo_db.engine, "connect", limit)
    demo_db.engine.dispose()
    keeper.flush()  # space again: the next autosave writes it
    qtbot.waitUntil(lambda: getattr(drafts.get_draft(demo_db, *key), "content", None) == BIG_NOTES)


def test_a_form_saved_on_a_full_disk_stays_open_with_the_message(qtbot, demo_context) -> None:
    """Plans/directory forms: the typed values are not lost, the person is told what to do."""
    from secretariat.ui.dialogs.directory_dialogs import OrganizationDialog

    db = demo_context.db
    dialog = OrganizationDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ministry of Labour and Social Protection")
    dialog.notes.setPlainText(BIG_NOTES)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection, _record) -> None:  # noqa: ANN001 - this test's engine only
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 5}")

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.error_box is not None
    assert "disk is full" in dialog.error_box.text()
    assert dialog.name.text() == "Ministry of Labour and Social Protection"
    event.remove(db.engine, "connect", limit)
    db.engine.dispose()
    dialog.error_box.close()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
