"""Opening the chosen sheet and deciding which row is the header and what each column holds.

The header is found automatically (``headers.find_header_row``) unless the clerk
corrected it before for a sheet of the same layout: corrected mappings are stored by
``services.import_layouts`` under the header row's signature, and every one of the
first rows is checked against them, so a corrected layout is recognised even when
the new file has more title rows above its header.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secretariat.db import Database
from secretariat.i18n import translate
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.importers.base import paused_gc
from secretariat.io.excel.headers import (
    FieldSynonyms,
    HeaderMatch,
    find_header_row,
    is_column_number_row,
    layout_signature,
    match_columns,
)
from secretariat.io.excel.safe_open import open_workbook
from secretariat.io.excel.sheet import SheetRow, read_rows, value_as_text
from secretariat.services import import_layouts

#: Far more than any list clerks receive (OHCHR's longest is a few hundred rows);
#: the 100 MB file limit of ``safe_open`` bounds it too.
MAX_ROWS = 200_000
HEADER_SCAN = 30
QUESTIONNAIRE_META_SHEET = "_secretariat"


@dataclass
class SheetData:
    path: Path
    sheet: str
    sheet_names: list[str]
    rows: list[SheetRow]
    meta: dict[str, str] = field(default_factory=dict)  # questionnaire metadata, if any
    #: Other sheets a questionnaire's metadata names, read along with the chosen one.
    extra: dict[str, list[SheetRow]] = field(default_factory=dict)

    @property
    def is_questionnaire(self) -> bool:
        return self.meta.get("kind") == "questionnaire"


def list_sheets(path: str | Path) -> list[str]:
    """The visible sheets of a workbook (opened safely and closed again)."""
    workbook = open_workbook(path)
    try:
        return _visible_sheets(workbook)
    finally:
        workbook.close()


def _visible_sheets(workbook: Any) -> list[str]:
    names = workbook.visible_sheets()
    if not names:
        raise SpreadsheetError(translate("excel", "The workbook contains no sheets."))
    return names


def load_sheet(path: str | Path, sheet: str | int | None = None, *, max_rows: int = MAX_ROWS) -> SheetData:
    """Read one sheet (default: the first visible one) and any questionnaire metadata.

    *sheet* is a name, or the 0-based number of a visible sheet (a Word document's
    tables are its sheets: "Table 2 (40 rows)", or 1).
    """
    file_path = Path(path)
    with paused_gc():
        return _load_sheet(file_path, sheet, max_rows)


def _load_sheet(file_path: Path, sheet: str | int | None, max_rows: int) -> SheetData:
    workbook = open_workbook(file_path)
    try:
        names = _visible_sheets(workbook)
        if isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise SpreadsheetError(translate("excel", "The file has no table number {number}; it has {count}.")
                                       .format(number=sheet + 1, count=len(names)))
            sheet = names[sheet]
        chosen = sheet if sheet is not None else workbook.default_sheet()
        if chosen not in workbook.sheetnames:
            raise SpreadsheetError(translate("excel", "The workbook has no sheet named \"{name}\".").format(name=chosen))
        rows = read_rows(workbook, chosen, max_rows=max_rows)
        meta = _read_meta(workbook)
        extra = {}
        for name in meta.get("sheets", "").split("\n"):
            if name and name != chosen and name in workbook.sheetnames:
                extra[name] = read_rows(workbook, name, max_rows=max_rows)
    finally:
        workbook.close()
    if not rows and not extra:
        raise SpreadsheetError(translate("excel", "The sheet \"{name}\" is empty.").format(name=chosen))
    return SheetData(path=file_path, sheet=chosen, sheet_names=names, rows=rows, meta=meta, extra=extra)


def _read_meta(workbook: Any) -> dict[str, str]:
    if QUESTIONNAIRE_META_SHEET not in workbook.sheetnames:
        return {}
    meta: dict[str, str] = {}
    for row in read_rows(workbook, QUESTIONNAIRE_META_SHEET, max_rows=1000):
        key, value = row.get(0), row.get(1)
        if key is not None:
            meta[value_as_text(key)] = value_as_text(value)
    return meta


def detect_header(rows: list[SheetRow], kind: str, synonyms: FieldSynonyms,
                  db: Database | None = None) -> tuple[HeaderMatch, bool]:
    """The header and its mapping; the flag says whether a remembered mapping was used.

    Raises ``SpreadsheetError`` when no row looks like a header and none is
    remembered (the wizard then lets the clerk pick the header row by hand).
    """
    remembered = import_layouts.recall_all(db, kind) if db is not None else {}
    if remembered:
        for index, row in enumerate(rows[:HEADER_SCAN]):
            if row.merged_across:
                continue
            mapping = remembered.get(layout_signature(row.cells))
            if mapping is not None:
                columns = _columns(mapping, len(row.cells))
                if columns:
                    return header_at(rows, index, synonyms, columns), True
    return find_header_row(rows, synonyms, HEADER_SCAN), False


def header_at(rows: list[SheetRow], index: int, synonyms: FieldSynonyms,
              columns: dict[str, int] | None = None) -> HeaderMatch:
    """A header at row *index*, with *columns* as given or matched automatically."""
    if not 0 <= index < len(rows):
        raise SpreadsheetError(translate("excel", "There is no such header row."))
    row = rows[index]
    if columns is None:
        columns = match_columns(row.cells, synonyms)
    columns = dict(sorted(columns.items(), key=lambda item: item[1]))
    texts = row.texts()
    data_start = index + 1
    if data_start < len(rows) and is_column_number_row(rows[data_start]):
        data_start += 1
    return HeaderMatch(
        row_index=index,
        row_number=row.number,
        columns=columns,
        header_texts=texts,
        signature=layout_signature(row.cells),
        data_start=data_start,
        unmatched=[c for c, text in enumerate(texts) if text and c not in columns.values()],
    )


def with_columns(rows: list[SheetRow], header: HeaderMatch, columns: dict[str, int]) -> HeaderMatch:
    """The same header row with the clerk's corrected mapping."""
    return header_at(rows, header.row_index, {}, columns)


def remember_mapping(db: Database, kind: str, header: HeaderMatch) -> None:
    import_layouts.remember(db, kind, header.signature, {"columns": dict(header.columns)})


def _columns(mapping: dict[str, Any], width: int) -> dict[str, int]:
    raw = mapping.get("columns")
    if not isinstance(raw, dict):
        return {}
    columns: dict[str, int] = {}
    for name, column in raw.items():
        if isinstance(name, str) and isinstance(column, int) and 0 <= column < width:
            columns[name] = column
    return columns


def rows_above(rows: list[SheetRow], header: HeaderMatch) -> list[str]:
    """Texts of the title rows above the header (cycle, session, document are there)."""
    texts = []
    for row in rows[: header.row_index]:
        texts.extend(value_as_text(value) for _, value in row.non_empty())
    return texts


__all__ = [
    "MAX_ROWS", "QUESTIONNAIRE_META_SHEET", "SheetData", "detect_header", "header_at",
    "list_sheets", "load_sheet", "remember_mapping", "rows_above", "with_columns",
]
