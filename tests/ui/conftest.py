"""GUI tests watch the GUI thread: what the widgets read and write there.

Every ``read()`` and ``write()`` made on the GUI thread during a GUI test is counted
(``db.changes.DEBUG_OBSERVERS``) and summed up at the end of the run. Every GUI test
fails when a widget writes on the GUI thread (writes go through ``ui.core.ops``' one writer);
what a test writes itself to set up its records, calling a service directly, is not the
window's doing and is not counted. The ``gui_thread_log`` fixture hands a test the reads
made there, with their durations.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import secretariat.ui
from secretariat.db.changes import DEBUG_OBSERVERS, Access

_UI = str(Path(secretariat.ui.__file__).parent)


def _made_by_the_window() -> str | None:
    """Where in ``secretariat/ui`` the current call comes from, or None for a test's own service call."""
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(_UI):
            return f"{Path(filename).relative_to(Path(_UI).parent.parent)}:{frame.f_lineno}"
        frame = frame.f_back
    return None


@dataclass
class GuiThreadLog:
    reads: list[float] = field(default_factory=list)   # seconds each
    writes: list[frozenset[str]] = field(default_factory=list)  # tables each changed
    where: list[str] = field(default_factory=list)  # the window's code that made each write

    armed: bool = False  # what the test itself does; opening its databases in fixtures is not counted

    def __call__(self, access: Access) -> None:
        if not self.armed or access.thread is not threading.main_thread():
            return
        if access.kind == "write":
            where = _made_by_the_window()
            if where is not None:
                self.writes.append(access.tables)
                self.where.append(where)
        else:
            self.reads.append(access.seconds)


_TOTALS = {"tests": 0, "reads": 0, "writes": 0, "slowest": 0.0}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    log = getattr(item, "funcargs", {}).get("gui_thread_log")
    if log is not None:
        log.armed = True
    yield
    if log is not None:
        log.armed = False


@pytest.fixture(autouse=True)
def gui_thread_log(request: pytest.FixtureRequest):
    log = GuiThreadLog()
    DEBUG_OBSERVERS.append(log)
    try:
        yield log
    finally:
        DEBUG_OBSERVERS.remove(log)
        _TOTALS["tests"] += 1
        _TOTALS["reads"] += len(log.reads)
        _TOTALS["writes"] += len(log.writes)
        _TOTALS["slowest"] = max([_TOTALS["slowest"], *log.reads])
    if log.writes:
        pytest.fail(f"{len(log.writes)} database write(s) on the GUI thread, changing "
                    f"{sorted(set().union(*log.writes))}, made at {sorted(set(log.where))}", pytrace=False)


def pytest_terminal_summary(terminalreporter) -> None:
    if _TOTALS["tests"]:
        terminalreporter.write_line(
            f"GUI thread: {_TOTALS['reads']} reads (slowest {_TOTALS['slowest'] * 1000:.0f} ms) and "
            f"{_TOTALS['writes']} writes in {_TOTALS['tests']} GUI tests")
