"""Open an untrusted file to import, refusing anything that is not safe or not readable.

Clerks import files that arrive by e-mail or USB stick. Before any reader touches a
file we look at it ourselves, so that a PDF, an old Word .doc, a password-protected
workbook, a zip bomb or an XML entity attack each get a message the clerk can act on,
instead of a traceback, a hang or an exhausted laptop. Every check streams the file
and stays linear in its size; what the file is comes from its content, never its name.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from pathlib import Path

from defusedxml import DefusedXmlException

from secretariat.i18n import translate
from secretariat.io.excel.books import Book
from secretariat.io.excel.errors import SpreadsheetError

MB = 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 100 * MB
DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * MB
DEFAULT_MAX_COMPRESSION_RATIO = 200.0
#: Members smaller than this are never judged by their ratio: tiny XML parts
#: (e.g. an empty sheet full of repeated tags) compress extremely well.
RATIO_CHECK_MIN_BYTES = 1 * MB
MAX_ZIP_MEMBERS = 10_000
#: The prolog (declaration, comments, DOCTYPE) of an XML part is read in chunks of this size.
PROLOG_SCAN_BYTES = 64 * 1024
SCAN_CHUNK = 1 * MB

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODS_MIMETYPES = {
    b"application/vnd.oasis.opendocument.spreadsheet",
    b"application/vnd.oasis.opendocument.spreadsheet-template",
}
#: A shared-string cell whose index is negative: calamine would read another cell's text.
_NEGATIVE_SHARED = re.compile(rb'<c\b[^>]*\bt="s"[^>]*>\s*<v>\s*-')


def open_workbook(
    path: str | Path,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    max_compression_ratio: float = DEFAULT_MAX_COMPRESSION_RATIO,
) -> Book:
    """Check *path* and return it as a ``Book`` of sheets (or tables), or raise ``SpreadsheetError``.

    A workbook (.xlsx, .xlsm, .xls, .ods), a delimited text file (.csv, .tsv, .txt) or a
    Word document with tables (.docx). The caller must ``close()`` the book.
    """
    file_path = Path(path)
    kind = check_file(file_path, max_file_bytes=max_file_bytes)
    if kind == "zip":
        kind = check_zip_container(
            file_path,
            max_uncompressed_bytes=max_uncompressed_bytes,
            max_compression_ratio=max_compression_ratio,
        )
    return _load(file_path, kind)


def check_file(path: Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    """Existence, size and signature checks that need only the first bytes.

    Returns "zip" (a package, for ``check_zip_container``), "xls" or "text".
    """
    if not path.exists():
        raise SpreadsheetError(translate("excel", "The file {name} does not exist.").format(name=path))
    if not path.is_file():
        raise SpreadsheetError(translate("excel", "{name} is a folder, not a file.").format(name=path))
    size = path.stat().st_size
    if size == 0:
        raise SpreadsheetError(translate("excel", "The file {name} is empty.").format(name=path.name))
    if size > max_file_bytes:
        raise SpreadsheetError(
            translate(
                "excel",
                "The file {name} is too large to import ({size} MB; the limit is {limit} MB). "
                "Split it into smaller workbooks.",
            ).format(name=path.name, size=_megabytes(size), limit=_megabytes(max_file_bytes))
        )
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(OLE2_SIGNATURE):
        return _check_ole2(path)
    if head.startswith(ZIP_SIGNATURES):
        return "zip"
    _check_text(path, head)
    return "text"


def _check_ole2(path: Path) -> str:
    """OLE2 is the old .xls and .doc formats and the wrapper of encrypted Office files."""
    names = _ole2_stream_names_present(path, ("EncryptionInfo", "EncryptedPackage", "Workbook",
                                               "Book", "WordDocument"))
    if names & {"EncryptionInfo", "EncryptedPackage"}:
        raise SpreadsheetError(
            translate(
                "excel",
                "The file {name} is password-protected. Open it in Excel, remove the password "
                "(File > Info > Protect Workbook > Encrypt with Password, clear the box), save "
                "it and import it again.",
            ).format(name=path.name)
        )
    if "WordDocument" in names and not names & {"Workbook", "Book"}:
        raise SpreadsheetError(
            translate(
                "excel",
                "The file {name} is an old Word document (.doc), which cannot be read. Open it "
                "in Word or LibreOffice Writer, save it as \"Word Document (.docx)\" and import "
                "the new file.",
            ).format(name=path.name)
        )
    return "xls"


def _ole2_stream_names_present(path: Path, names: tuple[str, ...]) -> set[str]:
    """Which of *names* occur as OLE2 directory entry names (UTF-16LE) in the file.

    A byte search rather than a directory walk: it is enough to tell an encrypted
    package from a legacy workbook, and cannot be led astray by a damaged FAT.
    """
    needles = {name: name.encode("utf-16-le") for name in names}
    longest = max(len(needle) for needle in needles.values())
    found: set[str] = set()
    tail = b""
    with path.open("rb") as handle:
        while len(found) < len(needles):
            chunk = handle.read(1 * MB)
            if not chunk:
                break
            window = tail + chunk
            for name, needle in needles.items():
                if name not in found and needle in window:
                    found.add(name)
            tail = window[-longest:]
    return found




def _check_text(path: Path, head: bytes) -> None:
    """Refuse what is neither a package nor a text table, saying what it seems to be."""
    name = path.name
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").lower()
    if head.startswith(b"%PDF"):
        message = translate(
            "excel",
            "The file {name} is a PDF document, not a spreadsheet. Ask the sender for the "
            "Excel version, or copy the table into Excel and save it as .xlsx.",
        )
    elif stripped.startswith((b"<", b"<\x00")):
        message = translate(
            "excel",
            "The file {name} is a web page or XML file that only looks like a spreadsheet. "
            "Open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\".",
        )
    elif looks_like_text(head):
        return
    else:
        message = translate(
            "excel",
            "The file {name} is not a spreadsheet, a text table or a Word document. Open it in "
            "the program that made it and save it as \"Excel Workbook (.xlsx)\".",
        )
    raise SpreadsheetError(message.format(name=name))


_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13})


def looks_like_text(head: bytes) -> bool:
    """UTF-8, UTF-16 or an 8-bit Windows code page: no control bytes but tab and line ends."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        # UTF-16 without a BOM: one byte of every ASCII character is a NUL.
        halves = head[0::2], head[1::2]
        return any(half.count(0) * 10 >= len(half) * 9 for half in halves)
    if b"\x00" in head:
        return False
    return sum(head.count(bytes([c])) for c in _CONTROL) * 50 <= len(head)


