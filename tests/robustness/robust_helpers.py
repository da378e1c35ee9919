"""Helpers the robustness tests import (conftest.py holds the fixtures)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from secretariat.db.failures import ro_uri


def dump(path: Path) -> list[str]:
    """The whole content of a database as SQL, read without changing the file."""
    con = sqlite3.connect(ro_uri(path), uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()
