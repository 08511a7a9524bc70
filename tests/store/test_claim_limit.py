"""A claim takes at most `limit` jobs, also on PostgreSQL (regression: the LIMIT .. FOR UPDATE
SKIP LOCKED subquery inside UPDATE .. IN (..) claimed every queued job)."""

from __future__ import annotations

import pytest

from gateway.store import queue


def test_claim_respects_the_limit(db):
    with db.transaction() as s:
        for i in range(30):
            queue.enqueue(s, "inbound", f"m{i}")
    assert [len(queue.claim(db, "w1", lease=30, limit=n)) for n in (1, 5, 1)] == [1, 5, 1]
    rest = queue.claim(db, "w2", lease=30, limit=100)
    assert len(rest) == 23 and len({j.id for j in rest}) == 23


def test_a_claim_takes_the_oldest_due_jobs_and_expired_leases_in_id_order(db):
    with db.transaction() as s:
        for i in range(8):
            queue.enqueue(s, "inbound", f"m{i}", delay=3600 if i in (1, 4) else 0)
        queue.enqueue(s, "deliver", "d0")
    assert [j.ref for j in queue.claim(db, "live-node", lease=30)] == ["m0"]
    assert [j.ref for j in queue.claim(db, "dead-node", lease=-1)] == ["m2"]  # expired at once
    # due: m2 (lease gone), m3, m5, m6, m7, d0; m1 and m4 later; m0 is held
    got = queue.claim(db, "w", lease=30, limit=4)
    assert [(j.ref, j.attempts) for j in got] == [("m2", 2), ("m3", 1), ("m5", 1), ("m6", 1)]
    assert [j.ref for j in queue.claim(db, "w", lease=30, limit=9, kinds=("deliver",))] == ["d0"]
    assert [j.ref for j in queue.claim(db, "w", lease=30, limit=9)] == ["m7"]
    assert queue.claim(db, "w", lease=30, limit=9) == []


def test_a_claim_on_sqlite_reads_no_more_of_the_backlog_than_it_takes(db):
    """The plan walks the (status, id) index and looks up the picked rows by id: no scan
    or sort of every queued job (that made each claim slower as the backlog grew)."""
    if not db.is_sqlite:
        pytest.skip("SQLite's query plan")
    stmt = queue._claim_statement(True, None)
    sql = str(stmt.compile(dialect=db.engine.dialect))
    with db.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", (None,) * sql.count("?"))
        steps = [row[3] for row in plan]
    assert steps[0] == "SEARCH job USING INTEGER PRIMARY KEY (rowid=?)", steps
    searches = [s for s in steps if s.startswith(("SEARCH job", "SCAN job"))]
    assert searches[1:] == ["SEARCH job USING INDEX ix_job_claim (status=?)"] * 2, steps
    assert not any("MULTI-INDEX OR" in s for s in steps), steps
