"""Backups and restores that lose nothing (issue: the second campaign, data lost).

Real child processes write while a restore runs, two real databases share a backups
folder, real files of other programs and a real device node stand where a backup is
asked to go, and a backup carrying a trigger or missing tables is offered to restore.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from robust_helpers import device_node

from secretariat.cli import main as cli_main
from secretariat.db import BackupError, Database, open_database
from secretariat.db import backup as db_backup
from secretariat.services import backups
from secretariat.services.health import check_database


def _ticks(path: Path) -> set[int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {int(name.split()[1]) for (name,) in con.execute("SELECT name FROM tag WHERE name LIKE 'tick %'")}
    finally:
        con.close()


def test_restore_while_another_process_writes_keeps_every_commit(demo_db: Database, child,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    source = backups.backup_now(demo_db, folder=tmp_path / "source")
    path = demo_db.path
    demo_db.dispose()
    for trial in range(3):
        worker = child("ticker", path)
        worker.wait_for(lambda line: line == "READY")
        worker.wait_for(lambda line: line == "COMMITTED 20")
        _db, result = backups.restore(path, source, folder=folder)
        _db.dispose()
        worker.kill()
        while worker.readline() is not None:  # every commit it announced, up to the kill
            pass
        committed = {int(line.split()[1]) for line in worker.lines if line.startswith("COMMITTED")}
        kept = _ticks(result.aside) | _ticks(path)
        assert len(committed) > 20
        assert committed <= kept, f"trial {trial}: lost {sorted(committed - kept)[:5]}"
        assert check_database(open_database(path)) == []


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    """The ``backup`` command's entry point, in this process (its own file, codes and words)."""
    return run_cli("--db", str(db), *args)


def test_rotation_never_touches_another_databases_backups(tmp_path: Path) -> None:
    shared = tmp_path / "shared-backups"
    first, second = tmp_path / "a" / "secretariat.sqlite", tmp_path / "b" / "secretariat.sqlite"
    for path in (first, second):
        path.parent.mkdir()
        open_database(path).dispose()
    for _ in range(3):
        assert _cli("backup", str(shared) + "/", "--keep", "3", db=first).returncode == 0
    mine = sorted(shared.iterdir())
    for _ in range(4):
        result = _cli("backup", str(shared) + "/", "--keep", "3", db=second)
        assert result.returncode == 0, result.stderr
    left = sorted(shared.iterdir())
    assert set(mine) <= set(left)
    assert len(left) == 6
    first_db = open_database(first)
    try:
        assert [info.path for info in backups.list_backups(first_db, shared)] == sorted(mine, reverse=True)
    finally:
        first_db.dispose()


def test_backup_never_replaces_a_file_that_is_not_its_own(demo_db: Database, tmp_path: Path) -> None:
    thesis = tmp_path / "thesis.docx"
    thesis.write_bytes(b"PK\x03\x04 a document written by a word processor")
    result = _cli("backup", str(thesis), db=demo_db.path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not a backup of this database" in result.stderr and "--force" in result.stderr
    assert thesis.read_bytes().startswith(b"PK\x03\x04 a document")
    # A backup of another database is not this one's either.
    other = tmp_path / "other.sqlite"
    open_database(other).dispose()
    foreign = tmp_path / "foreign-backup.sqlite"
    assert _cli("backup", str(foreign), db=other).returncode == 0
    before = foreign.read_bytes()
    assert _cli("backup", str(foreign), db=demo_db.path).returncode == 2
    assert foreign.read_bytes() == before
    # Its own backup is refreshed without asking; anything else with --force.
    own = tmp_path / "usb.sqlite"
    assert _cli("backup", str(own), db=demo_db.path).returncode == 0
    assert _cli("backup", str(own), db=demo_db.path).returncode == 0
    forced = _cli("backup", str(thesis), "--force", db=demo_db.path)
    assert forced.returncode == 0, forced.stderr
    assert thesis.read_bytes().startswith(b"SQLite format 3\x00")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_backup_to_a_device_node_is_refused(demo_db: Database, tmp_path: Path) -> None:
    device = device_node(tmp_path)
    for force in ((), ("--force",)):
        result = _cli("backup", str(device), *force, db=demo_db.path)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert "not an ordinary file" in result.stderr
    assert device.is_char_device()


def _with_extra(source: Path, target: Path, sql: str) -> Path:
    shutil.copyfile(source, target)
    con = sqlite3.connect(target)
    con.executescript(sql)
    con.close()
    return target


def test_backup_with_a_hostile_trigger_is_refused_and_check_reports_it(demo_db: Database,
                                                                       tmp_path: Path) -> None:
    good = backups.backup_now(demo_db, folder=tmp_path / "b")
    hostile = _with_extra(good, tmp_path / "hostile.sqlite",
                          "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM attendance; END;")
    before = _dump(demo_db.path)
    with pytest.raises(BackupError) as info:
        backups.restore(demo_db.path, hostile, folder=tmp_path / "b")
    assert "Trigger wipe does not belong" in str(info.value)
    assert _dump(demo_db.path) == before
    result = _cli("restore", str(hostile), "--check-only", db=demo_db.path)
    assert result.returncode == 2 and "Trigger wipe" in result.stderr
    # `check` on a database that carries it says so.
    damaged = _with_extra(demo_db.path, tmp_path / "damaged.sqlite",
                          "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM attendance; END;"
                          "CREATE VIEW peek AS SELECT * FROM person; CREATE INDEX ix_extra ON person(notes);")
    result = _cli("check", db=damaged)
    assert result.returncode == 1
    for name in ("Trigger wipe", "View peek", "Index ix_extra"):
        assert name in result.stderr


def test_hollow_backup_is_refused(demo_db: Database, tmp_path: Path) -> None:
    good = backups.backup_now(demo_db, folder=tmp_path / "b")
    hollow = _with_extra(good, tmp_path / "hollow.sqlite",
                         "PRAGMA foreign_keys=OFF; DROP TABLE attendance; DROP TABLE measure_organization;")
    with pytest.raises(BackupError) as info:
        backups.restore(demo_db.path, hollow, folder=tmp_path / "b")
    assert "Table attendance is missing" in str(info.value)
    result = _cli("check", db=hollow)
    assert result.returncode == 1 and "Table attendance is missing" in result.stderr


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()
