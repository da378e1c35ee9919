"""Damaged files never escape as anything but SpreadsheetError, and never hang."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import FIELD_SYNONYMS, find_header_row
from secretariat.io.excel.ohchr import read_ohchr_sheet
from secretariat.io.excel.safe_open import open_workbook
from secretariat.io.excel.sheet import read_rows

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SOURCE = (FIXTURES / "plan_matrix_tk.xlsx").read_bytes()
OHCHR = FIXTURES / "ohchr_4th_cycle_thematic.xlsx"
with zipfile.ZipFile(OHCHR) as _archive:
    OHCHR_MEMBERS = {name: _archive.read(name) for name in _archive.namelist()}
SHEET = "xl/worksheets/sheet1.xml"

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def read_everything(path: Path) -> None:
    """What an import does: open, read rows, find a header, parse recommendations."""
    workbook = open_workbook(path)
    try:
        rows = read_rows(workbook)
    finally:
        workbook.close()
    try:
        find_header_row(rows, FIELD_SYNONYMS["measures"])
        read_ohchr_sheet(rows)
    except SpreadsheetError:
        pass


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        buffer[position % len(buffer)] = value
    if cut is not None:
        buffer = buffer[: max(1, cut % len(buffer))]
    return bytes(buffer)


edits = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=12)


@FUZZ
@given(edits=edits, cut=st.none() | st.integers(min_value=0))
def test_mutated_file_bytes(tmp_path, edits, cut):
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(mutate(SOURCE, edits, cut))
    try:
        read_everything(path)
    except SpreadsheetError:
        pass


@FUZZ
@given(edits=edits, member=st.sampled_from([SHEET, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"]))
def test_mutated_xml_inside_a_valid_zip(tmp_path, edits, member):
    """Corrupt XML, well-packed: exercises openpyxl's parsers rather than zip CRCs."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in OHCHR_MEMBERS.items():
            archive.writestr(name, mutate(data, edits, None) if name == member else data)
    path = tmp_path / "mutated-xml.xlsx"
    path.write_bytes(buffer.getvalue())
    try:
        read_everything(path)
    except SpreadsheetError:
        pass
