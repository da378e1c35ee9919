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


def device_node(folder: Path) -> Path:
    """A character device of our own (a copy of /dev/full) to aim writers at; never the system's."""
    import os
    import stat

    import pytest

    node = folder / "full-device"
    if not node.exists():
        try:
            os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        except (OSError, AttributeError) as exc:
            pytest.skip(f"cannot make a device node here: {exc}")
    return node
