"""Open an untrusted .xlsx file, refusing anything that is not safe or not readable.

Clerks import files that arrive by e-mail or USB stick. Before openpyxl touches a file
we look at it ourselves, so that a renamed text file, an old .xls, a password-protected
workbook, an .ods, a zip bomb or an XML entity attack each get a message the clerk can
act on, instead of a traceback, a hang or an exhausted laptop.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.reader.excel import ExcelReader
from openpyxl.workbook.workbook import Workbook

from secretariat.i18n import translate
from secretariat.io.excel import fastsheet
from secretariat.io.excel.errors import SpreadsheetError

MB = 1024 * 1024
DEFAULT_MAX_FILE_BYTES = 100 * MB
DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * MB
DEFAULT_MAX_COMPRESSION_RATIO = 200.0
#: Members smaller than this are never judged by their ratio: tiny XML parts
#: (e.g. an empty sheet full of repeated tags) compress extremely well.
RATIO_CHECK_MIN_BYTES = 1 * MB
MAX_ZIP_MEMBERS = 10_000
#: How much of each XML part is searched for a DOCTYPE; a DOCTYPE must come before
#: the root element, so it is at the very start of any real file.
PROLOG_SCAN_BYTES = 64 * 1024

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
OPENPYXL_EXTENSIONS = {".xlsx", ".xlsm", ".xltx", ".xltm"}
ODS_MIMETYPES = {
    b"application/vnd.oasis.opendocument.spreadsheet",
    b"application/vnd.oasis.opendocument.spreadsheet-template",
}


def open_workbook(
    path: str | Path,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    max_compression_ratio: float = DEFAULT_MAX_COMPRESSION_RATIO,
) -> Workbook:
    """Return a read-only, values-only openpyxl workbook, or raise ``SpreadsheetError``.

    The caller must ``close()`` the workbook: in read-only mode openpyxl keeps the
    zip file open and reads sheets lazily (``sheet.read_rows`` converts errors found
    while reading cells, too).
    """
    require_safe_xml_parser()
    file_path = Path(path)
    check_file(file_path, max_file_bytes=max_file_bytes)
    check_zip_container(
        file_path,
        max_uncompressed_bytes=max_uncompressed_bytes,
        max_compression_ratio=max_compression_ratio,
    )
    return _load(file_path)


def require_safe_xml_parser() -> None:
    """Refuse to parse anything if openpyxl would not use defusedxml.

    openpyxl switches to defusedxml on its own when the package is importable (and
    the OPENPYXL_DEFUSEDXML environment variable does not say otherwise); without it
    a crafted sheet could expand entities until memory runs out.
    """
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise SpreadsheetError(
            translate(
                "excel",
                "Spreadsheets cannot be imported safely on this computer: the protective "
                "XML parser (defusedxml) is not in use. Please contact support.",
            )
        )
    try:
        from openpyxl.worksheet import _reader
    except ImportError:  # pragma: no cover - layout of a future openpyxl
        return
    parser = getattr(_reader, "iterparse", None)
    if parser is not None and not getattr(parser, "__module__", "").startswith("defusedxml"):
        raise SpreadsheetError(
            translate(
                "excel",
                "Spreadsheets cannot be imported safely on this computer: the protective "
                "XML parser (defusedxml) is not in use. Please contact support.",
            )
        )


def check_file(path: Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> None:
    """Existence, size and signature checks that need only the first bytes."""
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
        _refuse_ole2(path)
    if not head.startswith(ZIP_SIGNATURES):
        _refuse_non_zip(path, head)


def _refuse_ole2(path: Path) -> None:
    """OLE2 is both the old .xls format and the wrapper of encrypted .xlsx files."""
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
                "The file {name} is an old Word document (.doc), not a spreadsheet. Copy the "
                "table into Excel and save it as .xlsx.",
            ).format(name=path.name)
        )
    raise SpreadsheetError(
        translate(
            "excel",
            "The file {name} is in the old Excel 97-2003 format (.xls). Open it in Excel or "
            "LibreOffice, save it as \"Excel Workbook (.xlsx)\" and import the new file.",
        ).format(name=path.name)
    )


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


def _refuse_non_zip(path: Path, head: bytes) -> None:
    """Explain what the file seems to be, since it is not an .xlsx package."""
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
    elif _looks_like_text(head):
        message = translate(
            "excel",
            "The file {name} is a plain text file (perhaps CSV) renamed as a spreadsheet. "
            "Open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\".",
        )
    else:
        message = translate(
            "excel",
            "The file {name} is not an Excel workbook (.xlsx). Open it in the program that "
            "made it and save it as \"Excel Workbook (.xlsx)\".",
        )
    raise SpreadsheetError(message.format(name=name))


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


def check_zip_container(
    path: Path,
    *,
    max_uncompressed_bytes: int = DEFAULT_MAX_UNCOMPRESSED_BYTES,
    max_compression_ratio: float = DEFAULT_MAX_COMPRESSION_RATIO,
) -> None:
    """Inspect the zip directory before any XML is parsed.

    The sizes come from the central directory; Python's zipfile never inflates a
    member beyond its declared size, so a directory that lies about sizes yields a
    CRC error rather than a bomb.
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
            _check_package_kind(path, archive, names)
            _check_xml_prologs(path, archive, infos)
        except SpreadsheetError:
            raise
        except Exception as error:
            raise _corrupt(path, error) from error


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


