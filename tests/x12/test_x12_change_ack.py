"""An 860 change order through the pipeline is answered with an 865, never a second 855."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from gateway.oms.models import SalesOrder
from gateway.store import inbox
from gateway.store.models import Message, OutboundDocument, Payload
from gateway.worker import WorkerPool

ROOT = Path(__file__).resolve().parents[2]


def _860(po: str, isa: int) -> bytes:
    segs = [
        f"ISA*00*          *00*          *ZZ*ACMERETAIL     *ZZ*DEMODIST       *261122*1300*U*"
        f"00401*{isa:09d}*0*P*>",
        f"GS*PC*ACMERETAIL*DEMODIST*20261122*1300*{isa}*X*004010",
        "ST*860*0001",
        f"BCH*04*SA*{po}***20261122",
        "POC*1*QI*30*6*EA*3.25**UP*012345678905*VN*WID-100",
        "CTT*1",
        "SE*5*0001",
        f"GE*1*{isa}",
        f"IEA*1*{isa:09d}",
    ]
    return ("~\n".join(segs) + "~\n").encode()


def _docs(rt, message_id: str) -> list[tuple[str, bytes]]:
    with rt.db.reading() as s:
        rows = s.execute(
            select(OutboundDocument.doc_type, Payload.data)
            .join(Payload, Payload.id == OutboundDocument.payload_id)
            .where(OutboundDocument.message_id == message_id)
            .order_by(OutboundDocument.id)
        ).all()
    return [(t, d) for t, d in rows]


def test_change_order_gets_865(runtime):
    pool = WorkerPool(runtime, count=1)
    order = inbox.receive(
        runtime.db,
        partner_id="acme-retail",
        channel="http",
        data=(ROOT / "docs" / "examples" / "acme-850.edi").read_bytes(),
    )
    assert pool.run_once("w")
    assert [t for t, _ in _docs(runtime, order.message_id)] == ["855", "997"]
    change = inbox.receive(
        runtime.db, partner_id="acme-retail", channel="http", data=_860("PO-10001", 202)
    )
    assert pool.run_once("w")
    with runtime.db.reading() as s:
        msg = s.get(Message, change.message_id)
        so = s.scalars(select(SalesOrder).where(SalesOrder.po_number == "PO-10001")).one()
        qty = {ln.line_no: ln.quantity for ln in so.lines}
    assert msg.status == "processed", msg.reason
    assert qty["1"] == 30
    docs = _docs(runtime, change.message_id)
    assert sorted(t for t, _ in docs) == ["865", "997"]
    body = dict(docs)["865"].decode()
    assert "ST*865*" in body and "BCA*" in body and "PO-10001" in body
    assert "ST*855*" not in body
