"""Open and filter times of every list page, side by side, on the large database.

    python benchmarks/bench_pages.py [DB]   (default /tmp/large.sqlite; made if missing)

For each page of the main window's navigation, in this process with the offscreen
platform: "open" builds the page and shows it with its first screen of rows painted
(the first open of a page, which also pays for its queries being compiled, is shown
apart from the median of the later ones); "search" types a word in the page's search
box and answers it as the typing pause would; "filter" chooses the first choice of
the page's first drop-down filter. "slowest read" is the longest single database read
made on the GUI thread while doing so (the budget there is 50 ms). The Dashboard reads
its numbers off the GUI thread; the time until they are shown is printed apart.
Target: 100 ms or less for every figure.
"""

from __future__ import annotations

import gc
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 100.0
RUNS = 5
SEARCH_WORD = "rights"


class SlowestRead:
    """The longest database read made on the GUI thread since the last ``take``."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self, access: Any) -> None:
        if access.kind == "read" and access.thread is threading.main_thread():
            self.seconds = max(self.seconds, access.seconds)

    def take(self) -> float:
        seconds, self.seconds = self.seconds, 0.0
        return seconds * 1000


def main() -> None:
    db_path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/large.sqlite")
    if not db_path.exists():
        print(f"making {db_path} ...")
        subprocess.check_call([sys.executable, "-m", "secretariat", "--db", str(db_path), "demo", "--size", "large"])

    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QComboBox

    from secretariat.db import open_database
    from secretariat.db.changes import DEBUG_OBSERVERS
    from secretariat.ui.app.application import create_application
    from secretariat.ui.core.context import AppContext
    from secretariat.ui.pages.registry import AREAS

    app = create_application()
    db = open_database(db_path)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    context = AppContext(db, settings)
    from secretariat.ui.app.startup import PAGES

    for name in PAGES:  # as the window does in the background once on its database (ui/app/startup.py)
        importlib.import_module(name)
    gc.freeze()  # as the window does once the database is open (ui/app/launch.py)
    slowest = SlowestRead()
    DEBUG_OBSERVERS.append(slowest)

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        app.processEvents()  # the view paints and asks for its rows
        return (time.perf_counter() - started) * 1000

    def settle(page: Any) -> None:
        """What the typing pause triggers, without waiting for it."""
        debounce = getattr(page, "_debounce", None)
        if debounce is not None and debounce.isActive():
            debounce.stop()
            debounce.timeout.emit()

    def wait_for_background() -> None:
        for _ in range(3):  # work finished in the background may start more on delivery
            app.processEvents()
            QThreadPool.globalInstance().waitForDone()
            app.processEvents()

    rows: list[tuple[str, float, float, float | None, float | None, float]] = []
    dashboard_loaded: float | None = None
    for area in AREAS:
        pages: list[Any] = []

        def open_page() -> None:
            page = area.build(context)
            page.resize(1280, 800)
            page.show()
            pages.append(page)

        slowest.take()
        opens = []
        for run in range(RUNS):
            if pages:  # one page at a time, its background work finished, as a user sees it
                pages[-1].close()
                wait_for_background()
            opens.append(timed(open_page))
        if area.key == "dashboard":
            page = pages[-1]
            started = time.perf_counter()
            done: list[float] = []
            page.loaded.connect(lambda: done.append(time.perf_counter()))
            page.refresh()
            while not done and time.perf_counter() - started < 30:
                app.processEvents()
                time.sleep(0.002)
            dashboard_loaded = (done[0] - started) * 1000 if done else None
        page = pages[-1]
        for extra in pages[:-1]:
            extra.close()
            extra.deleteLater()
        wait_for_background()
        search_times: list[float] = []
        filter_times: list[float] = []
        search = getattr(page, "search", None)
        combo = next((getattr(page, attribute) for attribute in page.FILTERS.values()
                      if isinstance(getattr(page, attribute), QComboBox)), None)
        for _ in range(RUNS if search is not None or combo is not None else 0):
            if search is not None:
                search.setText("")
                settle(page)
                app.processEvents()
                search_times.append(timed(lambda: (search.setText(SEARCH_WORD), settle(page))))
                search.setText("")
                settle(page)
            if combo is not None and combo.count() > 1:
                combo.setCurrentIndex(0)
                settle(page)
                app.processEvents()
                filter_times.append(timed(lambda: (combo.setCurrentIndex(1), settle(page))))
                combo.setCurrentIndex(0)
                settle(page)
            app.processEvents()
        rows.append((area.key, opens[0], statistics.median(opens[1:]),
                     statistics.median(search_times) if search_times else None,
                     statistics.median(filter_times) if filter_times else None, slowest.take()))
        page.close()
        page.deleteLater()
        app.processEvents()
    DEBUG_OBSERVERS.remove(slowest)

    def cell(value: float | None) -> str:
        return f"{'—':>9}" if value is None else f"{value:9.1f}"

    print(f"List pages on {db_path.name}, median of {RUNS} runs in ms (target <= {TARGET_MS:.0f} ms)")
    print(f"{'page':18}{'1st open':>9}{'open':>9}{'search':>9}{'filter':>9}{'slowest read':>14}")
    over = 0
    for key, first, opened, searched, filtered, read in rows:
        figures = [v for v in (opened, searched, filtered) if v is not None]
        over += sum(v > TARGET_MS for v in figures)
        flag = "ok" if all(v <= TARGET_MS for v in figures) else "SLOW"
        print(f"{key:18}{cell(first)}{cell(opened)}{cell(searched)}{cell(filtered)}{cell(read)} ms  {flag}")
    if dashboard_loaded is not None:
        print(f"dashboard numbers shown (read off the GUI thread) after {dashboard_loaded:.0f} ms")
    print("all under target" if not over else f"{over} figures over the target")
    db.dispose()


if __name__ == "__main__":
    main()
