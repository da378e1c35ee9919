"""Backups and restores: consistent copies, rotation, the daily automatic backup, checked restores."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secretariat.cli import main as cli_main
from secretariat.db import BackupError, Database, backup, migrate, open_database
from secretariat.db.backup import BackupCancelled
from secretariat.db.failures import ro_uri
from secretariat.models import AuditEntry, Meeting, MeetingStatus, Organization
from secretariat.services import backups, directory, meetings
from secretariat.services.errors import ValidationError
from secretariat.services.health import check_database

NOON = datetime(2025, 3, 10, 12, 0, 0)


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(ro_uri(path), uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _count(db: Database, model: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _journal_mode(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


# -- backing up ----------------------------------------------------------------------

def test_backup_is_a_sound_standalone_copy(demo_db: Database, tmp_path: Path) -> None:
    meetings.create_meeting(demo_db, datetime(2025, 1, 2, 10), title="Only in the WAL so far")
    made = backups.backup_now(demo_db, folder=tmp_path / "b")
    assert made.parent == tmp_path / "b" and made.name.endswith(".manual.sqlite")
    assert not Path(str(made) + "-wal").exists()
    assert _journal_mode(made) == "delete"  # self-contained: one file is the whole backup
    copy = open_database(made, upgrade=False)
    try:
        assert check_database(copy) == []
        with copy.read() as s:
            assert s.scalar(select(Meeting).where(Meeting.title == "Only in the WAL so far")) is not None
    finally:
        copy.dispose()


def test_backup_is_a_snapshot_while_another_connection_keeps_writing(demo_db: Database, tmp_path: Path) -> None:
    """Writers in between backup steps neither corrupt the copy nor make it start over forever."""
    other = open_database(demo_db.path)  # a second window on the same file
    orgs_before = _count(demo_db, Organization)
    steps = []

    def write_meanwhile(done: int, total: int) -> None:
        steps.append(done)
        directory.create_organization(other, f"Written during the backup {len(steps)}")

    try:
        made = backup.backup_file(demo_db.path, tmp_path / "snap.sqlite", progress=write_meanwhile,
                                  pages_per_step=4)
    finally:
        other.dispose()
    assert len(steps) > 5 and steps == sorted(steps)  # progressed steadily, never restarted
    copy = open_database(made, upgrade=False)
    try:
        assert check_database(copy) == []
        assert _count(copy, Organization) == orgs_before  # the state when the backup began
    finally:
        copy.dispose()
    assert _count(demo_db, Organization) == orgs_before + len(steps)


def test_cancelled_backup_leaves_nothing(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    with pytest.raises(BackupCancelled):
        backups.backup_now(demo_db, folder=folder, progress=lambda done, total: False)
    assert list(folder.iterdir()) == []


def test_backup_to_a_chosen_file_and_never_over_the_database(demo_db: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb stick #1" / "secretariat copy.sqlite"
    assert backups.backup_now(demo_db, destination=usb) == usb
    assert _dump(usb)[:50] == _dump(demo_db.path)[:50]
    with pytest.raises(ValidationError):
        backups.backup_now(demo_db, destination=demo_db.path)
    with pytest.raises(ValidationError):
        backups.backup_now(demo_db, folder=tmp_path, keep=0)


def test_rotation_keeps_the_newest_of_each_reason(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    for day in range(5):
        backups.backup_now(demo_db, folder=folder, keep=3, now=NOON + timedelta(days=day))
    backups.backup_now(demo_db, folder=folder, keep=3, reason=backups.AUTO, now=NOON)
    other = folder / "otherdb.20250101-000000-000000.manual.sqlite"
    other.write_bytes(b"not ours")
    stray = folder / "notes.txt"
    stray.write_text("keep me")
    infos = backups.list_backups(demo_db, folder)
    manual = [i for i in infos if i.reason == backups.MANUAL]
    assert [i.made_at.day for i in manual] == [14, 13, 12]
    assert [i.reason for i in infos].count(backups.AUTO) == 1
    assert other.exists() and stray.exists()


def test_names_with_odd_characters(tmp_path: Path) -> None:
    folder = tmp_path / "[weird] #folder% ?"
    folder.mkdir()
    db = open_database(folder / "my.db [1].sqlite")
    try:
        made = backups.backup_now(db, folder=folder / "b")
        assert backups.list_backups(db, folder / "b")[0].path == made
    finally:
        db.dispose()


# -- the automatic backup at start ------------------------------------------------------

def test_auto_backup_at_most_daily(demo_db: Database, tmp_path: Path) -> None:
    policy = backups.BackupPolicy(folder=tmp_path / "b", keep=2)
    first = backups.auto_backup(demo_db, policy, now=NOON)
    assert first is not None and first.name.endswith(".auto.sqlite")
    assert backups.auto_backup(demo_db, policy, now=NOON + timedelta(hours=23)) is None
    second = backups.auto_backup(demo_db, policy, now=NOON + timedelta(hours=24, minutes=1))
    assert second is not None and second != first
    # The clock was set back: a backup "from the future" does not count as recent.
    third = backups.auto_backup(demo_db, policy, now=NOON - timedelta(days=3))
    assert third is not None
    assert len([i for i in backups.list_backups(demo_db, policy.folder) if i.reason == "auto"]) == 2
    # Manual backups do not stand in for the automatic one, and are not rotated by it.
    backups.backup_now(demo_db, folder=policy.folder, now=NOON + timedelta(days=5))
    assert backups.auto_backup(demo_db, policy, now=NOON + timedelta(days=5, hours=1)) is not None


def test_auto_backup_can_be_switched_off(demo_db: Database, tmp_path: Path) -> None:
    policy = backups.BackupPolicy(folder=tmp_path / "b", auto=False)
    assert backups.auto_backup(demo_db, policy, now=NOON) is None
    assert not (tmp_path / "b").exists()


# -- restoring -----------------------------------------------------------------------

def _approved(db: Database) -> Meeting:
    with db.read() as s:
        return s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.MINUTES_APPROVED.value)).first()


def test_restore_in_place_keeps_the_current_database_aside(demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    saved = backups.backup_now(demo_db, folder=folder)
    saved_dump = _dump(saved)
    victim = meetings.create_meeting(demo_db, datetime(2025, 6, 1, 10), title="Made after the backup")
    second_window = open_database(demo_db.path)
    path = demo_db.path
    demo_db.dispose()
    current_dump = _dump(path)

    restored, result = backups.restore(path, saved, folder=folder)
    try:
        assert result.method == "in_place" and result.check.revision == migrate.HEAD_REVISION
        assert result.check.counts["meeting"] == len(meetings.list_meetings(restored))
        assert _journal_mode(path) == "wal"
        assert check_database(restored) == []
        with restored.read() as s:
            assert s.get(Meeting, victim.id) is None
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
        assert saved.name in entry.summary and str(result.aside) in entry.summary
        # Everything but the audit entry of the restore is the backup's content (the schema's
        # indexes and triggers may be listed in another order: SQLite dumps them as created).
        assert sorted(line for line in _dump(path) if "audit_entry" not in line) == \
            sorted(line for line in saved_dump if "audit_entry" not in line)
        # The other window sees the restored data on its next read; nothing is corrupt.
        with second_window.read() as s:
            assert s.get(Meeting, victim.id) is None
        # The database as it was is a backup like the others, and restoring it undoes.
        assert result.aside is not None and result.aside.parent == folder
        assert _dump(result.aside) == current_dump
    finally:
        restored.dispose()
        second_window.dispose()
    undone, _again = backups.undo_restore(result, folder=folder)
    try:
        with undone.read() as s:
            assert s.get(Meeting, victim.id) is not None
    finally:
        undone.dispose()


def _corrupt_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    data = bytearray(target.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[offset + 100: offset + 400] = os.urandom(300)
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "damaged", "broken_references", "missing"])
def test_bad_backups_are_refused_and_change_nothing(kind: str, demo_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    good = backups.backup_now(demo_db, folder=folder)
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        bad.write_text("Minutes, typed in Notepad", encoding="utf-8")
    elif kind == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE songs (title TEXT)")
        con.commit()
        con.close()
    elif kind == "newer":
        shutil.copyfile(good, bad)
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
    elif kind == "damaged":
        _corrupt_copy(good, bad)
    elif kind == "broken_references":
        shutil.copyfile(good, bad)
        con = sqlite3.connect(bad)  # foreign keys are off in a plain connection
        con.execute("UPDATE agenda_item SET meeting_id = 999999 WHERE id = (SELECT min(id) FROM agenda_item)")
        con.commit()
        con.close()
    path = demo_db.path
    demo_db.dispose()
    before = _dump(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    backups_before = sorted(p.name for p in folder.iterdir())

    with pytest.raises(BackupError) as info:
        backups.restore(path, bad, folder=folder)
    assert "Nothing was changed" in str(info.value)
    assert _dump(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing  # no staging copy left
    assert sorted(p.name for p in folder.iterdir()) == backups_before  # nothing kept aside


def test_restore_replaces_a_damaged_database_and_never_keeps_a_stale_wal(demo_db: Database,
                                                                         tmp_path: Path) -> None:
    """A -wal left from another database would be replayed onto the restored file."""
    folder = tmp_path / "b"
    good = backups.backup_now(demo_db, folder=folder)
    path = demo_db.path
    demo_db.dispose()
    # A WAL full of committed frames from another life of this file.
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("UPDATE meeting SET title = 'from the stale wal'")
    con.commit()
    stale_wal = Path(str(path) + "-wal").read_bytes()
    con.close()
    assert len(stale_wal) > 0
    _corrupt_copy(good, path)  # the database itself is damaged...
    Path(str(path) + "-wal").write_bytes(stale_wal)  # ...and its old WAL is still there

    restored, result = backups.restore(path, good, folder=folder)
    try:
        assert result.method == "replaced"
        assert check_database(restored) == []
        with restored.read() as s:
            assert "from the stale wal" not in set(s.scalars(select(Meeting.title)))
        assert result.aside is not None and result.aside.parent == path.parent
        assert Path(str(result.aside) + "-wal").read_bytes() == stale_wal  # kept with its file
    finally:
        restored.dispose()


def test_restore_onto_a_fresh_laptop(demo_db: Database, tmp_path: Path) -> None:
    good = backups.backup_now(demo_db, folder=tmp_path / "b")
    target = tmp_path / "new laptop" / "secretariat.sqlite"
    restored, result = backups.restore(target, good, folder=tmp_path / "b")
    try:
        assert result.aside is None and check_database(restored) == []
    finally:
        restored.dispose()


# -- the command line ------------------------------------------------------------------

def test_cli_backup_and_restore(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_db.path
    out = tmp_path / "copies"
    out.mkdir()
    for _ in range(3):
        assert cli_main(["--db", str(path), "backup", str(out), "--keep", "2"]) == 0
    assert len(list(out.iterdir())) == 2
    single = tmp_path / "one.sqlite"
    assert cli_main(["--db", str(path), "backup", str(single)]) == 0
    directory.create_organization(demo_db, "Added after the backups")
    demo_db.dispose()
    capsys.readouterr()
    assert cli_main(["--db", str(path), "restore", str(single), "--check-only"]) == 0
    assert "sound backup" in capsys.readouterr().out
    assert cli_main(["--db", str(path), "restore", str(single)]) == 0
    printed = capsys.readouterr().out
    assert "to undo, restore that file" in printed
    db = open_database(path)
    try:
        assert directory.find_organization(db, "Added after the backups") is None
    finally:
        db.dispose()
    not_backup = tmp_path / "x.sqlite"
    not_backup.write_text("hello")
    assert cli_main(["--db", str(path), "restore", str(not_backup)]) == 2
    assert "Nothing was changed" in capsys.readouterr().err
    assert cli_main(["--db", str(tmp_path / "nowhere.sqlite"), "backup"]) == 2
