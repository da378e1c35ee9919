"""On the large database no read on the GUI thread makes SQLite do much work, and none writes.

Opens the window on the synthetic large database, visits every page, searches and
filters the lists as a user would, and counts the work of each read made on the GUI
thread in steps of SQLite's virtual machine (``Database.count_steps``): the same figure
on any machine however busy, where milliseconds are not. The milliseconds, against the
50 ms a read there may take, are what ``benchmarks/bench_pages.py`` prints ("slowest
read"). A step's time varies with its kind, from about 10 million steps a second where
long texts are compared to 80 million in index reads; the largest reads here (the
plans' counts of measures, a page of recommendations) make about 480,000 steps and take
5 to 25 ms. The budget of a million steps fails a change that makes a page read, say,
a whole table of links for each row, without failing on a busy machine.
"""

from __future__ import annotations

import threading
import traceback

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from secretariat.db import open_database
from secretariat.db.changes import DEBUG_OBSERVERS
from secretariat.services import demo_large
from secretariat.ui.core.context import AppContext
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.pages.registry import AREAS

STEP_BUDGET = 1_000_000


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    database = open_database(path)
    demo_large.fill_large(database)
    database.count_steps = True
    yield database
    database.dispose()


@pytest.mark.slow
def test_no_read_on_the_gui_thread_of_the_large_database_is_over_its_budget(qtbot, qapp, large_db, settings,
                                                                          gui_thread_log):
    from secretariat.ui.app.application import create_application

    create_application()
    counted: list[tuple[int, str]] = []

    def where(access) -> None:
        if access.kind == "read" and access.thread is threading.main_thread() and access.steps is not None:
            frames = [f for f in traceback.extract_stack() if "/secretariat/ui/" in f.filename]
            counted.append((access.steps, " < ".join(
                f"{f.filename.rsplit('/secretariat/', 1)[-1]}:{f.lineno}" for f in frames[-1:-3:-1])))

    DEBUG_OBSERVERS.append(where)
    try:
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
            for attribute in getattr(page, "FILTERS", {}).values():
                combo = getattr(page, attribute)
                if isinstance(combo, QComboBox):
                    for index in range(1, combo.count()):
                        combo.setCurrentIndex(index)
                        qtbot.wait(50)
                    combo.setCurrentIndex(0)
                    qtbot.wait(50)
    finally:
        DEBUG_OBSERVERS.remove(where)
    assert len(counted) >= 20, counted  # the pages read here, and were counted
    assert any(steps > 0 for steps, _ in counted)
    over = sorted((item for item in counted if item[0] > STEP_BUDGET), reverse=True)
    assert not over, (f"{len(over)} of {len(counted)} GUI-thread reads over {STEP_BUDGET:,} steps: "
                      + "; ".join(f"{steps:,} at {at}" for steps, at in over[:10]))
