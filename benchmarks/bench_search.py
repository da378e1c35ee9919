"""Full-text search beside the old LIKE search, on over 100,000 texts, in one run.

    python benchmarks/bench_search.py [DB]      SQLite (default /tmp/secretariat-bench-search.sqlite; made if missing)
    python benchmarks/bench_search.py --pg      also PostgreSQL, on a server started as the tests do

The database is the synthetic large demo (``demo --size large``: 20,000 measures, 20,000
recommendations, 100,000 progress reports, meetings and their minutes) whose progress
reports are then given texts of their own (the demo writes one text for all), so that
every one of the ~150,000 texts differs. Each query is a word or two as a user types
them: words of the demo's small vocabulary, each in about a third of all texts (the worst
case), and words as specific as the names and terms people look for. The median of 5 warm
calls of every query:

- everything: ``services.search.search_everything`` (count and first hits of seven kinds)
  through the full-text index, beside the same queries with ``LIKE '%word%'`` on the
  folded ``search_text`` (what the application did before);
- recommendations page: the count and the first 200 rows the Recommendations page asks
  for with a search; its count alone beside the LIKE count.

Goal: the full-text search everything within 50 ms at the median.
"""

from __future__ import annotations

import gc
import itertools
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

# Words of the demo's small vocabulary: each matches about a third of all texts (the worst case).
COMMON = ["ombuds", "hukuk", "законод", "women educ", "ratify", "aýal"]
# Words of the progress reports' own vocabulary, as specific as the names and terms people look for.
SPECIFIC = ["kalomira", "tesunabe", "ridovu", "mepaka sonilo", "bazeturi", "lonika"]
QUERIES = COMMON + SPECIFIC
TARGET_MS = 50.0
RUNS = 5


def prepare(db: Any) -> int:
    """Fill an empty database with the large demo and varied progress texts; the number of texts."""
    from sqlalchemy import bindparam, func, select, update

    from secretariat.db.search_index import SEARCHED_TABLES
    from secretariat.models import ProgressReport, fold
    from secretariat.services.demo_large import WORDS, fill_large

    with db.read() as s:
        empty = not s.scalar(select(func.count()).select_from(ProgressReport))
    if empty:
        started = time.perf_counter()
        fill_large(db)
        rng = random.Random(7)
        vocabulary = _vocabulary(rng)
        weights = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(vocabulary))))  # Zipf-like
        with db.write() as s:
            ids = list(s.scalars(select(ProgressReport.id)))
            rows = []
            for pid in ids:
                words = rng.choices(vocabulary, cum_weights=weights, k=10) + [rng.choice(WORDS) for _ in range(2)]
                rng.shuffle(words)
                text = " ".join(words).capitalize()
                rows.append({"pid": pid, "t": text, "st": fold(text)})
            table = ProgressReport.__table__
            statement = update(table).where(table.c.id == bindparam("pid")).values(
                text=bindparam("t"), search_text=bindparam("st"))
            s.connection().execute(statement, rows)
        print(f"  large demo with varied progress texts made in {time.perf_counter() - started:.0f} s")
    with db.engine.connect() as conn:
        return sum(conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar() or 0 for name in SEARCHED_TABLES)


def _vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    """Made-up words of two to four syllables, the words queried in SPECIFIC among them."""
    syllables = [c + v for c in "bdklmnprstvz" for v in "aeiou"]
    found = {w for q in SPECIFIC for w in q.split()}
    while len(found) < size:
        found.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    ordered = sorted(found)
    rng.shuffle(ordered)
    return ordered


