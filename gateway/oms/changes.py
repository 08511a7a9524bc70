"""Change orders (860/ORDCHG): add and delete lines, change quantities, prices, dates and the
ship-to, each validated against what has shipped; the partner gets a new OrderResponse."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import OrderChange, OrderChangeLine, OrderLine, OrderResponse
from gateway.errors import BusinessError
from gateway.oms import inventory
from gateway.oms.customers import find_account
from gateway.oms.lifecycle import OPEN_STATES, SHIPPED_STATES, Cause, move, order_event
from gateway.oms.models import Customer, SalesOrder, SalesOrderLine, ShipTo
from gateway.oms.orders import allocation_status, build_lines, order_response, recompute_totals
from gateway.oms.outbox import Outbox
from gateway.oms.pricing import money, tax_rate

__all__ = ["apply_change"]

ZERO = Decimal(0)
_CHANGEABLE = (*(s for s in OPEN_STATES if s not in ("released", "picked", "packed")),)


def _line(so: SalesOrder, change: OrderChangeLine) -> SalesOrderLine:
    ln = next(
        (x for x in so.lines if x.line_no == change.line_no and x.parent_line_id is None), None
    )
    if ln is None:
        raise BusinessError(f"order {so.number} has no line {change.line_no}", code="unknown_line")
    return ln


def _delete(session: Session, so: SalesOrder, ch: OrderChangeLine) -> None:
    ln = _line(so, ch)
    if ln.shipped_qty > 0:
        raise BusinessError(
            f"line {ln.line_no} has shipped {ln.shipped_qty:f}: it cannot be deleted",
            code="line_shipped",
        )
    inventory.release_reservations(session, ln)
    ln.cancelled_qty, ln.ack_code, ln.amount, ln.tax_amount = ln.quantity, "ID", ZERO, ZERO


def _quantity(session: Session, so: SalesOrder, ch: OrderChangeLine) -> None:
    ln = _line(so, ch)
    if ch.quantity is None or ch.quantity <= 0:
        raise BusinessError(
            f"line {ln.line_no}: new quantity {ch.quantity} must be greater than zero",
            code="bad_quantity",
        )
    if ch.quantity < ln.shipped_qty:
        raise BusinessError(
            f"line {ln.line_no}: new quantity {ch.quantity:f} is below the"
            f" {ln.shipped_qty:f} already shipped",
            code="line_shipped",
        )
    inventory.release_reservations(session, ln)
    ln.quantity, ln.cancelled_qty = ch.quantity, ZERO
    ln.allocated_qty = ln.shipped_qty
    ln.amount = money(ln.quantity * (ln.unit_price or ZERO))
    ln.tax_amount = money(ln.amount * ln.tax_rate)
    inventory.allocate_lines(session, [ln])


def _price(session: Session, so: SalesOrder, ch: OrderChangeLine) -> None:
    ln = _line(so, ch)
    if ch.unit_price is None or ch.unit_price < 0:
        raise BusinessError(
            f"line {ln.line_no}: price change without a valid price", code="bad_price"
        )
    if ln.shipped_qty > 0:
        raise BusinessError(
            f"line {ln.line_no} has shipped: its price is invoiced", code="line_shipped"
        )
    ln.unit_price = ln.po_price = ch.unit_price
    ln.amount = money(ln.quantity * ch.unit_price)
    ln.tax_amount = money(ln.amount * ln.tax_rate)


def _date(session: Session, so: SalesOrder, ch: OrderChangeLine) -> None:
    ln = _line(so, ch)
    if ln.shipped_qty >= ln.quantity:
        raise BusinessError(f"line {ln.line_no} has shipped", code="line_shipped")
    ln.requested_date = ch.requested_date


_APPLY = {"delete": _delete, "quantity": _quantity, "price": _price, "date": _date}


def apply_change(
    session: Session,
    change: OrderChange,
    outbox: Outbox,
    cause: Cause,
    *,
    today: dt.date | None = None,
) -> OrderResponse:
    """Apply a partner's change to its PO, all or nothing, and queue the new OrderResponse."""
    today = today or dt.date.today()
    so = session.scalar(
        select(SalesOrder).where(
            SalesOrder.partner_id == change.partner_id, SalesOrder.po_number == change.po_number
        )
    )
    if so is None:
        raise BusinessError(f"change for unknown PO {change.po_number}", code="unknown_order")
    if so.status not in _CHANGEABLE:
        raise BusinessError(
            f"order {so.number} is {so.status}: it can no longer change",
            code="order_shipped" if so.status in SHIPPED_STATES else "order_closed",
        )
    customer = session.get(Customer, so.customer_id)
    assert customer is not None
    st = next((p for p in change.parties if p.role == "ST"), None)
    if st is not None:
        if so.status == "partially_shipped":
            raise BusinessError("the ship-to cannot change after a shipment", code="line_shipped")
        account = find_account(session, so.partner_id, customer.number, st)
        if account.problem or account.ship_to is None:
            raise BusinessError(
                account.problem or f"unknown ship-to {st.id}", code="unknown_ship_to"
            )
        so.ship_to, so.ship_to_id = account.ship_to.code, account.ship_to.id
        rate = tax_rate(session, customer, account.ship_to)
        for ln in so.lines:
            if ln.parent_line_id is None and ln.ack_code != "IR":
                ln.tax_rate, ln.tax_amount = rate, money(ln.amount * rate)
    if change.requested_ship_date:
        so.requested_ship_date = change.requested_ship_date
    adds = [
        OrderLine(
            c.line_no,
            c.quantity or ZERO,
            c.unit,
            c.unit_price,
            c.item_ids,
            requested_date=c.requested_date,
        )
        for c in change.lines
        if c.change == "add"
    ]
    for ch in change.lines:
        if ch.change == "add":
            if any(ln.line_no == ch.line_no for ln in so.lines):
                raise BusinessError(f"line {ch.line_no} exists already", code="duplicate_line")
            continue
        fn = _APPLY.get(ch.change)
        if fn is None:
            raise BusinessError(
                f"line {ch.line_no}: unknown change {ch.change!r}", code="bad_change"
            )
        fn(session, so, ch)
    if adds:
        ship_to = session.get(ShipTo, so.ship_to_id) if so.ship_to_id else None
        rate = tax_rate(session, customer, ship_to)
        before = {ln.id for ln in so.lines}
        build_lines(session, so, customer, adds, rate, today)
        new = [ln for ln in so.lines if ln.id not in before]
        if so.status not in ("received", "on_hold"):
            inventory.allocate_lines(session, new)
    recompute_totals(so)
    order_event(
        session,
        so,
        "changed",
        cause,
        ", ".join(f"line {c.line_no} {c.change}" for c in change.lines) or "header",
    )
    if so.status not in ("received", "on_hold", "partially_shipped"):
        target = allocation_status(so)
        if target != so.status:
            move(session, so, target, cause)
    response = dataclasses.replace(order_response(so, today), answers_change=True)
    outbox(response, order_id=so.id)
    return response
