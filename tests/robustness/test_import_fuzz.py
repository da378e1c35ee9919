"""Mutated spreadsheets into the database: a clear error or a correct import; never a crash,
never a partial write.

Two layers are fuzzed with hypothesis:

* the spreadsheet importer (``io.excel.importers``: read, plan, run in one transaction),
  when it is installed, with a Cancel injected at a random point of the write;
* always: the reading layer (``io.excel.safe_open`` / ``sheet`` / ``ohchr``) plus a write
  of the parsed rows through the services' session in one transaction, with a failure
  injected at a random row.

After every example the database must be byte-for-byte the same content (SQL dump)
unless the import reported success, and must pass ``check`` at the end.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from robust_helpers import dump
from sqlalchemy import func, select

from secretariat.db import Database, DatabaseError
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.models import AuditEntry, Recommendation
from secretariat.services import audit
from secretariat.services.errors import ServiceError
from secretariat.services.health import check_database
from secretariat.services.recommendations import natural_key

FIXTURES = Path(__file__).resolve().parent.parent / "io_excel" / "fixtures"
SOURCES = {name: (FIXTURES / name).read_bytes()
           for name in ("ohchr_4th_cycle_thematic.xlsx", "ohchr_3rd_cycle_matrix.xlsx")}
SHEET = "xl/worksheets/sheet1.xml"

FUZZ = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
edits = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=0, max_size=10)


class InjectedFailure(Exception):
    """Stands for anything going wrong half-way (a bug, a kill is tested elsewhere)."""


def mutate(data: bytes, changes: list[tuple[int, int]], cut: int | None) -> bytes:
    buffer = bytearray(data)
    for position, value in changes:
        buffer[position % len(buffer)] = value
    if cut is not None:
        buffer = buffer[: max(1, cut % len(buffer))]
    return bytes(buffer)


def mutate_inside(data: bytes, member: str, changes: list[tuple[int, int]]) -> bytes:
    """Damage one XML part but keep the zip valid, so the XML parsers are exercised."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            body = original.read(info.filename)
            copy.writestr(info.filename, mutate(body, changes, None) if info.filename == member else body)
    return out.getvalue()


def with_strings(data: bytes, replacements: list[tuple[int, str]]) -> bytes:
    """Put other cell texts (any Unicode, long, empty...) into a valid workbook."""
    import re
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(io.BytesIO(data)) as original:
        members = {info.filename: original.read(info.filename) for info in original.infolist()}
    strings = members["xl/sharedStrings.xml"].decode("utf-8")
    found = list(re.finditer(r"<t(?: [^>]*)?>(.*?)</t>", strings, re.DOTALL))
    for index, text in replacements:
        match = found[index % len(found)]
        strings = strings.replace(match.group(0), f'<t xml:space="preserve">{escape(text)}</t>', 1)
    members["xl/sharedStrings.xml"] = strings.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name, body in members.items():
            copy.writestr(name, body)
    return out.getvalue()


