"""Plan matrices from ministries: sections, spacer rows, numbering and totals rows."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import FIELD_SYNONYMS
from secretariat.io.excel.sheet import MergedRange, build_rows, read_sheet, value_as_date, value_as_int, value_as_text
from secretariat.io.excel.table import read_table, section_title

MEASURES = FIELD_SYNONYMS["measures"]


def test_russian_plan_matrix(fixture_path):
    result = read_table(read_sheet(fixture_path("plan_matrix_ru.xlsx")), MEASURES, required=["text"])
    assert result.header.row_number == 4
    assert result.sections == [(6, "1. Совершенствование законодательства"),
                               (10, "2. Права женщин и гендерное равенство")]
    assert result.totals_rows == [15]
    assert [r.row for r in result.records] == [7, 8, 11, 12, 13]
    assert [value_as_int(r.values["number"]) for r in result.records] == [1, 2, 3, 4, 5]
    assert [r.section for r in result.records] == [
        "1. Совершенствование законодательства"] * 2 + ["2. Права женщин и гендерное равенство"] * 3
    deadlines = [r.values["deadline"] for r in result.records]
    assert [value_as_date(d) for d in deadlines] == [
        date(2024, 12, 31), date(2025, 6, 30), None, None, date(2024, 12, 31)]
    assert value_as_text(deadlines[2]) == "2021-2025"  # loose deadlines stay text for the mapper
    assert result.records[3].values["lead"] == "Министерство труда и социальной защиты населения"
    assert result.records[3].values["status"] is None
    assert all(r.problems == [] for r in result.records)


def test_turkmen_plan_matrix(fixture_path):
    result = read_table(read_sheet(fixture_path("plan_matrix_tk.xlsx")), MEASURES)
    assert [title for _, title in result.sections] == ["1. Kanunçylygy kämilleşdirmek", "2. Gender deňligi"]
    assert [r.values["number"] for r in result.records] == ["1.1", "1.2", "2.1", "2.2"]
    assert result.totals_rows == [11]
    assert result.records[0].values["lead"] == "Türkmenistanyň Mejlisi; Adalat ministrligi"
    assert result.records[2].values["indicators"] == "Ýyllyk hasabat\nSeminarlar geçirildi"
    assert value_as_date(result.records[0].values["deadline"]) == date(2024, 12, 31)


def test_required_field_problem_and_repeated_header():
    rows = build_rows([
        (1, ["No.", "Measure", "Deadline"]),
        (2, ["1", "Train judges", "2025"]),
        (3, ["No.", "Measure", "Deadline"]),
        (4, ["2", None, "2026"]),
    ])
    result = read_table(rows, MEASURES, required=["text", "partners"])
    assert [r.row for r in result.records] == [2, 4]
    assert result.records[1].problems == ['The column "Measure" is empty.']


def test_section_title_joins_number_and_title():
    rows = build_rows(
        [(1, ["No.", "Measure", "Lead", "Deadline"]), (2, ["2.", "Gender equality", None, None])],
        [MergedRange(min_col=2, min_row=2, max_col=4, max_row=2)],
    )
    assert rows[1].merged_across and rows[1].merged_span == 3
    assert section_title(rows[1]) == "2. Gender equality"
    assert section_title(rows[0]) is None


def test_table_without_header():
    with pytest.raises(SpreadsheetError):
        read_table(build_rows([(1, ["x", "y"])]), MEASURES)
