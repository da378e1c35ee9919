"""On the large database no read on the GUI thread takes over 50 ms, and none writes.

Opens the window on the synthetic large database, visits every page and filters
the lists as a user would; the GUI-thread reads are timed one by one (the one
explicit per-call budget the application promises), not the test as a whole.
"""

from __future__ import annotations

import threading
import traceback

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretariat.db import open_database
from secretariat.db.changes import DEBUG_OBSERVERS
from secretariat.services import demo_large
from secretariat.ui.core.context import AppContext
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.pages.registry import AREAS

BUDGET_S = 0.050


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    database = open_database(path)
    demo_large.fill_large(database)
    yield database
    database.dispose()


@pytest.mark.slow
@pytest.mark.xfail(strict=False, reason="a limit in milliseconds depends on the machine's load: with the "
                   "index reads and full-text search it passes here, but a busy machine can still push the "
                   "first read of a page (its statements compiled) over 50 ms")
def test_no_slow_read_on_the_gui_thread_of_the_large_database(qtbot, qapp, large_db, settings, gui_thread_log):
    from secretariat.ui.app.application import create_application

    create_application()
    slow_where: list[str] = []

    def where(access) -> None:
        if access.kind == "read" and access.seconds > BUDGET_S and access.thread is threading.main_thread():
            frames = [f for f in traceback.extract_stack() if "/secretariat/ui/" in f.filename]
            slow_where.append(f"{access.seconds * 1000:.0f} ms at " + " < ".join(
                f"{f.filename.rsplit('/secretariat/', 1)[-1]}:{f.lineno}" for f in frames[-1:-3:-1]))

    DEBUG_OBSERVERS.append(where)
    window = MainWindow(AppContext(large_db, settings))
    qtbot.addWidget(window)
    window.show()
    for area in AREAS:
        page = window.show_area(area.key)
        QApplication.processEvents()
        search = getattr(page, "search", None)
        if search is not None:
            QTest.keyClicks(search, "rights")
            qtbot.wait(400)  # the search waits for typing to pause
            search.clear()
            qtbot.wait(400)
    DEBUG_OBSERVERS.remove(where)
    assert not slow_where, (f"{len(slow_where)} of {len(gui_thread_log.reads)} GUI-thread reads over 50 ms: "
                            + "; ".join(slow_where))
