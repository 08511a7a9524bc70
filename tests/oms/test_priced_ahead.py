"""Orders matched and priced before the write transaction (`price_order`) are placed exactly
as orders worked out inside it; work done for another order is not used; the pipeline runs
the preparer in a read transaction and passes its work to the handler."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from oms_helpers import ROOT, TODAY, line, order, widgets
from sqlalchemy import select

from gateway.oms.models import SalesOrder, SalesOrderLine
from gateway.oms.orders import place_order, price_order
from gateway.pipeline import order_handler, order_preparer, process_inbound
from gateway.store import inbox, queue
from gateway.store.models import Event, Message

DEMO = (ROOT / "docs" / "examples" / "acme-850.edi").read_bytes()
_LINE_FIELDS = (
    "line_no",
    "product_id",
    "quantity",
    "unit",
    "factor",
    "unit_price",
    "po_price",
    "amount",
    "tax_rate",
    "tax_amount",
    "ack_code",
    "reason",
    "route",
    "allocated_qty",
    "status",
)


def _lines(oms, order_id):
    with oms.db.reading() as s:
        so = s.get(SalesOrder, order_id)
        header = (so.status, so.subtotal, so.tax_total, so.total, so.hold_reason, so.ship_to)
        return header, [tuple(getattr(ln, f) for f in _LINE_FIELDS) for ln in so.lines]


def _mixed(po: str):
    return order(
        po,
        widgets(),
        line("2", "6", "CA", "41.00", upc="012345678912", vendor="GAD-200"),
        line("3", "1", "EA", "9.99", upc="000000000000", vendor="NO-SUCH"),  # refused line
    )


def _place(oms, doc, priced=None):
    with oms.db.transaction() as s:
        return place_order(
            s,
            doc,
            customer_number="ACME",
            outbox=oms.out,
            actor="test",
            today=TODAY,
            priced=priced,
        )


def test_priced_ahead_places_the_same_order_as_priced_inside(oms):
    inside = _place(oms, _mixed("PO-IN"))
    doc = _mixed("PO-AHEAD")
    with oms.db.reading() as s:
        priced = price_order(s, doc, customer_number="ACME", today=TODAY)
    assert priced is not None and len(priced.rows) == 3
    ahead = _place(oms, doc, priced)
    assert ahead.status == inside.status == "allocated"
    assert _lines(oms, ahead.order_id) == _lines(oms, inside.order_id)
    assert ahead.response.lines == inside.response.lines
    assert [ln.status for ln in ahead.response.lines] == ["IA", "IA", "IR"]


def test_work_done_for_another_order_is_not_used(oms):
    other = order("PO-OTHER", widgets("100"))
    with oms.db.reading() as s:
        priced = price_order(s, other, customer_number="ACME", today=TODAY)
    placed = _place(oms, order("PO-MINE", widgets("24")), priced)
    with oms.db.reading() as s:
        (ln,) = s.get(SalesOrder, placed.order_id).lines
        assert ln.quantity == Decimal(24) and ln.amount == Decimal("78.00")


def test_nothing_is_worked_out_ahead_for_an_unknown_account_or_a_cancellation(oms):
    with oms.db.reading() as s:
        assert price_order(s, order("PO-X", widgets(), st=""), customer_number="NOPE") is None
        cancel = order("PO-X", widgets(), purpose="cancel")
        assert price_order(s, cancel, customer_number="ACME") is None


def _run(rt):
    rec = inbox.receive(rt.db, partner_id="acme-retail", channel="http", data=DEMO)
    process_inbound(rt, queue.claim(rt.db, "w", lease=30)[0], "w")
    with rt.db.reading() as s:
        so = s.scalar(select(SalesOrder).where(SalesOrder.source_message_id == rec.message_id))
        lines = s.scalars(select(SalesOrderLine).where(SalesOrderLine.order_id == so.id)).all()
        return s.get(Message, rec.message_id), so, [ln.description for ln in lines]


def test_the_pipeline_hands_the_preparers_work_to_the_handler(runtime):
    seen = []

    def marking(rt, s, doc, profile):
        seen.append(rt.db._write_lock._is_owned() if rt.db._write_lock else None)
        priced = order_preparer(rt, s, doc, profile)
        rows = [{**r, "description": f"ahead {r['line_no']}"} for r in priced.rows]
        return dataclasses.replace(priced, rows=rows)

    runtime.preparers[order_handler] = marking
    msg, so, descriptions = _run(runtime)
    assert msg.status == "processed" and so.status == "allocated"
    assert descriptions == ["ahead 1", "ahead 2"]
    assert seen == [False if runtime.db.is_sqlite else None]  # not inside a write transaction


def test_a_failing_preparer_leaves_the_work_to_the_write_transaction(runtime):
    def broken(rt, s, doc, profile):
        raise RuntimeError("master data unreadable")

    runtime.preparers[order_handler] = broken
    msg, so, descriptions = _run(runtime)
    assert msg.status == "processed" and so.status == "allocated" and len(descriptions) == 2
    assert not any(d.startswith("ahead") for d in descriptions)
    with runtime.db.reading() as s:
        assert s.scalars(select(Event).where(Event.kind == "order.received")).all()
