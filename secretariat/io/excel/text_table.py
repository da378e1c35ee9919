"""CSV, TSV and text tables: the encoding and the delimiter found, as a clerk's Excel would.

Files arrive from Russian Windows (Windows-1251, ``;``), from web exports (UTF-8 with or
without a BOM, ``,``), from Excel's "Unicode text" (UTF-16, tab). The encoding is
decided over the whole file (it is at most the import size limit), the delimiter over
its first lines; the standard ``csv`` module then reads quoted multi-line cells and CR,
LF or CRLF line ends alike.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from secretariat.i18n import translate
from secretariat.io.excel.books import Book, RawRows, collect_rows
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.sheet import MergedRange

DELIMITERS = (",", ";", "\t")
SNIFF_CHARS = 64 * 1024
SNIFF_ROWS = 50
#: Share of the bytes 0xC0..0xFF standing in runs of three or more, above which the text is
#: Windows-1251 (see ``decode``), counted twice.
_CYRILLIC_SHARE = 0.3
_HIGH = re.compile(rb"[\xc0-\xff]")
_HIGH_RUN = re.compile(rb"[\xc0-\xff]{3,}")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        # UTF-16 without a BOM: every other byte of Latin or Cyrillic text is a NUL.
        encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return _strict(data, encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Russian words are runs of bytes 0xC0..0xFF (А..я); in Western text such a byte is
    # an accented letter between plain ones ("Réunion", "Müller").
    high = len(_HIGH.findall(data))
    in_runs = sum(map(len, _HIGH_RUN.findall(data)))
    encoding = "cp1251" if high and in_runs >= high * _CYRILLIC_SHARE * 2 else "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise SpreadsheetError(
            translate("excel", "The text file is damaged: it is not valid {encoding} text (at byte {offset}).")
            .format(encoding=encoding.upper(), offset=error.start)
        ) from error


def sniff_delimiter(text: str, suffix: str = "") -> str:
    """The delimiter that gives the most rows of one and the same width (more than one)."""
    sample = text[:SNIFF_CHARS]
    best, best_score = ("\t" if suffix == ".tsv" else ","), (0, 0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for _, row in zip(range(SNIFF_ROWS), csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
                      if any(cell.strip() for cell in row)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (count, width, -DELIMITERS.index(delimiter))
        if score > best_score:
            best, best_score = delimiter, score
    return best


class TextBook(Book):
    """A delimited text file as a one-sheet book."""

    format = "text"

    def __init__(self, path: Path, data: bytes) -> None:
        super().__init__(path)
        self.text, self.encoding = decode(data)
        self.delimiter = sniff_delimiter(self.text, path.suffix.lower())

    @property
    def sheetnames(self) -> list[str]:
        return [self.path.stem or "CSV"]

    def raw_rows(self, name: str, *, max_rows: int, max_columns: int) -> tuple[RawRows, list[MergedRange]]:
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)

        def numbered():
            try:
                for row in reader:
                    yield reader.line_num, row
            except csv.Error as error:
                raise SpreadsheetError(
                    translate("excel", "The text file could not be read as a table: {detail}").format(
                        detail=str(error)[:200]),
                    row=reader.line_num,
                ) from error

        # Row numbers count records, as a spreadsheet program shows them, not physical lines.
        rows = ((index, values) for index, (_line, values) in enumerate(numbered(), start=1))
        return collect_rows(rows, max_rows=max_rows, max_columns=max_columns), []


__all__ = ["TextBook", "decode", "sniff_delimiter"]
