"""Writing lists to .xlsx files that go out to ministries and come back.

``write_table`` streams rows (openpyxl write-only mode, so 50,000 rows stay cheap)
under a title row and a styled header row; columns are sized from the first rows,
the header row is frozen and the auto-filter is on. Every text is written as text:
a cell starting with ``=``, ``+``, ``-`` or ``@`` is stored as a string with Excel's
"quote prefix", so a recommendation such as "- 16 - PEACE, JUSTICE ..." or a
hostile "=HYPERLINK(...)" is never run as a formula, even after someone edits the
cell in Excel.
"""

from __future__ import annotations


import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from secretariat.db.atomic import atomic_write, check_target
from secretariat.i18n import translate

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
SAMPLE_ROWS = 500
MIN_WIDTH, MAX_WIDTH = 8, 60
WRAP_FROM = 45  # columns whose texts are longer than this wrap instead of widening

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F7F7F"))
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
TITLE_FONT = Font(bold=True, size=13)
WRAP_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"


def clean_text(text: str) -> str:
    """Remove characters an .xlsx file cannot hold and cut to Excel's cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def text_cell(ws: Any, text: str, **style: Any) -> WriteOnlyCell:
    """A cell that holds *text* as a string whatever it starts with."""
    cell = WriteOnlyCell(ws)
    cell.value = text
    cell.data_type = "s"  # never "f": openpyxl would otherwise store "=..." as a formula
    if needs_quote(text):
        cell.quotePrefix = True
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def set_text(cell: Any, text: str) -> None:
    """The same for a cell of a normal (not write-only) worksheet."""
    cell.value = clean_text(text)
    cell.data_type = "s"
    if needs_quote(text):
        cell.quotePrefix = True


def cell_value(ws: Any, value: Any, wrap: bool = False) -> Any:
    """What to append for *value*: plain values as they are, risky or long texts as cells."""
    if value is None:
        return None
    if isinstance(value, bool):
        return translate("excel", "Yes") if value else ""
    if isinstance(value, str):
        text = clean_text(value)
        if needs_quote(text) or (wrap and len(text) > 0):
            return text_cell(ws, text, alignment=WRAP_ALIGNMENT) if wrap else text_cell(ws, text)
        return text
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, (int, float)):
        return value
    return cell_value(ws, str(value), wrap)


def _display_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, (date, datetime)):
        return 10
    text = str(value)
    return max((len(line) for line in text.split("\n")), default=0)


def column_widths(headers: Sequence[str], sample: Sequence[Sequence[Any]]) -> list[tuple[float, bool]]:
    """(width in characters, wrap) per column, from the header and the first rows."""
    result = []
    for index, header in enumerate(headers):
        longest = max([_display_length(row[index]) for row in sample if index < len(row)] or [0])
        header_length = max((len(word) for word in str(header).split()), default=4)
        wrap = longest > WRAP_FROM
        width = min(max(longest, header_length, MIN_WIDTH), MAX_WIDTH) + 2
        result.append((float(width), wrap))
    return result


def safe_sheet_title(title: str) -> str:
    """A valid worksheet name: no []:*?/\\, at most 31 characters."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip().strip("'") or "Sheet"
    return cleaned[:31]


def write_table(path: str | Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                sheet_name: str | None = None, subtitle: str | None = None,
                progress: Any = None, total: int | None = None) -> int:
    """Write one table to *path*; returns the number of data rows written.

    *progress* (optional) is a ``ui.core.ops.Progress``-like object; ``check()`` is
    called every few hundred rows so a Cancel stops the export (the partial file is
    removed).
    """
    target = Path(path)
    check_target(target)  # before any row is laid out
    workbook = Workbook(write_only=True)
    workbook.properties.title = title[:255]
    workbook.properties.creator = "Secretariat"
    ws = workbook.create_sheet(safe_sheet_title(sheet_name or title))
    iterator = iter(rows)
    sample: list[Sequence[Any]] = []
    for row in iterator:
        sample.append(row)
        if len(sample) >= SAMPLE_ROWS:
            break
    layout = column_widths(headers, sample)
    for index, (width, _wrap) in enumerate(layout, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    header_row = 3 if subtitle else 2
    ws.freeze_panes = f"A{header_row + 1}"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"

    ws.append([text_cell(ws, clean_text(title), font=TITLE_FONT)])
    if subtitle:
        ws.append([text_cell(ws, clean_text(subtitle))])
    ws.append([text_cell(ws, clean_text(str(h)), font=HEADER_FONT, fill=HEADER_FILL, border=HEADER_BORDER,
                         alignment=HEADER_ALIGNMENT) for h in headers])
    wraps = [wrap for _width, wrap in layout]
    count = 0

    def emit(row: Sequence[Any]) -> None:
        ws.append([cell_value(ws, value, wraps[i] if i < len(wraps) else False) for i, value in enumerate(row)])

    try:
        for row in sample:
            emit(row)
            count += 1
        for row in iterator:
            emit(row)
            count += 1
            if progress is not None and count % 500 == 0:
                progress.check()
                progress.update(count, total)
        last_column = get_column_letter(max(len(headers), 1))
        ws.auto_filter.ref = f"A{header_row}:{last_column}{header_row + max(count, 1)}"
        save_replacing(workbook, target)
    except BaseException:
        workbook.close() if hasattr(workbook, "close") else None
        raise
    return count


def save_replacing(workbook: Workbook, target: Path) -> None:
    """Save next to *target* and then replace it, so a failure never leaves half a file."""
    try:
        with atomic_write(target) as temporary:
            workbook.save(temporary)
    except BaseException as error:
        discard_failed_workbook(workbook, error)
        raise


def discard_failed_workbook(workbook: Workbook, error: BaseException) -> None:
    """A failed save leaves openpyxl's row writers and zip file open; close them now, silently.

    Left to the garbage collector, they would print "Exception ignored ... Traceback"
    on the console after the worded message about the full disk. They are held by the
    frames of the error's traceback, so those are let go (the message says it all).
    """
    import gc
    import sys

    previous = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        for sheet in getattr(workbook, "_sheets", []):
            rows = getattr(sheet, "_rows", None)
            if rows is not None:
                try:
                    rows.close()
                except Exception:  # noqa: BLE001 - it writes to a file that is already gone
                    pass
        seen: set[int] = set()
        link: BaseException | None = error
        while link is not None and id(link) not in seen:
            seen.add(id(link))
            link.__traceback__ = None
            link = link.__cause__ or link.__context__
        gc.collect()
    finally:
        sys.unraisablehook = previous


__all__ = ["FORMULA_PREFIXES", "cell_value", "clean_text", "column_widths", "needs_quote", "safe_sheet_title",
           "save_replacing", "set_text", "text_cell", "write_table"]
