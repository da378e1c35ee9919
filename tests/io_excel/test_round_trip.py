"""Every export of the application imports back as "no change", as .xlsx and as the CSV a clerk saves."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from secretariat.io.excel import lists
from secretariat.io.excel.export import write_table
from secretariat.io.excel.importers import load_sheet, plan_import, prepare_header, run_import
from secretariat.models import Measure, Meeting, Organization, ProgressReport, Recommendation

KINDS = {
    "recommendations": (lists.recommendations_table, Recommendation),
    "measures": (lists.measures_table, Measure),
    "progress": (lists.progress_table, ProgressReport),
    "meetings": (lists.meetings_table, Meeting),
    "organizations": (lists.organizations_table, Organization),
}


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _as_csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")  # as Excel shows a date cell in the region
    return str(value)


def _write(path, table, form: str) -> None:
    if form == "xlsx":
        write_table(path, table.title, table.headers, table.rows, subtitle="Exported on 01.01.2025")
        return
    encoding, delimiter = {"csv-utf8": ("utf-8-sig", ","), "csv-1251": ("cp1251", ";")}[form]
    with path.open("w", encoding=encoding, errors="replace", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow([_as_csv_text(value) for value in row])


@pytest.mark.parametrize("form", ["xlsx", "csv-utf8"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_export_imports_back_as_no_change(demo_db, tmp_path, kind, form):
    make_table, model = KINDS[kind]
    table = make_table(demo_db)
    assert table.rows, kind
    path = tmp_path / f"{kind}.{'xlsx' if form == 'xlsx' else 'csv'}"
    _write(path, table, form)
    before = _count(demo_db, model)
    sheet = load_sheet(path)
    header, _ = prepare_header(demo_db, kind, sheet)
    plan = plan_import(demo_db, kind, sheet, header)
    result = run_import(demo_db, plan)
    counts = plan.counts()
    changed = [(r.row, r.action, r.reason) for r in plan.rows if r.action != "skip"][:5]
    assert result.written and counts["create"] == 0 and counts["update"] == 0, (kind, changed, plan.fatal)
    assert counts["skip"] > 0 and _count(demo_db, model) == before
