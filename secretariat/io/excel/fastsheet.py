"""A fast, strict reader for the worksheet XML that spreadsheet programs actually write.

openpyxl's read-only mode parses a sheet with a pure-Python XML event loop, which
costs more than everything else an import does. Sheet XML is machine-written and
regular - ``<row r="5"><c r="A5" s="3" t="s"><v>12</v></c>...</row>`` - so this
module reads it with a handful of compiled regular expressions instead.

It is deliberately strict: every byte of ``<sheetData>`` must be accounted for by
the forms it knows (rows, cells with values, inline strings, rich-text runs,
formulas with cached values). Anything else - a namespace prefix, an unknown
element, a strict-OOXML file - makes it return None, and the caller reads the
sheet with openpyxl's parser as before. No XML entity is ever expanded: only the
five predefined ones and numeric character references are decoded, so the XML
attacks ``safe_open`` guards against have nothing to work with here either.
"""

from __future__ import annotations

import html
import re
import zipfile
from datetime import datetime
from functools import lru_cache
from typing import Any

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_ISO8601, from_excel

#: Parts larger than this are streamed by openpyxl instead of read into memory.
MAX_FAST_BYTES = 200 * 1024 * 1024

_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData\s*>(.*?)</sheetData\s*>", re.S)
_ROW = re.compile(rb"<row\b([^>]*?)(?:/>|>(.*?)</row\s*>)", re.S)
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c\s*>)", re.S)
_ATTR = re.compile(rb"""\s+([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_GAP = re.compile(rb"\s*")
_V = re.compile(rb"<v\s*/>|<v\s*>([^<]*)</v\s*>")
_F = re.compile(rb"<f\b[^>]*?(?:/>|>[^<]*</f\s*>)")
_IS = re.compile(rb"<is\s*>(.*?)</is\s*>|<is\s*/>", re.S)
_T = re.compile(rb"<t\b[^>]*?(?:/>|>([^<]*)</t\s*>)")
_RPH = re.compile(rb"<rPh\b.*?</rPh\s*>|<phoneticPr\b[^>]*/>", re.S)
_RUN = re.compile(rb"<r\s*>(?:<rPr\s*>.*?</rPr\s*>|<rPr\s*/>)?\s*(<t\b[^>]*?(?:/>|>[^<]*</t\s*>))\s*</r\s*>", re.S)
_COORD = re.compile(r"([A-Z]{1,3})(\d+)")
_MERGE = re.compile(rb"<mergeCell\b([^>]*?)/?>")
_PREFIXED = re.compile(rb"<\w+:(?:row|c|sheetData)\b")


class Unsupported(Exception):
    """Something the fast path does not know; the caller falls back to openpyxl."""


def read_part(archive: zipfile.ZipFile, part: str) -> bytes | None:
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > MAX_FAST_BYTES:
        return None
    return archive.read(info)


def parse_sheet(data: bytes, shared_strings: Any, date_formats: Any, timedelta_formats: Any,
                epoch: datetime, normalise: Any = None,
                raw_shared: Any = None) -> tuple[list[tuple[int, dict[int, Any]]], list[str]]:
    """(row number, {1-based column: value}) for each row, and the merged ranges' refs.

    Values are raw, or passed through *normalise* when given - in which case
    *shared_strings* must hold the normalised texts and *raw_shared* the raw ones;
    empty values are then left out. Raises ``Unsupported`` for anything outside the
    known forms.
    """
    if _PREFIXED.search(data):
        raise Unsupported("namespace prefixes")
    match = _SHEET_DATA.search(data)
    if match is None:
        raise Unsupported("no sheetData")
    body = match.group(1) or b""
    tail = data[match.end():]
    merges = [ref for ref in (_attributes(m.group(1)).get("ref", "") for m in _MERGE.finditer(tail)) if ref]
    try:
        return _common_forms(body, shared_strings, date_formats, timedelta_formats, epoch, normalise), merges
    except _NotCommon:
        pass
    if normalise is not None:  # the general loop below gives raw values: normalise them here
        shared_strings = raw_shared
    rows: list[tuple[int, dict[int, Any]]] = []
    position = 0
    row_number = 0
    for row_match in _ROW.finditer(body):
        if row_match.start() != position and _GAP.fullmatch(body, position, row_match.start()) is None:
            raise Unsupported("unexpected content between rows")
        position = row_match.end()
        attributes = _attributes(row_match.group(1))
        number = attributes.get("r")
        row_number = int(number) if number is not None else row_number + 1
        cells = row_match.group(2)
        if cells:
            values = _cells(cells, row_number, shared_strings, date_formats, timedelta_formats, epoch)
            if normalise is not None:
                values = {c: v for c, v in ((c, normalise(v)) for c, v in values.items()) if v is not None}
            rows.append((row_number, values))
    if _GAP.fullmatch(body, position) is None:
        raise Unsupported("unexpected content after the rows")
    return rows, merges


class _NotCommon(Exception):
    """The sheet uses forms beyond the common ones: read it with the general loop."""


#: One token of the forms Excel, LibreOffice, xlsxwriter and openpyxl write for plain
#: values: a row start (r first), a row end, or a whole cell with r, s, t in that order
#: holding a value, a formula with its cached value, or a plain inline string.
_COMMON = re.compile(  # cells first: they are most of the tokens
    rb'<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="(\w+)")?\s*'
    rb'(?:/>|>(?:<f\b[^>]*?(?:/>|>[^<]*</f>))?(?:<v>([^<]*)</v>|<v/>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>)'
    rb'|</row>'
    rb'|<row(?: r="(\d+)")?(?: [\w:.-]+="[^"]*")*\s*(/?)>'
)


def _common_forms(body: bytes, shared: Any, date_formats: Any, timedelta_formats: Any,
                  epoch: datetime, normalise: Any = None) -> list[tuple[int, Any]]:
    """Rows of the common forms: ``{column: value}`` dicts, or - with *normalise* -
    lists of normalised values (``shared`` then already normalised, ``None`` dropped)."""
    rows: list[tuple[int, Any]] = []
    columns: dict[bytes, int] = {}
    position = 0
    row_number = 0
    cells: dict[int, Any] | None = None
    for match in _COMMON.finditer(body):
        start = match.start()
        if start != position and not body[position:start].isspace():
            raise _NotCommon()
        position = match.end()
        letters, style, kind, raw, inline, number, closed = match.groups()
        if letters is not None:
            if cells is None:
                raise _NotCommon()
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = column_index_from_string(letters.decode("ascii"))
            if raw:
                if kind == b"s":
                    value: Any = shared[int(raw)]
                else:
                    text = raw.decode("utf-8")
                    if "&" in text:
                        text = html.unescape(text)
                    if kind is None or kind == b"n":
                        value = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
                        if style and int(style) in date_formats:
                            style_id = int(style)
                            try:
                                value = from_excel(value, epoch, timedelta=style_id in timedelta_formats)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"
                    elif kind in (b"str", b"e"):
                        value = text
                    elif kind == b"b":
                        value = bool(int(text))
                    elif kind == b"d":
                        value = from_ISO8601(text)
                    else:
                        raise _NotCommon()
                    if normalise is not None and type(value) is not int:
                        value = normalise(value)
            elif inline:
                if kind != b"inlineStr":
                    raise _NotCommon()
                value = _decode(inline)
                if normalise is not None:
                    value = normalise(value)
            else:
                continue
            if value is not None:
                cells[column] = value
        elif match.group(0)[1:2] == b"/":  # </row>
            if cells is None:
                raise _NotCommon()
            if cells:
                rows.append((row_number, cells))
            cells = None
        else:
            if cells is not None:
                raise _NotCommon()
            row_number = int(number) if number is not None else row_number + 1
            cells = None if closed else {}
    if cells is not None or (position != len(body) and not body[position:].isspace()):
        raise _NotCommon()
    return rows


def _cells(data: bytes, row_number: int, shared: Any, date_formats: Any, timedelta_formats: Any,
           epoch: datetime) -> dict[int, Any]:
    values: dict[int, Any] = {}
    position = 0
    column = 0
    for cell in _CELL.finditer(data):
        if cell.start() != position and _GAP.fullmatch(data, position, cell.start()) is None:
            raise Unsupported("unexpected content in a row")
        position = cell.end()
        attributes = _attributes(cell.group(1))
        reference = attributes.get("r")
        if reference is not None:
            column = _column(reference)
        else:
            column += 1
        inner = cell.group(2)
        if not inner:
            continue
        value = _value(inner, attributes.get("t", "n"), attributes.get("s"), shared, date_formats,
                       timedelta_formats, epoch)
        if value is not None:
            values[column] = value
    if _GAP.fullmatch(data, position) is None:
        raise Unsupported("unexpected content at the end of a row")
    return values


def _value(inner: bytes, kind: str, style: str | None, shared: Any, date_formats: Any, timedelta_formats: Any,
           epoch: datetime) -> Any:
    if kind == "inlineStr":
        match = _IS.fullmatch(inner.strip())
        if match is None:
            raise Unsupported("inline string")
        return _rich_text(match.group(1) or b"")
    rest = inner
    formula = _F.search(rest)
    if formula is not None:
        rest = rest[:formula.start()] + rest[formula.end():]
    value_match = _V.search(rest)
    if value_match is None:
        if rest.strip():
            raise Unsupported("cell content")
        return None
    if (rest[:value_match.start()] + rest[value_match.end():]).strip():
        raise Unsupported("cell content")
    raw = value_match.group(1)
    if raw is None or raw == b"":
        return None
    text = raw.decode("utf-8")
    if "&" in text:
        text = html.unescape(text)
    if kind == "s":
        return shared[int(text)]
    if kind == "n":
        number: Any = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
        style_id = int(style) if style else 0
        if style_id in date_formats:
            try:
                return from_excel(number, epoch, timedelta=style_id in timedelta_formats)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number
    if kind in ("str", "e"):
        return text
    if kind == "b":
        return bool(int(text))
    if kind == "d":
        return from_ISO8601(text)
    raise Unsupported(f"cell type {kind}")


_SST = re.compile(rb"<sst\b[^>]*?(?:/>|>(.*)</sst\s*>)", re.S)
_SI = re.compile(rb"<si\s*>(.*?)</si\s*>|<si\s*/>", re.S)


def shared_strings(data: bytes) -> list[str]:
    """The shared string table (``xl/sharedStrings.xml``) as openpyxl would read it.

    Raises ``Unsupported`` for anything but plain and rich-text entries.
    """
    if _PREFIXED_SST.search(data):
        raise Unsupported("namespace prefixes")
    match = _SST.search(data)
    if match is None:
        raise Unsupported("no sst")
    body = match.group(1) or b""
    if b"<si/>" not in body and b"<si />" not in body:
        return _split_strings(body)
    strings: list[str] = []
    position = 0
    for item in _SI.finditer(body):
        if item.start() != position and not body[position:item.start()].isspace():
            raise Unsupported("unexpected content in the string table")
        position = item.end()
        inner = item.group(1)
        if not inner:
            strings.append("")
            continue
        plain = _PLAIN_T.fullmatch(inner)
        text = _decode(plain.group(1)) if plain is not None else _rich_text(inner)
        strings.append(text.replace("x005F_", "") if "x005F_" in text else text)
    if position != len(body) and not body[position:].isspace():
        raise Unsupported("unexpected content at the end of the string table")
    return strings


_PRESERVE = b'<t xml:space="preserve">'


def _split_strings(body: bytes) -> list[str]:
    """The common case, with C-speed splitting: every entry is ``<si>...</si>``."""
    pieces = body.split(b"</si>")
    if pieces[-1].strip():
        raise Unsupported("unexpected content at the end of the string table")
    strings: list[str] = []
    append = strings.append
    for piece in pieces[:-1]:
        if not piece.startswith(b"<si>"):
            piece = piece.lstrip()
            if not piece.startswith(b"<si>"):
                raise Unsupported("unexpected content in the string table")
        inner = piece[4:]
        if inner.startswith(b"<t>") and inner.endswith(b"</t>") and b"<" not in inner[3:-4]:
            raw = inner[3:-4]
        elif inner.startswith(_PRESERVE) and inner.endswith(b"</t>") and b"<" not in inner[24:-4]:
            raw = inner[24:-4]
        else:
            text = _rich_text(inner) if inner else ""
            append(text.replace("x005F_", "") if "x005F_" in text else text)
            continue
        text = raw.decode("utf-8")
        if "&" in text:
            text = html.unescape(text)
        if "x005F_" in text:
            text = text.replace("x005F_", "")
        append(text)
    return strings


_PREFIXED_SST = re.compile(rb"<\w+:(?:sst|si|t|r)\b")
_PLAIN_T = re.compile(rb'<t(?: xml:space="preserve")?>([^<]*)</t>')


def _rich_text(data: bytes) -> str:
    data = _RPH.sub(b"", data)
    parts: list[str] = []
    position = 0
    for match in _RUN.finditer(data):
        if match.start() != position and _GAP.fullmatch(data, position, match.start()) is None:
            break
        parts.append(_t_text(match.group(1)))
        position = match.end()
    else:
        if _GAP.fullmatch(data, position) is not None:
            return "".join(parts)
    if parts:
        raise Unsupported("rich text")
    match = _T.fullmatch(data.strip())
    if match is None:
        raise Unsupported("inline text")
    return _decode(match.group(1) or b"")


def _t_text(element: bytes) -> str:
    match = _T.fullmatch(element)
    if match is None:
        raise Unsupported("text run")
    return _decode(match.group(1) or b"")


def _decode(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return html.unescape(text) if "&" in text else text


def _attributes(data: bytes) -> dict[str, str]:
    if not data:
        return {}
    found = {}
    position = 0
    for match in _ATTR.finditer(data):
        if match.start() != position:
            raise Unsupported("attributes")
        position = match.end()
        value = match.group(2) if match.group(2) is not None else match.group(3)
        found[match.group(1).decode("ascii", "replace")] = _decode(value)
    if data[position:].strip():
        raise Unsupported("attributes")
    return found


@lru_cache(maxsize=4096)
def _column(reference: str) -> int:
    match = _COORD.fullmatch(reference)
    if match is None:
        raise Unsupported("cell reference")
    return column_index_from_string(match.group(1))


__all__ = ["MAX_FAST_BYTES", "Unsupported", "parse_sheet", "read_part", "shared_strings"]
