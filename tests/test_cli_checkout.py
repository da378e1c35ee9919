"""`secretariat --db URL checkout MEETING OUT.sqlite` and `checkin IN.sqlite` with their reports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pg_server import both_backends
from secretariat.cli import main as cli_main
from secretariat.db import open_database
from secretariat.services import checkout, meetings


def pytest_generate_tests(metafunc) -> None:
    both_backends(metafunc)


def _target(db) -> str:
    return str(db.path) if db.path is not None else db.url


def test_checkout_and_checkin_from_the_command_line(db, tmp_path: Path, capsys):
    meeting = meetings.create_meeting(db, starts_at=datetime(2026, 4, 1, 10), title="April session")
    item = meetings.add_agenda_item(db, meeting.id, "Treaty reports")
    copy_path = tmp_path / "april.sqlite"
    assert cli_main(["--db", _target(db), "checkout", meeting.reference, str(copy_path)]) == 0
    assert "checked out to" in capsys.readouterr().out
    assert checkout.checkout_of(db, meeting.id) is not None

    laptop = open_database(copy_path)
    try:
        meetings.update_agenda_item(laptop, item.id, heard="<p>Typed offline</p>")
        meetings.update_meeting(laptop, meeting.id, title="April session, laptop")
    finally:
        laptop.dispose()
    meetings.update_meeting(db, meeting.id, title="April session, office")

    assert cli_main(["--db", _target(db), "checkin", str(copy_path)]) == 1
    out = capsys.readouterr().out
    assert "April session, laptop" in out and "April session, office" in out and "--keep" in out
    assert checkout.checkout_of(db, meeting.id) is not None  # nothing written

    assert cli_main(["--db", _target(db), "checkin", str(copy_path), "--keep", "mine"]) == 0
    assert "no longer checked out" in capsys.readouterr().out
    saved = meetings.get_meeting(db, meeting.id)
    assert saved.title == "April session, laptop" and "Typed offline" in saved.agenda_items[0].heard

    assert cli_main(["--db", _target(db), "checkin", str(copy_path)]) == 2
    assert "already checked in" in capsys.readouterr().err
