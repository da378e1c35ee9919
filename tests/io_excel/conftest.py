"""Shared fixtures for the spreadsheet import tests (no test modules import each other)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    def locate(name: str) -> Path:
        path = FIXTURES / name
        assert path.exists(), f"missing fixture {name}; run tests/io_excel/fixtures/make_fixtures.py"
        return path

    return locate


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """Write a small workbook with xlsxwriter: rows of values, optional merges."""

    def write(rows: list[list], *, merges: list[tuple[int, int, int, int]] = (), name: str = "book.xlsx") -> Path:
        import xlsxwriter

        path = tmp_path / name
        workbook = xlsxwriter.Workbook(str(path))
        sheet = workbook.add_worksheet()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
        for first_row, first_col, last_row, last_col in merges:
            sheet.merge_range(first_row, first_col, last_row, last_col, rows[first_row][first_col])
        workbook.close()
        return path

    return write


@pytest.fixture
def rezip(tmp_path: Path) -> Callable[..., Path]:
    """Copy a workbook, replacing some members (e.g. a crafted sheet XML)."""

    def build(source: Path, replacements: dict[str, bytes], name: str = "crafted.xlsx") -> Path:
        target = tmp_path / name
        with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in original.infolist():
                data = replacements.get(info.filename, original.read(info.filename))
                copy.writestr(info.filename, data)
            for member, data in replacements.items():
                if member not in original.namelist():
                    copy.writestr(member, data)
        return target

    return build


def pytest_generate_tests(metafunc) -> None:
    """The import tests also run on PostgreSQL (see tests/pg_server.py)."""
    from pg_server import both_backends

    if metafunc.module.__name__.rsplit(".", 1)[-1] in {"test_import_measures", "test_import_recommendations"}:
        both_backends(metafunc)