def check_zip_container(
    path: Path,
    *,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    max_compression_ratio: float = DEFAULT_MAX_COMPRESSION_RATIO,
) -> str:
    """Inspect the zip directory and every XML part before any reader parses them.

    Returns "xlsx", "ods" or "docx". The sizes come from the central directory;
    Python's zipfile never inflates a member beyond its declared size, so a directory
    that lies about sizes yields a CRC error rather than a bomb.
    """
    try:
        archive = zipfile.ZipFile(path)
    except Exception as error:  # BadZipFile, EOFError, OSError, ValueError, ...
        raise _corrupt(path, error) from error
    with archive:
        try:
            infos = archive.infolist()
            _check_sizes(path, infos, max_uncompressed_bytes, max_compression_ratio)
            names = {info.filename for info in infos}
            kind = _package_kind(path, archive, names)
            _check_xml_parts(path, archive, infos)
        except SpreadsheetError:
            raise
        except Exception as error:
            raise _corrupt(path, error) from error
    return kind


def _check_sizes(
    path: Path,
    infos: list[zipfile.ZipInfo],
    max_uncompressed_bytes: int,
    max_compression_ratio: float,
) -> None:
    bomb = translate(
        "excel",
        "The file {name} unpacks to far more data than a spreadsheet contains and was not "
        "opened (it may be a \"zip bomb\"). If it is a genuine workbook, save it again in "
        "Excel and split it into smaller files.",
    ).format(name=path.name)
    if len(infos) > MAX_ZIP_MEMBERS:
        raise SpreadsheetError(bomb)
    total = 0
    for info in infos:
        total += info.file_size
        if total > max_uncompressed_bytes:
            raise SpreadsheetError(bomb)
        if info.file_size > RATIO_CHECK_MIN_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > max_compression_ratio:
                raise SpreadsheetError(bomb)




