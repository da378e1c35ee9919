"""GUI tests watch the GUI thread: what the widgets read and write there.

Every ``read()`` and ``write()`` made on the GUI thread during a GUI test is counted
(``db.changes.DEBUG_OBSERVERS``) and summed up at the end of the run. A test marked
``no_gui_thread_writes`` fails when any write happens on the GUI thread; the
``gui_thread_reads`` fixture hands a test the reads made there, with their durations.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest

from secretariat.db.changes import DEBUG_OBSERVERS, Access


@dataclass
class GuiThreadLog:
    reads: list[float] = field(default_factory=list)   # seconds each
    writes: list[frozenset[str]] = field(default_factory=list)  # tables each changed

    armed: bool = False  # what the test itself does; opening its databases in fixtures is not counted

    def __call__(self, access: Access) -> None:
        if not self.armed or access.thread is not threading.main_thread():
            return
        if access.kind == "write":
            self.writes.append(access.tables)
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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "no_gui_thread_writes: fail when a database write happens on the GUI thread")


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
    if request.node.get_closest_marker("no_gui_thread_writes") and log.writes:
        pytest.fail(f"{len(log.writes)} database write(s) on the GUI thread, changing "
                    f"{sorted(set().union(*log.writes))}", pytrace=False)


def pytest_terminal_summary(terminalreporter) -> None:
    if _TOTALS["tests"]:
        terminalreporter.write_line(
            f"GUI thread: {_TOTALS['reads']} reads (slowest {_TOTALS['slowest'] * 1000:.0f} ms) and "
            f"{_TOTALS['writes']} writes in {_TOTALS['tests']} GUI tests")
