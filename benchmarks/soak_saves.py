"""Soak: 10,000 saves of meetings and measures in a row, a backup every 1,000.

    python benchmarks/soak_saves.py [--saves 10000] [--every 1000] [--db PATH] [--tracemalloc]

Each save is one service call in its own transaction, as the editors make them
(``update_meeting`` / ``update_measure`` with the version the editor loaded), on a
copy of the demo database. At every checkpoint a backup is made through the online
backup API (kept: the last 3) and memory is measured: the current and peak resident
set size, the number of live Python objects, and (with --tracemalloc) the bytes
allocated by Python. At the end ``check`` must pass and memory must be flat: the
figures of the last checkpoint are compared with those of the second (the first
includes warming up: imports, caches, the SQLite page cache filling).

Exit status 0 when the database is sound and memory growth stays under --max-growth-mb.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from secretariat.db import Database, open_database  # noqa: E402
from secretariat.services import backups, demo, meetings, plans  # noqa: E402
from secretariat.services.health import check_database  # noqa: E402


@dataclass
class Checkpoint:
    saves: int
    seconds: float
    rss_mb: float
    peak_rss_mb: float
    objects: int
    traced_mb: float | None
    backup_kb: int


def rss_mb() -> float:
    """Current resident set size (Linux /proc; elsewhere the peak stands in)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    """The highest resident set size so far (getrusage; kilobytes on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1_048_576 if sys.platform == "darwin" else peak / 1024


def _targets(db: Database) -> tuple[list[int], list[int]]:
    editable = [m.id for m in meetings.list_meetings(db) if m.status != "minutes_approved"]
    measures = [m.id for m in plans.list_measures(db)]
    return editable, measures


def soak(db: Database, saves: int, every: int, backup_folder: Path, use_tracemalloc: bool,
         say=print) -> list[Checkpoint]:
    meeting_ids, measure_ids = _targets(db)
    versions: dict[tuple[str, int], int] = {}
    for mid in meeting_ids:
        versions[("meeting", mid)] = meetings.get_meeting(db, mid).version
    for mid in measure_ids:
        versions[("measure", mid)] = plans.get_measure(db, mid).version
    statuses = ["not_started", "in_progress", "completed", "partially_completed"]
    checkpoints: list[Checkpoint] = []
    say(f"{'saves':>7} {'s':>7} {'saves/s':>8} {'RSS MB':>7} {'peak MB':>8} {'objects':>9} "
        f"{'traced MB':>9} {'backup KB':>9}")
    started = time.perf_counter()
    for n in range(1, saves + 1):
        if n % 2:
            mid = meeting_ids[n % len(meeting_ids)]
            saved = meetings.update_meeting(
                db, mid, expected_version=versions[("meeting", mid)],
                title=f"Commission meeting — save {n} — Türkmenistan / Туркменистан",
                notes=f"Minutes draft {n}: " + "Protokol ýazgysy, Министерство. " * (n % 40))
            versions[("meeting", mid)] = saved.version
        else:
            mid = measure_ids[n % len(measure_ids)]
            saved = plans.update_measure(db, mid, expected_version=versions[("measure", mid)],
                                         status=statuses[n % len(statuses)],
                                         text=f"Measure revised at save {n}")
            versions[("measure", mid)] = saved.version
        if n % every == 0:
            made = backups.backup_now(db, folder=backup_folder, keep=3)
            gc.collect()
            point = Checkpoint(
                saves=n, seconds=time.perf_counter() - started, rss_mb=rss_mb(),
                peak_rss_mb=max(peak_rss_mb(), rss_mb()),
                objects=len(gc.get_objects()),
                traced_mb=tracemalloc.get_traced_memory()[0] / 1_048_576 if use_tracemalloc else None,
                backup_kb=made.stat().st_size // 1024)
            checkpoints.append(point)
            traced = f"{point.traced_mb:9.1f}" if point.traced_mb is not None else f"{'-':>9}"
            say(f"{n:7d} {point.seconds:7.1f} {n / point.seconds:8.0f} {point.rss_mb:7.1f} "
                f"{point.peak_rss_mb:8.1f} {point.objects:9d} {traced} {point.backup_kb:9d}")
    return checkpoints


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--db", type=Path, help="database to use (default: a fresh demo copy in a temp folder)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--max-growth-mb", type=float, default=25.0,
                        help="allowed RSS growth from the second checkpoint to the last")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="secretariat-soak-") as scratch:
        folder = Path(scratch)
        path = args.db or folder / "soak.sqlite"
        db = open_database(path)
        try:
            if not meetings.list_meetings(db):
                demo.fill_demo(db)
            if args.tracemalloc:
                tracemalloc.start()
            points = soak(db, args.saves, args.every, folder / "backups", args.tracemalloc)
            problems = check_database(db)
        finally:
            db.dispose()
        backups_kept = len(list((folder / "backups").glob("*.sqlite")))
    print(f"check: {'sound' if not problems else problems}; backups kept: {backups_kept}")
    base = points[1] if len(points) > 2 else points[0]
    last = points[-1]
    growth = last.rss_mb - base.rss_mb
    print(f"memory from {base.saves} to {last.saves} saves: RSS {base.rss_mb:.1f} → {last.rss_mb:.1f} MB "
          f"({growth:+.1f} MB), objects {base.objects} → {last.objects} ({last.objects - base.objects:+d}); "
          f"peak RSS {last.peak_rss_mb:.1f} MB")
    if last.traced_mb is not None and base.traced_mb is not None:
        print(f"Python allocations: {base.traced_mb:.1f} → {last.traced_mb:.1f} MB")
    ok = not problems and growth <= args.max_growth_mb
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
