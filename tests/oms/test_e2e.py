"""From an X12 850 through the pipeline to allocation, a partial shipment, the backorder's
release on receipt, two invoices, a payment and a return with its credit note; the ledger
balances at every step and every document is queued in the outbox."""

from __future__ import annotations

from decimal import Decimal

import pytest
from oms_helpers import ROOT, assert_books
from sqlalchemy import select, update

from gateway.errors import BusinessError
from gateway.oms import billing, purchasing, shipping
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Invoice, Payment, Product, SalesOrder, Stock, Warehouse
from gateway.oms.orders import close_order
from gateway.pipeline import process_inbound, runtime_outbox
from gateway.store import inbox, queue
from gateway.store.models import Message, OutboundDocument

D = Decimal
ADMIN = Cause("admin", "e2e")


def _stock(s, sku, wh="MAIN"):
    return s.execute(
        select(Stock.on_hand, Stock.reserved)
        .join(Product)
        .join(Warehouse)
        .where(Product.sku == sku, Warehouse.code == wh)
    ).one()


def _docs(s):
    return [d.doc_type for d in s.scalars(select(OutboundDocument).order_by(OutboundDocument.id))]


def test_order_to_cash_and_return(runtime):
    rt = runtime
    with rt.db.transaction() as s:  # only 10 widgets in stock: the order ships in two parts
        s.execute(update(Stock).where(Stock.id == 1).values(on_hand=D(10)))
        s.execute(update(Stock).where(Stock.id == 2).values(on_hand=D(0)))
    rec = inbox.receive(
        rt.db,
        partner_id="acme-retail",
        channel="http",
        data=(ROOT / "docs" / "examples" / "acme-850.edi").read_bytes(),
    )
    process_inbound(rt, queue.claim(rt.db, "w", lease=30)[0], "w")
    with rt.db.reading() as s:
        assert s.get(Message, rec.message_id).status == "processed"
        so = s.scalar(select(SalesOrder))
        assert so.status == "partially_allocated"
        assert so.total == D("355.60")
        assert _docs(s) == ["855", "997"]
    oid = so.id

    def step(fn):
        with rt.db.transaction() as s:
            out = fn(s, s.get(SalesOrder, oid), runtime_outbox(rt, s))
            assert_books(s)
            return out

    # first shipment: what is reserved (10 widgets, 6 cases)
    def first_wave(s, so, out):
        shipping.release_to_warehouse(s, so, ADMIN)
        picks = shipping.pick_list(s, so)
        assert [(p.warehouse, p.sku, p.quantity) for p in picks] == [
            ("MAIN", "GAD-200", D(72)),
            ("MAIN", "WID-100", D(10)),
        ]
        shipping.pick(s, so, ADMIN)
        cartons = shipping.pack(s, so, ADMIN, per_carton=1)
        assert len(cartons) == 2
        for c in cartons:
            assert len(c.sscc) == 18 and c.sscc[-1] == shipping.gs1_check_digit(c.sscc[:17])
        shipping.ship(s, so, out, ADMIN, carrier="UPSN", service="GROUND", tracking="1Z999")
        assert so.status == "partially_shipped"
        assert _stock(s, "WID-100") == (D(0), D(0))
        assert _stock(s, "GAD-200") == (D(1200 - 72), D(0))
        sh = s.scalar(select(shipping.Shipment).where(shipping.Shipment.order_id == so.id))
        return billing.invoice_shipment(s, sh, out, ADMIN).id

    inv1 = step(first_wave)

    def receipt(s, so, out):
        po = purchasing.create_purchase_order(s, "WIDGETCO", [("WID-100", D(14))])
        purchasing.send_purchase_orders(s, out)
        touched = purchasing.receive_po_line(s, po.lines[0].id, D(14))
        assert [t.id for t in touched] == [so.id]
        assert so.status == "allocated"
        assert _stock(s, "WID-100") == (D(14), D(14))

    step(receipt)

    def second_wave(s, so, out):
        shipping.release_to_warehouse(s, so, ADMIN)
        shipping.pick(s, so, ADMIN)
        shipping.pack(s, so, ADMIN)
        shipping.ship(s, so, out, ADMIN, carrier="UPSN", tracking="1Z998")
        assert so.status == "shipped"
        (inv,) = billing.invoice_shipped(s, out, ADMIN)
        assert so.status == "invoiced"
        return inv.id

    inv2 = step(second_wave)
    with rt.db.reading() as s:
        i1, i2 = s.get(Invoice, inv1), s.get(Invoice, inv2)
        assert (i1.subtotal, i1.tax, i1.total) == (D("278.50"), D("27.16"), D("305.66"))
        assert (i2.subtotal, i2.tax, i2.total) == (D("45.50"), D("4.44"), D("49.94"))
        assert i1.status == i2.status == "posted"
        so = s.get(SalesOrder, oid)
        assert i1.total + i2.total == so.total  # 305.66 + 49.94 = 355.60

    def pay(s, so, out):
        from gateway.oms.models import Customer

        customer = s.get(Customer, so.customer_id)
        with pytest.raises(BusinessError) as exc:
            billing.register_payment(s, customer, D("400.00"))
        assert exc.value.code == "payment_above_balance"
        p = billing.register_payment(s, customer, D("355.60"), reference="CHK 1001")
        i1 = s.get(Invoice, inv1)
        with pytest.raises(BusinessError, match="exceeds its balance"):
            billing.allocate_payment(s, p, [(i1, D("305.67"))])
        allocs = billing.allocate_payment(s, p)
        assert [a.amount for a in allocs] == [D("305.66"), D("49.94")]
        assert so.status == "paid"

    step(pay)

    def give_back(s, so, out):
        with pytest.raises(BusinessError) as exc:
            billing.authorise_return(s, so, {"1": D(25)}, ADMIN)
        assert exc.value.code == "return_exceeds_shipped"
        rma = billing.authorise_return(s, so, {"1": D(2)}, ADMIN)
        with pytest.raises(BusinessError, match="exceeds shipped 24 minus returned 2"):
            billing.authorise_return(s, so, {"1": D(23)}, ADMIN)
        billing.receive_return(s, rma, ADMIN)
        assert _stock(s, "WID-100", "RET") == (D(2), D(0))
        cn = billing.credit_note(s, rma, out, ADMIN)
        assert (cn.subtotal, cn.tax, cn.total) == (D("6.50"), D("0.63"), D("7.13"))
        credit = s.scalar(select(Payment).where(Payment.kind == "credit"))
        with pytest.raises(BusinessError, match=r"exceeds the 7\.13 left"):
            billing.refund(s, credit, D("7.14"))
        billing.refund(s, credit, D("7.13"))
        close_order(s, so, ADMIN)

    step(give_back)
    with rt.db.reading() as s:
        tb = assert_books(s)
        assert tb == {
            "AR": D(0),
            "REVENUE": D("-324.00"),
            "TAX": D("-30.97"),
            "CASH": D("348.47"),
            "UNAPPLIED": D(0),
            "RETURNS": D("6.50"),
        }
        assert s.get(SalesOrder, oid).status == "closed"
        # acme-retail speaks X12: response, ship notices, invoices and the credit note; the
        # replenishment PO went to the vendor (widgetco-vendor) as an 850
        assert _docs(s) == ["855", "997", "856", "810", "850", "856", "810", "810"]
