"""A failing upgrade leaves the database exactly as it was and names the backup copy.

The failing migration is real: a copy of the packaged migrations folder with one more
revision, handed to ``open_database`` through a ``Migrator`` (no patched globals).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from robust_helpers import dump

from secretariat.db import MigrationError, migrate, open_database
from secretariat.services.health import check_database

HALF_WAY = """
    # Real damage first: a batch ALTER (SQLite copies and drops the table, which
    # cascades to the agenda), an UPDATE, a new table; then the failure.
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))
    op.execute("UPDATE meeting SET title = 'changed by the broken upgrade'")
    op.execute("DELETE FROM audit_entry")
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("the test migration fails half-way")
"""


def _checkpointed(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_failed_upgrade_leaves_the_file_untouched_and_names_the_backup(demo_db, make_migrator) -> None:
    path = demo_db.path
    demo_db.dispose()
    _checkpointed(path)
    before_bytes = path.read_bytes()
    before = dump(path)

    with pytest.raises(MigrationError) as info:
        open_database(path, migrator=make_migrator(HALF_WAY, name="broken"))

    message = str(info.value)
    assert "the test migration fails half-way" in message
    assert "left as it was" in message
    backup = Path(message.split("A copy made before the upgrade is at ")[1].rstrip("."))
    assert backup.is_file() and f"before-upgrade-{migrate.HEAD_REVISION}" in backup.name
    assert dump(backup) == before  # the named copy really is the database as it was
    assert dump(path) == before  # same tables, same rows, same revision
    _checkpointed(path)
    assert path.read_bytes() == before_bytes  # and not a byte of the file changed
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0

    db = open_database(path)  # today's version still opens it, sound
    try:
        assert check_database(db) == []
    finally:
        db.dispose()


def test_successful_upgrade_backs_up_first(demo_db, make_migrator) -> None:
    path = demo_db.path
    demo_db.dispose()
    before = dump(path)
    migrator = make_migrator("""
        op.create_table("new_things", sa.Column("id", sa.Integer, primary_key=True))
    """, name="works")
    db = open_database(path, migrator=migrator)
    try:
        assert migrate.current_revision(db.engine) == "0002"
        assert check_database(db) == []
        assert db.upgrade_backup is not None and dump(db.upgrade_backup) == before
    finally:
        db.dispose()
    # The packaged version (at the head revision) refuses the upgraded file, unchanged.
    with pytest.raises(Exception) as info:
        open_database(path)
    assert "newer version" in str(info.value)


def test_upgrade_refused_when_no_backup_can_be_written(demo_db, make_migrator, small_disk) -> None:
    """The disk holding the backups is full: no upgrade without its safety copy."""
    disk = small_disk(64 * 1024)
    (disk / "ballast").write_bytes(b"\0" * (60 * 1024))
    path = demo_db.path
    demo_db.dispose()
    before = dump(path)
    migrator = make_migrator("op.create_table('t2', sa.Column('id', sa.Integer, primary_key=True))")
    with pytest.raises(MigrationError) as info:
        open_database(path, migrator=migrator, backup_dir=disk / "backups")
    assert "not upgraded" in str(info.value)
    assert "disk is full" in str(info.value)
    assert dump(path) == before
    assert list((disk / "backups").glob("*")) == []  # no partial copy left on the full disk


def test_restoring_a_backup_of_an_older_version_upgrades_it(demo_db, make_migrator, tmp_path: Path) -> None:
    """The backup is at 0001, the running version at 0002 (a migrations folder one ahead)."""
    from secretariat.services import backups

    migrator = make_migrator("op.create_table('later', sa.Column('id', sa.Integer, primary_key=True))",
                             name="later")
    folder = tmp_path / "b"
    old = backups.backup_now(demo_db, folder=folder)
    path = demo_db.path
    demo_db.dispose()
    open_database(path, migrator=migrator, backup_dir=folder).dispose()

    restored, result = backups.restore(path, old, folder=folder, migrator=migrator)
    try:
        assert result.check.revision == migrate.HEAD_REVISION
        assert migrate.current_revision(restored.engine) == "0002"
        assert restored.upgrade_backup is not None  # upgraded only after a copy was made
        assert check_database(restored) == []
    finally:
        restored.dispose()
