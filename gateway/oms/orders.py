"""Placing orders: dedupe by PO, map the partner to its customer, store the order and lines."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import Order
from gateway.errors import BusinessError, DuplicateError
from gateway.oms.models import Customer, SalesOrder, SalesOrderLine
from gateway.store import events

__all__ = ["PlacedOrder", "place_order"]


@dataclass(frozen=True, slots=True)
class PlacedOrder:
    order_id: int
    number: str
    status: str


def _check_lines(order: Order) -> None:
    if not order.lines:
        raise BusinessError(f"PO {order.po_number} has no lines", code="no_lines")
    for line in order.lines:
        if line.quantity <= 0:
            raise BusinessError(
                f"PO {order.po_number} line {line.line_no}: quantity {line.quantity} must be"
                " greater than zero", code="bad_quantity")


def place_order(session: Session, order: Order, *, customer_number: str,
                actor: str = "system") -> PlacedOrder:
    """Store `order` for the customer; refuse a PO number this partner already sent.

    Runs in the caller's transaction; never commits.
    """
    dup = session.scalar(select(SalesOrder.number).where(
        SalesOrder.partner_id == order.partner_id, SalesOrder.po_number == order.po_number))
    if dup is not None:
        raise DuplicateError(
            f"PO {order.po_number} from {order.partner_id} was already received as order {dup}",
            code="duplicate_po")
    customer = session.scalar(select(Customer).where(Customer.number == customer_number))
    if customer is None:
        raise BusinessError(f"unknown customer account {customer_number!r}",
                            code="unknown_customer")
    _check_lines(order)
    ship_to = order.party("ST")
    so = SalesOrder(number="", partner_id=order.partner_id, customer_id=customer.id,
                    po_number=order.po_number, po_date=order.po_date,
                    currency=order.currency or "USD", ship_to=ship_to.id if ship_to else "",
                    source_message_id=order.source_message_id or None,
                    notes="\n".join(order.notes))
    total = Decimal(0)
    for line in order.lines:
        so.lines.append(SalesOrderLine(
            line_no=line.line_no, buyer_item=line.item("buyer") or "",
            vendor_item=line.item("vendor") or "",
            gtin=line.item("gtin") or line.item("upc") or "",
            description=line.description[:200], quantity=line.quantity, unit=line.unit,
            unit_price=line.unit_price))
        if line.unit_price is not None:
            total += line.quantity * line.unit_price
    so.total = total
    session.add(so)
    session.flush()
    so.number = f"SO{so.id:08d}"
    events.record(session, "order.received", actor=actor, partner_id=order.partner_id,
                  message_id=order.source_message_id or None, order_id=so.id,
                  detail=f"PO {order.po_number}: {len(order.lines)} lines, total {total}")
    return PlacedOrder(so.id, so.number, so.status)
