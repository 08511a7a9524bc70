"""The reports the admin UI shows, as plain query functions returning rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.oms.lifecycle import BACKORDER_STATES, OPEN_STATES
from gateway.oms.models import Customer, Invoice, InvoiceLine, Product, SalesOrder, SalesOrderLine

__all__ = [
    "AGING_BUCKETS",
    "aging",
    "backorders",
    "holds",
    "late_shipments",
    "open_orders",
    "sales_trend",
    "top_customers",
]

# bucket name and the most days past due it holds
_AGING = (("current", 0), ("1-30", 30), ("31-60", 60), ("61-90", 90), ("90+", 10**9))
AGING_BUCKETS = tuple(name for name, _ in _AGING)
ZERO = Decimal(0)


def open_orders(session: Session) -> list[SalesOrder]:
    return list(
        session.scalars(
            select(SalesOrder)
            .where(SalesOrder.status.in_(OPEN_STATES))
            .order_by(SalesOrder.created_at, SalesOrder.id)
        )
    )


@dataclass(frozen=True, slots=True)
class BackorderRow:
    order: str
    po_number: str
    line_no: str
    sku: str
    backordered: Decimal
    unit: str


def backorders(session: Session) -> list[BackorderRow]:
    """Lines still waiting for stock, oldest order first (the release order)."""
    left = SalesOrderLine.quantity - SalesOrderLine.allocated_qty - SalesOrderLine.cancelled_qty
    rows = session.execute(
        select(
            SalesOrder.number,
            SalesOrder.po_number,
            SalesOrderLine.line_no,
            Product.sku,
            left,
            SalesOrderLine.unit,
        )
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .join(Product, Product.id == SalesOrderLine.product_id)
        .where(
            SalesOrder.status.in_(BACKORDER_STATES),
            left > 0,
            SalesOrderLine.route.in_(("stock", "buy", "kit")),
            SalesOrderLine.ack_code != "IR",
            SalesOrderLine.parent_line_id.is_(None),
        )
        .order_by(SalesOrder.created_at, SalesOrder.id, SalesOrderLine.id)
    )
    return [BackorderRow(*r) for r in rows]


def holds(session: Session) -> list[SalesOrder]:
    return list(
        session.scalars(
            select(SalesOrder).where(SalesOrder.status == "on_hold").order_by(SalesOrder.id)
        )
    )


def late_shipments(session: Session, *, today: dt.date | None = None) -> list[SalesOrder]:
    """Open orders whose requested ship date has passed."""
    today = today or dt.date.today()
    return list(
        session.scalars(
            select(SalesOrder)
            .where(SalesOrder.status.in_(OPEN_STATES), SalesOrder.requested_ship_date < today)
            .order_by(SalesOrder.requested_ship_date, SalesOrder.id)
        )
    )


def top_customers(session: Session, *, limit: int = 10) -> list[tuple[str, str, Decimal]]:
    """(number, name, net invoiced) by net invoiced value (invoices minus credit notes)."""
    inv = (
        select(Invoice.customer_id, Invoice.kind, func.sum(Invoice.subtotal).label("v"))
        .where(Invoice.status.in_(("posted", "paid")))
        .group_by(Invoice.customer_id, Invoice.kind)
    )
    totals: dict[int, Decimal] = {}
    for cid, kind, v in session.execute(inv):
        totals[cid] = totals.get(cid, ZERO) + (Decimal(v) if kind == "invoice" else -Decimal(v))
    names = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(totals)))}
    ranked = sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[:limit]
    return [(names[cid].number, names[cid].name, v) for cid, v in ranked]


def sales_trend(session: Session, sku: str) -> list[tuple[str, Decimal, Decimal]]:
    """(YYYY-MM, quantity, amount) invoiced of a product per month."""
    rows = session.execute(
        select(Invoice.invoice_date, Invoice.kind, InvoiceLine.quantity, InvoiceLine.amount)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .join(SalesOrderLine, SalesOrderLine.id == InvoiceLine.line_id)
        .join(Product, Product.id == SalesOrderLine.product_id)
        .where(Product.sku == sku, Invoice.status.in_(("posted", "paid")))
    )
    months: dict[str, list[Decimal]] = {}
    for day, kind, qty, amount in rows:
        sign = -1 if kind == "credit" else 1
        m = months.setdefault(day.strftime("%Y-%m"), [ZERO, ZERO])
        m[0] += sign * qty
        m[1] += sign * amount
    return [(k, v[0], v[1]) for k, v in sorted(months.items())]


def aging(session: Session, *, today: dt.date | None = None) -> dict[str, dict[str, Decimal]]:
    """Open invoice balances per customer number in the buckets of AGING_BUCKETS (days past due)."""
    today = today or dt.date.today()
    out: dict[str, dict[str, Decimal]] = {}
    rows = session.execute(
        select(Customer.number, Invoice.due_date, Invoice.total - Invoice.paid)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.kind == "invoice", Invoice.status == "posted")
    )
    for number, due, bal in rows:
        if bal <= 0:
            continue
        late = (today - due).days if due else 0
        bucket = next(name for name, upto in _AGING if late <= upto)
        row = out.setdefault(number, dict.fromkeys(AGING_BUCKETS, ZERO))
        row[bucket] += Decimal(bal)
    return out
