"""A claim takes at most `limit` jobs, also on PostgreSQL (regression: the LIMIT .. FOR UPDATE
SKIP LOCKED subquery inside UPDATE .. IN (..) claimed every queued job)."""

from __future__ import annotations

from gateway.store import queue


def test_claim_respects_the_limit(db):
    with db.transaction() as s:
        for i in range(30):
            queue.enqueue(s, "inbound", f"m{i}")
    assert [len(queue.claim(db, "w1", lease=30, limit=n)) for n in (1, 5, 1)] == [1, 5, 1]
    rest = queue.claim(db, "w2", lease=30, limit=100)
    assert len(rest) == 23 and len({j.id for j in rest}) == 23
