"""The fast sheet reader gives exactly what openpyxl's parser gives, or steps aside."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.reader.strings import read_string_table

from secretariat.io.excel import fastsheet
from secretariat.io.excel import sheet as sheet_module
from secretariat.io.excel.safe_open import open_workbook

FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*.xlsx"))


def both_ways(path: Path):
    workbook = open_workbook(path)
    try:
        results = []
        for worksheet in workbook.worksheets:
            fast = sheet_module._read_fast(workbook, worksheet, max_rows=10**6, max_columns=256)
            slow = sheet_module._read_with_parser(workbook, worksheet, max_rows=10**6, max_columns=256)
            results.append((fast, slow))
        return results
    finally:
        workbook.close()


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_same_rows_and_merges_as_openpyxl(path):
    for fast, slow in both_ways(path):
        assert fast is not None
        assert fast == slow


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_same_shared_strings_as_openpyxl(path):
    import zipfile

    with zipfile.ZipFile(path) as archive:
        data = archive.read("xl/sharedStrings.xml")
    assert fastsheet.shared_strings(data) == read_string_table(io.BytesIO(data))


def test_values_of_every_type(tmp_path):
    path = tmp_path / "types.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["text & <markup>", 12, 2.5, True, datetime(2024, 12, 31, 9, 30), "=1+1", "  spaced\r\nlines  "])
    sheet["A3"] = "after a blank row"
    sheet.merge_cells("A5:C5")
    sheet["A5"] = "merged"
    workbook.save(path)
    [(fast, slow)] = both_ways(path)
    assert fast == slow
    rows, merges = fast
    assert rows == [(1, ["text & <markup>", 12, 2.5, "TRUE", datetime(2024, 12, 31, 9, 30), None, "spaced\nlines"]),
                    (3, ["after a blank row"]), (5, ["merged"])]
    assert (merges[0].min_col, merges[0].max_col, merges[0].min_row) == (1, 3, 5)


def test_unusual_xml_falls_back():
    prefixed = (b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
                b'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData>'
                b'</x:worksheet>')
    with pytest.raises(fastsheet.Unsupported):
        fastsheet.parse_sheet(prefixed, [], set(), set(), datetime(1899, 12, 30))
    odd = (b'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v><extLst/></c></row><mystery/></sheetData>'
           b'</worksheet>')
    with pytest.raises(fastsheet.Unsupported):
        fastsheet.parse_sheet(odd, [], set(), set(), datetime(1899, 12, 30))
