"""The pipeline in-process: retries, dead letters, all-or-nothing effects, clean shutdown."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from gateway.canonical import Order
from gateway.oms.models import SalesOrder
from gateway.pipeline import order_handler
from gateway.store import inbox, queue
from gateway.store.models import Event, Job, Message, OutboundDocument
from gateway.worker import WorkerPool
from tests.gwprocess import GatewayProcess, gateway_env, wait_for
from tests.x12data import make_850


def _count(db, model, *where) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_failure_after_writes_rolls_back_then_retries(runtime):
    calls = []

    def flaky(rt, s, order: Order, profile, msg):
        note = order_handler(rt, s, order, profile, msg)  # writes the order...
        calls.append(order.po_number)
        if len(calls) == 1:
            raise RuntimeError("database hiccup after the order was written")
        return note

    runtime.documents[Order] = flaky
    runtime.config.workers.backoff_base = 0.01
    rec = inbox.receive(runtime.db, partner_id="acme-retail", channel="http", data=make_850("RB-1"))
    pool = WorkerPool(runtime, count=1)
    assert pool.run_once("w")
    # nothing of the failed attempt is left: no order, no document, message still received
    assert _count(runtime.db, SalesOrder) == 0
    assert _count(runtime.db, OutboundDocument) == 0
    with runtime.db.reading() as s:
        job = s.scalars(select(Job)).one()
        assert job.status == "queued" and "database hiccup" in job.last_error
    wait_for(lambda: pool.run_once("w"), timeout=5, interval=0.01, what="retry")
    assert _count(runtime.db, SalesOrder) == 1
    assert _count(runtime.db, OutboundDocument, OutboundDocument.doc_type == "997") == 1
    with runtime.db.reading() as s:
        assert s.get(Message, rec.message_id).status == "processed"


def test_a_failing_job_in_a_batch_is_retried_alone_and_the_others_apply_once(runtime):
    def picky(rt, s, order: Order, profile, msg):
        note = order_handler(rt, s, order, profile, msg)  # writes the order...
        if order.po_number == "BT-2":
            raise RuntimeError("bug after the order was written")
        return note

    runtime.documents[Order] = picky
    recs = [
        inbox.receive(runtime.db, partner_id="acme-retail", channel="http", data=make_850(po))
        for po in ("BT-1", "BT-2", "BT-3")
    ]
    pool = WorkerPool(runtime, count=1)
    assert pool.batch >= 3
    assert pool.run_once("w")
    with runtime.db.reading() as s:
        placed = s.scalars(select(SalesOrder.po_number).order_by(SalesOrder.po_number)).all()
        statuses = [s.get(Message, r.message_id).status for r in recs]
        jobs = {j.ref: j for j in s.scalars(select(Job))}
        kinds = s.scalars(select(Event.kind)).all()
    assert placed == ["BT-1", "BT-3"]
    assert statuses == ["processed", "received", "processed"]
    assert jobs[recs[1].message_id].status == "queued"
    assert "bug after the order" in jobs[recs[1].message_id].last_error
    assert [jobs[r.message_id].status for r in (recs[0], recs[2])] == ["done", "done"]
    # the first, all-together attempt left nothing behind: each effect exists once
    assert kinds.count("order.received") == 2
    assert kinds.count("message.processed") == 2
    assert _count(runtime.db, OutboundDocument, OutboundDocument.doc_type == "997") == 2


def test_a_refused_order_in_a_batch_leaves_the_others_applied_once(runtime):
    pool = WorkerPool(runtime, count=1)
    first = make_850("BR-1", isa_control=1)
    inbox.receive(runtime.db, partner_id="acme-retail", channel="http", data=first)
    assert pool.run_once("w")
    # the same PO again (refused as a duplicate) between two new ones, in one batch
    recs = [
        inbox.receive(
            runtime.db, partner_id="acme-retail", channel="http", data=make_850(po, isa_control=n)
        )
        for n, po in ((2, "BR-2"), (3, "BR-1"), (4, "BR-3"))
    ]
    assert pool.run_once("w")
    with runtime.db.reading() as s:
        statuses = [s.get(Message, r.message_id).status for r in recs]
        kinds = s.scalars(select(Event.kind)).all()
    assert statuses == ["processed", "duplicate", "processed"]
    assert _count(runtime.db, SalesOrder) == 3
    assert kinds.count("order.received") == 3
    assert kinds.count("order.duplicate") == 1
    assert kinds.count("message.processed") == 3


def test_exhausted_retries_dead_letter_and_show_on_the_message(runtime):
    def broken(rt, msg, data, profile):
        raise RuntimeError("translator bug")

    runtime.formats["x12"] = broken
    runtime.config.workers.backoff_base = 0.001
    runtime.config.workers.backoff_max = 0.002
    rec = inbox.receive(
        runtime.db, partner_id="acme-retail", channel="http", data=make_850("DL-1"), max_attempts=3
    )
    pool = WorkerPool(runtime, count=1)
    deadline = time.time() + 10
    while time.time() < deadline:
        pool.run_once("w")
        with runtime.db.reading() as s:
            if s.get(Message, rec.message_id).status == "failed":
                break
    with runtime.db.reading() as s:
        msg = s.get(Message, rec.message_id)
        job = s.scalars(select(Job)).one()
        kinds = s.scalars(select(Event.kind).where(Event.message_id == msg.id)).all()
    assert msg.status == "failed" and "translator bug" in msg.reason
    assert job.status == "dead" and job.attempts == 3
    assert "message.failed" in kinds


def test_a_job_taken_over_after_lease_expiry_applies_once(runtime):
    rec = inbox.receive(runtime.db, partner_id="acme-retail", channel="http", data=make_850("LE-1"))
    (slow,) = queue.claim(runtime.db, "slow-node", lease=0.1)
    time.sleep(0.2)
    pool = WorkerPool(runtime, count=1)
    assert pool.run_once("fast-node")  # takes the expired job and completes it
    from gateway.pipeline import process_inbound

    # the slow node wakes up and runs the job too: its transaction must roll back entirely
    try:
        process_inbound(runtime, slow, "slow-node")
    except Exception as exc:
        assert "no longer held" in str(exc)
    else:
        raise AssertionError("the slow node finished a job it no longer held")
    assert _count(runtime.db, SalesOrder) == 1
    assert _count(runtime.db, OutboundDocument, OutboundDocument.doc_type == "997") == 1
    assert (
        _count(
            runtime.db, Event, Event.kind == "message.processed", Event.message_id == rec.message_id
        )
        == 1
    )


def test_sigterm_finishes_and_releases(tmp_path, db_url):
    env = gateway_env(tmp_path, db_url, GATEWAY__WORKERS__POLL_INTERVAL="0.01")
    gw = GatewayProcess(tmp_path, env).start()
    from gateway.store.db import Database

    db = Database(db_url)
    for i in range(40):
        inbox.receive(
            db,
            partner_id="acme-retail",
            channel="http",
            data=make_850(f"ST-{i}", isa_control=i + 1),
        )
    time.sleep(0.3)
    assert gw.stop() == 0
    out = gw.output()
    assert "shutdown.complete" in out and "workers.stopped" in out
    # nothing is left claimed by the stopped node: the rest waits for the next start
    assert _count(db, Job, Job.status == "running") == 0
    done = _count(db, Job, Job.status == "done", Job.kind == "inbound")
    assert _count(db, SalesOrder) == done
    db.dispose()
