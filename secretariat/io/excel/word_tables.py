"""Tables of a Word document (.docx), each offered as a sheet: OHCHR sends its matrices so.

python-docx gives a row's cells per grid column, the same cell object repeated where
cells are merged across (``gridSpan``) or down (``vMerge``); those repeats become the
merged blocks a worksheet would carry, so a "Theme: ..." row spanning the table is a
group row here as it is in Excel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from secretariat.i18n import translate
from secretariat.io.excel.books import Book, RawRows, too_many_rows, too_wide
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.sheet import MergedRange, normalise_value


class WordBook(Book):
    """The top-level tables of a .docx, named "Table 1", "Table 2", ..."""

    format = "docx"

    def __init__(self, path: Path, document: Any) -> None:
        super().__init__(path)
        self._tables = list(document.tables)
        if not self._tables:
            raise SpreadsheetError(
                translate("excel", "The Word document {name} contains no table to import.").format(name=path.name))
        self._names = [
            translate("excel", "Table {number} ({rows} rows)").format(number=index, rows=len(table.rows))
            for index, table in enumerate(self._tables, start=1)
        ]

    @property
    def sheetnames(self) -> list[str]:
        return list(self._names)

    def default_sheet(self) -> str:
        """The table with the most rows: a matrix, rather than the cover page's small table."""
        largest = max(range(len(self._tables)), key=lambda index: len(self._tables[index].rows))
        return self._names[largest]

    def raw_rows(self, name: str, *, max_rows: int, max_columns: int) -> tuple[RawRows, list[MergedRange]]:
        table = self._tables[self._names.index(name)]
        raw: RawRows = []
        merges: list[MergedRange] = []
        above: list[Any] = []  # the cell elements of the previous row, per grid column
        open_down: dict[int, MergedRange] = {}
        for number, row in enumerate(table.rows, start=1):
            if number > max_rows:
                raise too_many_rows(max_rows, number)
            elements = [cell._tc for cell in row.cells]
            if len(elements) > max_columns:
                raise too_wide(max_columns, number, len(elements))
            texts = [cell.text for cell in row.cells]
            cells: list[Any] = [None] * len(elements)
            column = 0
            while column < len(elements):
                element = elements[column]
                end = column
                while end + 1 < len(elements) and elements[end + 1] is element:
                    end += 1
                continued = column < len(above) and above[column] is element
                if continued:
                    block = open_down.get(column)
                    if block is not None:
                        open_down[column] = MergedRange(block.min_col, block.min_row, block.max_col, number)
                else:
                    cells[column] = normalise_value(texts[column])
                    finished = open_down.pop(column, None)
                    if finished is not None and finished.height > 1:
                        merges.append(finished)
                    open_down[column] = MergedRange(column + 1, number, end + 1, number)
                    if end > column:
                        merges.append(MergedRange(column + 1, number, end + 1, number))
                column = end + 1
            above = elements
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                raw.append((number, cells))
        merges.extend(block for block in open_down.values() if block.height > 1)
        return raw, merges


__all__ = ["WordBook"]
