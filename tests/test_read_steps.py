"""``Database.count_steps``: the work of each read in SQLite steps, for the GUI tests' budget."""

from __future__ import annotations

from sqlalchemy import text

from secretariat.db.changes import Access


def _reads(db, sql: str, times: int = 1) -> list[Access]:
    seen: list[Access] = []
    db.observers.append(seen.append)
    try:
        for _ in range(times):
            with db.read() as s:
                s.execute(text(sql)).all()
    finally:
        db.observers.remove(seen.append)
    return seen


COUNTING = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) SELECT count(*) FROM n"


def test_a_read_counts_its_steps_only_when_asked_and_more_work_counts_more(db):
    assert _reads(db, COUNTING.format(rows=1000))[0].steps is None  # not asked: not counted
    db.count_steps = True
    small, large = (_reads(db, COUNTING.format(rows=rows))[0].steps for rows in (1000, 100_000))
    assert small is not None and large is not None
    assert 0 < small < large
    assert large >= 50 * small  # a hundred times the rows: about a hundred times the steps
    # The same read counts the same, every time (the figure does not depend on the machine).
    assert len({a.steps for a in _reads(db, COUNTING.format(rows=20_000), times=3)}) == 1


def test_the_counter_stops_counting_when_the_read_ends(tmp_path):
    import sqlite3

    from secretariat.db.changes import StepMeter

    connection = sqlite3.connect(tmp_path / "steps.sqlite")
    meter = StepMeter(connection)
    connection.execute(COUNTING.format(rows=10_000)).fetchall()
    counted = meter.stop()
    assert counted > 0
    connection.execute(COUNTING.format(rows=10_000)).fetchall()  # after the read: not counted
    assert meter.steps == counted
    connection.close()
