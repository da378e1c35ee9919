"""The command line, run as a user runs it: in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None, entry: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    command = (entry or [sys.executable, "-m", "secretariat"]) + list(args)
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=full_env, timeout=120)


@pytest.mark.parametrize("entry", [
    [sys.executable, "-m", "secretariat"],
    [sys.executable, str(ROOT / "main.py")],
])
def test_help_lists_the_commands(entry: list[str]) -> None:
    result = run("--help", entry=entry)
    assert result.returncode == 0
    for command in ("demo", "summary", "check", "--db"):
        assert command in result.stdout


def test_console_script_help() -> None:
    """The installed `secretariat` command (present when the package is installed)."""
    import shutil

    exe = shutil.which("secretariat", path=str(Path(sys.executable).parent)) or shutil.which("secretariat")
    if exe is None:
        pytest.skip("the package is not installed as a command in this environment")
    result = run("--help", entry=[exe])
    assert result.returncode == 0 and "summary" in result.stdout


def test_demo_summary_check(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run("--db", db, "demo").returncode == 0
    result = run("--db", db, "summary", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meetings"]["total"] == 6
    assert set(data["meetings"]["by_status"]) <= {"planned", "held", "minutes_drafted", "minutes_approved"}
    assert data["measures"]["total"] > 0 and isinstance(data["measures"]["by_status"], dict)
    assert data["recommendations"]["by_position"]["supported"] > 0
    assert "noted" in data["recommendations"]["by_position"]
    assert isinstance(data["recommendations"]["by_status"], dict)
    assert data["organizations"] > 0 and data["national_reports"] > 0
    check = run("check", "--db", db)
    assert check.returncode == 0 and "sound" in check.stdout
    again = run("--db", db, "demo")
    assert again.returncode != 0 and "empty" in again.stderr


def test_env_variable_chooses_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    result = run("summary", "--json", env={"SECRETARIAT_DB": str(db)})
    assert result.returncode == 0
    assert json.loads(result.stdout)["meetings"]["total"] == 0
    assert db.exists()


def test_sqlalchemy_url_accepted(tmp_path: Path) -> None:
    result = run("--db", f"sqlite:///{tmp_path / 'url.sqlite'}", "summary", "--json")
    assert result.returncode == 0


def test_check_reports_a_damaged_database(_demo_template: Path, tmp_path: Path) -> None:
    import shutil
    import sqlite3

    db = tmp_path / "damaged.sqlite"
    shutil.copyfile(_demo_template, db)  # what `secretariat demo` writes (test_demo_summary_check)
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO attendance (meeting_id, organization_id, role, presence, represented_by, note) "
                "VALUES (9999, 1, 'member', 'present', '', '')")
    con.commit()
    con.close()
    result = run("--db", str(db), "check")
    assert result.returncode == 1
    assert "attendance" in result.stderr


def test_not_a_database_gives_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "minutes.docx"
    bad.write_bytes(b"PK\x03\x04 this is a word file")
    result = run("--db", str(bad), "summary")
    assert result.returncode == 2
    assert "not a Secretariat database" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"PK\x03\x04 this is a word file"


def test_gui_without_display_explains(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "secretariat", "--db", str(tmp_path / "x.sqlite")],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 1
    assert "display" in result.stderr.lower() or "apt-get install" in result.stderr
