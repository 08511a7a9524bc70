"""Receipts release backorders oldest first (buy route included); partial payments, a
credit note set against an open invoice, and the books after each step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from oms_helpers import TODAY, assert_books, line, order, ship_reserved, widgets
from sqlalchemy import select, update

from gateway.errors import BusinessError
from gateway.oms import billing, purchasing
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Customer, Invoice, Payment, PurchaseOrderLine, Stock

D = Decimal
ADMIN = Cause("admin", "test")


def test_receipt_releases_backorders_oldest_first(oms):
    oms.run(lambda s: s.execute(update(Stock).where(Stock.id.in_((1, 2))).values(on_hand=0)))
    first = oms.place(order("B-1", widgets("6")))
    second = oms.place(order("B-2", widgets("6")))
    buy_a = oms.place(order("B-3", line("1", "4", "EA", "12.00", vendor="BUY-400")))
    buy_b = oms.place(order("B-4", line("1", "5", "EA", "12.00", vendor="BUY-400")))
    assert {first.status, second.status, buy_a.status, buy_b.status} == {"backordered"}

    def receive(s):
        po = purchasing.create_purchase_order(s, "WIDGETCO", [("WID-100", D(8))])
        moved = purchasing.receive_po_line(s, po.lines[0].id, D(8))
        return [o.po_number for o in moved]

    assert oms.run(receive) == ["B-1", "B-2"]  # 6 to the oldest, 2 to the next
    with oms.db.reading() as s:
        assert (oms.order(s, first.order_id).status, oms.order(s, second.order_id).status) == (
            "allocated",
            "partially_allocated",
        )

    def receive_buy(s):
        pl = s.scalars(select(PurchaseOrderLine).order_by(PurchaseOrderLine.id)).first()
        with pytest.raises(BusinessError) as exc:
            purchasing.receive_po_line(s, pl.id, D(10))
        assert exc.value.code == "over_receipt"
        return [o.po_number for o in purchasing.receive_po_line(s, pl.id, D(4))]

    assert oms.run(receive_buy) == ["B-3"]
    with oms.db.reading() as s:
        assert oms.order(s, buy_a.order_id).status == "allocated"
        assert oms.order(s, buy_b.order_id).status == "backordered"
        stock = s.scalar(select(Stock).where(Stock.product_id == 4, Stock.warehouse_id == 1))
        assert (stock.on_hand, stock.reserved, stock.incoming) == (D(4), D(4), D(5))


def test_partial_payments_and_credit_against_an_open_invoice(oms):
    a = oms.place(order("P-1", widgets("10")))
    b = oms.place(order("P-2", widgets("20")))

    def ship_and_bill(s):
        for placed in (a, b):
            ship_reserved(s, oms.order(s, placed.order_id), oms.out)
        return [i.id for i in billing.invoice_shipped(s, oms.out, ADMIN, today=TODAY)]

    inv_a, inv_b = oms.run(ship_and_bill)

    def pay(s):
        acme = s.scalar(select(Customer).where(Customer.number == "ACME"))
        p = billing.register_payment(s, acme, D("20.00"), reference="partial")
        billing.allocate_payment(s, p, [(s.get(Invoice, inv_a), D("20.00"))])
        assert s.get(Invoice, inv_a).balance == D("15.67")  # 35.67 - 20.00
        assert_books(s)
        so = oms.order(s, a.order_id)
        rma = billing.authorise_return(s, so, {"1": D(1)}, ADMIN)
        billing.receive_return(s, rma, ADMIN)
        cn = billing.credit_note(s, rma, oms.out, ADMIN, today=TODAY)
        credit = s.scalar(select(Payment).where(Payment.credit_note_id == cn.id))
        billing.allocate_payment(s, credit, [(s.get(Invoice, inv_b), cn.total)])
        assert s.get(Invoice, inv_b).balance == D("71.34") - cn.total
        with pytest.raises(BusinessError) as exc:
            billing.allocate_payment(s, credit, [(s.get(Invoice, inv_b), D("0.01"))])
        assert exc.value.code == "payment_exhausted"
        assert_books(s)
        assert oms.order(s, a.order_id).status == "invoiced"

    oms.run(pay)


def test_a_vendor_ship_notice_for_a_buy_po_is_a_receipt_not_a_dropship(oms):
    import datetime as dt

    from gateway.canonical import Shipment as ShipmentDoc
    from gateway.canonical import ShipmentLine
    from gateway.oms.models import PurchaseOrder, Shipment, Vendor

    oms.run(
        lambda s: s.execute(
            update(Vendor).where(Vendor.code == "WIDGETCO").values(partner_id="wco")
        )
    )
    placed = oms.place(order("SN-1", line("1", "4", "EA", "12.00", vendor="BUY-400")))
    assert placed.status == "backordered"
    with oms.db.reading() as s:
        po_number = s.scalar(select(PurchaseOrder.number).where(PurchaseOrder.kind == "buy"))

    def notice(partner: str, qty: str) -> ShipmentDoc:
        return ShipmentDoc(
            partner_id=partner,
            shipment_id="ASN-1",
            ship_date=dt.date(2026, 11, 23),
            po_numbers=(po_number,),
            lines=(ShipmentLine("1", D(qty), "EA"),),
        )

    # the same PO number from another partner is not a ship notice for our PO
    assert oms.run(lambda s: purchasing.receive_ship_notice(s, notice("other", "4"), ADMIN)) is None
    po, released = oms.run(lambda s: purchasing.receive_ship_notice(s, notice("wco", "4"), ADMIN))
    assert po.number == po_number and [o.po_number for o in released] == ["SN-1"]
    with oms.db.reading() as s:
        assert oms.order(s, placed.order_id).status == "allocated"
        assert s.scalar(select(PurchaseOrder.status).where(PurchaseOrder.number == po_number)) == (
            "received"
        )
        stock = s.scalar(select(Stock).where(Stock.product_id == 4, Stock.warehouse_id == 1))
        assert (stock.on_hand, stock.reserved) == (D(4), D(4))
        assert s.scalars(select(Shipment)).all() == []  # nothing was shipped to the customer
    with pytest.raises(BusinessError) as exc:
        oms.run(lambda s: purchasing.receive_ship_notice(s, notice("wco", "1"), ADMIN))
    assert exc.value.code == "over_receipt"