cell_texts = st.one_of(st.text(max_size=60), st.sampled_from([
    "", " ", "140.7 Ratify (Maldives) (Portugal);\nSource of Position: A/HRC/59/15/Add.1 - Para.3",
    "Supported", "Noted", "Theme: Ratification", "- 16 - PEACE, JUSTICE", "Türkmenistan ýüşň",
    "Министерство", "\u202e\ufeff", "x" * 5000, "=cmd|' /C calc'!A0", "<script>", "140.7",
]))
files = st.one_of(
    st.builds(lambda name, r: with_strings(SOURCES[name], r), st.sampled_from(sorted(SOURCES)),
              st.lists(st.tuples(st.integers(min_value=0), cell_texts), max_size=8)),
    st.builds(lambda name, e, cut: mutate(SOURCES[name], e, cut),
              st.sampled_from(sorted(SOURCES)), edits, st.none() | st.integers(min_value=0)),
    st.builds(lambda name, member, e: mutate_inside(SOURCES[name], member, e),
              st.sampled_from(sorted(SOURCES)),
              st.sampled_from([SHEET, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"]), edits),
)


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Recommendation)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


# -- the real importer ---------------------------------------------------------------------

class CancelAfter:
    """An import progress that fails on its *n*-th call (None: never), wherever that is."""

    def __init__(self, n: int | None) -> None:
        self.n = n
        self.calls = 0

    def _tick(self) -> None:
        self.calls += 1
        if self.n is not None and self.calls > self.n:
            raise InjectedFailure("cancelled half-way")

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None:
        self._tick()

    def check(self) -> None:
        self._tick()

    @property
    def cancelled(self) -> bool:
        return self.n is not None and self.calls > self.n


@FUZZ
@given(data=files, cancel_after=st.none() | st.integers(0, 12))
def test_importer_fuzz(db: Database, tmp_path: Path, data: bytes, cancel_after: int | None) -> None:
    importers = pytest.importorskip("secretariat.io.excel.importers")
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(data)
    recs, entries = _counts(db)
    result = _import_or_refuse(db, path, "recommendations", None, cancel_after)
    if result is None:
        return
    event("imported")
    counts = result.plan.counts()
    after_recs, after_entries = _counts(db)
    assert after_recs == recs + counts["create"]
    assert after_entries > entries  # the import itself is in the audit log
    assert check_database(db) == []


def _import_or_refuse(db: Database, path: Path, kind: str, options, cancel_after: int | None,
                      sheet: int | None = None):
    """The import's result, or None after checking that a refusal or cancel left the database as it was."""
    from secretariat.io.excel import importers

    before = dump(db.path)
    try:
        data = importers.load_sheet(path, sheet)
        header, _remembered = importers.prepare_header(db, kind, data)
        plan = importers.plan_import(db, kind, data, header, options)
        result = importers.run_import(db, plan, progress=CancelAfter(cancel_after))
    except (SpreadsheetError, ServiceError, DatabaseError) as error:
        event(f"refused: {type(error).__name__}")
        assert str(error).strip(), "an error without a message"
        assert dump(db.path) == before
        return None
    except InjectedFailure:
        event("cancelled half-way")
        assert dump(db.path) == before  # cancelled inside the transaction: nothing of it stays
        return None
    if not result.written:
        event("refused: rows with errors")
        assert dump(db.path) == before
        return None
    return result


# -- always: the reading layer and a one-transaction write --------------------------------------

def _read(path: Path) -> list:
    from secretariat.io.excel.ohchr import read_ohchr_sheet
    from secretariat.io.excel.safe_open import open_workbook
    from secretariat.io.excel.sheet import read_rows

    workbook = open_workbook(path)
    try:
        rows = read_rows(workbook)
    finally:
        workbook.close()
    return read_ohchr_sheet(rows)


def _write(db: Database, records: list, fail_at: int | None) -> int:
    """Store the parsed rows in one transaction, as an importer must; fail at row *fail_at*."""
    written = 0
    with db.write() as s:
        for index, record in enumerate(records):
            if fail_at is not None and index == fail_at:
                raise InjectedFailure(f"failure at row {record.row}")
            if not record.text.strip():
                continue
            key = natural_key("upr", "UPR", 4, "", record.paragraph or "", record.text)
            if s.scalar(select(Recommendation.id).where(Recommendation.natural_key == key)) is not None:
                continue
            s.add(Recommendation(natural_key=key, mechanism="upr", body="UPR", cycle=4,
                                 paragraph=record.paragraph or "", text=record.text,
                                 position=str(record.position or "pending"),
                                 assessment=record.assessment or ""))
            s.flush()
            written += 1
        audit.record(s, "import", "recommendation", 0, f"Fuzz import of {len(records)} rows")
    return written


@FUZZ
@given(data=files, fail_at=st.none() | st.integers(0, 12))
def test_reading_layer_and_transactional_write_fuzz(db: Database, tmp_path: Path, data: bytes,
                                                    fail_at: int | None) -> None:
    path = tmp_path / "mutated.xlsx"
    path.write_bytes(data)
    before, (recs, _entries) = dump(db.path), _counts(db)
    try:
        records = _read(path)
        written = _write(db, records, fail_at)
    except SpreadsheetError as error:
        event("refused: SpreadsheetError")
        assert str(error).strip()
        assert dump(db.path) == before
        return
    except InjectedFailure:
        event("failed half-way")
        assert dump(db.path) == before  # rows written before the failure are gone too
        return
    event("imported")
    assert _counts(db)[0] == recs + written
    assert check_database(db) == []


def test_unmutated_fixtures_import(db: Database, tmp_path: Path) -> None:
    """The baseline the fuzzing departs from: both layouts read and store every row."""
    for name, data in SOURCES.items():
        path = tmp_path / name
        path.write_bytes(data)
        records = _read(path)
        assert records and _write(db, records, None) == len({(r.paragraph, r.text) for r in records if r.text})
    assert check_database(db) == []


def _replace_member(data: bytes, member: str, body: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info.filename, body if info.filename == member else original.read(info.filename))
        for name, content in (extra or {}).items():
            copy.writestr(name, content)
    return out.getvalue()


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
            b"<si><t>&lol9;</t></si></sst>")
XXE = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
       b"<si><t>&secret;</t></si></sst>")


