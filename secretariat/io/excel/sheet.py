"""Turn a worksheet into a list of normalised rows, and convert loose cell values.

Importers never look at openpyxl cells: they get ``SheetRow`` objects whose values are
cleaned the same way whatever program wrote the file (Excel, LibreOffice, a pasted
Word table), and whose ``number`` is the row number the clerk sees in Excel, so every
message can point at the right row.
"""

from __future__ import annotations

import math
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Union

from defusedxml.ElementTree import iterparse
from openpyxl.utils.cell import range_boundaries
from openpyxl.workbook.workbook import Workbook

from secretariat.i18n import translate
from secretariat.io.excel import fastsheet
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.safe_open import open_workbook, unreadable

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
    workbook = open_workbook(path)
    try:
        return read_rows(workbook, sheet, **limits)
    finally:
        workbook.close()


def sheet_names(workbook: Workbook) -> list[str]:
    return list(workbook.sheetnames)


def read_rows(
    workbook: Workbook,
    sheet: str | int | None = None,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_columns: int = DEFAULT_MAX_COLUMNS,
    fill_vertical_merges: bool = True,
) -> list[SheetRow]:
    """Read a worksheet of a workbook from ``open_workbook`` into ``SheetRow`` objects.

    Fully blank rows are skipped but numbering follows Excel. Values of a merged block
    taller than one row and narrower than the table (a responsible agency merged over
    several measures) are copied into every row of the block when
    *fill_vertical_merges* is true, because the clerk reads them as applying to each.
    """
    worksheet = _pick_sheet(workbook, sheet)
    try:
        fast = _read_fast(workbook, worksheet, max_rows=max_rows, max_columns=max_columns)
        if fast is None:
            fast = _read_with_parser(workbook, worksheet, max_rows=max_rows, max_columns=max_columns)
        if fast is not None:
            raw, merges = fast
        else:
            raw = list(_iter_raw_rows(worksheet, max_rows=max_rows, max_columns=max_columns))
            merges = _merged_ranges(workbook, worksheet)
    except SpreadsheetError:
        raise
    except Exception as error:  # anything openpyxl/zipfile/defusedxml raise mid-read
        raise unreadable(error) from error
    return build_rows(raw, merges, fill_vertical_merges=fill_vertical_merges)


def _pick_sheet(workbook: Workbook, sheet: str | int | None):
    names = workbook.sheetnames
    if not names:
        raise SpreadsheetError(translate("excel", "The workbook contains no sheets."))
    if sheet is None:
        return workbook[names[0]]
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise SpreadsheetError(
                translate("excel", "The workbook has no sheet number {number}.").format(number=sheet + 1)
            )
        return workbook[names[sheet]]
    if sheet not in names:
        raise SpreadsheetError(translate("excel", "The workbook has no sheet named \"{name}\".").format(name=sheet))
    return workbook[sheet]


def _iter_raw_rows(worksheet, *, max_rows: int, max_columns: int) -> Iterator[tuple[int, list[CellValue]]]:
    """Yield (row number, normalised non-blank cells), trailing empties removed."""
    if hasattr(worksheet, "reset_dimensions"):
        # The <dimension> element is often wrong (some generators always write "A1"),
        # which would make read-only openpyxl return a single cell.
        worksheet.reset_dimensions()
    number = 0
    for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
        if number > max_rows:
            raise SpreadsheetError(
                translate(
                    "excel",
                    "The sheet has more than {limit} rows; import it in smaller parts.",
                ).format(limit=max_rows),
                row=number,
            )
        cells = [normalise_value(value) for value in values]
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:
            continue
        if len(cells) > max_columns:
            raise SpreadsheetError(
                translate(
                    "excel",
                    "There is a value far to the right of the table (beyond column {limit}). "
                    "Delete stray contents there and import again.",
                ).format(limit=max_columns),
                row=number,
                column=len(cells),
            )
        yield number, cells


def _read_fast(
    workbook: Workbook, worksheet, *, max_rows: int, max_columns: int
) -> tuple[list[tuple[int, list[CellValue]]], list[MergedRange]] | None:
    """Rows and merges through ``fastsheet`` (regular sheet XML), or None to fall back."""
    archive: zipfile.ZipFile | None = getattr(workbook, "_archive", None)
    part = getattr(worksheet, "_worksheet_path", None)
    shared = getattr(worksheet, "_shared_strings", None)
    if archive is None or not part or shared is None:
        return None
    try:
        data = fastsheet.read_part(archive, part)
        if data is None:
            return None
        # Each shared text normalised once, however many cells use it.
        normalised = [normalise_value(text) for text in shared]
        parsed, refs = fastsheet.parse_sheet(data, normalised, workbook._date_formats, workbook._timedelta_formats,
                                             workbook.epoch, normalise=normalise_value, raw_shared=shared)
    except Exception:  # noqa: BLE001 - anything unusual is read the slow, general way
        return None
    raw: list[tuple[int, list[CellValue]]] = []
    for number, cells in parsed:
        if number > max_rows:
            raise SpreadsheetError(
                translate("excel", "The sheet has more than {limit} rows; import it in smaller parts.").format(
                    limit=max_rows),
                row=number,
            )
        if not cells:
            continue
        width = max(cells)
        if width > max_columns:
            raise SpreadsheetError(
                translate(
                    "excel",
                    "There is a value far to the right of the table (beyond column {limit}). "
                    "Delete stray contents there and import again.",
                ).format(limit=max_columns),
                row=number,
                column=width,
            )
        values: list[CellValue] = [None] * width
        for column, value in cells.items():
            values[column - 1] = value
        raw.append((number, values))
    merges: list[MergedRange] = []
    for ref in refs:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (TypeError, ValueError):
            continue
        if None not in (min_col, min_row, max_col, max_row):
            merges.append(MergedRange(min_col, min_row, max_col, max_row))
    return raw, merges


