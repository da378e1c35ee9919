"""`secretariat import` and `secretariat export` as a clerk runs them: their entry point in this
process (``cli_inprocess``), and in a child process for the refusals and the help."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from cli_inprocess import run_cli as cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "io_excel" / "fixtures"


def child(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "secretariat", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ}, timeout=180)


def rows(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_import_json_and_reimport(tmp_path):
    db = tmp_path / "s.sqlite"
    result = cli("--db", str(db), "import", "recommendations", str(FIXTURES / "ohchr_4th_cycle_thematic.xlsx"),
                 "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("created", "updated", "skipped", "errors")} == {
        "created": 7, "updated": 0, "skipped": 0, "errors": []}
    again = json.loads(cli("--db", str(db), "import", "recommendations",
                           str(FIXTURES / "ohchr_4th_cycle_thematic.xlsx"), "--json").stdout)
    assert (again["created"], again["updated"], again["skipped"]) == (0, 0, 7)
    assert rows(db, "recommendation") == 7


def test_dry_run_writes_nothing(tmp_path):
    db = tmp_path / "s.sqlite"
    result = cli("--db", str(db), "import", "recommendations", str(FIXTURES / "ohchr_3rd_cycle_matrix.xlsx"),
                 "--dry-run")
    assert result.returncode == 0 and "Would create 8" in result.stdout
    assert rows(db, "recommendation") == 0 and rows(db, "audit_entry") == 0


def test_errors_exit_non_zero_and_import_nothing_unless_skipped(tmp_path):
    path = tmp_path / "list.xlsx"
    workbook = openpyxl.Workbook()
    for row in (["UPR, 4th cycle"], ["Paragraph", "Recommendation", "Position"],
                ["140.1", "Ratify the CRPD", "Supported"], ["140.2", None, "Noted"]):
        workbook.active.append(row)
    workbook.save(path)
    db = tmp_path / "s.sqlite"
    result = cli("--db", str(db), "import", "recommendations", str(path), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["created"] == 0 and data["errors"] == [
        {"row": 4, "column": "Recommendation", "message": "The recommendation text is empty."}]
    assert rows(db, "recommendation") == 0
    result = cli("--db", str(db), "import", "recommendations", str(path), "--skip-invalid")
    assert result.returncode == 3 and "row 4" in result.stderr
    assert rows(db, "recommendation") == 1


def test_measures_need_an_existing_plan_or_create_plan(tmp_path):
    db = tmp_path / "s.sqlite"
    matrix = str(FIXTURES / "plan_matrix_ru.xlsx")
    result = cli("--db", str(db), "import", "measures", matrix, "--plan", "NAP")
    assert result.returncode == 1 and "There is no plan called" in result.stderr
    result = cli("--db", str(db), "import", "measures", matrix, "--create-plan", "НПД 2021-2025", "--json")
    assert result.returncode == 0 and json.loads(result.stdout)["created"] == 5
    result = cli("--db", str(db), "import", "measures", matrix, "--plan", "НПД 2021-2025", "--json")
    assert json.loads(result.stdout)["skipped"] == 5


@pytest.mark.parametrize("content, words", [
    (b"%PDF-1.7\n" + b"0" * 100, "PDF"),
    (bytes(range(256)) * 8, "not a spreadsheet"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "WordDocument".encode("utf-16-le"), ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptionInfo".encode("utf-16-le"), "password"),
    (b"PK\x03\x04 broken", "damaged"),
])
def test_bad_files_give_a_message_not_a_traceback(tmp_path, content, words):
    path = tmp_path / "input.xlsx"
    path.write_bytes(content)
    db = tmp_path / "s.sqlite"
    result = child("--db", str(db), "import", "organizations", str(path))
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()  # refused before the database was even opened


def test_export_lists_and_questionnaires(demo_db, tmp_path):
    db = demo_db.path  # what `secretariat demo` writes (test_cli.py runs that command)
    out = tmp_path / "recs.xlsx"
    result = cli("--db", str(db), "export", "recommendations", str(out), "--cycle", "4")
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A3"].value == "Mechanism" and sheet.freeze_panes == "A4"
    assert all(sheet.cell(row=r, column=3).value == 4 for r in range(4, sheet.max_row + 1))
    for kind in ("measures", "progress", "meetings", "organizations"):
        result = cli("--db", str(db), "export", kind, str(tmp_path / f"{kind}.xlsx"))
        assert result.returncode == 0 and (tmp_path / f"{kind}.xlsx").exists(), (kind, result.stderr)
    folder = tmp_path / "questionnaires"
    result = cli("--db", str(db), "export", "questionnaire", str(folder), "--organization", "Ministry of Justice of "
                 "Turkmenistan")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in folder.iterdir()] == ["Questionnaire - MoJ.xlsx"]
    # Returned unchanged: imported as a questionnaire even when called "progress", nothing to record.
    result = cli("--db", str(db), "import", "progress", str(folder / "Questionnaire - MoJ.xlsx"), "--json")
    data = json.loads(result.stdout)
    assert result.returncode == 0 and data["kind"] == "questionnaire" and data["created"] == 0
    result = cli("--db", str(db), "export", "questionnaire", str(folder), "--organization", "Nobody")
    assert result.returncode == 2 and "no organization" in result.stderr


def test_help_lists_import_and_export():
    result = child("--help")
    assert "import" in result.stdout and "export" in result.stdout
    assert "--skip-invalid" in child("import", "--help").stdout