@pytest.mark.parametrize("attack", ["billion_laughs", "external_entity", "zip_bomb"])
def test_attacks_are_refused_before_the_database_is_touched(attack: str, db: Database, tmp_path: Path) -> None:
    source = SOURCES["ohchr_4th_cycle_thematic.xlsx"]
    if attack == "billion_laughs":
        data = _replace_member(source, "xl/sharedStrings.xml", LAUGHS)
    elif attack == "external_entity":
        data = _replace_member(source, "xl/sharedStrings.xml", XXE)
    else:
        data = _replace_member(source, "xl/sharedStrings.xml", source,
                               {"xl/media/padding.bin": b"\0" * (40 * 1024 * 1024)})
    path = tmp_path / f"{attack}.xlsx"
    path.write_bytes(data)
    before = dump(db.path)
    with pytest.raises(SpreadsheetError) as info:
        _write(db, _read(path), None)
    assert str(info.value).strip() and "root:" not in str(info.value)
    assert dump(db.path) == before


# -- the other readers: .xls, .ods, .docx, CSV ----------------------------------------------------

OTHER_SOURCES = {name: (FIXTURES / name).read_bytes()
                 for name in ("ohchr_2nd_cycle_matrix.xls", "ohchr_2nd_cycle_matrix.ods",
                              "ohchr_matrix_writer.docx", "plan_matrix_cp1251.csv", "upr_info_many_states.csv")}
OTHER_MEMBERS = {"ohchr_2nd_cycle_matrix.ods": "content.xml", "ohchr_matrix_writer.docx": "word/document.xml"}
other_files = st.one_of(
    st.builds(lambda name, e, cut: (name, mutate(OTHER_SOURCES[name], e, cut)),
              st.sampled_from(sorted(OTHER_SOURCES)), edits, st.none() | st.integers(min_value=0)),
    st.builds(lambda name, e: (name, mutate_inside(OTHER_SOURCES[name], OTHER_MEMBERS[name], e)),
              st.sampled_from(sorted(OTHER_MEMBERS)), edits),
)


@FUZZ
@given(named=other_files, cancel_after=st.none() | st.integers(0, 12), renamed=st.booleans())
def test_other_readers_fuzz(db: Database, tmp_path: Path, named: tuple[str, bytes], cancel_after: int | None,
                            renamed: bool) -> None:
    """Damaged Calc, Writer and text files: a message or a correct import, never a partial write."""
    from secretariat.io.excel.importers import ImportOptions

    name, data = named
    path = tmp_path / ("renamed.xlsx" if renamed else name)  # the content decides, not the name
    path.write_bytes(data)
    kind = "measures" if name.startswith("plan") else "recommendations"
    result = _import_or_refuse(db, path, kind, ImportOptions(cycle=2, create_plan="Fuzz plan"), cancel_after,
                               1 if name.endswith(".docx") else None)
    if result is not None:
        event("imported")
    assert check_database(db) == []
