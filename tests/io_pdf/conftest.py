"""These tests run on SQLite and on PostgreSQL (see tests/pg_server.py)."""

from __future__ import annotations

from pg_server import both_backends


def pytest_generate_tests(metafunc) -> None:
    if metafunc.module.__name__.rsplit(".", 1)[-1] in SQLITE_ONLY_MODULES:
        return
    both_backends(metafunc)


SQLITE_ONLY_MODULES = {"test_backups", "test_pdf_base"}
