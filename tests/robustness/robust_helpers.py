"""Helpers the robustness tests import (conftest.py holds the fixtures)."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from secretariat.db.failures import connect_read_only


def dump(path: Path) -> list[str]:
    """The whole content of a database as SQL, read without changing the file."""
    con = connect_read_only(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def remount_read_only(folder: Path) -> None:
    """Make a tmpfs mounted by the ``small_disk`` fixture read-only (for root, too)."""
    import pytest

    result = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot remount read-only: {result.stderr.strip()}")
