"""Vendor ship notices (856/DESADV) and receipts against our buy purchase orders.

A vendor's notice marks quantities in transit on the PO lines; the goods count as stock
when they are received: at once if the vendor's profile says `receive_on_asn`, otherwise
with `gateway po receive`. Receipts release backorders oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import OrderLine
from gateway.canonical import Shipment as ShipmentDoc
from gateway.errors import BusinessError
from gateway.oms.catalog import same_unit
from gateway.oms.lifecycle import Cause
from gateway.oms.models import (
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    SalesOrder,
    UomConversion,
    Vendor,
    Warehouse,
)
from gateway.oms.purchasing import numbered_lines, receive_po_line
from gateway.store import events

__all__ = ["Received", "buy_po_for", "receive_po", "record_asn"]

ZERO = Decimal(0)


@dataclass
class Received:
    """What a notice or a receipt did to one purchase order."""

    po_number: str
    in_transit: dict[str, Decimal] = field(default_factory=dict)  # PO line no -> base units
    received: dict[str, Decimal] = field(default_factory=dict)
    released: list[str] = field(default_factory=list)  # sales orders whose allocation moved


def buy_po_for(session: Session, doc: ShipmentDoc) -> PurchaseOrder | None:
    """Our buy PO named by a ship notice and sent to the vendor behind its partner, or None
    (a PO of another vendor is as unknown as a missing one: partners never see each
    other's POs)."""
    if not doc.po_numbers:
        return None
    return session.scalar(
        select(PurchaseOrder)
        .join(Vendor, Vendor.id == PurchaseOrder.vendor_id)
        .where(
            PurchaseOrder.number == doc.po_numbers[0],
            PurchaseOrder.kind == "buy",
            Vendor.partner_id == doc.partner_id,
        )
    )


def _conversions(session: Session, product_ids: set[int]) -> dict[tuple[int, str], Decimal]:
    """Base units per (product, unit) for the products of one PO, in one query."""
    return {
        (c.product_id, same_unit(c.unit)): c.factor
        for c in session.scalars(
            select(UomConversion).where(UomConversion.product_id.in_(product_ids))
        )
    }


def _base_qty(
    product: Product, qty: Decimal, unit: str, conversions: dict[tuple[int, str], Decimal]
) -> Decimal:
    if not unit or same_unit(unit) == same_unit(product.base_unit):
        return qty
    factor = conversions.get((product.id, same_unit(unit)))
    if factor is None:
        raise BusinessError(
            f"unit {unit!r} is not known for item {product.sku} (base unit {product.base_unit})",
            code="unknown_unit",
        )
    return qty * factor


def _match(
    numbered: dict[str, PurchaseOrderLine], products: dict[int, Product], line: OrderLine
) -> str | None:
    """The PO line a notice line is for: its line number, else the item it names."""
    if line.line_no in numbered:
        return line.line_no
    wanted = {i.value.lstrip("0") for i in line.item_ids if i.value}
    for no, pl in numbered.items():
        p = products[pl.product_id]
        if {p.sku, (p.gtin or "").lstrip("0")} & wanted:
            return no
    return None


def record_asn(
    session: Session,
    po: PurchaseOrder,
    doc: ShipmentDoc,
    *,
    receive: bool,
    cause: Cause,
    warehouse: str = "",
) -> Received:
    """Apply a vendor's ship notice to our buy PO it names (see `buy_po_for`); receive it
    too if `receive`."""
    if po.status == "open":
        raise BusinessError(
            f"ship notice {doc.shipment_id} is for {po.number}, which was not sent yet",
            code="po_not_sent",
        )
    numbered = numbered_lines(session, po)
    ids = {pl.product_id for pl in numbered.values()}
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    conversions = _conversions(session, ids)
    out = Received(po.number)
    for sl in doc.all_lines():
        as_line = OrderLine(sl.line_no, sl.quantity, sl.unit, None, sl.item_ids)
        no = _match(numbered, products, as_line)
        if no is None:
            ids_text = ", ".join(f"{i.kind} {i.value}" for i in sl.item_ids) or "no item id"
            raise BusinessError(
                f"ship notice line {sl.line_no} ({ids_text}) is not on {po.number}",
                code="unknown_line",
            )
        pl = numbered[no]
        qty = _base_qty(products[pl.product_id], sl.quantity, sl.unit, conversions)
        if pl.asn_qty + qty > pl.quantity:
            raise BusinessError(
                f"{po.number} line {no}: notified {pl.asn_qty} + {qty} exceeds the"
                f" {pl.quantity} ordered",
                code="over_shipment",
            )
        pl.asn_qty += qty
        out.in_transit[no] = out.in_transit.get(no, ZERO) + qty
    if all(pl.asn_qty >= pl.quantity for pl in numbered.values()):
        po.status = "in_transit"
    tracking = ",".join(doc.tracking_numbers)
    events.record(
        session,
        "po.asn",
        actor=cause.actor,
        partner_id=doc.partner_id,
        message_id=cause.message_id,
        detail=f"{po.number}: ship notice {doc.shipment_id}, {len(out.in_transit)} line(s)"
        + (f", {doc.carrier} {tracking}" if doc.carrier or tracking else ""),
        data={"po": po.number, "lines": {k: str(v) for k, v in out.in_transit.items()}},
    )
    if receive:
        got = _receive(session, po, numbered, dict(out.in_transit), cause, warehouse)
        out.received, out.released = got.received, got.released
    return out


def receive_po(
    session: Session,
    po_number: str,
    lines: dict[str, Decimal] | None = None,
    *,
    cause: Cause,
    warehouse: str = "",
) -> Received:
    """Receive goods on a buy PO: `lines` maps PO line numbers to base units; None receives
    what the vendor notified and is not received yet, or else everything still open."""
    po = session.scalar(
        select(PurchaseOrder).where(PurchaseOrder.number == po_number, PurchaseOrder.kind == "buy")
    )
    if po is None:
        raise BusinessError(f"no buy purchase order {po_number}", code="unknown_po")
    numbered = numbered_lines(session, po)
    if lines is None:
        notified = {no: pl.asn_qty - pl.received_qty for no, pl in numbered.items()}
        if not any(q > 0 for q in notified.values()):
            notified = {no: pl.quantity - pl.received_qty for no, pl in numbered.items()}
        lines = {no: q for no, q in notified.items() if q > 0}
        if not lines:
            raise BusinessError(f"{po.number} has nothing left to receive", code="nothing_open")
    return _receive(session, po, numbered, lines, cause, warehouse)


def _receive(
    session: Session,
    po: PurchaseOrder,
    numbered: dict[str, PurchaseOrderLine],
    lines: dict[str, Decimal],
    cause: Cause,
    warehouse: str,
) -> Received:
    wh_id = None
    if warehouse:
        wh_id = session.scalar(select(Warehouse.id).where(Warehouse.code == warehouse))
        if wh_id is None:
            raise BusinessError(f"unknown warehouse {warehouse!r}", code="unknown_warehouse")
    out = Received(po.number)
    released: dict[int, SalesOrder] = {}
    for no, qty in lines.items():
        pl = numbered.get(no)
        if pl is None:
            raise BusinessError(f"{po.number} has no line {no}", code="unknown_line")
        for so in receive_po_line(
            session, pl.id, qty, warehouse_id=wh_id, actor=cause.actor, cause=cause
        ):
            released[so.id] = so
        out.received[no] = qty
    out.released = [so.number for so in released.values()]
    return out
