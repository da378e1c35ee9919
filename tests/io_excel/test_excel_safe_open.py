"""open_workbook refuses unsafe or unreadable files with a message, never a traceback."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from secretariat.io.excel import safe_open
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.safe_open import open_workbook
from secretariat.io.excel.sheet import read_rows, read_sheet

BILLION_LAUGHS = b"""<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""
SHEET_BODY = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
    b"</worksheet>"
)


def expect_error(path: Path, *words: str, **limits) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as caught:
        workbook = open_workbook(path, **limits)
        workbook.close()
    message = str(caught.value)
    for word in words:
        assert word.casefold() in message.casefold(), message
    return caught.value


def test_fixture_opens_read_only_with_values(fixture_path):
    workbook = open_workbook(fixture_path("plan_matrix_ru.xlsx"))
    try:
        assert workbook.read_only
        assert workbook.sheetnames == ["План"]
    finally:
        workbook.close()


def test_missing_file(tmp_path):
    expect_error(tmp_path / "nowhere.xlsx", "does not exist")


def test_folder_and_empty_file(tmp_path):
    expect_error(tmp_path, "folder")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    expect_error(empty, "empty")


def test_size_limit(fixture_path):
    path = fixture_path("plan_matrix_ru.xlsx")
    expect_error(path, "too large", "limit", max_file_bytes=1000)


