"""Returned questionnaires write only what they were issued for; exports are all or none.

The workbooks are written by the application and then edited as a ministry's clerk
(or someone less honest) would, with another program: rows added, the hidden
description sheet changed. A full disk is a real size-limited tmpfs.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from secretariat.cli import main as cli_main
from secretariat.db import Database, DatabaseError
from secretariat.io.excel.importers import ImportOptions, load_sheet, plan_import, prepare_header, run_import
from secretariat.io.excel.questionnaire import assignments, write_questionnaire, write_questionnaires
from secretariat.models import Measure, MeasureOrganization, Organization, ProgressReport, Recommendation
from secretariat.services import recommendations as recs_service


def _org(db: Database, short: str) -> int:
    with db.read() as s:
        return s.scalar(select(Organization.id).where(Organization.short_name == short))


def _foreign_measure(db: Database, org_id: int) -> tuple[int, str, str]:
    with db.read() as s:
        own = select(MeasureOrganization.measure_id).where(MeasureOrganization.organization_id == org_id)
        measure = s.scalars(select(Measure).where(Measure.id.not_in(own)).order_by(Measure.id)).first()
        return measure.id, measure.number, measure.status


def _import(db: Database, path: Path):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, "questionnaire", sheet)
    plan = plan_import(db, "questionnaire", sheet, header, ImportOptions(report_date=date(2024, 5, 20)))
    return plan, run_import(db, plan)


def _add_row(path: Path, measure_id: int, number: str) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    row = sheet.max_row + 1
    sheet.cell(row=row, column=1, value=measure_id)
    sheet.cell(row=row, column=3, value=number)
    sheet.cell(row=row, column=4, value="A measure of another ministry")
    sheet.cell(row=row, column=7, value="Completed")
    sheet.cell(row=row, column=8, value="Done, says a ministry that has no part in it.")
    workbook.save(path)


def _reports(db: Database, measure_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ProgressReport).where(ProgressReport.measure_id == measure_id))


@pytest.mark.parametrize("signed", [True, False])
def test_a_row_for_another_organizations_measure_is_refused(demo_db: Database, tmp_path: Path,
                                                            signed: bool) -> None:
    mfa = _org(demo_db, "MFA")
    measure_id, number, status = _foreign_measure(demo_db, mfa)
    if signed:
        [path] = write_questionnaires(demo_db, tmp_path / "out", mfa)
    else:  # an older questionnaire without a signature: held to the database's roles
        [assignment] = assignments(demo_db, mfa)
        path = write_questionnaire(tmp_path / "q.xlsx", assignment)
    _add_row(path, measure_id, number)
    before = _reports(demo_db, measure_id)
    plan, _result = _import(demo_db, path)
    refused = [row for row in plan.decision.rows if row.action == "error"]
    assert any("was not in the questionnaire issued to" in row.reason for row in refused)
    assert _reports(demo_db, measure_id) == before
    with demo_db.read() as s:
        assert s.get(Measure, measure_id).status == status


def test_edited_hidden_ids_break_the_signature(demo_db: Database, tmp_path: Path) -> None:
    mfa = _org(demo_db, "MFA")
    measure_id, number, status = _foreign_measure(demo_db, mfa)
    [path] = write_questionnaires(demo_db, tmp_path / "out", mfa)
    _add_row(path, measure_id, number)
    before = _reports(demo_db, measure_id)
    workbook = openpyxl.load_workbook(path)
    meta = workbook["_secretariat"]
    for row in meta.iter_rows():
        if row[0].value == "issued_measures":
            row[1].value = ",".join(filter(None, [str(row[1].value or ""), str(measure_id)]))
    workbook.save(path)
    plan, result = _import(demo_db, path)
    assert any("signature does not match" in message for message in plan.fatal)
    assert not result.written
    assert _reports(demo_db, measure_id) == before


def test_mixed_paragraph_numbers_export(demo_db: Database, tmp_path: Path) -> None:
    moj = _org(demo_db, "MoJ")
    for paragraph in ("12(a)", "14", "110.3", "b"):
        recs_service.create_recommendation(demo_db, body="CEDAW", mechanism="treaty_body", paragraph=paragraph,
                                           text=f"Recommendation {paragraph}", responsible_ids=[moj])
    [path] = write_questionnaires(demo_db, tmp_path / "out", moj)
    sheet = openpyxl.load_workbook(path)["Recommendations"]
    paragraphs = [row[2].value for row in sheet.iter_rows(min_row=5) if row[1].value and "CEDAW" in row[1].value]
    assert paragraphs.index("12(a)") < paragraphs.index("14") < paragraphs.index("110.3")


def test_questionnaires_on_a_full_disk_all_or_none(demo_db: Database, small_disk) -> None:
    disk = small_disk(3 * 1024 * 1024)
    folder = disk / "questionnaires"
    folder.mkdir()
    earlier = folder / "Questionnaire - MoJ.xlsx"
    earlier.write_bytes(b"an earlier questionnaire, still to be sent")
    ballast = disk / "ballast"
    ballast.write_bytes(b"\0" * (shutil.disk_usage(disk).free - 60 * 1024))
    with pytest.raises(DatabaseError) as info:
        write_questionnaires(demo_db, folder)
    assert "disk is full" in str(info.value)
    assert sorted(p.name for p in folder.iterdir()) == [earlier.name]
    assert earlier.read_bytes() == b"an earlier questionnaire, still to be sent"
    # The command line says so in words.
    assert cli_main(["--db", str(demo_db.path), "export", "questionnaire", str(folder)]) == 2
    assert sorted(p.name for p in folder.iterdir()) == [earlier.name]
