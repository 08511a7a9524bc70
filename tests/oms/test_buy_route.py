"""The buy route end to end: a buy-on-demand order opens a PO, the scheduled `po_send` job
sends it to the vendor as an 850, the vendor's 856 marks it in transit (or is the receipt,
per profile), a receipt books stock and releases the backorder; other partners cannot
touch the PO and a dropship confirmation only counts from the order's dropshipper."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal

import pytest
from oms_helpers import ROOT, line, order
from sqlalchemy import select

from gateway.canonical import Shipment, ShipmentLine
from gateway.errors import BusinessError
from gateway.flows.purchasing import PurchasingProfile, schedule_send
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Product, PurchaseOrder, SalesOrder, Stock
from gateway.oms.orders import place_order
from gateway.oms.receiving import receive_po
from gateway.oms.shipping import confirm_dropship
from gateway.pipeline import handle_job, runtime_outbox
from gateway.store import inbox, queue
from gateway.store.models import Event, Job, Message, OutboundDocument
from gateway.store.outbox import payload_of
from tests.x12.x12build import interchange
from tests.x12data import segments

D = Decimal


def make_856(
    shipment_id: str,
    po_number: str,
    items: list[tuple[str, str, str, str]],
    *,
    sender: str = "WIDGETCO",
    isa_control: int = 1,
) -> bytes:
    """A vendor's ship notice: one order level, items as (LIN01, vendor part, quantity, unit)."""
    body = [
        f"BSN*00*{shipment_id}*20261122*1200",
        "HL*1**S",
        "TD1*CTN25*2****G*24*LB",
        "TD5*B*2*UPSN*M*GROUND",
        "REF*CN*1Z999AA10123456784",
        "DTM*011*20261122",
        "HL*2*1*O",
        f"PRF*{po_number}",
    ]
    for n, (line_no, part, qty, unit) in enumerate(items, start=3):
        body += [f"HL*{n}*2*I", f"LIN*{line_no}*VN*{part}", f"SN1*{line_no}*{qty}*{unit}"]
    body.append(f"CTT*{len(items)}")
    return interchange(
        [("856", "0001", body)],
        functional_id="SH",
        sender=sender,
        isa_control=isa_control,
        gs_control=isa_control,
    )


def _place(rt, po: str, qty: str = "10", sku: str = "BUY-400"):
    with rt.db.transaction() as s:
        return place_order(
            s,
            order(po, line("1", qty, "EA", "12.00", vendor=sku)),
            customer_number="ACME",
            outbox=runtime_outbox(rt, s),
        )


def _run_jobs(rt, kind: str) -> int:
    jobs = queue.claim(rt.db, "t", lease=30, limit=50, kinds=(kind,))
    for job in jobs:
        handle_job(rt, job, "t")
    return len(jobs)


def _receive(rt, partner: str, data: bytes) -> Message:
    rec = inbox.receive(rt.db, partner_id=partner, channel="http", data=data)
    assert _run_jobs(rt, "inbound") == 1
    with rt.db.reading() as s:
        return s.get(Message, rec.message_id)


def _stock(rt) -> tuple[Decimal, Decimal, Decimal]:
    with rt.db.reading() as s:
        st = s.scalar(
            select(Stock)
            .join(Product, Product.id == Stock.product_id)
            .where(Product.sku == "BUY-400")
        )
        return st.on_hand, st.reserved, st.incoming


def _po(rt) -> PurchaseOrder:
    with rt.db.reading() as s:
        po = s.scalar(select(PurchaseOrder).where(PurchaseOrder.kind == "buy"))
        _ = po.lines
        return po


def _send(rt) -> bytes:
    assert schedule_send(rt) is True
    assert schedule_send(rt) is False  # already queued: one job per period
    assert _run_jobs(rt, "po_send") == 1
    with rt.db.reading() as s:
        (doc,) = s.scalars(
            select(OutboundDocument).where(OutboundDocument.partner_id == "widgetco-vendor")
        ).all()
        assert doc.doc_type == "850"
        return payload_of(s, doc.payload_id)


def test_po_sent_on_schedule_asn_in_transit_then_receipt_releases(runtime):
    a = _place(runtime, "BUY-1", "4")
    b = _place(runtime, "BUY-2", "6")
    assert a.status == b.status == "backordered"
    assert _stock(runtime) == (D(0), D(0), D(10))
    x850 = segments(_send(runtime))
    assert x850[0][6].strip() == "DEMODIST" and x850[0][8].strip() == "WIDGETCO"
    po = _po(runtime)
    assert po.status == "sent"
    assert [s[:3] for s in x850 if s[0] == "BEG"] == [["BEG", "00", "SA"]]
    assert [s[3] for s in x850 if s[0] == "BEG"] == [po.number]
    assert [(s[1], s[2]) for s in x850 if s[0] == "PO1"] == [("1", "4"), ("2", "6")]
    assert schedule_send(runtime) is False  # the interval (1 h) has not passed

    msg = _receive(
        runtime,
        "widgetco-vendor",
        make_856(
            "WC-SHIP-1", po.number, [("1", "BUY-400", "4", "EA"), ("2", "BUY-400", "6", "EA")]
        ),
    )
    assert msg.status == "processed", msg.reason
    po = _po(runtime)
    assert po.status == "in_transit"
    assert [(pl.asn_qty, pl.received_qty) for pl in po.lines] == [(D(4), D(0)), (D(6), D(0))]
    assert _stock(runtime) == (D(0), D(0), D(10))  # in transit is not on hand
    with runtime.db.reading() as s:
        ev = s.scalar(select(Event).where(Event.kind == "po.asn"))
        assert "UPSN 1Z999AA10123456784" in ev.detail and ev.partner_id == "widgetco-vendor"
        assert s.scalar(select(SalesOrder.status).where(SalesOrder.po_number == "BUY-1")) == (
            "backordered"
        )

    with runtime.db.transaction() as s:
        got = receive_po(s, po.number, cause=Cause("admin", "dock"))
    assert got.received == {"1": D(4), "2": D(6)}
    assert sorted(got.released) == sorted([a.number, b.number])
    assert _stock(runtime) == (D(10), D(10), D(0))
    assert _po(runtime).status == "received"
    with runtime.db.reading() as s:
        assert set(s.scalars(select(SalesOrder.status))) == {"allocated"}
    with runtime.db.transaction() as s, pytest.raises(BusinessError) as exc:
        receive_po(s, po.number, cause=Cause("admin", "again"))
    assert exc.value.code == "nothing_open"