def test_text_file_renamed_xlsx_is_read_as_the_text_table_it_is(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_text("Recommendation;Position\n140.7 Ratify OP-CAT (Maldives);Supported\n", encoding="utf-8")
    rows = read_sheet(path)
    assert rows[1].cells == ["140.7 Ratify OP-CAT (Maldives)", "Supported"]


def test_cyrillic_text_file_cut_mid_character_still_reads(tmp_path):
    path = tmp_path / "план.xlsx"
    path.write_bytes(("Мероприятие;Срок\n" * 400).encode("utf-8")[:4097])
    rows = read_sheet(path)
    assert rows[0].cells[0].startswith("Мероприятие") or len(rows) > 100


def test_html_and_pdf_renamed(tmp_path):
    html = tmp_path / "export.xls"
    html.write_bytes(b"<html><body><table><tr><td>1</td></tr></table></body></html>")
    expect_error(html, "web page")
    pdf = tmp_path / "report.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    expect_error(pdf, "PDF")


def test_binary_garbage(tmp_path):
    path = tmp_path / "noise.xlsx"
    path.write_bytes(bytes(range(256)) * 4)
    expect_error(path, "not a spreadsheet")


def _ole2(tmp_path: Path, name: str, streams: list[str]) -> Path:
    """A minimal OLE2 compound file: signature, header padding, directory names."""
    header = safe_open.OLE2_SIGNATURE + b"\x00" * (512 - len(safe_open.OLE2_SIGNATURE))
    directory = b""
    for stream in ["Root Entry", *streams]:
        encoded = (stream + "\x00").encode("utf-16-le")
        directory += encoded.ljust(64, b"\x00") + b"\x00" * 64
    path = tmp_path / name
    path.write_bytes(header + directory)
    return path


def test_damaged_legacy_xls_gets_a_message(tmp_path):
    expect_error(_ole2(tmp_path, "old.xls", ["Workbook", "\x05SummaryInformation"]), "could not be read")


def test_password_protected_xlsx_is_not_called_xls(tmp_path):
    path = _ole2(tmp_path, "secret.xlsx", ["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    error = expect_error(path, "password-protected")
    assert ".xls)" not in str(error)


def test_encryption_marker_found_beyond_first_chunk(tmp_path):
    path = tmp_path / "big-secret.xlsx"
    padding = b"\x00" * (safe_open.MB + 10)
    path.write_bytes(safe_open.OLE2_SIGNATURE + padding + "EncryptionInfo".encode("utf-16-le"))
    expect_error(path, "password-protected")


def test_old_word_document(tmp_path):
    expect_error(_ole2(tmp_path, "minutes.xls", ["WordDocument", "1Table"]), "Word document", ".docx")
    expect_error(_ole2(tmp_path, "matrix.doc", ["WordDocument", "1Table"]), "(.doc)", "save it as")


def test_hollow_ods_gets_a_message(tmp_path):
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    with pytest.raises(SpreadsheetError):
        read_sheet(path)


def test_other_opendocument_files_are_refused(tmp_path):
    path = tmp_path / "letter.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    expect_error(path, "OpenDocument file", ".docx")


def test_word_docx_and_plain_zip(tmp_path):
    docx = tmp_path / "table.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(SpreadsheetError):
        read_sheet(docx)
    plain = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("a.txt", "hello")
    expect_error(plain, "not an Excel workbook")


def test_truncated_xlsx(tmp_path, fixture_path):
    data = fixture_path("ohchr_3rd_cycle_matrix.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    expect_error(path, "damaged or incomplete")


def test_corrupt_member_is_reported(tmp_path, fixture_path):
    data = bytearray(fixture_path("plan_matrix_ru.xlsx").read_bytes())
    with zipfile.ZipFile(fixture_path("plan_matrix_ru.xlsx")) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 20, start + 60):
        data[offset] ^= 0x5A
    path = tmp_path / "bitrot.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError):
        read_sheet(path)


def test_zip_bomb_by_total_size(tmp_path):
    """A real 600 MB member of zeros, streamed so the test stays fast."""
    path = tmp_path / "bomb.xlsx"
    chunk = b"\x00" * safe_open.MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(600):
                member.write(chunk)
    assert path.stat().st_size < 10 * safe_open.MB
    expect_error(path, "zip bomb")


def test_zip_bomb_by_ratio_and_lowered_total(tmp_path):
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/sharedStrings.xml", b"\x00" * (3 * safe_open.MB))
    expect_error(path, "zip bomb")  # ratio ~1000 on a 3 MB member
    expect_error(path, "zip bomb", max_uncompressed_bytes=1024, max_compression_ratio=1e9)


def test_small_members_are_not_judged_by_ratio(tmp_path, make_xlsx):
    rows = [["Header"]] + [[None] for _ in range(50)]  # highly compressible but tiny
    workbook = open_workbook(make_xlsx(rows), max_compression_ratio=1.5)
    workbook.close()


def test_billion_laughs_refused_before_parsing(rezip, fixture_path):
    crafted = rezip(
        fixture_path("plan_matrix_tk.xlsx"),
        {"xl/worksheets/sheet1.xml": b'<?xml version="1.0"?>\n' + BILLION_LAUGHS + SHEET_BODY},
    )
    expect_error(crafted, "DOCTYPE")


def test_entities_hidden_after_long_comment_are_stopped_by_defusedxml(rezip, fixture_path):
    """A DOCTYPE past the pre-scan window still never expands: defusedxml refuses it."""
    padding = b"<!--" + b"x" * (safe_open.PROLOG_SCAN_BYTES + 10) + b"-->\n"
    crafted = rezip(
        fixture_path("plan_matrix_tk.xlsx"),
        {"xl/worksheets/sheet1.xml": b'<?xml version="1.0"?>\n' + padding + BILLION_LAUGHS + SHEET_BODY},
    )
    with pytest.raises(SpreadsheetError, match="DOCTYPE"):
        # Depending on the part, openpyxl parses at open or lazily while reading rows.
        workbook = open_workbook(crafted)
        try:
            read_rows(workbook)
        finally:
            workbook.close()


def test_entities_in_workbook_part_stopped_at_open(rezip, fixture_path):
    padding = b"<!--" + b"x" * (safe_open.PROLOG_SCAN_BYTES + 10) + b"-->\n"
    with zipfile.ZipFile(fixture_path("plan_matrix_tk.xlsx")) as archive:
        original = archive.read("xl/workbook.xml")
    body = original.split(b"?>", 1)[1]
    crafted = rezip(
        fixture_path("plan_matrix_tk.xlsx"),
        {"xl/workbook.xml": b'<?xml version="1.0"?>\n' + padding + BILLION_LAUGHS + body},
    )
    expect_error(crafted, "DOCTYPE")


def test_other_openpyxl_failures_become_spreadsheet_errors(tmp_path):
    path = tmp_path / "hollow.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/styles.xml", "<styleSheet/>")
    expect_error(path, "could not be read as a spreadsheet")


def test_xlsx_content_with_unusual_extension_opens(tmp_path, fixture_path):
    path = tmp_path / "matrix.xls"  # clerks rename files; the content decides
    path.write_bytes(fixture_path("ohchr_3rd_cycle_matrix.xlsx").read_bytes())
    rows = read_sheet(path)
    assert rows[0].number == 1


def test_error_location_formatting():
    assert str(SpreadsheetError("Bad date.", row=7, column=3)) == "cell C7: Bad date."
    assert str(SpreadsheetError("Too long.", row=7)) == "row 7: Too long."
    assert str(SpreadsheetError("Odd column.", column=28)) == "column AB: Odd column."
    error = SpreadsheetError("Plain.")
    assert str(error) == "Plain." and error.row is None and error.column is None


def test_messages_go_through_tr(monkeypatch, tmp_path):
    from secretariat import i18n

    i18n.install_translator(lambda context, text, disambiguation=None, n=-1, language=None: f"[{context}] {text}")
    try:
        expect_error(tmp_path / "nowhere.xlsx", "[excel] The file")
    finally:
        i18n.install_translator(None)


# -- every reader behind the same checks ---------------------------------------------------------

def _rezip_member(source: Path, target: Path, member: str, body: bytes, extra: dict | None = None) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info, body if info.filename == member else original.read(info.filename))
        for name, content in (extra or {}).items():
            copy.writestr(name, content)
    return target


PACKAGES = {"ods": ("ohchr_2nd_cycle_matrix.ods", "content.xml"),
            "docx": ("ohchr_matrix_writer.docx", "word/document.xml")}


@pytest.mark.parametrize("kind", sorted(PACKAGES))
def test_entity_expansion_in_calc_and_writer_files(tmp_path, fixture_path, kind):
    name, member = PACKAGES[kind]
    with zipfile.ZipFile(fixture_path(name)) as archive:
        original = archive.read(member)
    body = original.split(b"?>", 1)[1] if original.startswith(b"<?xml") else original
    crafted = _rezip_member(fixture_path(name), tmp_path / f"laughs.{kind}", member,
                            b'<?xml version="1.0"?>\n' + BILLION_LAUGHS + body)
    expect_error(crafted, "DOCTYPE")
    hidden = b"<!--" + b"x" * (3 * safe_open.PROLOG_SCAN_BYTES) + b"-->\n"
    crafted = _rezip_member(fixture_path(name), tmp_path / f"hidden.{kind}", member,
                            b'<?xml version="1.0"?>\n' + hidden + BILLION_LAUGHS + body)
    expect_error(crafted, "DOCTYPE")  # the prolog is read to the root element, however long


@pytest.mark.parametrize("kind", sorted(PACKAGES))
def test_zip_bomb_truncation_and_encryption_of_calc_and_writer_files(tmp_path, fixture_path, kind):
    name, member = PACKAGES[kind]
    bomb = _rezip_member(fixture_path(name), tmp_path / f"bomb.{kind}", "x", b"",
                         {"padding.xml": b"\x00" * (3 * safe_open.MB)})
    expect_error(bomb, "zip bomb")
    data = fixture_path(name).read_bytes()
    cut = tmp_path / f"cut.{kind}"
    cut.write_bytes(data[: len(data) // 2])
    expect_error(cut, "damaged or incomplete")
    secret = _ole2(tmp_path, f"secret.{kind}", ["EncryptionInfo", "EncryptedPackage"])
    expect_error(secret, "password-protected")


def test_truncated_and_renamed_legacy_xls(tmp_path, fixture_path):
    data = fixture_path("ohchr_2nd_cycle_matrix.xls").read_bytes()
    cut = tmp_path / "cut.xls"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(SpreadsheetError):
        read_sheet(cut)
    renamed = tmp_path / "matrix.csv"
    renamed.write_bytes(data)
    assert read_sheet(renamed)[1].cells[0] == "Recommendation"
    docx = tmp_path / "matrix.xlsx"
    docx.write_bytes(fixture_path("ohchr_matrix_writer.docx").read_bytes())
    assert read_sheet(docx, 1)[0].cells[0] == "Recommendation"


def test_damaged_text_files(tmp_path):
    utf16 = tmp_path / "list.txt"
    utf16.write_bytes(b"\xff\xfe" + "Recommendation\tPosition\n".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    expect_error(utf16, "not valid UTF-16")
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(["x"] * 300) + "\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="far to the right"):
        read_sheet(wide)
    long = tmp_path / "long.csv"
    long.write_text("a\n" * 60, encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="more than 50 rows"):
        read_sheet(long, max_rows=50)


def test_shared_string_index_out_of_range_is_an_error(rezip, fixture_path):
    with zipfile.ZipFile(fixture_path("plan_matrix_ru.xlsx")) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert b't="s"><v>0</v>' in sheet
    negative = rezip(fixture_path("plan_matrix_ru.xlsx"),
                     {"xl/worksheets/sheet1.xml": sheet.replace(b't="s"><v>0</v>', b't="s"><v>-1</v>', 1)})
    expect_error(negative, "string index")
    past = rezip(fixture_path("plan_matrix_ru.xlsx"),
                 {"xl/worksheets/sheet1.xml": sheet.replace(b't="s"><v>0</v>', b't="s"><v>99999</v>', 1)},
                 name="past.xlsx")
    with pytest.raises(SpreadsheetError, match="could not be read"):
        read_sheet(past)


def test_unclosed_rows_with_a_dimension_read_in_one_pass(rezip, fixture_path):
    """Issue 12's quadratic sheet: 10,000 unclosed <row> tags behind a <dimension>."""
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c>' % (n, n) for n in range(1, 10001))
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b'<dimension ref="A1:A10000"/><sheetData>' + rows + b"</sheetData></worksheet>")
    crafted = rezip(fixture_path("plan_matrix_tk.xlsx"), {"xl/worksheets/sheet1.xml": sheet})
    try:
        rows_read = read_sheet(crafted)
    except SpreadsheetError as error:
        assert str(error)
    else:
        assert len(rows_read) <= 10000


def test_dates_follow_a_1904_workbook(tmp_path):
    from datetime import date

    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    workbook.active["A1"] = "Date"
    workbook.active["A2"] = date(2024, 3, 15)
    workbook.active["A2"].number_format = "DD.MM.YYYY"
    path = tmp_path / "mac.xlsx"
    workbook.save(path)
    assert read_sheet(path)[1].cells == [date(2024, 3, 15)]


def test_xml_encoding_declaration_is_honoured(rezip, fixture_path):
    with zipfile.ZipFile(fixture_path("plan_matrix_ru.xlsx")) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
    body = strings.split("?>", 1)[1] if strings.startswith("<?xml") else strings
    crafted = rezip(fixture_path("plan_matrix_ru.xlsx"),
                    {"xl/sharedStrings.xml": ('<?xml version="1.0" encoding="windows-1251"?>' + body).encode("cp1251")})
    assert read_sheet(crafted)[0].cells == read_sheet(fixture_path("plan_matrix_ru.xlsx"))[0].cells
    unknown = rezip(fixture_path("plan_matrix_ru.xlsx"),
                    {"xl/sharedStrings.xml": ('<?xml version="1.0" encoding="x-none"?>' + body).encode("utf-8")},
                    name="unknown.xlsx")
    expect_error(unknown, "unknown text encoding")


def test_a_native_reader_panic_becomes_a_message(tmp_path, fixture_path):
    """A damaged .xls that makes the native reader panic (found by fuzzing): a message, not a crash."""
    import random

    rng = random.Random(189)
    data = bytearray(fixture_path("ohchr_2nd_cycle_matrix.xls").read_bytes())
    for _ in range(rng.randint(1, 10)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path = tmp_path / "damaged.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError, match="could not be read"):
        read_sheet(path)
