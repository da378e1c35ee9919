"""Two copies of the application on one file: no corruption, no silent overwrite, no "locked"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secretariat.db import Database, open_database
from secretariat.models import AuditEntry, Organization
from secretariat.services import directory, meetings, plans
from secretariat.services.errors import ConflictError
from secretariat.services.health import check_database

ROWS_PER_WRITER = 200


def _two_windows(path: Path) -> tuple[Database, Database]:
    return open_database(path), open_database(path)


def test_interleaved_edits_of_one_record_are_detected(demo_db: Database) -> None:
    path = demo_db.path
    mine, theirs = _two_windows(path)
    try:
        listed = meetings.list_meetings(mine)
        loaded = next(m for m in listed if m.status != "minutes_approved")
        # Both load version N; they save first; my save must not silently overwrite theirs.
        seen_by_them = meetings.get_meeting(theirs, loaded.id)
        meetings.update_meeting(theirs, loaded.id, expected_version=seen_by_them.version, title="Their title")
        with pytest.raises(ConflictError) as info:
            meetings.update_meeting(mine, loaded.id, expected_version=loaded.version, title="My title")
        assert info.value.current_version == loaded.version + 1
        assert "changed by someone else" in str(info.value)
        assert meetings.get_meeting(mine, loaded.id).title == "Their title"
        # Having seen their version, I may deliberately save over it.
        meetings.update_meeting(mine, loaded.id, expected_version=info.value.current_version, title="My title")
        assert meetings.get_meeting(theirs, loaded.id).title == "My title"
    finally:
        mine.dispose()
        theirs.dispose()


def test_interleaved_edits_of_measures_and_organizations(demo_db: Database) -> None:
    mine, theirs = _two_windows(demo_db.path)
    try:
        measure = plans.list_measures(mine)[0]
        org = directory.list_organizations(mine)[0]
        plans.update_measure(theirs, measure.id, expected_version=measure.version, text="Their wording")
        with pytest.raises(ConflictError):
            plans.update_measure(mine, measure.id, expected_version=measure.version, text="My wording")
        directory.update_organization(theirs, org.id, expected_version=org.version, notes="theirs")
        with pytest.raises(ConflictError):
            directory.update_organization(mine, org.id, expected_version=org.version, notes="mine")
        assert plans.get_measure(mine, measure.id).text == "Their wording"
        assert check_database(mine) == []
    finally:
        mine.dispose()
        theirs.dispose()


def test_deleted_meanwhile_is_a_clear_message(demo_db: Database) -> None:
    mine, theirs = _two_windows(demo_db.path)
    try:
        loaded = next(m for m in meetings.list_meetings(mine) if m.status != "minutes_approved")
        meetings.delete_meeting(theirs, loaded.id)
        with pytest.raises(Exception) as info:
            meetings.update_meeting(mine, loaded.id, expected_version=loaded.version, title="Too late")
        assert "does not exist (it may have been deleted)" in str(info.value)
    finally:
        mine.dispose()
        theirs.dispose()


@pytest.mark.parametrize("journal, rows", [("wal", ROWS_PER_WRITER), ("delete", ROWS_PER_WRITER // 2)])
def test_two_processes_writing_at_once(journal: str, rows: int, db_path: Path, child, tmp_path: Path) -> None:
    """200 saves each, at the same moment: every one lands, none sees "database is locked".

    "delete" is the rollback-journal mode used on network folders (see db.filesystems);
    each of its commits syncs the disk, so it writes fewer rows to keep the suite fast.
    """
    open_database(db_path, journal_mode=journal).dispose()
    go = tmp_path / "go"
    writers = [child("writer", db_path, name, rows, go, journal) for name in ("Left", "Right")]
    for writer in writers:
        writer.wait_for(lambda line: line == "READY")
    go.touch()  # both start writing together
    for writer in writers:
        writer.wait_for(lambda line: line == "FINISHED")
        assert writer.finish() == 0
        errors = writer.stderr()
        assert "locked" not in errors and "Traceback" not in errors
    db = open_database(db_path, journal_mode=journal)
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Organization)) == 2 * rows
            assert s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.table_name == "organization")) == 2 * rows
            names = set(s.scalars(select(Organization.name)))
        assert {f"Left organization {n:04d}" for n in range(rows)} <= names
        assert check_database(db) == []
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal
    finally:
        db.dispose()


def test_progress_reports_from_two_windows_both_kept(demo_db: Database) -> None:
    """Adding to the same measure from two windows is not a conflict: both reports stay."""
    mine, theirs = _two_windows(demo_db.path)
    try:
        measure = plans.list_measures(mine)[0]
        plans.add_progress_report(mine, measure.id, date(2025, 1, 1), "From the first window")
        plans.add_progress_report(theirs, measure.id, date(2025, 1, 2), "From the second window")
        texts = {p.text for p in plans.list_progress(mine, measure.id)}
        assert {"From the first window", "From the second window"} <= texts
    finally:
        mine.dispose()
        theirs.dispose()


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//server/commission /mnt/shared\\040folder cifs rw,vers=3.0 0 0
server:/export /home/secretary/nfs nfs4 rw 0 0
"""


def test_network_folders_are_recognised() -> None:
    from secretariat.db.filesystems import NETWORK_FILESYSTEMS, filesystem_type, journal_mode_for

    assert filesystem_type(Path("/mnt/shared folder/secretariat.sqlite"), MOUNTS) == "cifs"
    assert filesystem_type(Path("/home/secretary/nfs/db.sqlite"), MOUNTS) == "nfs4"
    assert filesystem_type(Path("/home/secretary/local.sqlite"), MOUNTS) == "ext4"
    assert filesystem_type(Path("/mnt/shared folderX/db.sqlite"), MOUNTS) == "ext4"
    assert {"cifs", "nfs4"} <= NETWORK_FILESYSTEMS
    assert journal_mode_for(None) == "wal"
