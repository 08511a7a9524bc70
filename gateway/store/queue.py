"""The durable job queue: claim with a lease, heartbeat, retry with backoff, dead-letter.

Claims are one short statement and a commit (PostgreSQL: `FOR UPDATE SKIP LOCKED`;
SQLite: a guarded `UPDATE ... RETURNING` under `BEGIN IMMEDIATE`). Every later
transition is guarded by `status = 'running' AND worker = me`, so a worker whose lease
expired and whose job was taken over cannot finish it: its transaction fails with
`StateError` and rolls back the job's effects. Finishing a job happens in the same
transaction as its effects, which is what makes every job idempotent.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, and_, bindparam, literal, or_, select, union_all, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import UpdateBase

from gateway.errors import StateError
from gateway.store import fastsql
from gateway.store.base import utcnow
from gateway.store.db import Database
from gateway.store.models import Job

__all__ = [
    "ClaimedJob",
    "RetryPolicy",
    "claim",
    "enqueue",
    "finish",
    "heartbeat",
    "release",
    "retry_or_bury",
    "requeue",
    "schedule_periodic",
]


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    kind: str
    ref: str
    attempts: int
    max_attempts: int


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with full jitter, capped."""

    base: float = 2.0
    cap: float = 900.0

    def delay(self, attempts: int) -> float:
        ceiling = min(self.cap, self.base * (2 ** max(0, attempts - 1)))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def enqueue(
    session: Session, kind: str, ref: str, *, max_attempts: int = 6, delay: float = 0.0
) -> Job | None:
    """Add a job in the caller's transaction; a job for the same (kind, ref) is not added twice."""
    existing = session.scalar(select(Job.id).where(Job.kind == kind, Job.ref == ref))
    if existing is not None:
        return None
    job = Job(kind=kind, ref=ref, max_attempts=max_attempts, run_after=time.time() + delay)
    session.add(job)
    return job


def _claimable(now: Any) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The two ways a job is due: queued and its time has come, or its lease ran out."""
    return (
        (Job.status == "queued", Job.run_after <= now),
        (Job.status == "running", Job.leased_until < now),
    )


_RETURNING = (Job.id, Job.kind, Job.ref, Job.attempts, Job.max_attempts)


@functools.cache
def _claim_statement(sqlite: bool, kinds: tuple[str, ...] | None) -> UpdateBase:
    """The claim as one prebuilt UPDATE .. RETURNING (parameters now, until, worker, n):
    it runs every time a worker looks for work, with the backlog queued."""
    now, n = bindparam("now"), bindparam("n", type_=Integer)
    by_kind = (Job.kind.in_([literal(k) for k in kinds]),) if kinds else ()
    ways = _claimable(now)
    if sqlite:
        # BEGIN IMMEDIATE already serialises writers: what the subquery picks is still due
        # when the UPDATE writes it. Due jobs and expired leases are picked apart, each
        # oldest first along the (status, id) index: one OR made SQLite gather and sort the
        # whole backlog on every claim (and, repeated outside, scan it again)
        heads = [
            select(select(Job.id).where(*w, *by_kind).order_by(Job.id).limit(n).subquery().c.id)
            for w in ways
        ]
        pick = union_all(*heads).order_by("id").limit(n)
        stmt = update(Job).where(Job.id.in_(pick.scalar_subquery()))
    else:
        # a MATERIALIZED CTE is evaluated once: an IN (subquery LIMIT n) may be re-run by
        # the planner and claim more than n rows
        picked = (
            select(Job.id)
            .where(or_(*(and_(*w) for w in ways)), *by_kind)
            .order_by(Job.id)
            .limit(n)
            .with_for_update(skip_locked=True)
            .cte("picked")
            .prefix_with("MATERIALIZED")
        )
        stmt = update(Job).where(Job.id == picked.c.id)
    values = {
        "status": "running",
        "worker": bindparam("worker"),
        "leased_until": bindparam("until"),
        "attempts": Job.attempts + 1,
    }
    return stmt.values(**values).returning(*_RETURNING)


def claim(
    db: Database, worker: str, *, lease: float, limit: int = 1, kinds: tuple[str, ...] | None = None
) -> list[ClaimedJob]:
    """Take up to `limit` due jobs (or jobs whose lease expired) for `worker`."""
    now = time.time()
    stmt = _claim_statement(db.is_sqlite, tuple(kinds) if kinds else None)
    params = {"now": now, "until": now + lease, "worker": worker, "n": limit}
    with db.transaction() as s:
        rows = fastsql.run(s.connection(), stmt, params).fetchall()
    return sorted((ClaimedJob(*r) for r in rows), key=lambda j: j.id)


def _guarded(session: Session, job_id: int, worker: str, **values: object) -> None:
    res = session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status == "running", Job.worker == worker)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if res.rowcount != 1:
        raise StateError(f"job {job_id} is no longer held by {worker} (lease expired?)")


_job = Job.__table__
# prebuilt: every job ends with it
_FINISH = (
    _job.update()
    .where(
        _job.c.id == bindparam("jid"), _job.c.status == "running", _job.c.worker == bindparam("w")
    )
    .values(status="done", leased_until=None, finished_at=bindparam("at"))
)


def finish(session: Session, job: ClaimedJob, worker: str) -> None:
    """Mark the job done in the caller's transaction (the one that holds its effects)."""
    res = fastsql.run(session.connection(), _FINISH, {"jid": job.id, "w": worker, "at": utcnow()})
    if res.rowcount != 1:
        raise StateError(f"job {job.id} is no longer held by {worker} (lease expired?)")