def _read_with_parser(
    workbook: Workbook, worksheet, *, max_rows: int, max_columns: int
) -> tuple[list[tuple[int, list[CellValue]]], list[MergedRange]] | None:
    """Rows and merged blocks of a read-only sheet in a single pass over its XML.

    openpyxl's own worksheet parser already reads ``<mergeCells>`` at the end of the
    sheet part, but ``iter_rows`` throws the parser away; driving the parser here keeps
    them and skips the per-cell objects ``iter_rows`` builds, so reading costs no more
    than openpyxl's own read. Returns None when the workbook is not a read-only one
    (the caller then falls back to ``iter_rows``).
    """
    archive: zipfile.ZipFile | None = getattr(workbook, "_archive", None)
    part = getattr(worksheet, "_worksheet_path", None)
    if archive is None or not part or not hasattr(worksheet, "_shared_strings"):
        return None
    try:
        from openpyxl.worksheet._reader import WorkSheetParser
    except ImportError:  # pragma: no cover - layout of a future openpyxl
        return None
    raw: list[tuple[int, list[CellValue]]] = []
    normalise = normalise_value
    with archive.open(part) as source, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "extension is not supported" and the like
        parser = WorkSheetParser(
            source,
            worksheet._shared_strings,
            data_only=workbook.data_only,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number > max_rows:
                raise SpreadsheetError(
                    translate(
                        "excel",
                        "The sheet has more than {limit} rows; import it in smaller parts.",
                    ).format(limit=max_rows),
                    row=number,
                )
            if not cells:
                continue
            values: list[CellValue] = []
            for cell in cells:
                value = cell["value"]
                if value is None:
                    continue
                value = normalise(value)
                if value is None:
                    continue
                column = cell["column"]
                if column > max_columns:
                    raise SpreadsheetError(
                        translate(
                            "excel",
                            "There is a value far to the right of the table (beyond column {limit}). "
                            "Delete stray contents there and import again.",
                        ).format(limit=max_columns),
                        row=number,
                        column=column,
                    )
                if column > len(values):
                    values.extend([None] * (column - len(values)))
                values[column - 1] = value
            if values:
                raw.append((number, values))
        merged = parser.merged_cells
    merges: list[MergedRange] = []
    for ref in getattr(merged, "mergeCell", None) or ():
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref.ref)
        except (TypeError, ValueError):
            continue
        if None not in (min_col, min_row, max_col, max_row):
            merges.append(MergedRange(min_col, min_row, max_col, max_row))
    return raw, merges


def _merged_ranges(workbook: Workbook, worksheet) -> list[MergedRange]:
    """Merged blocks of a read-only sheet, from the sheet XML's ``<mergeCells>``.

    Read-only openpyxl does not expose merges, and loading the workbook a second
    time in normal mode would cost a full parse; the merge list is a small element at
    the end of the sheet part, streamed here with defusedxml.
    """
    archive: zipfile.ZipFile | None = getattr(workbook, "_archive", None)
    part = getattr(worksheet, "_worksheet_path", None)
    if archive is None or not part:
        merged = getattr(worksheet, "merged_cells", None)  # a normal (not read-only) sheet
        return [MergedRange(*r.bounds) for r in getattr(merged, "ranges", [])]
    ranges: list[MergedRange] = []
    with archive.open(part) as source:
        for _event, element in iterparse(source, events=("end",)):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                ref = element.get("ref", "")
                try:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                except (TypeError, ValueError):
                    continue
                if None not in (min_col, min_row, max_col, max_row):
                    ranges.append(MergedRange(min_col, min_row, max_col, max_row))
            elif tag in ("row", "c", "v", "f", "is", "t", "sheetData"):
                element.clear()
    return ranges


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
        if span >= 2 and span * 2 >= width:
            across_span[merge.min_row] = max(span, across_span.get(merge.min_row, 0))
        elif fill_vertical_merges and merge.height > 1:
            _fill_down(by_number, merge, width)
    first_column = _first_column(by_number.values())
    rows = []
    for number in sorted(by_number):
        cells = by_number[number]
        span = across_span.get(number, 0)
        merged = bool(span) or _single_leading_value(cells, first_column, width)
        rows.append(SheetRow(number=number, cells=cells, merged_across=merged, merged_span=span))
    return rows


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
    text = _DATE_SUFFIX.sub("", value.strip())
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
    "normalise_text",
    "normalise_value",
    "read_rows",
    "read_sheet",
    "sheet_names",
    "value_as_date",
    "value_as_int",
    "value_as_text",
]
