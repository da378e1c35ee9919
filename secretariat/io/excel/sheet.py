"""Turn a worksheet into a list of normalised rows, and convert loose cell values.

Importers never look at openpyxl cells: they get ``SheetRow`` objects whose values are
cleaned the same way whatever program wrote the file (Excel, LibreOffice, a pasted
Word table), and whose ``number`` is the row number the clerk sees in Excel, so every
message can point at the right row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Union

from secretariat.i18n import translate
from secretariat.io.excel.errors import SpreadsheetError

CellValue = Union[str, int, float, date, None]  # datetime is a date subclass

DEFAULT_MAX_ROWS = 50_000
DEFAULT_MAX_COLUMNS = 256
#: Plausible Excel serial dates: 1 Jan 1990 .. 31 Dec 2100. Outside this range a
#: number is far more likely a count or a code than a date.
SERIAL_MIN = 32874
SERIAL_MAX = 73415
EXCEL_EPOCH = date(1899, 12, 30)

_SPACES = {
    "\u00a0": " ",  # no-break space (Word pastes are full of them)
    "\u2007": " ",
    "\u202f": " ",
    "\u200b": "",  # zero-width space
    "\ufeff": "",  # BOM that survived a copy-paste
}
_SPACE_TABLE = str.maketrans(_SPACES)


@dataclass(frozen=True)
class MergedRange:
    """A merged block, 1-based inclusive bounds as in Excel."""

    min_col: int
    min_row: int
    max_col: int
    max_row: int

    @property
    def width(self) -> int:
        return self.max_col - self.min_col + 1

    @property
    def height(self) -> int:
        return self.max_row - self.min_row + 1


@dataclass(slots=True)
class SheetRow:
    """One non-blank worksheet row.

    ``cells[0]`` is column A; every row of a sheet has the same length (the sheet's
    used width). ``merged_across`` marks a single value spanning the table, i.e. a
    group or section heading ("Theme: ...", "1. Совершенствование законодательства");
    ``merged_span`` is the width of a real merged block starting in this row (0 when
    the flag comes from the "one value, rest empty" fallback).
    """

    number: int
    cells: list[CellValue]
    merged_across: bool = False
    merged_span: int = 0

    def get(self, column: int | None) -> CellValue:
        """Value at 0-based *column*, or None when the column is absent."""
        if column is None or column < 0 or column >= len(self.cells):
            return None
        return self.cells[column]

    def non_empty(self) -> list[tuple[int, CellValue]]:
        return [(index, value) for index, value in enumerate(self.cells) if value is not None]

    def texts(self) -> list[str]:
        """All cells as text ("" for empty), for header matching and messages."""
        return [value_as_text(value) for value in self.cells]

    @property
    def first_value(self) -> CellValue:
        for value in self.cells:
            if value is not None:
                return value
        return None


# --------------------------------------------------------------------------- reading


def read_sheet(
    path: str | Path,
    sheet: str | int | None = None,
    **limits: int,
) -> list[SheetRow]:
    """Open *path* safely, read one sheet (default: the first) and close the file."""
    from secretariat.io.excel.safe_open import open_workbook  # it builds on this module

    workbook = open_workbook(path)
    try:
        return read_rows(workbook, sheet, **limits)
    finally:
        workbook.close()


def sheet_names(workbook) -> list[str]:
    return list(workbook.sheetnames)


def read_rows(
    workbook,
    sheet: str | int | None = None,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_columns: int = DEFAULT_MAX_COLUMNS,
    fill_vertical_merges: bool = True,
) -> list[SheetRow]:
    """Read a sheet (or table) of a book from ``safe_open.open_workbook`` into ``SheetRow`` objects.

    Fully blank rows are skipped but numbering follows Excel. Values of a merged block
    taller than one row and narrower than the table (a responsible agency merged over
    several measures) are copied into every row of the block when
    *fill_vertical_merges* is true, because the clerk reads them as applying to each.
    """
    name = _pick_sheet(workbook, sheet)
    try:
        raw, merges = workbook.raw_rows(name, max_rows=max_rows, max_columns=max_columns)
    except SpreadsheetError:
        raise
    except BaseException as error:  # anything the native reader raises mid-read, a panic included
        if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        from secretariat.io.excel.safe_open import unreadable

        raise unreadable(error) from error
    return build_rows(raw, merges, fill_vertical_merges=fill_vertical_merges)


def _pick_sheet(workbook, sheet: str | int | None) -> str:
    names = workbook.sheetnames
    if not names:
        raise SpreadsheetError(translate("excel", "The workbook contains no sheets."))
    if sheet is None:
        return names[0]
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise SpreadsheetError(
                translate("excel", "The workbook has no sheet number {number}.").format(number=sheet + 1)
            )
        return names[sheet]
    if sheet not in names:
        raise SpreadsheetError(translate("excel", "The workbook has no sheet named \"{name}\".").format(name=sheet))
    return sheet


def build_rows(
    raw: Iterable[tuple[int, list[CellValue]]],
    merges: Iterable[MergedRange] = (),
    *,
    fill_vertical_merges: bool = True,
) -> list[SheetRow]:
    """Pad rows to a common width and mark rows merged across the table."""
    by_number = {number: cells for number, cells in raw}
    if not by_number:
        return []
    width = max(len(cells) for cells in by_number.values())
    for cells in by_number.values():
        cells.extend([None] * (width - len(cells)))
    merges = [m for m in merges if m.min_col <= width]
    across_span = {}
    for merge in merges:
        span = min(merge.max_col, width) - merge.min_col + 1
        if span >= 2 and span * 2 >= width and _alone_in_row(by_number.get(merge.min_row), merge, width):
            across_span[merge.min_row] = max(span, across_span.get(merge.min_row, 0))
        elif span >= 2 or (fill_vertical_merges and merge.height > 1):
            # Inside a data row ("B5:C5" of a measure): its value in every cell it spans.
            _fill_down(by_number, merge, width)
    first_column = _first_column(by_number.values())
    rows = []
    for number in sorted(by_number):
        cells = by_number[number]
        span = across_span.get(number, 0)
        merged = bool(span) or _single_leading_value(cells, first_column, width)
        rows.append(SheetRow(number=number, cells=cells, merged_across=merged, merged_span=span))
    return rows


def _alone_in_row(cells: list[CellValue] | None, merge: MergedRange, width: int) -> bool:
    """Whether the merged block is a section or theme row rather than a cell of a data row.

    Nothing may stand right of the block, and left of it at most a section number
    ("2.", "II"): "1.3 | <merged text> | 2025" is a measure whose text spans two cells.
    """
    if cells is None:
        return True
    if any(value is not None for value in cells[min(merge.max_col, width):]):
        return False
    left = [value for value in cells[: merge.min_col - 1] if value is not None]
    return not left or (len(left) == 1 and bool(_SECTION_NUMBER.fullmatch(value_as_text(left[0]).strip())))


_SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[IVXLC]{1,6})\.?")


def _fill_down(by_number: dict[int, list[CellValue]], merge: MergedRange, width: int) -> None:
    top = by_number.get(merge.min_row)
    if top is None:
        return
    value = top[merge.min_col - 1]
    if value is None:
        return
    for number in range(merge.min_row, merge.max_row + 1):
        cells = by_number.get(number)
        if cells is None:  # a blank row stays blank: nothing else is on it
            continue
        for column in range(merge.min_col - 1, min(merge.max_col, width)):
            if cells[column] is None:
                cells[column] = value


def _first_column(all_cells: Iterable[list[CellValue]]) -> int:
    """The leftmost column holding a value in any row (rows are never blank)."""
    first = None
    for cells in all_cells:
        if cells[0] is not None:
            return 0  # nothing is further left: the usual case, found at the first row
        index = next(i for i, v in enumerate(cells) if v is not None)
        if first is None or index < first:
            first = index
    return first if first is not None else 0


def _single_leading_value(cells: list[CellValue], first_column: int, width: int) -> bool:
    """Fallback for files whose merges were lost (CSV, pasted tables): a single text
    in the table's first column with every other cell empty."""
    if width < 2 or len(cells) - cells.count(None) != 1:  # counted at C speed: most rows have more
        return False
    present = [(i, v) for i, v in enumerate(cells) if v is not None]
    if len(present) != 1:
        return False
    index, value = present[0]
    return index == first_column and isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value)


