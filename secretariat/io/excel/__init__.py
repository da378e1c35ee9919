"""Reading spreadsheets that clerks receive (OHCHR lists, ministries' plan matrices).

Everything here is plain Python: no Qt, no database. The modules turn an untrusted
file (.xlsx, .xls, .ods, CSV or a Word table) into rows of normalised values and then
into dataclasses that a later importer maps to services.

- ``safe_open``: refuse dangerous or unreadable files with a clear message.
- ``books``, ``text_table``, ``word_tables``: the readers (python-calamine, csv, python-docx).
- ``sheet``: sheet -> ``SheetRow`` list, plus value converters.
- ``headers``: find the header row and map columns to fields (EN/RU/TK).
- ``table``: generic header + rows -> records (plans, progress, meetings...).
- ``ohchr``: the OHCHR UPR recommendation layouts.
"""

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import FIELD_SYNONYMS, HeaderMatch, find_header_row, match_columns
from secretariat.io.excel.ohchr import OhchrRecord, read_ohchr_sheet
from secretariat.io.excel.safe_open import open_workbook
from secretariat.io.excel.sheet import SheetRow, read_rows, read_sheet
from secretariat.io.excel.table import TableRecord, TableResult, read_table

__all__ = [
    "FIELD_SYNONYMS",
    "HeaderMatch",
    "OhchrRecord",
    "SheetRow",
    "SpreadsheetError",
    "TableRecord",
    "TableResult",
    "find_header_row",
    "match_columns",
    "open_workbook",
    "read_ohchr_sheet",
    "read_rows",
    "read_sheet",
    "read_table",
]
