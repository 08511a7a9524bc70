"""Crash safety and multi-process workers against real gateway processes."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter

import httpx
from sqlalchemy import func, select

from gateway.oms.models import SalesOrder
from gateway.store import inbox
from gateway.store.db import Database
from gateway.store.models import Event, Job, Message, OutboundDocument
from tests.gwprocess import ROOT, GatewayProcess, gateway_env, run_cli, wait_for
from tests.x12data import make_850

ACME = {"Authorization": "Bearer demo-acme-token"}


def _post_until_accepted(state: dict, po: str, i: int) -> None:
    """Send like a real partner: on any failure wait and send the same document again."""
    data = make_850(po, lines=3, isa_control=i + 1, gs_control=i + 1)
    while True:
        url = state["url"]
        try:
            r = httpx.post(f"{url}/api/v1/inbound", content=data, headers=ACME, timeout=10)
            if r.status_code == 202:
                state["accepted"].append((po, r.json()["message_id"]))
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)


def test_sigkill_mid_stream_loses_and_duplicates_nothing(tmp_path, db_url):
    env = gateway_env(
        tmp_path,
        db_url,
        GATEWAY__WORKERS__LEASE_SECONDS="2",
        GATEWAY__WORKERS__POLL_INTERVAL="0.05",
    )
    gw = GatewayProcess(tmp_path, env).start()
    state: dict = {"url": gw.url, "accepted": []}
    pos = [f"CRASH-{i:04d}" for i in range(200)]

    def client() -> None:
        for i, po in enumerate(pos):
            _post_until_accepted(state, po, i)

    t = threading.Thread(target=client)
    t.start()
    wait_for(lambda: len(state["accepted"]) >= 70, timeout=60, what="70 orders accepted")
    gw.kill()  # SIGKILL: no shutdown, jobs in flight, maybe a request half-answered
    killed_at = len(state["accepted"])
    gw2 = GatewayProcess(tmp_path, env, name="serve2").start()
    state["url"] = gw2.url
    t.join(180)
    assert not t.is_alive()
    assert killed_at < 200
    accepted = state["accepted"]
    assert sorted(po for po, _ in accepted) == pos  # every PO eventually got its 202
    db = Database(db_url)
    ids = [mid for _, mid in accepted]

    def all_done() -> bool:
        with db.reading() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(Message)
                    .where(Message.status.in_(("received",)))
                )
                == 0
            )

    wait_for(all_done, timeout=120, what="every stored message processed")
    assert gw2.stop() == 0, gw2.output()
    with db.reading() as s:
        rows = s.execute(select(Message.id, Message.status, Message.reason)).all()
        orders = Counter(s.scalars(select(SalesOrder.po_number)).all())
        order_msgs = set(s.scalars(select(SalesOrder.source_message_id)).all())
        acks = Counter(
            s.scalars(
                select(OutboundDocument.message_id).where(OutboundDocument.doc_type == "997")
            ).all()
        )
        settled = Counter(
            s.scalars(
                select(Event.message_id).where(
                    Event.kind.in_(("message.processed", "message.duplicate", "message.rejected"))
                )
            ).all()
        )
    assert orders == Counter(pos)  # each PO exactly once, none missing, none extra
    statuses = {mid: (status, reason) for mid, status, reason in rows}
    for mid in ids:
        status, reason = statuses[mid]
        if mid in order_msgs:
            assert status == "processed" and acks[mid] == 1, (status, reason, acks[mid])
        else:
            # stored just before the kill and never answered, the partner sent it again:
            # the copy that got the 202 is recognised as a repeat, never applied twice
            assert status in ("duplicate", "rejected") and "already received" in reason
    # every stored message (answered or not) settled exactly once, with at most one 997
    assert all(settled[mid] == 1 for mid in statuses), settled
    assert all(v == 1 for v in acks.values())
    db.dispose()


def test_two_workers_and_serve_share_1000_jobs(tmp_path, db_url):
    env = gateway_env(tmp_path, db_url, GATEWAY__WORKERS__POLL_INTERVAL="0.02")
    run_cli(["init"], env)
    db = Database(db_url)
    for i in range(1000):
        inbox.receive(
            db,
            partner_id="acme-retail",
            channel="http",
            data=make_850(f"MW-{i:04d}", lines=2, isa_control=i + 1),
        )
    logs = [(tmp_path / f"worker{i}.log").open("wb") for i in range(2)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "worker"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for log in logs
    ]
    gw = GatewayProcess(tmp_path, env).start()

    def done() -> bool:
        with db.reading() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(Job)
                    .where(Job.kind == "inbound", Job.status == "done")
                )
                == 1000
            )

    try:
        wait_for(done, timeout=300, interval=0.5, what="1000 jobs done")
    finally:
        for w in workers:
            w.terminate()
        codes = [w.wait(30) for w in workers]
        for log in logs:
            log.close()
        assert gw.stop() == 0
    assert codes == [0, 0]
    with db.reading() as s:
        ran = Counter(
            s.scalars(select(Event.message_id).where(Event.kind == "message.processed")).all()
        )
        assert len(ran) == 1000 and set(ran.values()) == {1}  # no job ran twice
        assert s.scalar(select(func.count()).select_from(SalesOrder)) == 1000
        by_worker = Counter(
            w.rsplit(":", 2)[0]
            for w in s.scalars(select(Job.worker).where(Job.kind == "inbound")).all()
        )
        assert (
            s.scalar(
                select(func.count())
                .select_from(OutboundDocument)
                .where(OutboundDocument.doc_type == "997")
            )
            == 1000
        )
    assert len(by_worker) >= 2, by_worker  # more than one process really took jobs
    db.dispose()