# ----------------------------------------------------------------------- normalising


_ODD_SPACES = re.compile("[" + "".join(_SPACES) + "]")
_LINE_END_SPACE = re.compile(r"[^\S\n]+(?=\n)")


def normalise_text(text: str) -> str:
    """Strip, turn odd spaces into plain ones and any line ending into '\\n'."""
    # Each step only when needed: this runs for every cell of 50,000-row sheets.
    if not text.isascii() and _ODD_SPACES.search(text):
        text = text.translate(_SPACE_TABLE)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "_x000D_" in text:
        text = text.replace("_x000D_", "")
    if "\n" not in text:
        return text.strip()
    if text.isascii() and " \n" not in text and "\t\n" not in text and "\f\n" not in text and "\v\n" not in text:
        return text.strip()  # no line ends with spaces: nothing for the regular expression to do
    return _LINE_END_SPACE.sub("", text).strip()


def normalise_value(value: object) -> CellValue:
    """Map an openpyxl value to the few types importers handle."""
    if value is None:
        return None
    if type(value) is str:
        text = normalise_text(value)
        return text or None
    if isinstance(value, str):
        text = normalise_text(value)
        return text or None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0) and value.tzinfo is None:
            return value.date()
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        if value.is_integer() and abs(value) < 2**53:
            return int(value)  # native readers give every number as a float; 12 is written 12
        return value
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, timedelta):
        return str(value)
    text = normalise_text(str(value))  # rich text, formulas kept as text, ...
    return text or None