def test_receive_on_asn_books_stock_at_once_and_over_shipment_is_refused(runtime):
    vendor = runtime.partners.partners["widgetco-vendor"]
    runtime.partners.partners["widgetco-vendor"] = replace(
        vendor, extra={**vendor.extra, "purchasing": PurchasingProfile(receive_on_asn=True)}
    )
    placed = _place(runtime, "BUY-3", "5")
    _send(runtime)
    po = _po(runtime)
    too_many = _receive(
        runtime, "widgetco-vendor", make_856("WC-9", po.number, [("1", "BUY-400", "7", "EA")])
    )
    assert too_many.status == "rejected" and "exceeds the 5" in too_many.reason
    assert _stock(runtime) == (D(0), D(0), D(5))
    msg = _receive(
        runtime,
        "widgetco-vendor",
        make_856("WC-10", po.number, [("1", "BUY-400", "5", "EA")], isa_control=2),
    )
    assert msg.status == "processed", msg.reason
    assert _stock(runtime) == (D(5), D(5), D(0))
    with runtime.db.reading() as s:
        assert s.get(SalesOrder, placed.order_id).status == "allocated"


def test_other_partner_cannot_touch_a_vendors_po(runtime):
    _place(runtime, "BUY-4", "3")
    _send(runtime)
    po = _po(runtime)
    msg = _receive(
        runtime,
        "shipfast-dropship",
        make_856("SF-1", po.number, [("1", "BUY-400", "3", "EA")], sender="SHIPFAST"),
    )
    assert msg.status == "rejected"
    assert po.number in msg.reason and "unknown order" in msg.reason
    assert [pl.asn_qty for pl in _po(runtime).lines] == [D(0)]


def test_dropship_confirmation_only_from_the_orders_dropshipper(runtime):
    placed = _place(runtime, "DS-7", "1", "DRP-300")
    conf = Shipment(
        partner_id="widgetco-vendor",
        shipment_id="X-1",
        ship_date=dt.date(2026, 11, 23),
        po_numbers=("DS-7",),
        order_number=placed.number,
        lines=(ShipmentLine("1", D(1), "EA"),),
    )
    with runtime.db.transaction() as s, pytest.raises(BusinessError) as exc:
        confirm_dropship(s, conf, runtime_outbox(runtime, s), Cause("t"))
    assert exc.value.code == "unknown_order"
    with runtime.db.transaction() as s:
        sh = confirm_dropship(
            s, replace(conf, partner_id="shipfast-dropship"), runtime_outbox(runtime, s), Cause("t")
        )
        assert sh.dropship is True


def test_periodic_job_is_queued_again_only_after_its_interval(runtime):
    with runtime.db.transaction() as s:
        assert queue.schedule_periodic(s, "po_send", "buy", dt.timedelta(hours=1)) is True
    with runtime.db.transaction() as s:
        assert queue.schedule_periodic(s, "po_send", "buy", dt.timedelta(hours=1)) is False
    assert _run_jobs(runtime, "po_send") == 1
    with runtime.db.transaction() as s:
        assert queue.schedule_periodic(s, "po_send", "buy", dt.timedelta(hours=1)) is False
        job = s.scalar(select(Job).where(Job.kind == "po_send"))
        job.finished_at = job.finished_at - dt.timedelta(hours=2)
    with runtime.db.transaction() as s:
        assert queue.schedule_periodic(s, "po_send", "buy", dt.timedelta(hours=1)) is True


def test_po_cli_lists_sends_and_receives(runtime, config):
    _place(runtime, "BUY-5", "8")

    def po(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "gateway.cli", "--config", str(config.source), "po", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    listed = po("list")
    assert listed.returncode == 0, listed.stderr
    assert " open " in listed.stdout and "8.0000/0.0000/0.0000" in listed.stdout
    sent = po("send")
    assert sent.returncode == 0 and "sent 1 purchase order(s): PO" in sent.stdout
    number = sent.stdout.strip().rsplit(" ", 1)[-1]
    bad = po("receive", number, "--line", "1=9")
    assert bad.returncode == 1 and "exceed the 8" in bad.stderr
    part = po("receive", number, "--line", "1=3")
    assert part.returncode == 0, part.stderr
    assert f"received on {number}: line 1: 3" in part.stdout
    assert _stock(runtime)[0] == D(3)