def _check_package_kind(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    """Tell .ods and Word/PowerPoint packages apart from an Excel workbook."""
    if "mimetype" in names:
        mimetype = archive.read("mimetype")[:200].strip()
        if mimetype in ODS_MIMETYPES:
            raise SpreadsheetError(
                translate(
                    "excel",
                    "The file {name} is an OpenDocument spreadsheet (.ods). Open it in "
                    "LibreOffice Calc, choose File > Save As, pick \"Excel 2007-365 (.xlsx)\" "
                    "and import the new file.",
                ).format(name=path.name)
            )
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise SpreadsheetError(
                translate(
                    "excel",
                    "The file {name} is an OpenDocument file, not a spreadsheet. Copy the "
                    "table into a spreadsheet and save it as .xlsx.",
                ).format(name=path.name)
            )
    if "word/document.xml" in names:
        raise SpreadsheetError(
            translate(
                "excel",
                "The file {name} is a Word document, not a spreadsheet. Copy the table into "
                "Excel and save it as .xlsx.",
            ).format(name=path.name)
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise SpreadsheetError(
            translate(
                "excel",
                "The file {name} is a zip archive but not an Excel workbook (.xlsx).",
            ).format(name=path.name)
        )


def _check_xml_prologs(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse XML parts that declare a DOCTYPE: Office never writes one.

    defusedxml would refuse entities too (and is required); this check gives the
    clearer message and catches it before openpyxl starts.
    """
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")) or info.is_dir():
            continue
        with archive.open(info) as member:
            prolog = member.read(PROLOG_SCAN_BYTES)
        if _declares_doctype(prolog):
            raise SpreadsheetError(
                translate(
                    "excel",
                    "The file {name} contains XML declarations that spreadsheets never use "
                    "(DOCTYPE/ENTITY) and may be crafted to attack the program. It was not "
                    "opened.",
                ).format(name=path.name)
            )


def _declares_doctype(prolog: bytes) -> bool:
    lowered = prolog.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        return True
    if prolog.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00<\x00!" in prolog or b"<\x00!\x00" in prolog:
        for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
            text = prolog.decode(encoding, errors="ignore").lower()
            if "<!doctype" in text or "<!entity" in text:
                return True
    return False


def _load(path: Path) -> Workbook:
    """Hand the checked file to openpyxl, translating whatever it raises."""
    # openpyxl refuses unfamiliar extensions ("report.xlsx.tmp", a misnamed ".xls");
    # the content has been checked already, so such files are passed as bytes.
    source: str | io.BytesIO
    if path.suffix.lower() in OPENPYXL_EXTENSIONS:
        source = str(path)
    else:
        source = io.BytesIO(path.read_bytes())
    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported" and similar notes are
            # irrelevant to importing values.
            warnings.simplefilter("ignore")
            reader = _Reader(source, read_only=True, data_only=True, keep_links=False)
            reader.read()  # what openpyxl.load_workbook does, with a faster string table
            return reader.wb
    except SpreadsheetError:
        raise
    except Exception as error:
        raise unreadable(error) from error


class _Reader(ExcelReader):
    """openpyxl's reader, reading the shared string table with ``fastsheet`` when it can.

    The string table of a 50,000-row list holds tens of thousands of texts, and
    openpyxl builds an object tree for each; ``fastsheet.shared_strings`` reads the
    usual forms directly and gives up (back to openpyxl) on anything else.
    """

    def read_strings(self) -> None:
        from openpyxl.xml.constants import SHARED_STRINGS

        content_type = self.package.find(SHARED_STRINGS)
        if content_type is not None:
            try:
                data = fastsheet.read_part(self.archive, content_type.PartName[1:])
                if data is not None:
                    self.shared_strings = fastsheet.shared_strings(data)
                    return
            except Exception:  # noqa: BLE001 - openpyxl reads it, or explains why not
                pass
        super().read_strings()


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
        if isinstance(error, DefusedXmlException):
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
