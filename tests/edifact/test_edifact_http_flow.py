"""End to end: EDIFACT ORDERS posted over HTTP with a partner token -> stored -> worker ->
orders in the OMS -> CONTRL, ORDRSP and APERAK queued for the partner to pick up."""

from __future__ import annotations

import httpx
import pytest
import pytest_twisted
from sqlalchemy import select
from twisted.internet import threads

from gateway.oms.models import SalesOrder
from gateway.pipeline import handle_job
from gateway.store import queue
from gateway.store.models import Message, OutboundDocument
from gateway.translators.edifact.contrl import read_contrl
from gateway.translators.edifact.documents import read_ordrsp
from gateway.translators.edifact.envelope import EnvelopeReader

TOKEN = "demo-eurofresh-token"
PARTNER = "eurofresh-edifact"


def orders(*, sender="5412345000013", unt_count=None, ref="1001", qty2="0"):
    msgs = [
        (
            "M1",
            [
                f"BGM+220+EU-{ref}+9",
                "DTM+137:20240301:102",
                "DTM+2:20240310:102",
                "NAD+BY+5412345000013::9++EuroFresh Köln",
                "NAD+DP+0118::92",
                "CUX+2:EUR:9",
                "LIN+1++012345678905:SRV",
                "QTY+21:48:PCE",
                "PRI+AAA:3.25",
                "LIN+2++012345678912:SRV",
                "PIA+1+ABC1234:IN",
                "QTY+21:12:PCE",
                "UNS+S",
                "CNT+2:2",
            ],
        ),
        (
            "M2",
            [
                f"BGM+220+EU-{ref}-B+9",
                "DTM+137:20240301:102",
                "LIN+1++4000862141428:SRV",
                f"QTY+21:{qty2}:PCE",
                "UNS+S",
            ],
        ),
    ]
    out = ["UNA:+.? '", f"UNB+UNOC:3+{sender}:14+DEMODIST:ZZZ+240301:1200+{ref}++++1'"]
    for mref, body in msgs:
        out.append(f"UNH+{mref}+ORDERS:D:96A:UN:EAN008'")
        out += [s + "'" for s in body]
        out.append(f"UNT+{unt_count or len(body) + 2}+{mref}'")
    out.append(f"UNZ+{len(msgs)}+{ref}'")
    return "\n".join(out).encode("latin-1")


@pytest.fixture
def site(runtime):
    from twisted.internet import reactor

    from gateway.app import start_listeners

    runtime.config.http.port = 0
    listening = start_listeners(runtime, reactor)
    yield runtime, f"http://127.0.0.1:{listening.ports['http']}"
    for h in listening.handles:
        d = h.stopListening()
        if d is not None:
            pytest_twisted.blockon(d)


def run_jobs(rt):
    while jobs := queue.claim(rt.db, "test", lease=30, kinds=("inbound",)):
        for job in jobs:
            handle_job(rt, job, "test")


