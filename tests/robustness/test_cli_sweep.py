"""Every command with every kind of bad path, number and text: a message, never a traceback.

The paths are real: a missing folder, a folder where a file is wanted, a file where a
folder is wanted, a read-only mount (root) or folder, a device node, a name that is not
valid Unicode. ``main`` must return (or argparse exit with 2) with a worded message.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from robust_helpers import device_node, remount_read_only
from sqlalchemy import select

from secretariat.cli import main as cli_main
from secretariat.db import Database
from secretariat.models import Meeting

ROOT = Path(__file__).resolve().parents[2]
PATH_KINDS = ("missing-folder", "folder-as-file", "file-as-folder", "read-only", "device", "surrogate-name")
COMMANDS = {
    "minutes": lambda p: ["minutes", "2024/1", "--pdf", p],
    "report": lambda p: ["report", "plan-implementation", "--pdf", p],
    "export": lambda p: ["export", "organizations", p],
    "questionnaire": lambda p: ["export", "questionnaire", p],
    "backup": lambda p: ["backup", p],
    "restore": lambda p: ["restore", p, "--check-only"],
    "import": lambda p: ["import", "organizations", p],
    "db": lambda p: ["--db", p, "summary"],
}


@pytest.fixture(scope="module")
def read_only_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ro")
    if os.geteuid() == 0 and sys.platform.startswith("linux"):
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
        if result.returncode == 0:
            (folder / "existing.pdf").write_bytes(b"%PDF-1.4 kept\n")
            remount_read_only(folder)
            yield folder
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
            return
    (folder / "existing.pdf").write_bytes(b"%PDF-1.4 kept\n")
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def _bad_path(kind: str, tmp_path: Path, read_only: Path) -> str:
    if kind == "missing-folder":
        return str(tmp_path / "no" / "such" / "folder" / "out.pdf")
    if kind == "folder-as-file":
        folder = tmp_path / "a-folder.pdf"
        folder.mkdir()
        return str(folder)
    if kind == "file-as-folder":
        plain = tmp_path / "plain.txt"
        plain.write_text("a file")
        return str(plain / "out.pdf")
    if kind == "read-only":
        return str(read_only / "existing.pdf")
    if kind == "device":
        return str(device_node(tmp_path))
    return str(tmp_path / "ad\udcffa.pdf")  # a byte that is not UTF-8, from a file name


def _run(args: list[str], capsys) -> tuple[int, str]:
    try:
        code = cli_main(args)
    except SystemExit as exit_:  # argparse: usage and a message
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("kind", PATH_KINDS)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_bad_paths_give_a_message(command: str, kind: str, demo_db: Database, tmp_path: Path,
                                  read_only_folder: Path, capsys) -> None:
    path = _bad_path(kind, tmp_path, read_only_folder)
    args = COMMANDS[command](path)
    if command != "db":
        args = ["--db", str(demo_db.path), *args]
    code, err = _run(args, capsys)
    if code != 0:
        assert code in (1, 2) and err.strip(), err
        assert "Traceback" not in err
    assert (read_only_folder / "existing.pdf").read_bytes() == b"%PDF-1.4 kept\n"
    if kind == "device":
        assert Path(path).is_char_device()
    debris = [p for p in tmp_path.rglob("*") if p.name.endswith((".partial", ".restoring"))]
    assert debris == []


OUT_OF_RANGE = [
    ["minutes", "99999999999999999999/1", "--pdf", "{tmp}/m.pdf"],
    ["minutes", "99999999999999999999", "--pdf", "{tmp}/m.pdf"],
    ["minutes", "9999/99999999999999999999", "--pdf", "{tmp}/m.pdf"],
    ["minutes", "-1", "--pdf", "{tmp}/m.pdf"],
    ["report", "commission-year", "--year", "99999999999", "--pdf", "{tmp}/r.pdf"],
    ["report", "commission-year", "--year", "9999", "--pdf", "{tmp}/r.pdf"],
    ["report", "commission-year", "--year", "0", "--pdf", "{tmp}/r.pdf"],
    ["report", "commission-year", "--year", "-5", "--pdf", "{tmp}/r.pdf"],
    ["report", "action-items", "--from", "31.12.99999", "--pdf", "{tmp}/r.pdf"],
    ["report", "action-items", "--from", "0001-01-01", "--pdf", "{tmp}/r.pdf"],
    ["report", "plan-implementation", "--plan", "99999999999999999999", "--pdf", "{tmp}/r.pdf"],
    ["export", "recommendations", "{tmp}/x.xlsx", "--cycle", "12345678901234567890"],
    ["export", "meetings", "{tmp}/x.xlsx", "--year", "99999999999"],
    ["import", "recommendations", "{tmp}/none.xlsx", "--cycle", "12345678901234567890"],
    ["backup", "{tmp}/b/", "--keep", "0"],
    ["backup", "{tmp}/b/", "--keep", "-3"],
    ["backup", "{tmp}/b/", "--keep", "99999999999999999999999"],
    ["restore", "{tmp}/none.sqlite", "--keep", "0"],
]


@pytest.mark.parametrize("args", OUT_OF_RANGE, ids=lambda a: " ".join(a[:3]))
def test_numbers_out_of_range_give_a_message(args: list[str], demo_db: Database, tmp_path: Path, capsys) -> None:
    code, err = _run(["--db", str(demo_db.path), *(a.format(tmp=tmp_path) for a in args)], capsys)
    assert code in (1, 2) and err.strip() and "Traceback" not in err


SURROGATE = "Fr\udcc3ance \udcff"
TEXTS = [
    ["export", "recommendations", "{tmp}/x.xlsx", "--search", SURROGATE],
    ["export", "organizations", "{tmp}/x.xlsx", "--search", SURROGATE],
    ["export", "measures", "{tmp}/x.xlsx", "--plan", SURROGATE],
    ["export", "questionnaire", "{tmp}/q", "--organization", SURROGATE],
    ["report", "plan-implementation", "--organization", SURROGATE, "--pdf", "{tmp}/r.pdf"],
    ["report", "plan-implementation", "--plan", SURROGATE, "--pdf", "{tmp}/r.pdf"],
    ["import", "measures", "{tmp}/none.xlsx", "--create-plan", SURROGATE],
    ["minutes", SURROGATE, "--pdf", "{tmp}/m.pdf"],
]


@pytest.mark.parametrize("args", TEXTS, ids=lambda a: " ".join(a[:2] + [a[3]]))
def test_text_that_is_not_unicode_gives_a_message_or_works(args: list[str], demo_db: Database, tmp_path: Path,
                                                          capsys) -> None:
    code, err = _run(["--db", str(demo_db.path), *(a.format(tmp=tmp_path) for a in args)], capsys)
    assert code in (0, 1, 2) and "Traceback" not in err
    if code:
        assert err.strip()


def test_lone_surrogates_in_names_themes_and_states_are_stored_cleanly(db: Database) -> None:
    from secretariat.services import directory, recommendations

    org = directory.create_organization(db, "Ministry \udcff of Justice", kind="ministry")
    rec = recommendations.create_recommendation(db, "Protect \udcc3 rights", themes=["Wom\udcffen"],
                                                states=["Fr\udcc3ance"], responsible_ids=[org.id])
    assert "\udcff" not in directory.get_organization(db, org.id).name
    found = recommendations.get_recommendation(db, rec.id)
    assert "\ufffd" in found.text
    from secretariat.services.common import search_clause  # search with the same broken text
    from secretariat.models import Recommendation

    with db.read() as s:
        assert s.scalars(select(Recommendation.id).where(search_clause(Recommendation.search_text,
                                                                        "Protect \udcc3"))).all() == [rec.id]


@pytest.mark.parametrize("encoding", ["cp1252", "cp866"])
def test_a_console_without_the_letters_shows_replacements(encoding: str, tmp_path: Path) -> None:
    from secretariat.io.excel.export import write_table

    book = tmp_path / "Meýilnama Türkmenistanyň — План.xlsx"
    write_table(book, "Guramalar", ["Name", "Short name", "Kind"],
                [["Adalat ministrligi Türkmenistanyň", "AM", "ministry"],
                 ["Министерство юстиции", "МЮ", "ministry"]])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    result = subprocess.run([sys.executable, "-m", "secretariat", "--db", str(tmp_path / "s.sqlite"), "import",
                             "organizations", str(book)], capture_output=True, env=env, cwd=str(ROOT))
    err = result.stderr.decode(encoding, "replace")
    assert "Traceback" not in err, err
    assert result.returncode == 0, err
    assert "?" in result.stdout.decode(encoding)


@pytest.mark.parametrize("url", ["mysql://u@h/d", "foo://", "postgresql://u:secret@localhost/db",
                                 "postgresql+psycopg://u:secret@localhost/db", "sqlite+nosuch:///x.sqlite", "://"])
def test_unknown_schemes_and_missing_drivers_name_what_is_supported(url: str, capsys) -> None:
    code, err = _run(["--db", url, "summary"], capsys)
    if code == 0:  # the driver is installed and a server answered: nothing to say
        return
    assert code == 2 and "Traceback" not in err
    assert "sqlite:///" in err or "could not" in err.lower() or "connect" in err.lower()
    assert "secret" not in err


def test_summary_into_a_closed_pipe_ends_quietly(demo_db: Database) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for command in ("summary", "report --list"):
        shell = f'"{sys.executable}" -m secretariat --db "{demo_db.path}" {command} | head -c 1 >/dev/null'
        result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, env=env,
                                cwd=str(ROOT))
        assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr


def test_damaged_schema_refused_in_words(demo_db: Database, tmp_path: Path, capsys) -> None:
    import sqlite3

    path = demo_db.path
    demo_db.dispose()
    con = sqlite3.connect(path)
    con.executescript("CREATE TRIGGER stop BEFORE INSERT ON organization BEGIN SELECT RAISE(ABORT, 'no'); END;"
                      "UPDATE meeting SET number = 'seven' WHERE id = (SELECT min(id) FROM meeting);"
                      "PRAGMA foreign_keys=OFF; DROP TABLE action_item;")
    con.close()
    code, err = _run(["--db", str(path), "check"], capsys)
    assert code == 1
    for text in ("Trigger stop", "Table action_item is missing", "meeting.number"):
        assert text in err, err
    for args in (["report", "action-items", "--pdf", str(tmp_path / "r.pdf")],
                 ["minutes", "2024/1", "--pdf", str(tmp_path / "m.pdf")],
                 ["export", "organizations", str(tmp_path / "o.xlsx")],
                 ["summary"]):
        code, err = _run(["--db", str(path), *args], capsys)
        assert "Traceback" not in err
        if code:
            assert err.strip()
    assert not (tmp_path / "r.pdf").exists()