# ----------------------------------------------------------------------- converting

_NUMBER_TEXT = re.compile(r"[+-]?\d+([.,]\d+)?")
_INT_TEXT = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+|[+-]?\d+")
_DATE_PATTERNS = (
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})"), ("d", "m", "yy")),
)
#: Words people append to a date: "31.12.2024 г.", "31.12.2024 года", "31.12.2024 ý."
#: A time after the date, as a text file or a pasted table writes a date cell: "24.03.2021 10:00".
_TIME_SUFFIX = re.compile(r"(?<=\d)[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$")
_DATE_SUFFIX = re.compile(r"\s*(г\.?|года|год|ý\.?|ýyl|ýyly|y\.)\s*$", re.IGNORECASE)


def value_as_text(value: CellValue) -> str:
    """Any cell value as the text a clerk would read; "" for empty.

    Whole floats lose their ".0" (Excel stores 12 as 12.0); dates use ISO form.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def value_as_date(value: CellValue) -> date | None:
    """A date from a real date cell, an Excel serial number or common date texts.

    Accepts "31.12.2024", "31/12/2024", "2024-12-31" (day first, as written in the
    region; never month first). Returns None when the value is not a date, so the
    caller can report the row.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if SERIAL_MIN <= value <= SERIAL_MAX:
            return EXCEL_EPOCH + timedelta(days=int(value))
        return None
    if not isinstance(value, str):
        return None
    text = _DATE_SUFFIX.sub("", _TIME_SUFFIX.sub("", value.strip()))
    text = re.sub(r"\s*([./-])\s*", r"\1", text)
    text = text.split("T")[0].split(" ")[0] if re.match(r"\d{4}-\d", text) else text
    for pattern, order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        parts = dict(zip(order, (int(group) for group in match.groups())))
        year = parts.get("y") or 2000 + parts["yy"]
        try:
            return date(year, parts["m"], parts["d"])
        except ValueError:
            return None
    return None


def value_as_int(value: CellValue) -> int | None:
    """An integer from 12, 12.0, "12", "12.0", "1 234"; None for anything else."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _INT_TEXT.fullmatch(text):
        return int(re.sub(r"\s", "", text.translate(_SPACE_TABLE)))
    match = re.fullmatch(r"([+-]?\d+)[.,]0+", text)
    if match:
        return int(match.group(1))
    return None


_MOJIBAKE_MARKS = frozenset("ÃÂâÐÑÅÄÆÈÉÊËÌÍÎÏØÙÚÛÜÝÞß")


def mis_decoded(text: str) -> str | None:
    """What *text* meant when it is UTF-8 read as Windows-1252 ("RÃ©publique"), else None."""
    if text.isascii() or _MOJIBAKE_MARKS.isdisjoint(text):
        return None
    try:
        meant = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return meant if meant != text else None


def mis_decoded_cells(rows: Iterable[SheetRow], limit: int = 5) -> list[tuple[int, str, str]]:
    """(row, text, what it meant) of the first cells that look mis-decoded."""
    found = []
    for row in rows:
        for value in row.cells:
            if type(value) is str and not value.isascii():
                meant = mis_decoded(value)
                if meant is not None:
                    found.append((row.number, value, meant))
                    if len(found) >= limit:
                        return found
                    break
    return found


def blank_rows_between(rows: list[SheetRow]) -> list[int]:
    """Excel numbers of the blank rows skipped inside the read range (for reports)."""
    if not rows:
        return []
    present = {row.number for row in rows}
    return [n for n in range(rows[0].number, rows[-1].number + 1) if n not in present]


__all__ = [
    "CellValue",
    "MergedRange",
    "SheetRow",
    "blank_rows_between",
    "build_rows",
    "mis_decoded",
    "mis_decoded_cells",
    "normalise_text",
    "normalise_value",
    "read_rows",
    "read_sheet",
    "sheet_names",
    "value_as_date",
    "value_as_int",
    "value_as_text",
]
