"""Placing orders: acceptance, every refusal and hold, pricing, tax, routing, totals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from oms_helpers import TODAY, line, order, widgets
from sqlalchemy import func, select, update

from gateway.canonical import OrderResponse, PurchaseOrder, ShipRequest
from gateway.errors import BusinessError, DuplicateError, StateError
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Customer, Invoice, PurchaseOrderLine, SalesOrder, Stock
from gateway.oms.orders import cancel_order, release_hold
from gateway.oms.purchasing import send_purchase_orders
from gateway.store.models import Event

D = Decimal


def _totals_match(so: SalesOrder) -> None:
    lines = [ln for ln in so.lines if ln.ack_code != "IR" and ln.parent_line_id is None]
    assert so.subtotal == sum((ln.amount for ln in lines), D(0))
    assert so.tax_total == sum((ln.tax_amount for ln in lines), D(0))
    assert so.total == so.subtotal + so.tax_total


def test_demo_order_is_priced_taxed_allocated_and_confirmed(oms):
    placed = oms.place(
        order(
            "PO-1", widgets(), line("2", "6", "CA", "41.00", upc="012345678912", vendor="GAD-200")
        )
    )
    assert placed.status == "allocated"
    resp = placed.response
    assert resp.status == "accepted" and [ln.status for ln in resp.lines] == ["IA", "IA"]
    assert [ln.quantity for ln in resp.lines] == [D(24), D(6)]
    assert oms.out.of(OrderResponse) == [resp]
    with oms.db.reading() as s:
        so = oms.order(s, placed.order_id)
        _totals_match(so)
        assert so.subtotal == D("324.00") and so.tax_total == D("31.60")
        assert so.total == D("355.60") and so.ship_to == "0118" and so.ship_to_id is not None
        assert [ln.factor for ln in so.lines] == [D(1), D(12)]
        stock = {(r.warehouse_id, r.product_id): r for r in s.scalars(select(Stock))}
        assert sum(r.reserved for r in stock.values()) == D(24 + 72)
        kinds = [
            e.kind
            for e in s.scalars(select(Event).where(Event.order_id == so.id).order_by(Event.id))
        ]
        assert kinds == ["order.received", "order.confirmed", "order.allocated"]


def test_unknown_customer_is_refused(oms):
    with pytest.raises(BusinessError) as exc:
        oms.place(order("PO-2", widgets(), st=""), customer="NOPE")
    assert exc.value.code == "unknown_customer"


def test_duplicate_po_is_refused(oms):
    oms.place(order("PO-3", widgets()))
    with pytest.raises(DuplicateError, match="already received as order SO"):
        oms.place(order("PO-3", widgets()))


def test_bad_lines_are_rejected_line_by_line_with_reasons(oms):
    placed = oms.place(
        order(
            "PO-4",
            widgets("2"),
            line("2", "1", "EA", "1.00", upc="099999999999"),
            line("3", "0", "EA", "3.25", vendor="WID-100"),
            line("4", "-3", "EA", "3.25", vendor="WID-100"),
            line("5", "1", "PL", "3.25", vendor="WID-100"),
            line("6", "1", "EA", "1.00", vendor="OLD-900"),
        )
    )
    codes = {ln.line_no: (ln.status, ln.reason.split(":")[0]) for ln in placed.response.lines}
    assert codes == {
        "1": ("IA", ""),
        "2": ("IR", "unknown_product"),
        "3": ("IR", "bad_quantity"),
        "4": ("IR", "bad_quantity"),
        "5": ("IR", "unknown_unit"),
        "6": ("IR", "discontinued"),
    }
    assert placed.response.status == "changed"
    with oms.db.reading() as s:
        so = oms.order(s, placed.order_id)
        _totals_match(so)
        assert so.subtotal == D("6.50")


def test_all_lines_bad_rejects_the_order(oms):
    placed = oms.place(order("PO-5", line("1", "1", "EA", "1", upc="099999999999")))
    assert placed.status == "rejected" and placed.response.status == "rejected"
    assert placed.response.lines[0].status == "IR"
    assert "unknown item (upc 099999999999)" in placed.response.lines[0].reason


def test_buyer_part_number_crosswalk(oms):
    placed = oms.place(order("PO-6", line("1", "5", "EA", "3.25", buyer="ACME-W-1")))
    assert placed.response.lines[0].status == "IA"


@pytest.mark.parametrize(
    ("policy", "price", "status", "code", "confirmed_price"),
    [
        ("change", "3.27", "allocated", "IA", "3.27"),  # within 1 %
        ("change", "2.90", "allocated", "IP", "3.25"),  # outside: our price
        ("reject", "2.90", "rejected", "IR", "2.90"),
        ("hold", "2.90", "on_hold", None, None),
    ],
)
def test_price_tolerance_per_partner(oms, policy, price, status, code, confirmed_price):
    oms.run(
        lambda s: s.execute(
            update(Customer).where(Customer.number == "ACME").values(price_mismatch=policy)
        )
    )
    placed = oms.place(order("PO-7", widgets("10", price)))
    assert placed.status == status
    if code is None:
        assert placed.response is None
        with oms.db.reading() as s:
            assert oms.order(s, placed.order_id).hold_reason == "price"
        return
    ln = placed.response.lines[0]
    assert (ln.status, ln.unit_price) == (code, D(confirmed_price))


def test_quantity_break_contract_and_promotion_prices(oms):
    big = oms.place(order("PO-8", widgets("600", None)))
    assert big.response.lines[0].unit_price == D("3.10")
    bobs = oms.place(
        order("PO-9", widgets("10", None), st="MAIN", partner="bobs-hardware"), customer="BOBS"
    )
    assert bobs.response.lines[0].unit_price == D("3.00")
    bench = oms.place(order("PO-10", line("1", "1", "EA", None, vendor="DRP-300")))
    assert bench.response.lines[0].unit_price == D("129.00")  # promotion of November 2026


def test_tax_by_jurisdiction_and_exemption(oms):
    il = oms.place(order("PO-11", widgets("100")))
    orr = oms.place(order("PO-12", widgets("100"), st="0200"))
    bobs = oms.place(
        order("PO-13", widgets("100"), st="MAIN", partner="bobs-hardware"), customer="BOBS"
    )
    with oms.db.reading() as s:
        assert oms.order(s, il.order_id).tax_total == D("31.69")  # 325.00 x 9.75 %
        assert oms.order(s, orr.order_id).tax_total == D(0)
        assert oms.order(s, bobs.order_id).tax_total == D(0)


def test_unknown_ship_to_holds_for_address_and_admin_release(oms):
    placed = oms.place(order("PO-14", widgets(), st="9999"))
    assert placed.status == "on_hold" and placed.response is None

    def release(s):
        so = oms.order(s, placed.order_id)
        assert so.hold_reason == "address"
        with pytest.raises(BusinessError, match="needs a reason"):
            release_hold(s, so, oms.out, actor="admin", reason=" ")
        return release_hold(
            s, so, oms.out, actor="admin", reason="store 9999 opened today", today=TODAY
        )

    resp = oms.run(release)
    assert resp.status == "accepted"
    with oms.db.reading() as s:
        ev = s.scalars(select(Event).where(Event.kind == "order.hold_released")).one()
        assert ev.actor == "admin" and "store 9999 opened today" in ev.detail


def test_credit_limit_and_credit_hold_and_overdue(oms):
    fits = oms.place(
        order("PO-15", widgets("600", None), st="MAIN", partner="bobs-hardware"), customer="BOBS"
    )
    assert fits.status == "allocated"  # 600 x 3.00 = 1800 within 20000
    oms.run(
        lambda s: s.execute(
            update(Customer).where(Customer.number == "BOBS").values(credit_limit=D("100"))
        )
    )
    over = oms.place(
        order("PO-16", widgets("600", None), st="MAIN", partner="bobs-hardware"), customer="BOBS"
    )
    assert over.status == "on_hold"
    with oms.db.reading() as s:
        so = oms.order(s, over.order_id)
        assert so.hold_reason == "credit"
        ev = s.scalars(
            select(Event).where(Event.order_id == so.id, Event.kind == "order.on_hold")
        ).one()
        assert "exceeds credit limit 100" in ev.detail
    oms.run(
        lambda s: s.execute(
            update(Customer)
            .where(Customer.number == "BOBS")
            .values(credit_limit=D("100000"), credit_hold=True)
        )
    )
    held = oms.place(
        order("PO-17", widgets("1", None), st="MAIN", partner="bobs-hardware"), customer="BOBS"
    )
    assert held.status == "on_hold"

    def overdue(s):
        c = s.scalar(select(Customer).where(Customer.number == "BOBS"))
        c.credit_hold = False
        s.add(
            Invoice(
                number="OLD-1",
                customer_id=c.id,
                order_id=held.order_id,
                status="posted",
                invoice_date=TODAY.replace(month=8),
                due_date=TODAY.replace(month=9),
                subtotal=D(5),
                tax=D(0),
                total=D(5),
                paid=D(0),
            )
        )

    oms.run(overdue)
    late = oms.place(
        order("PO-18", widgets("1", None), st="MAIN", partner="bobs-hardware"), customer="BOBS"
    )
    assert late.status == "on_hold"
    with oms.db.reading() as s:
        ev = s.scalars(
            select(Event).where(Event.order_id == late.order_id, Event.kind == "order.on_hold")
        ).one()
        assert "overdue beyond the 15-day grace" in ev.detail


def test_backorder_policies(oms):
    partial = oms.place(order("PO-19", widgets("800", None)))
    assert partial.status == "partially_allocated"
    ln = partial.response.lines[0]
    assert (ln.status, ln.quantity, ln.backordered_quantity) == ("IB", D(800), D(100))
    nothing = oms.place(order("PO-20", widgets("5")))
    assert nothing.status == "backordered"
    oms.run(
        lambda s: s.execute(
            update(Customer)
            .where(Customer.number == "ACME")
            .values(ship_policy="cancel_backorders")
        )
    )
    oms.run(
        lambda s: s.execute(update(Stock).where(Stock.id == 1).values(on_hand=Stock.on_hand + 3))
    )
    cut = oms.place(order("PO-21", widgets("5")))
    ln = cut.response.lines[0]
    assert cut.status == "allocated" and (ln.status, ln.quantity) == ("IQ", D(3))
    with oms.db.reading() as s:
        so = oms.order(s, cut.order_id)
        _totals_match(so)
        assert so.subtotal == D("9.75")


def _warehouses_of(oms, order_id):
    from gateway.oms.models import Reservation, Warehouse

    with oms.db.reading() as s:
        ids = [ln.id for ln in oms.order(s, order_id).lines]
        return {
            c
            for (c,) in s.execute(
                select(Warehouse.code)
                .join(Reservation, Reservation.warehouse_id == Warehouse.id)
                .where(Reservation.line_id.in_(ids))
            )
        }


def test_ship_complete_from_one_warehouse_first(oms):
    two = [
        line("1", "5", "CA", "41.00", vendor="GAD-200"),
        line("2", "50", "EA", "3.25", vendor="WID-100"),
    ]
    assert _warehouses_of(oms, oms.place(order("PO-22", *two)).order_id) == {"MAIN"}
    oms.place(order("PO-23", widgets("450")))  # MAIN has no widgets left
    oms.run(
        lambda s: s.add(
            Stock(warehouse_id=2, product_id=2, on_hand=D(60), reserved=D(0), incoming=D(0))
        )
    )
    # EAST can ship both lines complete: preferred over splitting by warehouse priority
    assert _warehouses_of(oms, oms.place(order("PO-24", *two)).order_id) == {"EAST"}
    split = oms.place(order("PO-25", widgets("200", None)))  # EAST has 150 left: split
    assert split.status == "partially_allocated"
    assert _warehouses_of(oms, split.order_id) == {"EAST"}


def test_kit_explodes_into_components(oms):
    placed = oms.place(order("PO-24K", line("1", "10", "EA", "9.50", vendor="KIT-500")))
    assert placed.status == "allocated" and placed.response.lines[0].status == "IA"
    with oms.db.reading() as s:
        so = oms.order(s, placed.order_id)
        kids = {ln.line_no: ln.quantity for ln in so.lines if ln.parent_line_id}
        assert kids == {"1.WID-100": D(20), "1.GAD-200": D(10)}
        assert so.subtotal == D("95.00")


def test_buy_on_demand_creates_then_extends_a_po(oms):
    a = oms.place(order("PO-25", line("1", "4", "EA", "12.00", vendor="BUY-400")))
    b = oms.place(order("PO-26", line("1", "6", "EA", "12.00", vendor="BUY-400")))
    assert a.status == b.status == "backordered"
    with oms.db.reading() as s:
        pls = s.scalars(select(PurchaseOrderLine)).all()
        assert len({p.po_id for p in pls}) == 1 and [p.quantity for p in pls] == [D(4), D(6)]
        assert s.scalar(select(Stock.incoming).where(Stock.product_id == pls[0].product_id)) == D(
            10
        )
    sent = oms.run(lambda s: [po.number for po in send_purchase_orders(s, oms.out, today=TODAY)])
    assert len(sent) == 1
    po_doc = oms.out.of(PurchaseOrder)[0]
    assert [ln.quantity for ln in po_doc.lines] == [D(4), D(6)]


def test_dropship_line_sends_a_ship_request(oms):
    placed = oms.place(order("PO-27", widgets("2"), line("2", "1", "EA", None, vendor="DRP-300")))
    assert placed.status == "allocated"
    req = oms.out.of(ShipRequest)
    assert len(req) == 1 and req[0].partner_id == "shipfast-dropship"
    assert [ln.line_no for ln in req[0].lines] == ["2"] and req[0].ship_to.id == "0118"


def test_cancel_gives_stock_back_and_only_before_shipment(oms):
    placed = oms.place(order("PO-28", widgets("50")))

    def cancel(s):
        so = oms.order(s, placed.order_id)
        cancel_order(s, so, Cause("admin", "customer called"))

    oms.run(cancel)
    with oms.db.reading() as s:
        assert sum(r.reserved for r in s.scalars(select(Stock))) == 0
        assert oms.order(s, placed.order_id).status == "cancelled"
    with pytest.raises(StateError, match="cannot go from cancelled to cancelled"):
        oms.run(cancel)


def test_manual_review_hold_and_partner_cancellation(oms):
    from gateway.canonical import Purpose
    from gateway.oms.orders import hold_order

    placed = oms.place(order("PO-30", widgets("5")))

    def review(s):
        so = oms.order(s, placed.order_id)
        with pytest.raises(BusinessError) as exc:
            hold_order(s, so, "whim", Cause("admin", "?"))
        assert exc.value.code == "bad_hold_reason"
        hold_order(s, so, "review", Cause("admin", "unusual quantity"))
        assert (so.status, so.hold_reason) == ("on_hold", "review")

    oms.run(review)
    cancelled = oms.place(order("PO-30", widgets("5"), purpose=Purpose.CANCEL))
    assert cancelled.status == "cancelled"
    with oms.db.reading() as s:
        assert sum(r.reserved for r in s.scalars(select(Stock))) == 0
        kinds = [
            e.kind
            for e in s.scalars(
                select(Event).where(Event.order_id == placed.order_id).order_by(Event.id)
            )
        ]
        assert kinds[-2:] == ["order.on_hold", "order.cancelled"]


@pytest.mark.parametrize("policy", ["ship_partial", "cancel_backorders"])
def test_placed_lines_are_written_as_the_response_says(oms, policy):
    """Placing keeps new lines in memory (oms/lines.py): what it answers must be what a
    fresh read of the database gives, for every route and ship policy."""
    from gateway.oms.orders import order_response

    oms.run(
        lambda s: s.execute(
            update(Customer).where(Customer.number == "ACME").values(ship_policy=policy)
        )
    )
    placed = oms.place(
        order(
            "PO-ROWS",
            widgets("500"),  # more than in stock: backordered or cut
            line("2", "3", "EA", "9.50", vendor="KIT-500"),
            line("3", "1", "EA", None, vendor="DRP-300"),
            line("4", "2", "EA", "12.00", vendor="BUY-400"),
            line("5", "1", "EA", "1.00", vendor="NO-SUCH-ITEM"),
        )
    )
    with oms.db.reading() as s:
        so = oms.order(s, placed.order_id)
        again = order_response(so, TODAY, parties=placed.response.parties)
        assert again == placed.response
        assert so.status == placed.status and so.response_status == placed.response.status
        _totals_match(so)
        assert {ln.line_no: ln.status for ln in placed.response.lines} == {
            "1": "IP",  # price changed wins over the backorder in ACK01
            "2": "IA",
            "3": "IA",
            "4": "IB",  # bought on demand: the policy cuts stock lines only
            "5": "IR",
        }


def test_one_product_on_two_lines_is_not_promised_twice(oms):
    """Each line fits the MAIN warehouse's 500 widgets alone, both together do not: the
    order is split across warehouses instead of over-reserving MAIN (which the guarded
    reservation refused, failing the whole order)."""
    placed = oms.place(
        order("PO-TWICE", widgets("400"), line("2", "250", "EA", "3.25", vendor="WID-100"))
    )
    assert placed.status == "allocated", placed
    assert [ln.status for ln in placed.response.lines] == ["IA", "IA"]
    assert _warehouses_of(oms, placed.order_id) == {"MAIN", "EAST"}
    with oms.db.reading() as s:
        free = s.scalar(
            select(func.sum(Stock.on_hand - Stock.reserved)).where(Stock.product_id == 1)
        )
        assert free == D(50)
