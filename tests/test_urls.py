"""A password in a database URL is never shown: one helper for title bar, messages, logs, --json."""

from __future__ import annotations

import logging

from secretariat.db.urls import describe, is_postgres, mask_passwords, masked_url
from secretariat.logging_setup import MaskingFormatter

URL = "postgresql+psycopg://clerk:S3cret%40pw@db.office.local:5433/secretariat?sslmode=require"


def test_masked_url_hides_the_password_and_keeps_the_rest():
    shown = masked_url(URL)
    assert "S3cret" not in shown
    assert shown == "postgresql+psycopg://clerk:***@db.office.local:5433/secretariat?sslmode=require"
    assert masked_url("/home/clerk/secretariat.sqlite") == "/home/clerk/secretariat.sqlite"
    assert masked_url("postgresql+psycopg://clerk@server/db") == "postgresql+psycopg://clerk@server/db"


def test_describe_names_login_server_and_database_only():
    assert describe(URL) == "clerk@db.office.local:5433/secretariat"
    assert is_postgres(URL) and not is_postgres("sqlite:////tmp/x.sqlite")


def test_passwords_inside_any_text_and_log_records_are_masked():
    text = f"could not open {URL} (timeout)"
    assert "S3cret" not in mask_passwords(text)
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "opening %s", (URL,), None)
    assert "S3cret" not in MaskingFormatter("%(message)s").format(record)
