"""Status questionnaires: protected workbooks that go out to ministries and come back filled in."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from secretariat.io.excel.importers import ImportOptions, load_sheet, plan_import, prepare_header, run_import
from secretariat.io.excel.questionnaire import assignments, write_questionnaire, write_questionnaires
from secretariat.models import Measure, Organization, ProgressReport, Recommendation


def org_id(db, short_name: str) -> int:
    with db.read() as s:
        return s.scalar(select(Organization.id).where(Organization.short_name == short_name))


def returned(db, path: Path, report_date=date(2024, 5, 20)):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, "questionnaire", sheet)
    plan = plan_import(db, "questionnaire", sheet, header, ImportOptions(report_date=report_date))
    return plan, run_import(db, plan)


@pytest.fixture
def moj_file(demo_db, tmp_path) -> Path:
    [assignment] = assignments(demo_db, org_id(demo_db, "MoJ"))
    return write_questionnaire(tmp_path / "Questionnaire - MoJ.xlsx", assignment, prepared_on=date(2024, 5, 1))


def test_workbook_is_protected_with_drop_downs_and_hidden_ids(moj_file):
    workbook = openpyxl.load_workbook(moj_file)
    assert workbook.sheetnames[:2] == ["Measures", "Recommendations"]
    assert workbook["Lists"].sheet_state == "hidden"
    assert workbook["_secretariat"].sheet_state == "veryHidden"
    assert workbook.security.lockStructure
    sheet = workbook["Measures"]
    assert sheet.protection.sheet
    assert sheet.column_dimensions["A"].hidden
    header = [c.value for c in sheet[4]]
    assert header[:4] == ["Id", "Plan", "No.", "Measure"] and header[6] == "Status"
    assert isinstance(sheet["A5"].value, int)
    for cell in sheet[5]:
        editable = cell.column_letter in ("G", "H")
        assert cell.protection.locked is not editable, cell.coordinate
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list" and "In progress" in validation.formula1
    assert str(validation.sqref).startswith("G5")
    recs = workbook["Recommendations"]
    assert recs.protection.sheet and recs["F5"].protection.locked is False and recs["D5"].protection.locked
    meta = {row[0].value: row[1].value for row in workbook["_secretariat"].iter_rows()}
    assert meta["kind"] == "questionnaire" and meta["prepared_on"] == "2024-05-01"


def test_round_trip_export_edit_import(demo_db, moj_file):
    # The ministry fills it in with its spreadsheet program (here openpyxl), keeping the protection.
    workbook = openpyxl.load_workbook(moj_file)
    sheet = workbook["Measures"]
    measure_id, number = sheet["A5"].value, sheet["C5"].value
    sheet["G5"] = "Completed"
    sheet["H5"] = "Draft law submitted to the Mejlis; Türkmen we rus dillerinde. Законопроект внесён."
    recs = workbook["Recommendations"]
    rec_id = recs["A5"].value
    recs["F5"] = "Partially implemented"
    recs["G5"] = "Training for 120 judges held with UNODC."
    workbook.save(moj_file)

    plan, result = returned(demo_db, moj_file)
    assert result.written, result.as_json()
    counts = plan.counts()
    assert counts["create"] == 1 and counts["update"] == 1 and counts["error"] == 0
    with demo_db.read() as s:
        measure = s.get(Measure, measure_id)
        assert measure.number == number and measure.status == "completed"
        report = s.scalar(select(ProgressReport).where(ProgressReport.measure_id == measure_id)
                          .order_by(ProgressReport.id.desc()))
        assert report.text.startswith("Draft law submitted") and report.reported_on == date(2024, 5, 20)
        assert report.organization.short_name == "MoJ" and report.status == "completed"
        rec = s.get(Recommendation, rec_id)
        assert rec.status == "partially_implemented"
        assert "[20.05.2024, MoJ] Training for 120 judges held with UNODC." in rec.assessment
        reports = s.scalar(select(func.count()).select_from(ProgressReport))
    # Importing the same file again records nothing twice.
    plan, result = returned(demo_db, moj_file)
    assert plan.counts()["create"] == 0 and plan.counts()["update"] == 0
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ProgressReport)) == reports


def test_rows_that_do_not_match_are_refused(demo_db, moj_file):
    workbook = openpyxl.load_workbook(moj_file)
    sheet = workbook["Measures"]
    sheet.protection.sheet = False  # someone unprotected it and typed over the numbers
    sheet["C5"] = "99.9"
    sheet["H5"] = "Something"
    sheet["G6"] = "Almost done"
    workbook.save(moj_file)
    plan, result = returned(demo_db, moj_file)
    assert not result.written
    errors = result.as_json()["errors"]
    assert {e["row"] for e in errors} == {5, 6}
    assert any("99.9" in e["message"] for e in errors)
    assert any("Almost done" in e["message"] and e["column"] == "Measures: Status" for e in errors)


def test_a_file_that_is_not_a_questionnaire(demo_db, fixture_path):
    from secretariat.io.excel.errors import SpreadsheetError

    with pytest.raises(SpreadsheetError, match="not a status questionnaire"):
        prepare_header(demo_db, "questionnaire", load_sheet(fixture_path("plan_matrix_ru.xlsx")))


def test_one_file_per_organization(demo_db, tmp_path):
    paths = write_questionnaires(demo_db, tmp_path / "out", prepared_on=date(2024, 5, 1))
    names = {p.name for p in paths}
    assert "Questionnaire - MoJ.xlsx" in names and len(names) == len(paths) > 5
    # UN agencies are partners, not responsible: they get no questionnaire.
    assert "Questionnaire - UNDP.xlsx" not in names


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_returned_after_a_libreoffice_round_trip(demo_db, moj_file, tmp_path):
    """A ministry that uses LibreOffice Calc: the file is re-saved by it and still imports."""
    workbook = openpyxl.load_workbook(moj_file)
    workbook["Measures"]["H5"] = "Seminar held in Daşoguz"
    workbook.save(moj_file)
    out = tmp_path / "lo"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(moj_file)],
                       check=True, capture_output=True, timeout=180)
    resaved = out / moj_file.name
    plan, result = returned(demo_db, resaved)
    assert result.written, result.as_json()
    assert plan.counts()["create"] == 1
