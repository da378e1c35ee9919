"""The 50,000-row import and the list pages on PostgreSQL beside SQLite, in one run.

    python benchmarks/bench_shared.py [ROWS]     (default 50000; the sheet is cached in /tmp)

A PostgreSQL server is started in a temporary folder as the tests do (tests/pg_server.py;
Debian's ``postgresql`` package), with fsync on as in an office. For each backend (on
PostgreSQL as the server's superuser, who may turn the per-row foreign-key checks off):

- the import of the OHCHR-layout sheet of bench_import.py into an empty database (best of 2);
- the list pages the views ask for (count + first page of 200, sorted as the views sort,
  with and without a search) on the synthetic large database (``demo --size large``)
  plus the imported recommendations: best of 5 warm calls each.

Then the import again on PostgreSQL as an office does it: an editor's login on a database set
up by ``setup-server``, with and without the admin group's right to turn the per-row
foreign-key checks off (README, "Faster imports"; migration 0013).

Goals: the import on PostgreSQL within twice the SQLite time; every list page within 100 ms.
"""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def pages(db) -> dict[str, Callable[[], object]]:
    from secretariat.services import action_items, directory, meetings, plans, recommendations

    def both(count: Callable[[], object], page: Callable[[], object]) -> Callable[[], object]:
        return lambda: (count(), page())

    search = recommendations.RecommendationQuery(search="education")
    return {
        "recommendations": both(lambda: recommendations.count_recommendations(db),
                                lambda: recommendations.list_recommendations(db, limit=200)),
        "recommendations, search": both(lambda: recommendations.count_recommendations(db, search),
                                        lambda: recommendations.list_recommendations(db, search, limit=200)),
        "measures": both(lambda: plans.count_measures(db), lambda: plans.list_measures(db, limit=200)),
        "meetings": both(lambda: meetings.count_meetings(db), lambda: meetings.list_meetings(db, limit=200)),
        "action items": both(lambda: action_items.count_action_items(db),
                             lambda: action_items.list_action_items(db, limit=200)),
        "organizations": both(lambda: directory.count_organizations(db),
                              lambda: directory.list_organizations(db, limit=200)),
    }


def best(action: Callable[[], object], runs: int = 5) -> float:
    action()  # warm: caches, prepared plans
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def run_backend(name: str, make_target: Callable[[int], str], sheet: Path) -> dict[str, float]:
    from bench_import import import_once

    from secretariat.db import open_database
    from secretariat.services.demo_large import fill_large

    results: dict[str, float] = {}
    imports = []
    for attempt in range(2):
        seconds, counts = import_once(sheet, make_target(attempt))
        imports.append(seconds)
    results["import"] = min(imports)
    print(f"[{name}] import of the sheet: best {min(imports):.2f} s (runs "
          + ", ".join(f"{s:.2f}" for s in imports) + f") {counts}")
    target = make_target(2)
    db = open_database(target)
    try:
        started = time.perf_counter()
        fill_large(db)
        print(f"[{name}] large demo filled in {time.perf_counter() - started:.1f} s")
    finally:
        db.dispose()
    seconds, _counts = import_once(sheet, target)
    db = open_database(target)
    try:
        for page, action in pages(db).items():
            results[page] = best(action)
            print(f"[{name}] list page {page:<26} {results[page] * 1000:7.1f} ms")
    finally:
        db.dispose()
    return results


def office_database(server, name: str, granted: bool) -> str:
    """A database set up as an office's first administrator would (tests/pg_shared.py); the
    URL of its editor."""
    from pg_shared import set_up

    office = set_up(server, name)
    if granted:
        with server.admin_connection() as conn:
            conn.execute(f'GRANT SET ON PARAMETER session_replication_role TO "{name}_admin"')
    return office.url("editor")


def editor_imports(server, sheet: Path) -> dict[str, float]:
    """An editor's import on a set-up database, without then with the admin group's right."""
    from bench_import import import_once

    from secretariat.db import open_database
    from secretariat.db.bulk import links_checked_at_once

    results: dict[str, float] = {}
    for granted in (False, True):
        runs, at_once = [], None
        for attempt in range(2):
            url = office_database(server, f"office{int(granted)}{attempt}", granted)
            db = open_database(url)
            try:
                with db.read() as session:
                    at_once = links_checked_at_once(session)
            finally:
                db.dispose()
            runs.append(import_once(sheet, url)[0])
        label = "with the right" if granted else "without the right"
        results[label] = min(runs)
        print(f"[postgresql, an editor, {label}] links checked at once: {at_once}; import best "
              f"{min(runs):.2f} s (runs " + ", ".join(f"{r:.2f}" for r in runs) + ")")
    return results


def main() -> None:
    import pg_server

    from bench_import import make_sheet

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    sheet = Path(tempfile.gettempdir()) / f"secretariat-bench-recommendations-{rows}.xlsx"
    if not sheet.exists():
        print(f"writing {sheet} ...")
        make_sheet(sheet, rows)
    reason = pg_server.skip_reason()
    if reason:
        sys.exit(reason)
    work = Path(tempfile.mkdtemp(prefix="secretariat-bench-shared-"))
    server = pg_server.start_server(durable=True)
    try:
        sqlite = run_backend("sqlite", lambda n: str(work / f"run{n}.sqlite"), sheet)
        postgres = run_backend("postgresql", lambda n: server.url(server.create_database(f"bench{n}")), sheet)
        office = editor_imports(server, sheet)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    ratio = postgres["import"] / sqlite["import"]
    print(f"import PostgreSQL / SQLite = {ratio:.2f} (goal <= 2) -> {'OK' if ratio <= 2 else 'ABOVE GOAL'}")
    for label, seconds in office.items():
        print(f"an editor's import, {label}: PostgreSQL / SQLite = {seconds / sqlite['import']:.2f}")
    slow = [f"{backend} {page}" for backend, results in (("sqlite", sqlite), ("postgresql", postgres))
            for page, seconds in results.items() if page != "import" and seconds > 0.1]
    print("every list page within 100 ms: " + ("OK" if not slow else "NO: " + ", ".join(slow)))


if __name__ == "__main__":
    main()
