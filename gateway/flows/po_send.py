"""The buy route's scheduled step: every `[purchasing] send_every_seconds` a job sends each
open buy PO to its vendor (850 or the vendor partner's standard) through the outbox.

Feature module (listed in `gateway.app.FEATURES`): `install` registers the job kind,
`listen` starts the timer in `gateway serve` (off when the interval is 0).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from gateway import config as gateway_config
from gateway.oms.purchasing import send_purchase_orders
from gateway.pipeline import Runtime, runtime_outbox
from gateway.store import queue
from gateway.store.queue import ClaimedJob

__all__ = ["JOB", "PurchasingConfig", "install", "listen", "schedule_po_send", "send_po_job"]

JOB = "send_purchase_orders"


@dataclass
class PurchasingConfig:
    """Config section [purchasing]."""

    send_every_seconds: float = 3600.0  # 0: buy POs are only sent when an admin runs the job


gateway_config.register_section("purchasing", PurchasingConfig)


def schedule_po_send(rt: Runtime, now: float | None = None) -> bool:
    """Queue the send job for the current interval; True if queued. Several nodes may call
    this: the job's ref is the interval's number, and a (kind, ref) job is queued once."""
    every = rt.config.section("purchasing").send_every_seconds
    if every <= 0:
        return False
    slot = int((time.time() if now is None else now) // every)
    with rt.db.transaction() as s:
        return queue.enqueue(s, JOB, str(slot)) is not None


def send_po_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    """Job: send every open buy PO, in one transaction with the job's completion."""
    with rt.db.transaction() as s:
        send_purchase_orders(s, runtime_outbox(rt, s))
        queue.finish(s, job, worker)


def install(rt: Runtime) -> None:
    rt.job_kinds[JOB] = send_po_job


class _Timer:
    """A LoopingCall that queues the job from a thread (the database is not the reactor's)."""

    def __init__(self, rt: Runtime) -> None:
        from twisted.internet import task, threads

        every = rt.config.section("purchasing").send_every_seconds
        self.loop = task.LoopingCall(lambda: threads.deferToThread(schedule_po_send, rt))
        self.running = every > 0
        if self.running:
            self.loop.start(every, now=True).addErrback(lambda f: None)

    def stopListening(self) -> Any:
        if self.running and self.loop.running:
            self.loop.stop()
        return None


def listen(rt: Runtime, reactor: Any, listening: Any) -> dict[str, int]:
    listening.handles.append(_Timer(rt))
    return {}
