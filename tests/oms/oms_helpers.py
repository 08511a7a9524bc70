"""OMS test helpers: build canonical orders, run OMS calls in one transaction each, check
the books."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import ItemId, Order, OrderLine, Party
from gateway.oms import ledger
from gateway.oms.models import Invoice, Payment, SalesOrder
from gateway.oms.orders import PlacedOrder, place_order
from gateway.oms.outbox import Collected
from gateway.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 22)


def line(no: str, qty: str, unit: str = "EA", price: str | None = None, **ids: str) -> OrderLine:
    return OrderLine(
        no,
        Decimal(qty),
        unit,
        Decimal(price) if price else None,
        tuple(ItemId(k, v) for k, v in ids.items()),
    )


def order(
    po: str, *lines: OrderLine, st: str = "0118", partner: str = "acme-retail", **kw: Any
) -> Order:
    parties = (Party("ST", f"Store {st}", st, "92"),) if st else ()
    return Order(
        partner_id=partner, po_number=po, po_date=TODAY, lines=lines, parties=parties, **kw
    )


def widgets(qty: str = "24", price: str | None = "3.25") -> OrderLine:
    return line("1", qty, "EA", price, upc="012345678905", vendor="WID-100")


class Oms:
    """Runs OMS calls, each in its own committed transaction, collecting emitted documents."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.out = Collected()

    def place(self, doc: Order, customer: str = "ACME") -> PlacedOrder:
        with self.db.transaction() as s:
            return place_order(
                s, doc, customer_number=customer, outbox=self.out, actor="test", today=TODAY
            )

    def run(self, fn: Callable[[Session], Any]) -> Any:
        with self.db.transaction() as s:
            return fn(s)

    def order(self, s: Session, number_or_id: int | str) -> SalesOrder:
        if isinstance(number_or_id, int):
            return s.get(SalesOrder, number_or_id)
        return s.scalar(select(SalesOrder).where(SalesOrder.number == number_or_id))


def assert_books(s: Session) -> dict[str, Decimal]:
    """The ledger balances, AR equals open invoice balances, UNAPPLIED the unused money."""
    tb = ledger.trial_balance(s)
    assert sum(tb.values(), Decimal(0)) == 0, tb
    open_ar = sum(
        (i.total - i.paid for i in s.scalars(select(Invoice).where(Invoice.kind == "invoice"))),
        Decimal(0),
    )
    assert tb.get("AR", Decimal(0)) == open_ar, (tb, open_ar)
    unapplied = sum((p.amount - p.allocated for p in s.scalars(select(Payment))), Decimal(0))
    assert -tb.get("UNAPPLIED", Decimal(0)) == unapplied, (tb, unapplied)
    for inv in s.scalars(select(Invoice)):
        assert inv.subtotal == sum((il.amount for il in inv.lines), Decimal(0))
        assert inv.tax == sum((il.tax_amount for il in inv.lines), Decimal(0))
        assert inv.total == inv.subtotal + inv.tax
    return tb


def place_many(url: str, worker: int, count: int, qty: str) -> list[str]:
    """Worker-process body: place `count` widget orders, each in its own transaction."""
    from gateway.store.db import Database

    db = Database(url)
    statuses = []
    try:
        for i in range(count):
            with db.transaction() as s:
                placed = place_order(
                    s,
                    order(f"C-{worker}-{i}", widgets(qty)),
                    customer_number="ACME",
                    outbox=Collected(),
                    today=TODAY,
                )
                statuses.append(placed.status)
    finally:
        db.dispose()
    return statuses


def ship_reserved(s: Session, so: SalesOrder, outbox: Any, carrier: str = "UPSN") -> None:
    """Release, pick, pack and ship everything reserved for the order."""
    from gateway.oms import shipping
    from gateway.oms.lifecycle import Cause

    cause = Cause("warehouse", "test")
    shipping.release_to_warehouse(s, so, cause)
    shipping.pick(s, so, cause)
    shipping.pack(s, so, cause)
    shipping.ship(s, so, outbox, cause, carrier=carrier)
