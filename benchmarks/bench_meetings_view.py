"""How fast the meetings list opens and filters on the large database.

    python benchmarks/bench_meetings_view.py [DB]   (default /tmp/large.sqlite; made if missing)

Opens the Meetings page offscreen and times, each as the best and the median of
several runs: building and showing the page (first screen of rows fetched), then
answering a search typed in the box, a year filter, a status filter, a sort by
title, and a search over the minutes text that matches nothing. Target: under
100 ms each.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 100.0
RUNS = 7


def _timed(action: Callable[[], object], app) -> float:
    started = time.perf_counter()
    action()
    app.processEvents()  # the table paints and asks for its rows
    return (time.perf_counter() - started) * 1000


def main() -> None:
    db_path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/large.sqlite")
    if not db_path.exists():
        print(f"making {db_path} ...")
        subprocess.check_call([sys.executable, "-m", "secretariat", "--db", str(db_path), "demo", "--size", "large"])

    from PySide6.QtCore import QSettings

    from secretariat.db import open_database
    from secretariat.ui.app.application import create_application
    from secretariat.ui.core.context import AppContext
    from secretariat.ui.pages.meetings import MeetingsPage

    app = create_application()
    db = open_database(db_path)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    context = AppContext(db, settings)

    pages: list[MeetingsPage] = []

    def open_page() -> None:
        page = MeetingsPage(context)
        page.resize(1280, 800)
        page.show()
        pages.append(page)

    results: dict[str, list[float]] = {}
    for _ in range(RUNS):
        results.setdefault("open the meetings view", []).append(_timed(open_page, app))
    page = pages[-1]
    total = page.model.rowCount()

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            page.search.setText(text)
            page.apply_filters()  # what the 150 ms typing pause triggers
        return run

    def reset() -> None:
        page._sort("starts_at", True)  # back to the default order, so that each sort re-reads
        page.search.setText("")
        page.year.setCurrentIndex(0)
        page.status.setCurrentIndex(0)
        page.apply_filters()

    steps: list[tuple[str, Callable[[], None]]] = [
        ("filter: search 'meeting 7'", search("meeting 7")),
        ("filter: year 2015", lambda: page.year.setCurrentIndex(page.year.findData(2015))),
        ("filter: status 'held'", lambda: page.status.setCurrentIndex(page.status.findData("held"))),
        ("sort by title", lambda: page.model.sort(3)),
        ("filter: search with no match", search("zzzz no such words")),
    ]
    for name, action in steps:
        for _ in range(RUNS):
            reset()
            app.processEvents()
            results.setdefault(name, []).append(_timed(action, app))

    print(f"Meetings view on {db_path.name}: {total:,} meetings, "
          f"{len(pages)} opens, {RUNS} runs per step (target < {TARGET_MS:.0f} ms)")
    worst = 0.0
    for name, times in results.items():
        best, median = min(times), statistics.median(times)
        worst = max(worst, median)
        flag = "ok" if median < TARGET_MS else "SLOW"
        print(f"  {name:32s} best {best:7.1f} ms   median {median:7.1f} ms   {flag}")
    print("all under target" if worst < TARGET_MS else "some steps are over the target")
    db.dispose()


if __name__ == "__main__":
    main()
