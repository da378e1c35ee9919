"""Generic "header + rows" reading for plan matrices, progress tables, meetings, lists.

Ministries' tables share the same quirks whatever they hold: title rows above the
header, a "1 | 2 | 3" numbering row under it, merged section rows, blank spacers,
headers repeated on each printed page and a totals row at the bottom. This module
removes those and hands back each data row as ``{field: value}`` with its section.
Converting values (dates, numbers, agency names) is the mapper's job.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from secretariat.i18n import translate
from secretariat.io.excel.headers import (
    HeaderMatch,
    find_header_row,
    is_header_repeat,
    is_totals_row,
)
from secretariat.io.excel.sheet import CellValue, SheetRow, value_as_text


@dataclass
class TableRecord:
    row: int  # Excel row number
    values: dict[str, CellValue]
    section: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class TableResult:
    header: HeaderMatch
    records: list[TableRecord]
    sections: list[tuple[int, str]] = field(default_factory=list)  # (row, title)
    totals_rows: list[int] = field(default_factory=list)


def section_title(row: SheetRow) -> str | None:
    """Title of a section row: merged across the table, texts joined ("1. Законодательство")."""
    if not row.merged_across:
        return None
    texts = [value_as_text(value) for _, value in row.non_empty()]
    title = " ".join(" ".join(texts).split())
    return title or None


def read_table(
    rows: Sequence[SheetRow],
    field_synonyms: Mapping[str, Sequence[str]],
    *,
    header: HeaderMatch | None = None,
    required: Iterable[str] = (),
) -> TableResult:
    """Data rows of a table under its header; raises ``SpreadsheetError`` without a header.

    A row whose *required* fields are empty is kept with a problem message, so the
    clerk sees it in the preview rather than losing it silently.
    """
    if header is None:
        header = find_header_row(rows, field_synonyms)
    required = [name for name in required if name in header.columns]
    result = TableResult(header=header, records=[])
    section: str | None = None
    for row in rows[header.data_start :]:
        title = section_title(row)
        if title is not None:
            section = title
            result.sections.append((row.number, title))
            continue
        if is_totals_row(row):
            result.totals_rows.append(row.number)
            continue
        if is_header_repeat(row, header):
            continue
        values = {name: row.get(column) for name, column in header.columns.items()}
        if all(value is None for value in values.values()):
            continue
        record = TableRecord(row=row.number, values=values, section=section)
        for name in required:
            if values[name] is None:
                record.problems.append(
                    translate("excel", "The column \"{title}\" is empty.").format(
                        title=header.header_texts[header.columns[name]]
                    )
                )
        result.records.append(record)
    return result


__all__ = ["TableRecord", "TableResult", "read_table", "section_title"]