def like_everything(db: Any, query: str, limit: int = 5) -> list[tuple[str, int, list[int]]]:
    """The same seven capped counts and newest hits as ``search_everything``, with the old LIKE clause."""
    from sqlalchemy import func, select

    from secretariat.services import search
    from secretariat.services.common import search_clause

    found = []
    with db.read() as s:
        for kind in search.KINDS:
            model, make = search._KIND_QUERIES[kind]
            clause = search_clause(model.search_text, query)
            total = s.scalar(select(func.count()).select_from(
                select(model.id).where(clause).limit(search.COUNT_CAP + 1).subquery())) or 0
            if total:
                ids = list(s.scalars(select(model.id).where(clause).order_by(model.id.desc()).limit(limit)))
                rows = {r.id: r for r in s.scalars(select(model).where(model.id.in_(ids)))}
                [make(rows[i], search.words(query), None) for i in ids]
                found.append((kind, min(total, search.COUNT_CAP), ids))
    return found


def like_recommendation_count(db: Any, query: str) -> int:
    from sqlalchemy import func, select

    from secretariat.models import Recommendation
    from secretariat.services.common import search_clause

    with db.read() as s:
        return s.scalar(select(func.count(Recommendation.id))
                        .where(search_clause(Recommendation.search_text, query))) or 0


def median_ms(action: Callable[[str], object], queries: list[str] = QUERIES) -> float:
    times = []
    for query in queries:
        action(query)  # warm
        for _ in range(RUNS):
            gc.collect()
            started = time.perf_counter()
            action(query)
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run_backend(name: str, url: str) -> dict[str, float]:
    from secretariat.db import open_database
    from secretariat.services import recommendations, search
    from secretariat.services.recommendations import RecommendationQuery

    db = open_database(url)
    try:
        texts = prepare(db)
        print(f"[{name}] {texts:,} texts")
        # Both find the same records.
        for query in COMMON[:2] + SPECIFIC[:3]:
            fts = [(g.kind, g.total) for g in search.search_everything(db, query)]
            like = [(kind, total) for kind, total, _ids in like_everything(db, query)]
            print(f"[{name}]   {query!r}: " + ", ".join(f"{k} {t}" for k, t in fts)
                  + ("" if fts == like else f"  (LIKE, inside words too: {like})"))

        def page(query: str) -> object:
            q = RecommendationQuery(search=query)
            return recommendations.count_recommendations(db, q), recommendations.list_recommendations(db, q, limit=200)

        results = {
            "everything, full-text": median_ms(lambda q: search.search_everything(db, q)),
            "everything, LIKE": median_ms(lambda q: like_everything(db, q)),
            "everything, full-text, common words": median_ms(lambda q: search.search_everything(db, q), COMMON),
            "everything, LIKE, common words": median_ms(lambda q: like_everything(db, q), COMMON),
            "everything, full-text, specific words": median_ms(lambda q: search.search_everything(db, q), SPECIFIC),
            "everything, LIKE, specific words": median_ms(lambda q: like_everything(db, q), SPECIFIC),
            "recommendations page, full-text": median_ms(page),
            "recommendation count, full-text": median_ms(
                lambda q: recommendations.count_recommendations(db, RecommendationQuery(search=q))),
            "recommendation count, LIKE": median_ms(lambda q: like_recommendation_count(db, q)),
        }
    finally:
        db.dispose()
    for label, ms in results.items():
        print(f"[{name}] {label:<40} median {ms:8.1f} ms")
    ratio = results["everything, LIKE"] / results["everything, full-text"]
    fts = results["everything, full-text"]
    print(f"[{name}] search everything: LIKE / full-text = {ratio:.1f}x; full-text median {fts:.1f} ms "
          f"(goal <= {TARGET_MS:.0f} ms) -> {'OK' if fts <= TARGET_MS else 'ABOVE GOAL'}")
    return results


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--pg"]
    path = Path(args[0] if args else "/tmp/secretariat-bench-search.sqlite")
    run_backend("sqlite", str(path))
    if "--pg" in sys.argv[1:]:
        import pg_server

        reason = pg_server.skip_reason()
        if reason:
            sys.exit(reason)
        server = pg_server.start_server()
        try:
            run_backend("postgresql", server.url(server.create_database("bench_search")))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
