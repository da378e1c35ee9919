"""A child process for the crash tests: does real work and says where it is.

    python crash_child.py SCENARIO DATABASE [ARGS...]

It prints one line per milestone ("COMMITTED 12", "MID fill_large", ...) and flushes,
so the parent can kill it with SIGKILL at a chosen point. Where the parent wants the
kill to land inside a transaction, the child prints "MID ..." from inside it and then
waits to be killed (it never finishes that transaction on its own).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path

WAIT_FOR_KILL_SECONDS = 120


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def wait_for_kill(marker: str) -> None:
    say(marker)
    time.sleep(WAIT_FOR_KILL_SECONDS)
    say("NOT KILLED")
    os._exit(3)


def saves(db_path: Path, meeting_id: str) -> None:
    """Save the meeting again and again; each commit is announced after it returns."""
    from secretariat.db import open_database
    from secretariat.services import meetings

    db = open_database(db_path)
    mid = int(meeting_id)
    say("READY")
    for n in range(1, 100_000):
        meeting = meetings.get_meeting(db, mid)
        meetings.update_meeting(db, mid, expected_version=meeting.version, title=f"Saved {n}")
        meetings.add_agenda_item(db, mid, f"Item {n}", heard=f"Heard text {n} " * 20)
        say(f"COMMITTED {n}")


def save_mid(db_path: Path, meeting_id: str) -> None:
    """Kill inside a save: ``duplicate_meeting`` writes many rows in one transaction."""
    from sqlalchemy import event

    from secretariat.db import open_database
    from secretariat.services import meetings

    db = open_database(db_path)
    seen = {"attendance": 0}

    def after_execute(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith("INSERT INTO ATTENDANCE"):
            seen["attendance"] += 1
            if seen["attendance"] == 2:
                wait_for_kill("MID duplicate_meeting")

    event.listen(db.engine, "after_cursor_execute", after_execute)  # this child's engine only
    meetings.duplicate_meeting(db, int(meeting_id), datetime(2031, 5, 5, 10, 0), title="Never committed")
    say("FINISHED")


def fill_large_mid(db_path: Path) -> None:
    """Kill inside a large multi-row write transaction (the stand-in for an import)."""
    from secretariat.db import open_database
    from secretariat.services import demo_large

    db = open_database(db_path)

    def progress(step: str) -> None:
        say(f"STEP {step}")
        if step == "progress reports":
            wait_for_kill("MID fill_large")

    demo_large.fill_large(db, progress=progress, measures_per_plan=300, recommendations=2000,
                          progress_reports=5000, years=4)
    say("FINISHED")


def import_mid(db_path: Path, workbook: str) -> None:
    """Kill inside a real spreadsheet import, after some recommendations were inserted."""
    from sqlalchemy import event

    from secretariat.db import open_database
    from secretariat.io.excel import importers

    db = open_database(db_path)
    sheet = importers.load_sheet(Path(workbook))
    header, _remembered = importers.prepare_header(db, "recommendations", sheet)
    plan = importers.plan_import(db, "recommendations", sheet, header)
    inserted = {"n": 0}

    def after_execute(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith("INSERT INTO RECOMMENDATION "):
            inserted["n"] += len(parameters) if executemany else 1
            if inserted["n"] >= 5:
                wait_for_kill(f"MID import {inserted['n']}")

    event.listen(db.engine, "after_cursor_execute", after_execute)  # this child's engine only
    importers.run_import(db, plan)
    say("FINISHED")


def drafts(db_path: Path, item_id: str) -> None:
    """Type minutes: the draft is kept after every few words, as the autosave does."""
    from secretariat.db import open_database
    from secretariat.services import drafts as drafts_service

    db = open_database(db_path)
    say("READY")
    text = ""
    for n in range(1, 100_000):
        text += f"Söz {n}: Türkmenistanyň wekili çykyş etdi; Министерство — "
        drafts_service.save_draft(db, "agenda_item", int(item_id), "heard", text)
        say(f"KEPT {n} {len(text)}")


def backup_mid(db_path: Path, destination: str) -> None:
    """Kill while a backup is being written."""
    from secretariat.db import backup

    def progress(done: int, total: int) -> None:
        if done > 0:
            wait_for_kill(f"MID backup {done}/{total}")

    backup.backup_file(db_path, Path(destination), progress=progress, pages_per_step=8)
    say("FINISHED")


def restore_mid(db_path: Path, source: str, folder: str) -> None:
    """Kill while a backup is being copied into the live database."""
    from secretariat.db import restore

    calls = {"n": 0}

    def progress(done: int, total: int) -> None:
        calls["n"] += 1
        if done > total // 2 + 8:  # in the second half: the in-place copy
            wait_for_kill(f"MID restore {done}/{total}")

    restore.restore_file(Path(source), db_path, Path(folder), progress=progress, pages_per_step=8)
    say("FINISHED")


def migrate_mid(db_path: Path, script_location: str, head: str) -> None:
    """Kill during a database upgrade (the test's migration waits to be killed)."""
    from secretariat.db import migrate, open_database

    migrator = migrate.Migrator(script_location=Path(script_location), head=head)
    open_database(db_path, migrator=migrator)
    say("FINISHED")


def writer(db_path: Path, name: str, count: str, go_file: str, journal: str = "wal") -> None:
    """Create *count* organizations, one transaction each, once *go_file* exists."""
    from secretariat.db import open_database
    from secretariat.services import directory

    db = open_database(db_path, journal_mode=journal)
    say("READY")
    go = Path(go_file)
    while not go.exists():
        time.sleep(0.01)
    for n in range(int(count)):
        directory.create_organization(db, f"{name} organization {n:04d}", kind="ministry")
    say("FINISHED")


def ticker(db_path: Path) -> None:
    """Commit one theme every 5 ms, as another program writing would; each is announced."""
    import sqlite3

    con = sqlite3.connect(db_path, isolation_level=None, timeout=60)
    say("READY")
    for n in range(1, 1_000_000):
        con.execute("INSERT INTO tag (kind, name, search_text) VALUES ('theme', ?, '')", (f"tick {n}",))
        say(f"COMMITTED {n}")
        time.sleep(0.005)


def hold_lock(db_path: Path) -> None:
    """Another program holding the file exclusively (no reading, no writing)."""
    import sqlite3

    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA locking_mode = EXCLUSIVE")
    con.execute("BEGIN EXCLUSIVE")
    con.execute("UPDATE meeting SET title = title WHERE id < 0")
    wait_for_kill("LOCKED")


def hold_write(db_path: Path) -> None:
    """Another copy of the application in the middle of a long write transaction."""
    import sqlite3

    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE meeting SET title = title WHERE id < 0")
    wait_for_kill("LOCKED")


def gui_typing(db_path: Path, meeting_id: str, item_id: str, settings_file: str) -> None:
    """The real minutes editor, offscreen: type, let the autosave keep it, type on, be killed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from secretariat.db import open_database
    from secretariat.ui.app.application import create_application
    from secretariat.ui.core.context import AppContext
    from secretariat.ui.meeting_editor import open_meeting_editor

    app = create_application()
    context = AppContext(open_database(db_path), QSettings(settings_file, QSettings.Format.IniFormat))
    editor = open_meeting_editor(context, int(meeting_id), tab="minutes")
    editor.show()
    editor.minutes.select(int(item_id))
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    heard.moveCursor(heard.textCursor().MoveOperation.End)

    def type_text(text: str) -> None:
        for char in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, heard, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
        QApplication.processEvents()

    type_text(" Täze söz: Прения отложены.")
    editor.keeper.flush()  # what the autosave timer or leaving the field does (the writer writes it)
    while editor.keeper.writing:
        app.processEvents()
        time.sleep(0.01)
    say("KEPT")
    type_text(" Ýene-de ýazylýar, ýöne saklanmady.")  # typed after the last autosave: may be lost
    say("TYPING")
    app.processEvents()
    wait_for_kill("MID typing")


SCENARIOS = {
    "import_mid": import_mid,
    "gui_typing": gui_typing,
    "hold_lock": hold_lock,
    "hold_write": hold_write,
    "saves": saves,
    "save_mid": save_mid,
    "fill_large_mid": fill_large_mid,
    "drafts": drafts,
    "backup_mid": backup_mid,
    "restore_mid": restore_mid,
    "migrate_mid": migrate_mid,
    "writer": writer,
    "ticker": ticker,
}

if __name__ == "__main__":
    scenario, database, *rest = sys.argv[1:]
    SCENARIOS[scenario](Path(database), *rest)
