"""Workers: threads that claim jobs, run them, keep their leases alive, retry or bury them.

Used in-process by `gateway serve` and alone by `gateway worker`. Never on the reactor
thread. `stop()` lets running jobs finish, then releases anything still claimed.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid

from gateway.errors import StateError
from gateway.logs import get_logger, log_event
from gateway.pipeline import Runtime, describe_failure, handle_job, on_dead
from gateway.store import queue
from gateway.store.queue import ClaimedJob, RetryPolicy

__all__ = ["WorkerPool"]

_log = get_logger("worker")


class WorkerPool:
    """`count` threads sharing one heartbeat thread."""

    def __init__(self, rt: Runtime, *, count: int | None = None, name: str = "") -> None:
        w = rt.config.workers
        self.rt = rt
        self.count = w.count if count is None else count
        self.lease = w.lease_seconds
        self.poll = w.poll_interval
        self.linger = w.linger
        self.policy = RetryPolicy(base=w.backoff_base, cap=w.backoff_max)
        base = name or rt.config.gateway.node_name or socket.gethostname()
        self.node = f"{base}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._running: dict[str, int] = {}
        self._batch_ids: dict[str, list[int]] = {}
        self.batch = max(1, w.batch_size)
        self._lock = threading.Lock()
        self.processed = 0

    def start(self) -> None:
        for i in range(self.count):
            t = threading.Thread(
                target=self._loop,
                args=(f"{self.node}:{i}",),
                name=f"gateway-worker-{i}",
                daemon=True,
            )
            t.start()
            self._threads.append(t)
        hb = threading.Thread(target=self._heartbeat, name="gateway-heartbeat", daemon=True)
        hb.start()
        self._threads.append(hb)
        log_event(_log, "workers.started", node=self.node, count=self.count)

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the jobs in hand, then release whatever is still claimed by this node."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, deadline - time.monotonic()))
        for i in range(self.count):
            released = queue.release(self.rt.db, f"{self.node}:{i}")
            if released:
                log_event(_log, "jobs.released", worker=f"{self.node}:{i}", count=released)
        log_event(_log, "workers.stopped", node=self.node, processed=self.processed)

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.lease / 3):
            with self._lock:
                held = {w: self._batch_ids.get(w, [j]) for w, j in self._running.items()}
            for worker, job_ids in held.items():
                try:
                    queue.heartbeat(self.rt.db, worker, job_ids, lease=self.lease)
                except Exception as exc:  # a failed heartbeat only risks a retry elsewhere
                    log_event(_log, "heartbeat.failed", worker=worker, error=str(exc))

    def run_once(self, worker: str) -> int:
        """Claim and run the jobs due (a batch for kinds that batch); how many were found."""
        jobs = queue.claim(self.rt.db, worker, lease=self.lease, limit=self.batch)
        if not jobs:
            return 0
        batchable = [
            j for j in jobs if j.kind in self.rt.job_batches and j.attempts <= j.max_attempts
        ]
        if len(batchable) > 1:
            self._run_batch(batchable, worker)
        for job in jobs:
            if len(batchable) <= 1 or job not in batchable:
                self._run(job, worker)
        return len(jobs)

    def _run_batch(self, jobs: list[ClaimedJob], worker: str) -> None:
        with self._lock:
            self._running[worker] = jobs[0].id
            self._batch_ids[worker] = [j.id for j in jobs]
        try:
            failed = self.rt.job_batches[jobs[0].kind](self.rt, jobs, worker)
        except Exception:
            # the batch as a whole failed (e.g. the database): run each job on its own
            failed = None
        finally:
            with self._lock:
                self._running.pop(worker, None)
                self._batch_ids.pop(worker, None)
        if failed is None:
            for job in jobs:
                self._run(job, worker)
            return
        self.processed += len(jobs) - len(failed)
        for job, exc in failed:
            self._fail(job, worker, exc)

    def _loop(self, worker: str) -> None:
        while not self._stop.is_set():
            try:
                found = self.run_once(worker)
            except Exception as exc:  # the database went away: keep the worker alive
                log_event(_log, "worker.error", worker=worker, error=str(exc))
                found = 0
            if not found:
                self._stop.wait(self.poll)
            elif found < self.batch and self.linger:
                # the queue ran dry: let the next batch gather (a batch costs much the same
                # for one job as for twenty, so under load this buys throughput for
                # `linger` seconds of latency)
                self._stop.wait(self.linger)

    def _run(self, job: ClaimedJob, worker: str) -> None:
        if job.attempts > job.max_attempts:
            # its lease expired again and again: a job that kills its worker
            error = f"lease expired on {job.attempts - 1} attempts"
            self._bury(job, worker, error)
            return
        with self._lock:
            self._running[worker] = job.id
        try:
            handle_job(self.rt, job, worker)
            self.processed += 1
        except StateError as exc:
            log_event(
                _log, "job.lost", job_id=job.id, kind=job.kind, worker=worker, error=exc.detail
            )
        except Exception as exc:
            self._fail(job, worker, exc)
        finally:
            with self._lock:
                self._running.pop(worker, None)

    def _fail(self, job: ClaimedJob, worker: str, exc: BaseException) -> None:
        if isinstance(exc, StateError):
            log_event(
                _log, "job.lost", job_id=job.id, kind=job.kind, worker=worker, error=exc.detail
            )
            return
        error = describe_failure(exc)
        try:
            outcome = queue.retry_or_bury(self.rt.db, job, worker, error, self.policy)
        except StateError:
            outcome = "lost"
        log_event(
            _log,
            f"job.{outcome}",
            job_id=job.id,
            kind=job.kind,
            ref=job.ref,
            attempt=job.attempts,
            error=f"{type(exc).__name__}: {exc}",
        )
        if outcome == "dead":
            on_dead(self.rt, job, error)

    def _bury(self, job: ClaimedJob, worker: str, error: str) -> None:
        dead = ClaimedJob(job.id, job.kind, job.ref, job.max_attempts, job.max_attempts)
        try:
            queue.retry_or_bury(self.rt.db, dead, worker, error, self.policy)
        except StateError:
            return
        log_event(_log, "job.dead", job_id=job.id, kind=job.kind, ref=job.ref, error=error)
        on_dead(self.rt, job, error)