def retry_or_bury(
    db: Database, job: ClaimedJob, worker: str, error: str, policy: RetryPolicy
) -> str:
    """After a failure: queue again with backoff, or dead-letter once attempts are used up."""
    with db.transaction() as s:
        if job.attempts >= job.max_attempts:
            _guarded(
                s,
                job.id,
                worker,
                status="dead",
                last_error=error,
                leased_until=None,
                finished_at=utcnow(),
            )
            return "dead"
        _guarded(
            s,
            job.id,
            worker,
            status="queued",
            last_error=error,
            leased_until=None,
            run_after=time.time() + policy.delay(job.attempts),
        )
        return "queued"


def heartbeat(db: Database, worker: str, job_ids: list[int], *, lease: float) -> int:
    """Extend the leases of jobs still running here; returns how many were extended."""
    if not job_ids:
        return 0
    with db.transaction() as s:
        res = s.execute(
            update(Job)
            .where(Job.id.in_(job_ids), Job.status == "running", Job.worker == worker)
            .values(leased_until=time.time() + lease)
            .execution_options(synchronize_session=False)
        )
        return res.rowcount


def release(db: Database, worker: str, job_ids: list[int] | None = None) -> int:
    """Give back claimed jobs on shutdown without counting the attempt."""
    cond = and_(Job.status == "running", Job.worker == worker)
    if job_ids is not None:
        cond = and_(cond, Job.id.in_(job_ids))
    with db.transaction() as s:
        res = s.execute(
            update(Job)
            .where(cond)
            .values(
                status="queued",
                worker=None,
                leased_until=None,
                attempts=Job.attempts - 1,
                run_after=0.0,
            )
            .execution_options(synchronize_session=False)
        )
        return res.rowcount


def requeue(session: Session, kind: str, ref: str) -> bool:
    """Run a finished or dead job again (admin reprocess); False if none exists."""
    res = session.execute(
        update(Job)
        .where(Job.kind == kind, Job.ref == ref, Job.status.in_(("done", "dead")))
        .values(
            status="queued",
            attempts=0,
            run_after=0.0,
            last_error=None,
            worker=None,
            leased_until=None,
            finished_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    return res.rowcount == 1


def schedule_periodic(
    session: Session, kind: str, ref: str, interval: dt.timedelta, *, max_attempts: int = 3
) -> bool:
    """Queue the one job `(kind, ref)` of a periodic task when `interval` has passed since
    it last finished (or it never ran); True if it was queued now."""
    job = session.scalar(select(Job).where(Job.kind == kind, Job.ref == ref))
    if job is None:
        return enqueue(session, kind, ref, max_attempts=max_attempts) is not None
    done = job.finished_at
    if done is not None and done.tzinfo is None:
        done = done.replace(tzinfo=dt.UTC)
    if job.status in ("done", "dead") and (done is None or utcnow() - done >= interval):
        return requeue(session, kind, ref)
    return False
