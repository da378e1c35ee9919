"""Bad input gets a clear message and changes nothing, through the importer's own entry points."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.importers import list_sheets, load_sheet, plan_import, prepare_header, run_import
from secretariat.models import AuditEntry, Organization, Recommendation

MB = 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole2(names: list[str]) -> bytes:
    return OLE2 + b"\x00" * 504 + b"".join(name.encode("utf-16-le") + b"\x00" * 8 for name in names) + b"\x00" * 2048


def nothing_written(db) -> bool:
    with db.read() as s:
        return all((s.scalar(select(func.count()).select_from(model)) or 0) == 0
                   for model in (Recommendation, AuditEntry, Organization))


def attempt(db, path: Path, kind: str = "recommendations") -> str:
    with pytest.raises(SpreadsheetError) as caught:
        sheet = load_sheet(path)
        header, _ = prepare_header(db, kind, sheet)
        run_import(db, plan_import(db, kind, sheet, header))
    assert nothing_written(db)
    return str(caught.value)


def bad_files(tmp_path: Path, valid: Path) -> dict[str, tuple[Path, str]]:
    files: dict[str, tuple[Path, str]] = {}

    def add(name: str, filename: str, data: bytes, expected: str) -> None:
        path = tmp_path / filename
        path.write_bytes(data)
        files[name] = (path, expected)

    add("word doc", "matrix.doc", ole2(["WordDocument", "1Table"]), ".docx")
    add("binary", "list.csv", bytes(range(256)) * 8, "not a spreadsheet")
    add("pdf", "report.xlsx", b"%PDF-1.7\n" + b"0" * 100, "PDF")
    add("password", "protected.xlsx", ole2(["EncryptionInfo", "EncryptedPackage"]), "password")
    add("legacy xls", "old.xls", ole2(["Workbook", "SummaryInformation"]), "could not be read")
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    add("ods", "plan.ods", ods.getvalue(), "")
    data = valid.read_bytes()
    add("truncated", "cut.xlsx", data[: len(data) // 2], "damaged")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive, zipfile.ZipFile(valid) as source:
        for info in source.infolist():
            archive.writestr(info.filename, source.read(info.filename))
        archive.writestr("xl/media/padding.bin", b"\x00" * (40 * MB))
    add("zip bomb", "bomb.xlsx", bomb.getvalue(), "zip bomb")
    return files


@pytest.mark.parametrize("name", ["word doc", "binary", "pdf", "password", "legacy xls", "ods", "truncated", "zip bomb"])
def test_bad_files_are_refused_with_a_message(db, tmp_path, fixture_path, name):
    path, expected = bad_files(tmp_path, fixture_path("ohchr_4th_cycle_thematic.xlsx"))[name]
    message = attempt(db, path)
    assert expected.casefold() in message.casefold(), message
    with pytest.raises(SpreadsheetError):
        list_sheets(path)


def test_hundred_megabyte_file(db, tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(100 * MB + 1)  # sparse: costs no disk space
    assert "too large" in attempt(db, path)


def test_empty_sheet_and_sheet_without_header(db, tmp_path):
    empty = tmp_path / "empty.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Blank"
    workbook.save(empty)
    assert "empty" in attempt(db, empty)
    noheader = tmp_path / "noheader.xlsx"
    workbook = openpyxl.Workbook()
    for row in ([1, 2, 3], ["apples", "pears", "plums"], [4, 5, 6]):
        workbook.active.append(row)
    workbook.save(noheader)
    message = attempt(db, noheader)
    assert "No header row" in message and "Recommendation" in message


def test_unknown_sheet_name(db, fixture_path):
    with pytest.raises(SpreadsheetError, match="no sheet named"):
        load_sheet(fixture_path("plan_matrix_ru.xlsx"), "Лист2")
    assert list_sheets(fixture_path("plan_matrix_ru.xlsx")) == ["План"]


def test_formulas_and_odd_cells_import_as_their_values(db, tmp_path):
    """A sheet saved by Excel with formulas and cached values (via LibreOffice-like XML)."""
    path = tmp_path / "formulas.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["4th UPR cycle"])
    sheet.append(["Paragraph", "Recommendation", "Position"])
    sheet.append(["140.1", "=\"Ratify\"&\" the OP-CAT (Maldives)\"", "Supported"])
    workbook.save(path)
    sheet_data = load_sheet(path)
    header, _ = prepare_header(db, "recommendations", sheet_data)
    plan = plan_import(db, "recommendations", sheet_data, header)
    # openpyxl stores no cached value for the formula: the row is reported, nothing guessed.
    assert [row.action for row in plan.rows] == ["error"]
    assert not run_import(db, plan).written
    assert nothing_written(db)


def test_macro_enabled_workbook_is_accepted(db, tmp_path, fixture_path):
    import shutil

    path = tmp_path / "list.xlsm"
    shutil.copy(fixture_path("ohchr_4th_cycle_thematic.xlsx"), path)
    sheet = load_sheet(path)
    header, _ = prepare_header(db, "recommendations", sheet)
    assert run_import(db, plan_import(db, "recommendations", sheet, header)).written
