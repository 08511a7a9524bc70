"""The durable job queue: leases, heartbeats, retries, dead letters, multi-process claims."""

from __future__ import annotations

import multiprocessing as mp
import time

import pytest
from sqlalchemy import func, select

from gateway.errors import StateError
from gateway.store import queue
from gateway.store.db import Database
from gateway.store.models import Job
from gateway.store.queue import RetryPolicy


def _add(db: Database, n: int, kind: str = "test") -> None:
    with db.transaction() as s:
        for i in range(n):
            queue.enqueue(s, kind, str(i))


def test_enqueue_is_idempotent_per_kind_and_ref(db):
    with db.transaction() as s:
        assert queue.enqueue(s, "inbound", "m1") is not None
        assert queue.enqueue(s, "inbound", "m1") is None
        assert queue.enqueue(s, "deliver", "m1") is not None
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Job)) == 2


def test_claim_finish_and_guarded_transitions(db):
    _add(db, 3)
    jobs = queue.claim(db, "w1", lease=30, limit=2)
    assert [j.ref for j in jobs] == ["0", "1"] and all(j.attempts == 1 for j in jobs)
    assert [j.ref for j in queue.claim(db, "w2", lease=30, limit=5)] == ["2"]
    assert queue.claim(db, "w3", lease=30) == []
    with db.transaction() as s:
        queue.finish(s, jobs[0], "w1")
    # finishing twice, or by a worker that does not hold the job, fails and rolls back
    with pytest.raises(StateError), db.transaction() as s:
        queue.finish(s, jobs[0], "w1")
    with pytest.raises(StateError), db.transaction() as s:
        queue.finish(s, jobs[1], "w2")
    with db.reading() as s:
        states = dict(s.execute(select(Job.ref, Job.status)).all())
    assert states == {"0": "done", "1": "running", "2": "running"}


def test_expired_lease_is_claimable_again_and_old_holder_loses(db):
    _add(db, 1)
    (job,) = queue.claim(db, "dead-node", lease=0.2)
    assert queue.claim(db, "other", lease=30) == []
    time.sleep(0.3)
    (again,) = queue.claim(db, "other", lease=30)
    assert again.id == job.id and again.attempts == 2
    with pytest.raises(StateError), db.transaction() as s:
        queue.finish(s, job, "dead-node")
    with db.transaction() as s:
        queue.finish(s, again, "other")


def test_heartbeat_keeps_the_lease(db):
    _add(db, 1)
    (job,) = queue.claim(db, "w", lease=0.3)
    for _ in range(3):
        time.sleep(0.15)
        assert queue.heartbeat(db, "w", [job.id], lease=0.3) == 1
    assert queue.claim(db, "thief", lease=30) == []


def test_retry_with_backoff_then_dead_letter(db):
    with db.transaction() as s:
        queue.enqueue(s, "test", "x", max_attempts=3)
    policy = RetryPolicy(base=0.05, cap=0.1)
    outcomes = []
    for _ in range(3):
        deadline = time.time() + 5
        jobs = []
        while not jobs and time.time() < deadline:
            jobs = queue.claim(db, "w", lease=30)
        (job,) = jobs
        outcomes.append(queue.retry_or_bury(db, job, "w", f"boom {job.attempts}", policy))
    assert outcomes == ["queued", "queued", "dead"]
    with db.reading() as s:
        job = s.scalars(select(Job)).one()
    assert job.status == "dead" and job.last_error == "boom 3" and job.attempts == 3
    assert queue.claim(db, "w", lease=30) == []


def test_backoff_grows_and_is_jittered():
    p = RetryPolicy(base=2, cap=100)
    for attempt, ceiling in [(1, 2), (2, 4), (3, 8), (10, 100)]:
        delays = {p.delay(attempt) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1


def test_release_gives_jobs_back_without_counting(db):
    _add(db, 2)
    queue.claim(db, "w", lease=30, limit=2)
    assert queue.release(db, "w") == 2
    jobs = queue.claim(db, "w2", lease=30, limit=2)
    assert [j.attempts for j in jobs] == [1, 1]


def test_requeue_for_reprocessing(db):
    _add(db, 1)
    (job,) = queue.claim(db, "w", lease=30)
    with db.transaction() as s:
        queue.finish(s, job, "w")
    with db.transaction() as s:
        assert queue.requeue(s, "test", "0")
        assert not queue.requeue(s, "test", "missing")
    (job2,) = queue.claim(db, "w", lease=30)
    assert job2.id == job.id and job2.attempts == 1


def _claimer(url: str, name: str, out: mp.Queue) -> None:
    db = Database(url)
    got = []
    idle = 0
    while idle < 3:
        jobs = queue.claim(db, name, lease=60, limit=3)
        if not jobs:
            idle += 1
            time.sleep(0.05)
            continue
        idle = 0
        for j in jobs:
            with db.transaction() as s:
                queue.finish(s, j, name)
            got.append(j.id)
    db.dispose()
    out.put(got)


def test_many_processes_never_claim_the_same_job(db, db_url):
    _add(db, 400)
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_claimer, args=(db_url, f"p{i}", out)) for i in range(4)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    claimed = [i for r in results for i in r]
    assert len(claimed) == 400 and len(set(claimed)) == 400
    assert sum(1 for r in results if r) >= 2  # the work really was shared
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Job).where(Job.status == "done")) == 400
