"""The guard that keeps PySide6 6.12 on Python 3.11 from aborting (see ui/app/qt_refcount.py)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

import secretariat.ui  # noqa: F401 - importing the GUI package applies the guard
from secretariat.ui.app import qt_refcount


def test_many_qt_calls_cannot_use_up_none_or_true(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("ä ç ň ö ş ü ý ž")
    if qt_refcount.leaks_references():
        # The bug is present: the guard must have given the singletons their reserve.
        assert qt_refcount.guard()
        for singleton in (None, True, False):
            assert sys.getrefcount(singleton) > qt_refcount.RESERVE // 2
    else:
        assert sys.getrefcount(None) >= before - 50
