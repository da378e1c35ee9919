"""Worksheets become normalised SheetRow lists; loose values convert predictably."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.safe_open import open_workbook
from secretariat.io.excel.sheet import (
    MergedRange,
    SheetRow,
    blank_rows_between,
    build_rows,
    normalise_value,
    read_rows,
    read_sheet,
    value_as_date,
    value_as_int,
    value_as_text,
)


def by_number(rows: list[SheetRow]) -> dict[int, SheetRow]:
    return {row.number: row for row in rows}


# ----------------------------------------------------------------- LibreOffice files


def test_russian_plan_keeps_excel_numbering_and_skips_blank_rows(fixture_path):
    rows = read_sheet(fixture_path("plan_matrix_ru.xlsx"))
    numbers = [row.number for row in rows]
    assert numbers == [1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 15]
    assert blank_rows_between(rows) == [3, 9, 14]
    assert {len(row.cells) for row in rows} == {7}


def test_russian_plan_merged_rows_come_from_merge_cells_xml(fixture_path):
    rows = by_number(read_sheet(fixture_path("plan_matrix_ru.xlsx")))
    assert rows[6].merged_across and rows[6].merged_span == 7
    assert rows[6].cells[0] == "1. Совершенствование законодательства"
    assert rows[10].merged_across
    assert rows[1].merged_across and rows[2].merged_across  # title rows
    assert not rows[4].merged_across and not rows[7].merged_across


def test_russian_plan_values_keep_their_types(fixture_path):
    rows = by_number(read_sheet(fixture_path("plan_matrix_ru.xlsx")))
    assert rows[7].cells[0] == "1"  # a number stored as text stays text
    assert rows[12].cells[0] == 4  # a real number
    assert rows[7].cells[4] == "31.12.2024"  # a date typed as text
    assert rows[8].cells[4] == date(2025, 6, 30)  # a real date cell
    assert rows[7].cells[2] == "Меджлис Туркменистана,\nМинистерство юстиции"
    assert rows[5].cells == [1, 2, 3, 4, 5, 6, 7]


def test_vertical_merge_is_filled_down(fixture_path):
    rows = by_number(read_sheet(fixture_path("plan_matrix_ru.xlsx")))
    agency = "Министерство труда и социальной защиты населения"
    assert rows[11].cells[2] == agency
    assert rows[12].cells[2] == agency
    workbook = open_workbook(fixture_path("plan_matrix_ru.xlsx"))
    try:
        unfilled = by_number(read_rows(workbook, fill_vertical_merges=False))
    finally:
        workbook.close()
    assert unfilled[12].cells[2] is None


def test_csv_made_file_uses_the_single_value_fallback(fixture_path):
    rows = by_number(read_sheet(fixture_path("plan_matrix_tk.xlsx")))
    assert rows[4].merged_across and rows[4].merged_span == 0
    assert rows[4].cells[0] == "1. Kanunçylygy kämilleşdirmek"
    assert not rows[5].merged_across
    assert rows[6].cells[4] == date(2025, 6, 30)  # LibreOffice recognised the ISO date
    assert rows[5].cells[4] == "31.12.2024"


def test_xlsxwriter_matrix_merges_and_multiline_cells(fixture_path):
    rows = by_number(read_sheet(fixture_path("ohchr_3rd_cycle_matrix.xlsx")))
    assert rows[5].merged_span == 4
    assert rows[2].merged_across and rows[2].merged_span == 0  # lone title, not merged
    assert "\u00a0" not in rows[11].cells[0]
    assert "support victims" in rows[11].cells[0]
    assert rows[6].cells[0].count("\n") == 1


# ------------------------------------------------------------------ crafted workbooks


def test_empty_sheet_gives_no_rows(make_xlsx):
    assert read_sheet(make_xlsx([])) == []


def test_sheet_selection_and_errors(tmp_path):
    path = tmp_path / "two.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Cover"
    workbook.active["A1"] = "cover"
    workbook.create_sheet("Data")["B2"] = "data"
    workbook.save(path)
    assert read_sheet(path, "Data")[0].cells == [None, "data"]
    assert read_sheet(path, 1)[0].number == 2
    assert read_sheet(path)[0].cells == ["cover"]
    with pytest.raises(SpreadsheetError, match="no sheet named"):
        read_sheet(path, "Missing")
    with pytest.raises(SpreadsheetError, match="no sheet number 3"):
        read_sheet(path, 2)


def test_strings_are_normalised(make_xlsx):
    rows = read_sheet(make_xlsx([["  Ministry\u00a0of Justice \r\nand Labour\r", "\u00a0", "x\u200b", True]]))
    assert rows[0].cells == ["Ministry of Justice\nand Labour", None, "x", "TRUE"]


def test_wrong_dimension_element_does_not_hide_cells(make_xlsx, rezip):
    path = make_xlsx([["a", "b", "c"], ["d", "e", "f"]])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b'<dimension ref="A1:C2"/>' in sheet
    sheet = sheet.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1"/>')
    rows = read_sheet(rezip(path, {"xl/worksheets/sheet1.xml": sheet}))
    assert [row.cells for row in rows] == [["a", "b", "c"], ["d", "e", "f"]]


def test_datetime_cells(make_xlsx, tmp_path):
    path = tmp_path / "dates.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append([datetime(2024, 12, 31), datetime(2024, 12, 31, 14, 30), 45657])
    workbook.save(path)
    cells = read_sheet(path)[0].cells
    assert cells[0] == date(2024, 12, 31) and not isinstance(cells[0], datetime)
    assert cells[1] == datetime(2024, 12, 31, 14, 30)
    assert cells[2] == 45657


def test_row_and_column_limits(make_xlsx):
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(make_xlsx([["a"]] * 30), max_rows=20)
    assert caught.value.row == 21
    wide = [["a"] + [None] * 300 + ["stray"]]
    with pytest.raises(SpreadsheetError, match="far to the right") as caught:
        read_sheet(make_xlsx(wide))
    assert caught.value.column == 302


def test_merges_on_the_normal_worksheet_fallback():
    """build_rows is independent of openpyxl: merges can come from anywhere."""
    raw = [(1, ["Title"]), (3, ["No.", "Measure", "Lead"]), (4, ["1.", "Section"]), (5, ["1.1", "Do", "MFA"])]
    rows = build_rows(raw, [MergedRange(2, 4, 3, 4)])
    assert [row.merged_across for row in rows] == [True, False, True, False]
    assert rows[2].merged_span == 2


def test_wide_lone_number_is_not_a_heading():
    rows = build_rows([(1, ["No.", "Text"]), (2, ["12"])])
    assert not rows[1].merged_across


# ------------------------------------------------------------------------ converters


@pytest.mark.parametrize(
    "value, expected",
    [
        (date(2024, 12, 31), date(2024, 12, 31)),
        (datetime(2024, 12, 31, 10, 0), date(2024, 12, 31)),
        (45657, date(2024, 12, 31)),
        (45657.75, date(2024, 12, 31)),
        ("31.12.2024", date(2024, 12, 31)),
        ("31.12.2024 г.", date(2024, 12, 31)),
        ("31. 12. 2024", date(2024, 12, 31)),
        ("2024-12-31", date(2024, 12, 31)),
        ("2024-12-31 00:00:00", date(2024, 12, 31)),
        ("31/12/2024", date(2024, 12, 31)),
        ("1.2.2025", date(2025, 2, 1)),
        ("31.12.24", date(2024, 12, 31)),
        ("31.02.2024", None),
        ("2021-2025", None),
        ("annually", None),
        ("", None),
        (None, None),
        (2024, None),  # a year, not a serial date
        (12, None),
        (True, None),
        (float("nan"), None),
    ],
)
def test_value_as_date(value, expected):
    assert value_as_date(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (12, 12),
        (12.0, 12),
        ("12", 12),
        ("12.0", 12),
        (" 12 ", 12),
        ("12,0", 12),
        ("1 234", 1234),
        ("1\u00a0234", 1234),
        ("-3", -3),
        (12.5, None),
        ("12.5", None),
        ("1.1", None),
        ("twelve", None),
        (None, None),
        (True, None),
        (date(2024, 1, 1), None),
    ],
)
def test_value_as_int(value, expected):
    assert value_as_int(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, ""),
        ("text", "text"),
        (12, "12"),
        (12.0, "12"),
        (2.5, "2.5"),
        (date(2024, 12, 31), "2024-12-31"),
        (datetime(2024, 12, 31, 9, 5), "2024-12-31 09:05"),
    ],
)
def test_value_as_text(value, expected):
    assert value_as_text(value) == expected


def test_normalise_value_edge_cases():
    from datetime import time, timedelta

    assert normalise_value(float("inf")) is None
    assert normalise_value(time(9, 30)) == "09:30"
    assert normalise_value(timedelta(hours=2)) == "2:00:00"
    assert normalise_value("   ") is None


def test_merged_cell_inside_a_measure_row_keeps_the_measure(make_xlsx):
    """B5:C5 merged in a measure row: the row stays a measure, its value in both cells."""
    from secretariat.io.excel.headers import FIELD_SYNONYMS
    from secretariat.io.excel.table import read_table

    rows = [["№", "Мероприятие", "Ответственные", "Срок"],
            ["1. Законодательство", None, None, None],
            ["1.1", "Закон", "Минюст", "2024"],
            ["1.2", "Доклад", "МИД", "2025"],
            ["1.3", "Семинар", None, "2025"],
            ["1.4", "Обучение", "МВД", "2026"]]
    path = make_xlsx(rows, merges=[(1, 0, 1, 3), (4, 1, 4, 2)])
    sheet_rows = read_sheet(path)
    result = read_table(sheet_rows, FIELD_SYNONYMS["measures"])
    numbers = [record.values["number"] for record in result.records]
    assert numbers == ["1.1", "1.2", "1.3", "1.4"]
    assert [title for _, title in result.sections] == ["1. Законодательство"]
    third = next(r for r in sheet_rows if r.number == 5)
    assert third.cells[1:3] == ["Семинар", "Семинар"] and not third.merged_across