def _package_kind(path: Path, archive: zipfile.ZipFile, names: set[str]) -> str:
    """An Excel workbook, an OpenDocument spreadsheet or a Word document; refuse the rest."""
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:200].strip()
        if mimetype in ODS_MIMETYPES:
            return "ods"
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise SpreadsheetError(
                translate(
                    "excel",
                    "The file {name} is an OpenDocument file, not a spreadsheet. Save it as an "
                    "OpenDocument spreadsheet (.ods), an Excel workbook (.xlsx) or a Word "
                    "document (.docx) and import the new file.",
                ).format(name=path.name)
            )
    if "word/document.xml" in names:
        return "docx"
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise SpreadsheetError(
            translate(
                "excel",
                "The file {name} is a zip archive but not an Excel workbook (.xlsx).",
            ).format(name=path.name)
        )
    return "xlsx"


def _check_xml_parts(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse XML parts that declare a DOCTYPE (Office never writes one) and bad string indexes.

    The prolog is read up to the root element however long its comments are, so a
    DOCTYPE cannot hide behind one; worksheets are streamed whole for shared-string
    cells with a negative index, which the native reader would resolve to another
    cell's text. Each part is read once, chunk by chunk.
    """
    attack = translate(
        "excel",
        "The file {name} contains XML declarations that spreadsheets never use "
        "(DOCTYPE/ENTITY) and may be crafted to attack the program. It was not opened.",
    ).format(name=path.name)
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")) or info.is_dir():
            continue
        worksheet = info.filename.startswith("xl/worksheets/")
        with archive.open(info) as member:
            if prolog_declares_doctype(member):
                raise SpreadsheetError(attack)
        if worksheet:
            with archive.open(info) as member:
                _check_shared_indexes(path, member)


def _check_shared_indexes(path: Path, member) -> None:
    tail = b""
    while True:
        chunk = member.read(SCAN_CHUNK)
        if not chunk:
            return
        window = tail + chunk
        if _NEGATIVE_SHARED.search(window):
            raise SpreadsheetError(
                translate(
                    "excel",
                    "The file {name} is damaged: a cell refers to a text that does not exist "
                    "(a negative string index).",
                ).format(name=path.name)
            )
        cut = window.rfind(b"<c", max(len(window) - 4096, 0))
        tail = window[cut:] if cut >= 0 else window[-4096:]


def prolog_declares_doctype(stream) -> bool:
    """Whether an XML stream has a DOCTYPE (or any markup declaration) before its root element."""
    head = stream.read(4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head[:2] in (b"<\x00", b"\x00<"):
        encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else (
            "utf-16-le" if head[:2] == b"<\x00" else "utf-16-be")
    else:
        encoding = "latin-1"  # markup is ASCII in every other encoding a part may declare
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head)
    while True:
        verdict, rest = _prolog_step(text)
        if verdict is not None:
            return verdict
        chunk = stream.read(PROLOG_SCAN_BYTES)
        if not chunk:
            return "<!" in rest.upper()
        text = rest + decoder.decode(chunk)


def _prolog_step(text: str) -> tuple[bool | None, str]:
    """Consume declarations, comments and PIs; (verdict or None for "need more", unread text)."""
    position = 0
    length = len(text)
    while True:
        while position < length and text[position] in " \t\r\n\ufeff":
            position += 1
        if length - position < 9:
            return None, text[position:]
        if text.startswith("<?", position):
            end = text.find("?>", position + 2)
            if end < 0:
                return None, text[position:position + 2] + text[-1:]  # keep the opener
            position = end + 2
        elif text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            if end < 0:
                return None, "<!--" + text[-2:]
            position = end + 3
        elif text.startswith("<!", position):
            return True, ""  # <!DOCTYPE, <!ENTITY: never in an Office or OpenDocument part
        else:
            return False, ""  # the root element (or text a parser refuses)


_SUFFIXES = {
    "xlsx": {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb"},
    "xls": {".xls", ".xlt"},
    "ods": {".ods", ".ots"},
}


_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")


def _utf8_package(path: Path) -> io.BytesIO | None:
    """The package with its XML parts re-encoded to UTF-8 when some declare another encoding.

    The native reader reads UTF-8 only; a part written as ``encoding="windows-1251"``
    is decoded here as it declares (once, linearly) instead of being misread. None when
    every part is UTF-8 already (the usual case: nothing is copied).
    """
    with zipfile.ZipFile(path) as archive:
        foreign = {}
        for info in archive.infolist():
            if info.is_dir() or not info.filename.endswith((".xml", ".rels")):
                continue
            with archive.open(info) as member:
                match = _DECLARED_ENCODING.match(member.read(200))
            if match:
                encoding = match.group(1).decode("ascii").lower().replace("_", "-")
                if encoding not in ("utf-8", "utf8", "utf-16", "utf16"):
                    try:
                        codecs.lookup(encoding)
                    except LookupError as error:
                        raise SpreadsheetError(translate(
                            "excel", "The file {name} declares an unknown text encoding \"{encoding}\".").format(
                            name=path.name, encoding=encoding)) from error
                    foreign[info.filename] = encoding
        if not foreign:
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in archive.infolist():
                data = archive.read(info)
                encoding = foreign.get(info.filename)
                if encoding is not None:
                    text = data.decode(encoding, errors="replace")
                    text = re.sub(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[^"']+""", r"\g<1>UTF-8", text, count=1)
                    data = text.encode("utf-8")
                copy.writestr(info, data)
    out.seek(0)
    return out


