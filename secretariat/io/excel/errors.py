"""The one exception the spreadsheet layer raises.

The importer shows ``str(error)`` to a clerk, so the message is plain language and
already translated; ``row``/``column`` (1-based, as Excel shows them) let the UI point
at the offending cell.
"""

from __future__ import annotations

from secretariat.i18n import translate


def get_column_letter(column: int) -> str:
    """Excel's name of a 1-based column: 1 "A", 27 "AA" (openpyxl's, without loading openpyxl to read)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SpreadsheetError(Exception):
    """A file or sheet that cannot be imported, explained for the person importing it."""

    def __init__(self, message: str, *, row: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.row = row
        self.column = column

    @property
    def location(self) -> str:
        """Where the problem is, e.g. "row 7, column C", or "" when unknown."""
        if self.row is not None and self.column is not None:
            return translate("excel", "cell {cell}").format(
                cell=f"{get_column_letter(self.column)}{self.row}"
            )
        if self.row is not None:
            return translate("excel", "row {row}").format(row=self.row)
        if self.column is not None:
            return translate("excel", "column {column}").format(column=get_column_letter(self.column))
        return ""

    def __str__(self) -> str:
        location = self.location
        if not location:
            return self.message
        return translate("excel", "{location}: {message}").format(location=location, message=self.message)
