"""The sheets of a checked file, whatever program wrote it: workbooks, text tables, Word tables.

``safe_open.open_workbook`` checks a file and returns one of these books; each gives
its sheet (or table) names and, for one of them, its non-blank rows with the merged
blocks, which ``sheet.read_rows`` turns into ``SheetRow`` objects. Workbooks (.xlsx,
.xlsm, .xlsb, .xls, .ods) are read by python-calamine, a native reader; CSV and
similar text files by the ``csv`` module (``text_table``); Word tables by
python-docx (``word_tables``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from secretariat.i18n import translate
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.sheet import CellValue, MergedRange, normalise_value

RawRows = list[tuple[int, list[CellValue]]]


def too_many_rows(limit: int, row: int) -> SpreadsheetError:
    return SpreadsheetError(
        translate("excel", "The sheet has more than {limit} rows; import it in smaller parts.").format(limit=limit),
        row=row,
    )


def too_wide(limit: int, row: int, column: int) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "excel",
            "There is a value far to the right of the table (beyond column {limit}). "
            "Delete stray contents there and import again.",
        ).format(limit=limit),
        row=row,
        column=column,
    )


class Book:
    """Sheet names and rows of one opened file; ``close()`` releases it."""

    #: "xlsx", "xls", "ods", "text" or "docx": what the file really is.
    format: str = ""
    read_only = True  # never written through

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def sheetnames(self) -> list[str]:
        raise NotImplementedError

    def visible_sheets(self) -> list[str]:
        return list(self.sheetnames)

    def default_sheet(self) -> str:
        """The sheet read when the clerk names none: the first visible one."""
        names = self.visible_sheets()
        return names[0] if names else self.sheetnames[0]

    def raw_rows(self, name: str, *, max_rows: int, max_columns: int) -> tuple[RawRows, list[MergedRange]]:
        raise NotImplementedError

    def close(self) -> None:
        return None

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def collect_rows(
    rows: Iterable[tuple[int, Iterable[Any]]], *, max_rows: int, max_columns: int, normalised: bool = False
) -> RawRows:
    """Normalised non-blank rows, trailing empties removed, limits checked as rows come."""
    normalise = normalise_value
    raw: RawRows = []
    for number, values in rows:
        if number > max_rows:
            raise too_many_rows(max_rows, number)
        cells = list(values) if normalised else [normalise(value) for value in values]
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:
            continue
        if len(cells) > max_columns:
            raise too_wide(max_columns, number, len(cells))
        raw.append((number, cells))
    return raw


class CalamineBook(Book):
    """A workbook read by python-calamine (xlsx, xlsm, xlsb, xls, ods)."""

    def __init__(self, path: Path, workbook: Any, format: str) -> None:
        super().__init__(path)
        self._workbook = workbook
        self.format = format
        self._metadata = list(workbook.sheets_metadata)

    @property
    def sheetnames(self) -> list[str]:
        return [meta.name for meta in self._metadata]

    def visible_sheets(self) -> list[str]:
        names = []
        for meta in self._metadata:
            visible = str(getattr(meta, "visible", "Visible"))
            kind = str(getattr(meta, "typ", "WorkSheet"))
            if visible.endswith("Visible") and "Chart" not in kind:
                names.append(meta.name)
        return names

    def raw_rows(self, name: str, *, max_rows: int, max_columns: int) -> tuple[RawRows, list[MergedRange]]:
        sheet = self._workbook.get_sheet_by_name(name)
        end = sheet.end
        if end is None:
            return [], []
        last_row, last_column = end[0] + 1, end[1] + 1
        if last_row > max_rows:
            raise too_many_rows(max_rows, max_rows + 1)
        grid = sheet.to_python(skip_empty_area=False)
        normalise = normalise_value
        raw: RawRows = []
        for number, values in enumerate(grid, start=1):
            cells = [None if value == "" else normalise(value) for value in values]
            while cells and cells[-1] is None:
                cells.pop()
            if not cells:
                continue
            if len(cells) > max_columns:
                raise too_wide(max_columns, number, len(cells))
            raw.append((number, cells))
        del grid
        ranges = sheet.merged_cell_ranges
        if ranges is None and self.format == "ods":
            merges = ods_merges(self.path, name)
        else:
            merges = [MergedRange(start[1] + 1, start[0] + 1, stop[1] + 1, stop[0] + 1)
                      for start, stop in (ranges or ())]
        if last_column > max_columns and not raw:
            raise too_wide(max_columns, last_row, last_column)
        return raw, merges

    def close(self) -> None:
        try:
            self._workbook.close()
        except BaseException as error:  # already closed, or a native panic
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def ods_merges(path: Path, sheet: str) -> list[MergedRange]:
    """Merged blocks of one sheet of an .ods, from its ``content.xml`` (calamine gives none).

    Streamed with defusedxml after ``safe_open``'s checks; repeated rows and cells are
    counted, never expanded, so a sheet ending in a million repeated empty rows costs
    nothing.
    """
    import zipfile

    from defusedxml.ElementTree import iterparse

    merges: list[MergedRange] = []
    inside = False
    row = column = 0
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as source:
        for event, element in iterparse(source, events=("start", "end")):
            tag = element.tag
            if tag == _TABLE + "table":
                if event == "start":
                    inside, row = element.get(_TABLE + "name") == sheet, 0
                elif inside:
                    break
                continue
            if not inside:
                if event == "end":
                    element.clear()
                continue
            if tag == _TABLE + "table-row":
                if event == "start":
                    column = 0
                else:
                    row += int(element.get(_TABLE + "number-rows-repeated", "1") or 1)
                    element.clear()
            elif tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell") and event == "start":
                across = int(element.get(_TABLE + "number-columns-spanned", "1") or 1)
                down = int(element.get(_TABLE + "number-rows-spanned", "1") or 1)
                if across > 1 or down > 1:
                    merges.append(MergedRange(column + 1, row + 1, column + across, row + down))
                column += int(element.get(_TABLE + "number-columns-repeated", "1") or 1)
    return merges


__all__ = ["Book", "CalamineBook", "ods_merges", "RawRows", "collect_rows", "too_many_rows", "too_wide"]
