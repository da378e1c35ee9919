"""Exported lists: styled, sized, frozen, filtered, formula-safe - and they import back."""

from __future__ import annotations

from datetime import date

import openpyxl
from sqlalchemy import func, select

from secretariat.io.excel import lists
from secretariat.io.excel.export import write_table
from secretariat.io.excel.importers import ImportOptions, load_sheet, plan_import, prepare_header, run_import
from secretariat.models import Measure, Organization, Recommendation


def test_write_table_layout_and_text_safety(tmp_path):
    path = tmp_path / "list.xlsx"
    rows = [
        ["=HYPERLINK(\"http://evil\",\"click\")", "+7 12 345", "- 16 - PEACE, JUSTICE", "@SUM(A1)", 12, date(2024, 12, 31)],
        ["Türkmenistanyň Mejlisi", "Министерство юстиции", "A long text " * 12, None, 2.5, None],
    ]
    count = write_table(path, "Organizations — Guramalar", ["Name", "Phone", "Note", "Formula", "Count", "Due"], rows,
                        subtitle="Exported on 01.02.2024")
    assert count == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet["A1"].value == "Organizations — Guramalar" and sheet["A1"].font.b
    header = sheet[3]
    assert [c.value for c in header] == ["Name", "Phone", "Note", "Formula", "Count", "Due"]
    assert all(c.font.b for c in header) and header[0].fill.fgColor.rgb.endswith("DCE6F1")
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:F5"
    for cell in sheet[4][:4]:
        assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate  # never a formula
    assert sheet["A4"].value.startswith("=HYPERLINK")
    assert sheet["E4"].value == 12 and sheet["F4"].value.date() == date(2024, 12, 31)
    assert sheet["F4"].number_format == "DD.MM.YYYY"
    assert sheet["B5"].value == "Министерство юстиции"
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["C"] > widths["E"] and widths["C"] <= 62
    assert sheet["C5"].alignment.wrap_text


def test_no_partial_file_when_rows_fail(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"the previous export")

    def rows():
        yield ["ok"]
        raise RuntimeError("database went away")

    try:
        write_table(path, "T", ["A"], rows())
    except RuntimeError:
        pass
    assert path.read_bytes() == b"the previous export"
    assert not list(tmp_path.glob(".*partial"))


def reimport(db, kind, path, options=None):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, kind, sheet)
    plan = plan_import(db, kind, sheet, header, options)
    return plan, run_import(db, plan)


def test_exported_lists_import_back_unchanged(demo_db, tmp_path):
    for kind, table, options, model in (
            ("recommendations", lists.recommendations_table(demo_db), None, Recommendation),
            ("measures", lists.measures_table(demo_db), None, Measure),
            ("organizations", lists.organizations_table(demo_db), None, Organization)):
        path = tmp_path / f"{kind}.xlsx"
        write_table(path, table.title, table.headers, table.rows, subtitle="Exported on 01.01.2025")
        with demo_db.read() as s:
            before = s.scalar(select(func.count()).select_from(model))
        plan, result = reimport(demo_db, kind, path, options)
        assert result.written, (kind, result.as_json()["errors"][:3], plan.fatal)
        assert plan.counts()["create"] == 0 and plan.counts()["update"] == 0, (
            kind, [(r.row, r.reason) for r in plan.rows if r.action != "skip"][:5])
        with demo_db.read() as s:
            assert s.scalar(select(func.count()).select_from(model)) == before


def test_exported_measures_edited_by_a_ministry(demo_db, tmp_path):
    table = lists.measures_table(demo_db)
    path = tmp_path / "measures.xlsx"
    write_table(path, table.title, table.headers, table.rows)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    status_column = table.headers.index("Status") + 1
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(row=r, column=status_column).value != "Completed")
    sheet.cell(row=row, column=status_column, value="Выполнено")
    number = sheet.cell(row=row, column=3).value
    plan_name = sheet.cell(row=row, column=1).value
    workbook.save(path)
    plan, result = reimport(demo_db, "measures", path)
    assert result.written and plan.counts()["update"] == 1
    with demo_db.read() as s:
        from secretariat.models import Plan

        measure = s.scalar(select(Measure).join(Plan).where(Measure.number == number, (Plan.short_title == plan_name)
                                                            | (Plan.title == plan_name)))
        assert measure.status == "completed"


def test_meetings_and_progress_exports(demo_db, tmp_path):
    meetings = lists.meetings_table(demo_db)
    assert meetings.headers[:4] == ["No.", "Date", "Type", "Title"] and meetings.rows
    progress = lists.progress_table(demo_db)
    path = tmp_path / "meetings.xlsx"
    write_table(path, meetings.title, meetings.headers, meetings.rows)
    plan, result = reimport(demo_db, "meetings", path)
    assert result.written and plan.counts()["create"] == 0, [(r.row, r.reason) for r in plan.rows][:5]
    path = tmp_path / "progress.xlsx"
    write_table(path, progress.title, progress.headers, progress.rows)
    plan, result = reimport(demo_db, "progress", path, ImportOptions())
    assert plan.counts()["create"] == 0