def post(base, data, token=TOKEN):
    return httpx.post(
        f"{base}/api/v1/inbound",
        content=data,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


def pick_up(base):
    r = httpx.get(
        f"{base}/api/v1/outbound", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10
    )
    assert r.status_code == 200
    return r.json()["documents"]


def one_message(content):
    reader = EnvelopeReader(content.encode("latin-1"))
    (msg,) = list(reader)
    assert not reader.interchanges[0].errors and not msg.header.errors
    return reader.interchanges[0], msg


@pytest_twisted.ensureDeferred
async def test_orders_to_order_contrl_ordrsp_aperak(site):
    rt, base = site
    resp = await threads.deferToThread(post, base, orders())
    assert resp.status_code == 202
    mid = resp.json()["message_id"]
    await threads.deferToThread(run_jobs, rt)

    with rt.db.reading() as s:
        msg = s.get(Message, mid)
        assert (msg.status, msg.format, msg.partner_id) == ("processed", "edifact", PARTNER)
        so = s.scalar(select(SalesOrder).where(SalesOrder.po_number == "EU-1001"))
        assert so is not None and so.partner_id == PARTNER and so.source_message_id == mid
        assert [(ln.gtin, ln.buyer_item, ln.quantity, ln.unit) for ln in so.lines] == [
            ("012345678905", "", 48, "PCE"),
            ("012345678912", "ABC1234", 12, "PCE"),
        ]
        assert so.status not in ("received", "rejected")
        # a zero quantity is an order the OMS refuses: kept as rejected, answered by ORDRSP
        refused = s.scalar(select(SalesOrder).where(SalesOrder.po_number == "EU-1001-B"))
        assert refused is not None and refused.status == "rejected"
        docs = s.scalars(
            select(OutboundDocument)
            .where(OutboundDocument.message_id == mid)
            .order_by(OutboundDocument.id)
        ).all()
        assert sorted(d.doc_type for d in docs) == ["CONTRL", "ORDRSP", "ORDRSP"]
        assert len({d.interchange_control for d in docs}) == 3  # next_control(..., "unb")
        number = so.number

    picked = await threads.deferToThread(pick_up, base)
    ic, contrl = one_message(next(d["content"] for d in picked if d["type"] == "CONTRL"))
    assert (ic.sender, ic.recipient) == ("DEMODIST", "5412345000013")
    (ack,) = read_contrl(contrl.segments, partner_id=PARTNER)
    assert ack.interchange_control == "1001" and ack.status == "A"
    assert [(s.control_number, s.status.value) for s in ack.sets] == [("M1", "A"), ("M2", "A")]

    responses = {}
    for d in picked:
        if d["type"] == "ORDRSP":
            rsp = read_ordrsp(one_message(d["content"])[1].segments, partner_id=PARTNER)
            responses[rsp.po_number] = rsp
    assert responses["EU-1001"].order_number == number
    assert responses["EU-1001"].status in ("accepted", "changed")
    assert [ln.line_no for ln in responses["EU-1001"].lines] == ["1", "2"]
    assert responses["EU-1001-B"].status == "rejected"

    # the same POs in a new interchange: both are duplicates -> message duplicate, APERAKs
    resent = (
        orders().replace(b"+1001++++1'", b"+1009++++1'").replace(b"UNZ+2+1001'", b"UNZ+2+1009'")
    )
    resp = await threads.deferToThread(post, base, resent)
    await threads.deferToThread(run_jobs, rt)
    with rt.db.reading() as s:
        again = s.get(Message, resp.json()["message_id"])
        assert again.status == "duplicate"
        types = s.scalars(
            select(OutboundDocument.doc_type).where(OutboundDocument.message_id == again.id)
        ).all()
        assert sorted(types) == ["APERAK", "APERAK", "CONTRL"]

    # the same interchange again (UNB 0020 1001 once more): refused whole, CONTRL only
    resp = await threads.deferToThread(post, base, orders())
    await threads.deferToThread(run_jobs, rt)
    with rt.db.reading() as s:
        again = s.get(Message, resp.json()["message_id"])
        assert again.status == "duplicate" and "interchange 1001" in again.reason
        types = s.scalars(
            select(OutboundDocument.doc_type).where(OutboundDocument.message_id == again.id)
        ).all()
        assert types == ["CONTRL"]


@pytest_twisted.ensureDeferred
async def test_bad_segment_count_gets_contrl_rejection(site):
    rt, base = site
    resp = await threads.deferToThread(post, base, orders(unt_count=99, ref="2002", qty2="1"))
    await threads.deferToThread(run_jobs, rt)
    with rt.db.reading() as s:
        msg = s.get(Message, resp.json()["message_id"])
        assert msg.status == "rejected"
        assert "UNT says 99 segments, the message has 16" in msg.reason
        assert s.scalar(select(SalesOrder).where(SalesOrder.po_number == "EU-2002")) is None
    picked = await threads.deferToThread(pick_up, base)
    contrls = [d for d in picked if d["type"] == "CONTRL"]
    _, contrl = one_message(contrls[-1]["content"])
    ucm = [s for s in contrl.segments if s[0] == ["UCM"]]
    assert ucm[0][1:] == [
        ["M1"],
        ["ORDERS", "D", "96A", "UN", "EAN008"],
        ["4"],
        ["29"],
        ["UNT"],
        ["1"],
    ]


@pytest_twisted.ensureDeferred
async def test_unb_sender_of_another_partner_is_refused(site):
    rt, base = site
    resp = await threads.deferToThread(post, base, orders(sender="9999999999999", ref="3003"))
    await threads.deferToThread(run_jobs, rt)
    with rt.db.reading() as s:
        msg = s.get(Message, resp.json()["message_id"])
        assert msg.status == "rejected"
        assert "UNB sender 9999999999999:14 is not the partner eurofresh-edifact" in msg.reason
    picked = await threads.deferToThread(pick_up, base)
    _, contrl = one_message([d for d in picked if d["type"] == "CONTRL"][-1]["content"])
    uci = next(s for s in contrl.segments if s[0] == ["UCI"])
    assert uci[4:7] == [["4"], ["23"], ["UNB"]]


def contrl_from_partner(interchange_ref: str, action: str, ref: str) -> bytes:
    return (
        "UNA:+.? 'UNB+UNOC:3+5412345000013:14+DEMODIST:ZZZ+240301:1300+"
        f"{ref}'UNH+1+CONTRL:D:3:UN'UCI+{interchange_ref}+DEMODIST:ZZZ+5412345000013:14+"
        f"{action}'UNT+3+1'UNZ+1+{ref}'"
    ).encode()


@pytest_twisted.ensureDeferred
async def test_partner_contrl_marks_our_interchange(site):
    rt, base = site
    resp = await threads.deferToThread(post, base, orders(ref="4004", qty2="3"))
    await threads.deferToThread(run_jobs, rt)
    with rt.db.reading() as s:
        docs = s.scalars(
            select(OutboundDocument).where(OutboundDocument.message_id == resp.json()["message_id"])
        ).all()
        by_type = {d.doc_type: d.interchange_control for d in docs if d.doc_type == "ORDRSP"}
        (ordrsp_ctrl,) = by_type.values()
    ack = await threads.deferToThread(post, base, contrl_from_partner(ordrsp_ctrl, "7", "C1"))
    nak = await threads.deferToThread(post, base, contrl_from_partner("999999", "4", "C2"))
    await threads.deferToThread(run_jobs, rt)
    with rt.db.reading() as s:
        assert s.get(Message, ack.json()["message_id"]).status == "processed"
        statuses = s.scalars(
            select(OutboundDocument.status).where(
                OutboundDocument.interchange_control == ordrsp_ctrl,
                OutboundDocument.partner_id == PARTNER,
            )
        ).all()
        assert statuses == ["acknowledged"]
        refused = s.get(Message, nak.json()["message_id"])
        assert refused.status == "rejected"
        assert "CONTRL answers interchange 999999, which was not sent" in refused.reason
        # a CONTRL is never answered with a CONTRL
        assert (
            s.scalars(
                select(OutboundDocument).where(OutboundDocument.message_id == refused.id)
            ).all()
            == []
        )