def _load(path: Path, kind: str) -> Book:
    """Hand the checked file to its reader, translating whatever it raises."""
    try:
        if kind == "text":
            from secretariat.io.excel.text_table import TextBook

            return TextBook(path, path.read_bytes())
        if kind == "docx":
            import docx

            from secretariat.io.excel.word_tables import WordBook

            return WordBook(path, docx.Document(str(path)))
        import python_calamine

        from secretariat.io.excel.books import CalamineBook

        transcoded = _utf8_package(path) if kind in ("xlsx", "ods") else None
        if transcoded is not None:
            workbook = python_calamine.CalamineWorkbook.from_filelike(transcoded)
        elif path.suffix.lower() in _SUFFIXES[kind]:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        else:  # the reader goes by the name; a renamed file is given as its content
            with path.open("rb") as handle:
                workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(handle.read()))
        return CalamineBook(path, workbook, kind)
    except SpreadsheetError:
        raise
    except BaseException as error:  # a native reader's panic is a BaseException
        if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        raise unreadable(error) from error


def unreadable(error: BaseException) -> SpreadsheetError:
    """The generic "could not be read" error, with a specific one for XML attacks."""
    if _caused_by_entities(error):
        return SpreadsheetError(
            translate(
                "excel",
                "The file contains XML declarations that spreadsheets never use "
                "(DOCTYPE/ENTITY) and may be crafted to attack the program. It was not read.",
            )
        )
    detail = str(error).strip() or type(error).__name__
    return SpreadsheetError(
        translate("excel", "The file could not be read as a spreadsheet: {detail}").format(
            detail=detail[:300]
        )
    )


def _caused_by_entities(error: BaseException | None) -> bool:
    """openpyxl wraps parser errors ("could not read worksheets"); look down the chain."""
    seen = 0
    while error is not None and seen < 20:
        if isinstance(error, DefusedXmlException) or "entity" in str(error).lower():
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def _corrupt(path: Path, error: BaseException) -> SpreadsheetError:
    return SpreadsheetError(
        translate(
            "excel",
            "The file {name} is damaged or incomplete (perhaps an unfinished download or "
            "copy) and cannot be opened: {detail}",
        ).format(name=path.name, detail=(str(error).strip() or type(error).__name__)[:300])
    )


def _megabytes(size: int) -> str:
    return f"{size / MB:.0f}" if size >= MB else f"{size / MB:.2f}"
