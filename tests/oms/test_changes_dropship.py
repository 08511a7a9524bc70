"""Change orders with their validation, and the dropship round trip (ship request out, the
dropshipper's confirmation in, our ship notice and invoice to the customer)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from oms_helpers import TODAY, assert_books, line, order, ship_reserved, widgets
from sqlalchemy import select

from gateway.canonical import (
    Invoice,
    ItemId,
    OrderChange,
    OrderChangeLine,
    Pack,
    Party,
    Shipment,
    ShipmentLine,
    ShipRequest,
)
from gateway.errors import BusinessError
from gateway.oms import billing, shipping
from gateway.oms.changes import apply_change
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Stock

D = Decimal
ADMIN = Cause("admin", "test")


def change(po, *lines, parties=()):
    return OrderChange("acme-retail", po, TODAY, tuple(lines), parties=parties)


def test_change_order_quantities_adds_deletes_and_ship_to(oms):
    placed = oms.place(
        order("CH-1", widgets("10"), line("2", "2", "CA", "41.00", vendor="GAD-200"))
    )
    resp = oms.run(
        lambda s: apply_change(
            s,
            change(
                "CH-1",
                OrderChangeLine("1", "quantity", D(30)),
                OrderChangeLine("2", "delete"),
                OrderChangeLine("3", "add", D(4), "EA", D("3.25"), (ItemId("vendor", "WID-101"),)),
                parties=(Party("ST", "", "0200", "92"),),
            ),
            oms.out,
            ADMIN,
            today=TODAY,
        )
    )
    assert [(ln.line_no, ln.status, ln.quantity) for ln in resp.lines] == [
        ("1", "IA", D(30)),
        ("2", "ID", D(0)),
        ("3", "IA", D(4)),
    ]
    with oms.db.reading() as s:
        so = oms.order(s, placed.order_id)
        assert so.ship_to == "0200" and so.tax_total == D(0)  # Oregon
        assert so.subtotal == D("110.50")  # 30 x 3.25 + 4 x 3.25
        assert so.total == so.subtotal + so.tax_total
        assert sum(r.reserved for r in s.scalars(select(Stock))) == D(34)


@pytest.mark.parametrize(
    ("ch", "code"),
    [
        (OrderChangeLine("1", "delete"), "line_shipped"),
        (OrderChangeLine("1", "quantity", D(5)), "line_shipped"),
        (OrderChangeLine("1", "quantity", D(0)), "bad_quantity"),
        (OrderChangeLine("9", "delete"), "unknown_line"),
        (OrderChangeLine("1", "explode"), "bad_change"),
    ],
)
def test_change_refusals_after_partial_shipment(oms, ch, code):
    oms.run(lambda s: s.execute(Stock.__table__.update().where(Stock.id == 2).values(on_hand=0)))
    placed = oms.place(order("CH-2", widgets("510")))  # 500 now, 10 backordered

    def ship_part(s):
        so = oms.order(s, placed.order_id)
        ship_reserved(s, so, oms.out)

    oms.run(ship_part)
    with pytest.raises(BusinessError) as exc:
        oms.run(lambda s: apply_change(s, change("CH-2", ch), oms.out, ADMIN))
    assert exc.value.code == code


def test_change_for_a_shipped_order_is_refused(oms):
    placed = oms.place(order("CH-3", widgets("5")))

    def ship_all(s):
        so = oms.order(s, placed.order_id)
        ship_reserved(s, so, oms.out)

    oms.run(ship_all)
    with pytest.raises(BusinessError) as exc:
        oms.run(
            lambda s: apply_change(s, change("CH-3", OrderChangeLine("1", "date")), oms.out, ADMIN)
        )
    assert exc.value.code == "order_shipped"


def test_dropship_round_trip(oms):
    placed = oms.place(order("DS-1", line("1", "2", "EA", "129.00", vendor="DRP-300")))
    (req,) = oms.out.of(ShipRequest)
    assert req.partner_id == "shipfast-dropship" and req.order_number == placed.number
    sscc = shipping.sscc18(4242)
    confirmation = Shipment(
        partner_id="shipfast-dropship",
        shipment_id="SF-77",
        ship_date=TODAY,
        po_numbers=("DS-1",),
        order_number=placed.number,
        carrier="FDEG",
        tracking_numbers=("7946",),
        packs=(Pack(sscc, (ShipmentLine("1", D(2), "EA"),)),),
    )
    with pytest.raises(BusinessError) as exc:
        bad = Shipment(
            partner_id="shipfast-dropship",
            shipment_id="SF-78",
            ship_date=TODAY,
            po_numbers=("DS-1",),
            order_number=placed.number,
            lines=(ShipmentLine("1", D(3), "EA"),),
        )
        oms.run(lambda s: shipping.confirm_dropship(s, bad, oms.out, ADMIN))
    assert exc.value.code == "over_shipment"
    oms.run(lambda s: shipping.confirm_dropship(s, confirmation, oms.out, ADMIN))
    notices = [d for d in oms.out.of(Shipment) if d.partner_id == "acme-retail"]
    assert len(notices) == 1 and notices[0].tracking_numbers == ("7946",)
    assert notices[0].packs[0].sscc == sscc and notices[0].carrier == "FDEG"
    assert oms.run(lambda s: billing.invoice_shipped(s, oms.out, ADMIN)) == []  # done already
    (doc,) = oms.out.of(Invoice)
    assert doc.total == D("283.16")  # 258.00 + 9.75 % tax
    doc.check_totals()
    with oms.db.reading() as s:
        assert oms.order(s, placed.order_id).status == "invoiced"
        assert_books(s)


def test_gs1_check_digit_of_known_sscc():
    assert shipping.gs1_check_digit("00614141123456789") == "0"  # weights 3,1,3... sum 140
    assert shipping.sscc18(123456789) == "006141411234567890"
