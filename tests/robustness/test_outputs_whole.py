"""Every output is whole or absent; the open database's side files stay; WAL read from a read-only drive.

Real size-limited tmpfs disks fill up under the PDF, workbook and backup writers, a
read-only remount holds a database whose last changes are only in its -wal, and a
second process opens and closes the database the test keeps open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from robust_helpers import remount_read_only
from sqlalchemy import func, select

from secretariat.cli import main as cli_main
from secretariat.db import BackupError, Database, DatabaseError, open_database
from secretariat.io.documents import build_minutes, build_report
from secretariat.io.excel import lists
from secretariat.io.excel.export import write_table
from secretariat.models import Meeting, Tag
from secretariat.services import backups, directory
from secretariat.services.report_data import ReportFilters

ROOT = Path(__file__).resolve().parents[2]
GOOD = b"%PDF-1.4 the good earlier file\n"


def _first_meeting(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Meeting.id).order_by(Meeting.id))


def _fill(disk: Path, leave: int) -> None:
    (disk / "ballast").write_bytes(b"\0" * max(shutil.disk_usage(disk).free - leave, 0))


WRITERS = {
    "minutes": lambda db, path: build_minutes(db, _first_meeting(db), path),
    "report": lambda db, path: build_report(db, "plan-implementation", ReportFilters(), path),
    "xlsx": lambda db, path: write_table(path, "Organizations", *_table(db)),
    "backup": lambda db, path: backups.backup_now(db, destination=path, force=True),
}


def _table(db: Database) -> tuple:
    table = lists.organizations_table(db)
    return table.headers, table.rows * 200


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_full_disk_leaves_the_earlier_file_and_no_debris(writer: str, demo_db: Database, small_disk) -> None:
    disk = small_disk(2 * 1024 * 1024)
    target = disk / "out.file"
    target.write_bytes(GOOD)
    _fill(disk, 8 * 1024)
    with pytest.raises(DatabaseError) as info:
        WRITERS[writer](demo_db, target)
    assert "disk is full" in str(info.value) or "database or disk is full" in str(info.value)
    assert target.read_bytes() == GOOD
    assert sorted(p.name for p in disk.iterdir()) == ["ballast", "out.file"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "secretariat", *args], capture_output=True, text=True,
                          env=env, cwd=str(ROOT))


def test_a_second_process_never_removes_the_side_files_of_an_open_database(tmp_path: Path) -> None:
    path = tmp_path / "secretariat.sqlite"
    window = open_database(path, backup_dir=tmp_path / "backups")
    try:
        directory.create_organization(window, "Ministry of Justice", kind="ministry")
        shm = path.with_name(path.name + "-shm")
        assert shm.exists()
        # The window opens the same database again (the restore dialog, a second page)...
        open_database(path).dispose()
        # ...and a terminal runs a command on it at the same moment.
        assert _cli("--db", str(path), "summary").returncode == 0
        assert _cli("--db", str(path), "backup", str(tmp_path / "usb.sqlite")).returncode == 0
        assert shm.exists(), "the -shm of the open window was deleted"
        directory.create_organization(window, "Ministry of Education", kind="ministry")
        made = backups.backup_now(window)
        assert made.exists()
    finally:
        window.dispose()
    assert cli_main(["--db", str(path), "check"]) == 0


def test_a_failed_read_is_told_as_the_databases_not_the_targets(tmp_path: Path) -> None:
    from secretariat.db import backup as db_backup

    source = tmp_path / "broken.sqlite"
    open_database(source).dispose()
    data = bytearray(source.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xff" * (4096 * 4)  # pages damaged on the drive
    source.write_bytes(bytes(data))
    with pytest.raises(BackupError) as info:
        db_backup.backup_file(source, tmp_path / "out" / "copy.sqlite")
    message = str(info.value)
    assert str(source) in message
    assert "could not be written to" not in message


def test_wal_on_a_read_only_drive_is_restored_with_its_changes(demo_db: Database, small_disk,
                                                             tmp_path: Path) -> None:
    stick = small_disk(32 * 1024 * 1024)
    copy = stick / "secretariat.sqlite"
    shutil.copyfile(demo_db.path, copy)
    con = sqlite3.connect(copy, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(32):
        con.execute("INSERT INTO tag (kind, name, search_text) VALUES ('theme', ?, '')", (f"only in the wal {n}",))
    # Pulled out without closing: the changes stay in the -wal only.
    shutil.copyfile(copy.with_name(copy.name + "-wal"), tmp_path / "wal")
    con.close()  # (the close would checkpoint; put the -wal back as it was on the stick)
    shutil.copyfile(demo_db.path, copy)
    shutil.copyfile(tmp_path / "wal", copy.with_name(copy.name + "-wal"))
    copy.with_name(copy.name + "-shm").unlink(missing_ok=True)
    remount_read_only(stick)
    target = demo_db.path
    demo_db.dispose()
    db, _result = backups.restore(target, copy, folder=tmp_path / "backups")
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Tag).where(Tag.name.like("only in the wal %"))) == 32
    finally:
        db.dispose()
    assert sorted(p.name for p in stick.iterdir()) == ["secretariat.sqlite", "secretariat.sqlite-wal"]


@pytest.mark.parametrize("command", [["export", "organizations", "{disk}/out.xlsx"],
                                     ["report", "plan-implementation", "--pdf", "{disk}/out.pdf"],
                                     ["export", "questionnaire", "{disk}/q"]])
def test_the_command_line_on_a_full_disk_says_so_in_words(command: list[str], demo_db: Database,
                                                          small_disk) -> None:
    disk = small_disk(2 * 1024 * 1024)
    (disk / "q").mkdir()
    for name in ("out.xlsx", "out.pdf"):
        (disk / name).write_bytes(GOOD)
    _fill(disk, 0)
    result = _cli("--db", str(demo_db.path), *(part.format(disk=disk) for part in command))
    assert result.returncode == 2
    assert "disk is full" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert (disk / "out.xlsx").read_bytes() == GOOD and (disk / "out.pdf").read_bytes() == GOOD
    assert sorted(p.name for p in disk.rglob("*")) == ["ballast", "out.pdf", "out.xlsx", "q"]
