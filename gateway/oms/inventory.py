"""Stock and reservations: allocation strategy, exact reservations under concurrency,
backorder release (oldest first) on receipt, consumption on shipment.

Exactness: stock rows are locked before they are read (`FOR UPDATE` on PostgreSQL; SQLite
write transactions are serialised by BEGIN IMMEDIATE) and every reservation is a guarded
`UPDATE ... WHERE on_hand - reserved >= q`, with CHECK constraints as the last line of defence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import bindparam, event, func, select, text, update
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

from gateway.errors import StateError
from gateway.oms.lines import set_written
from gateway.oms.models import (
    PurchaseOrderLine,
    Receipt,
    Reservation,
    SalesOrder,
    SalesOrderLine,
    Stock,
    Warehouse,
)
from gateway.store import events, fastsql

__all__ = [
    "StockRow",
    "allocate_lines",
    "consume",
    "forget_stock",
    "lock_stock",
    "receive_stock",
    "release_backorders",
    "release_reservations",
    "waiting_lines",
]

ZERO = Decimal(0)
ALLOCATABLE = ("stock", "buy", "part")
_stock = Stock.__table__
_res = Reservation.__table__
_RESERVATIONS = _res.insert()


@dataclass
class StockRow:
    id: int
    warehouse_id: int
    product_id: int
    priority: int
    free: Decimal


def _lock_statement(ids, *, for_update: bool):  # type: ignore[no-untyped-def]
    stmt = (
        select(
            Stock.id,
            Stock.warehouse_id,
            Stock.product_id,
            Warehouse.priority,
            Stock.on_hand - Stock.reserved,
        )
        .join(Warehouse, Warehouse.id == Stock.warehouse_id)
        .where(Stock.product_id.in_(ids), Warehouse.kind == "stock")
        .order_by(Stock.id)
    )
    return stmt.with_for_update(of=Stock) if for_update else stmt


# built once (every order runs them); SQLite needs no FOR UPDATE: its writers are serialised.
# One statement per size of id list (powers of two, the list padded with its last id) runs
# on the driver's cursor (fastsql); longer lists take the expanding IN.
_LOCK = {
    fu: _lock_statement(bindparam("ids", expanding=True), for_update=fu) for fu in (False, True)
}
_LOCK_SIZES = tuple(2**k for k in range(11))
_LOCK_BY_SIZE = {
    (fu, n): _lock_statement([bindparam(f"i{k}") for k in range(n)], for_update=fu)
    for fu in (False, True)
    for n in _LOCK_SIZES
}
_ALLOCATED = (
    SalesOrderLine.__table__.update()
    .where(SalesOrderLine.__table__.c.id == bindparam("lid"))
    .values(allocated_qty=bindparam("q"))
)
_PG_RESERVE = text(
    "UPDATE stock SET reserved = stock.reserved + v.q"
    " FROM unnest(CAST(:ids AS integer[]), CAST(:qs AS numeric[])) AS v(id, q)"
    " WHERE stock.id = v.id AND stock.on_hand - stock.reserved >= v.q"
)
_PG_ALLOCATED = text(
    "UPDATE sales_order_line SET allocated_qty = v.q"
    " FROM unnest(CAST(:ids AS integer[]), CAST(:qs AS numeric[])) AS v(id, q)"
    " WHERE sales_order_line.id = v.id"
)
_RESERVE = (
    _stock.update()
    .where(_stock.c.id == bindparam("sid"), _stock.c.on_hand - _stock.c.reserved >= bindparam("q"))
    .values(reserved=_stock.c.reserved + bindparam("q"))
)


_HELD = "gateway.stock_rows"  # session.info key: product id -> its locked rows, this transaction


def lock_stock(session: Session, product_ids: set[int]) -> dict[int, list[StockRow]]:
    """Lock and read the stock rows of these products in sellable warehouses, best first.

    Rows stay locked until the transaction ends (FOR UPDATE, or SQLite's one writer), so
    the rows read once are kept for the rest of the transaction and not read again (a
    batch of orders for the same products reads them once); reservations made here keep
    them current, and any other change to stock (or a rollback) drops them."""
    if not product_ids:
        return {}
    if session.autoflush:  # as an ORM query would: stock changed in this session counts
        session.flush()
    held: dict[int, list[StockRow]] = session.info.setdefault(_HELD, {})
    want = [pid for pid in product_ids if pid not in held]
    if want:
        _read_stock(session, want, held)
    return {pid: rows for pid in product_ids if (rows := held[pid])}


def _read_stock(session: Session, product_ids: list[int], held: dict[int, list[StockRow]]) -> None:
    conn = session.connection()
    for_update = conn.dialect.name != "sqlite"
    ids = sorted(product_ids)
    size = next((n for n in _LOCK_SIZES if n >= len(ids)), None)
    if size is None:
        found = conn.execute(_LOCK[for_update], {"ids": ids}).all()
    else:
        padded = ids + ids[-1:] * (size - len(ids))
        params = {f"i{k}": pid for k, pid in enumerate(padded)}
        found = fastsql.rows(conn, _LOCK_BY_SIZE[for_update, size], params)
    for pid in ids:
        held[pid] = []
    for row in found:
        held[row[2]].append(StockRow(row[0], row[1], row[2], row[3], Decimal(row[4])))
    for pid in ids:
        held[pid].sort(key=lambda r: (r.priority, r.warehouse_id))


def forget_stock(session: Session) -> None:
    """Drop the stock rows `lock_stock` keeps for this transaction (they are read again)."""
    session.info.pop(_HELD, None)


# Whatever else changes stock in a transaction (receipts, shipments, releases, new rows,
# an admin's edit) goes through the ORM: an update, insert or delete of the stock table, or
# a flush of Stock objects. A rolled-back savepoint may have undone reservations.
@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if _HELD in state.session.info and not state.is_select:
        table = getattr(state.statement, "table", None)
        if table is None or table.name == _stock.name:
            forget_stock(state.session)


@event.listens_for(Session, "before_flush")
def _on_flush(session: Session, _ctx: object, _instances: object) -> None:
    if _HELD in session.info and any(
        isinstance(o, Stock) for o in (*session.new, *session.dirty, *session.deleted)
    ):
        forget_stock(session)


@event.listens_for(Session, "after_soft_rollback")
def _on_rollback(session: Session, _previous: object) -> None:
    forget_stock(session)


@event.listens_for(Session, "after_transaction_end")
def _on_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost one (not a savepoint, not a flush's)
        forget_stock(session)


def _whole(units: Decimal) -> Decimal:
    return units.to_integral_value(rounding=ROUND_FLOOR)


def _plan(
    lines: list[SalesOrderLine], stock: dict[int, list[StockRow]]
) -> list[tuple[SalesOrderLine, StockRow, Decimal]]:
    """(line, stock row, order units) to reserve: all from one warehouse when one can fill every
    line, else each line split across warehouses in priority order."""
    wanted = [(ln, ln.open_qty) for ln in lines if ln.open_qty > 0 and ln.product_id]
    warehouses = sorted({r.warehouse_id for rows in stock.values() for r in rows})
    for wh in warehouses:
        picks = []
        # several lines may want the same product (twice ordered, or in a kit as well)
        used: dict[int, Decimal] = defaultdict(Decimal)
        for ln, qty in wanted:
            row = next((r for r in stock.get(ln.product_id, ()) if r.warehouse_id == wh), None)
            need = qty * ln.factor
            if row is None or row.free - used[row.id] < need:
                break
            used[row.id] += need
            picks.append((ln, row, qty))
        else:
            if picks:
                for ln, row, qty in picks:
                    row.free -= qty * ln.factor
                return picks
    out = []
    for ln, qty in wanted:
        left = qty
        for row in stock.get(ln.product_id, ()):
            take = min(left, _whole(row.free / ln.factor))
            if take <= 0:
                continue
            row.free -= take * ln.factor
            out.append((ln, row, take))
            left -= take
            if left <= 0:
                break
    return out


def allocate_lines(
    session: Session, lines: list[SalesOrderLine], stock: dict[int, list[StockRow]] | None = None
) -> Decimal:
    """Reserve what is free for `lines` (order units, whole units only); returns units reserved."""
    lines = [ln for ln in lines if ln.route in ALLOCATABLE and ln.ack_code != "IR"]
    if stock is None:
        stock = lock_stock(session, {ln.product_id for ln in lines if ln.product_id})
    picks = _plan(lines, stock)
    if not picks:
        return ZERO
    conn = session.connection()
    want: dict[int, Decimal] = defaultdict(Decimal)  # stock row -> base units, summed
    for ln, row, qty in picks:
        want[row.id] += qty * ln.factor
    if _update_by_id(conn, _PG_RESERVE, _RESERVE, "sid", want) != len(want):
        raise StateError(
            "stock changed while it was locked: reservation refused", code="reservation_race"
        )
    fastsql.run(
        conn,
        _RESERVATIONS,
        [
            {
                "line_id": ln.id,
                "warehouse_id": row.warehouse_id,
                "product_id": ln.product_id,
                "quantity": qty * ln.factor,
                "status": "active",
            }
            for ln, row, qty in picks
        ],
    )
    total = ZERO
    changed: dict[int, SalesOrderLine] = {}
    for ln, _row, qty in picks:
        # an unflushed change to the quantity is part of the value written here
        set_written(ln, "allocated_qty", ln.allocated_qty + qty)
        changed[ln.id] = ln
        total += qty
    # the new quantities go out in one Core executemany and are marked as already written,
    # so the unit of work has no line left to update for an allocation
    _update_by_id(
        conn, _PG_ALLOCATED, _ALLOCATED, "lid", {i: ln.allocated_qty for i, ln in changed.items()}
    )
    return total


def _update_by_id(conn, pg, many, key: str, values: dict[int, Decimal]) -> int:  # type: ignore[no-untyped-def]
    """Run an update for every (id, quantity): on PostgreSQL one statement over unnest()ed
    arrays (an executemany there is a statement per row), elsewhere an executemany.
    Returns the rows updated."""
    if conn.dialect.name == "postgresql":
        return conn.execute(pg, {"ids": list(values), "qs": list(values.values())}).rowcount
    return fastsql.run(conn, many, [{key: k, "q": q} for k, q in values.items()]).rowcount


def release_reservations(session: Session, line: SalesOrderLine) -> Decimal:
    """Give back the line's active reservations (cancel, quantity change); returns base units."""
    rows = session.execute(
        select(Reservation.id, Reservation.warehouse_id, Reservation.quantity).where(
            Reservation.line_id == line.id, Reservation.status == "active"
        )
    ).all()
    total = ZERO
    for rid, wh, qty in rows:
        session.execute(
            update(Stock)
            .where(Stock.warehouse_id == wh, Stock.product_id == line.product_id)
            .values(reserved=Stock.reserved - qty)
        )
        session.execute(update(Reservation).where(Reservation.id == rid).values(status="released"))
        total += qty
    line.allocated_qty -= total / line.factor
    return total


def consume(session: Session, line: SalesOrderLine, base_qty: Decimal) -> list[tuple[int, Decimal]]:
    """Take `base_qty` out of stock from the line's reservations (shipping); returns
    (warehouse id, base units) taken. Refuses more than is reserved."""
    rows = session.execute(
        select(Reservation.id, Reservation.warehouse_id, Reservation.quantity)
        .where(Reservation.line_id == line.id, Reservation.status == "active")
        .order_by(Reservation.id)
    ).all()
    if sum((r[2] for r in rows), ZERO) < base_qty:
        raise StateError(
            f"line {line.line_no}: cannot ship {base_qty} base units, only"
            f" {sum((r[2] for r in rows), ZERO)} reserved",
            code="not_reserved",
        )
    left, taken = base_qty, []
    for rid, wh, qty in rows:
        if left <= 0:
            break
        take = min(left, qty)
        session.execute(
            update(Stock)
            .where(Stock.warehouse_id == wh, Stock.product_id == line.product_id)
            .values(reserved=Stock.reserved - take, on_hand=Stock.on_hand - take)
        )
        session.execute(
            update(Reservation)
            .where(Reservation.id == rid)
            .values(quantity=qty - take, status="active" if qty > take else "done")
        )
        taken.append((wh, take))
        left -= take
    return taken


def waiting_lines(session: Session, product_id: int) -> list[SalesOrderLine]:
    """Backordered lines of a product, oldest order first."""
    from gateway.oms.lifecycle import BACKORDER_STATES

    return list(
        session.scalars(
            select(SalesOrderLine)
            .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .where(
                SalesOrderLine.product_id == product_id,
                SalesOrderLine.route.in_(ALLOCATABLE),
                SalesOrderLine.ack_code != "IR",
                SalesOrderLine.quantity
                - SalesOrderLine.allocated_qty
                - SalesOrderLine.cancelled_qty
                > 0,
                SalesOrder.status.in_(BACKORDER_STATES),
            )
            .order_by(SalesOrder.created_at, SalesOrder.id, SalesOrderLine.id)
        )
    )


def release_backorders(session: Session, product_id: int) -> list[SalesOrder]:
    """Allocate newly free stock to waiting lines, oldest order first; returns orders touched."""
    touched: dict[int, SalesOrder] = {}
    stock = lock_stock(session, {product_id})
    for line in waiting_lines(session, product_id):
        if not any(r.free >= line.factor for r in stock.get(product_id, ())):
            break
        if allocate_lines(session, [line], stock) > 0:
            touched[line.order_id] = line.order
    return list(touched.values())


def receive_stock(
    session: Session,
    *,
    product_id: int,
    warehouse_id: int,
    quantity: Decimal,
    po_line: PurchaseOrderLine | None = None,
    actor: str = "system",
) -> Receipt:
    """Book `quantity` base units into a warehouse (PO receipt, return, adjustment)."""
    if quantity <= 0:
        raise StateError(f"receipt quantity {quantity} must be positive", code="bad_quantity")
    exists = session.scalar(
        select(Stock.id).where(Stock.warehouse_id == warehouse_id, Stock.product_id == product_id)
    )
    if exists is None:
        session.add(
            Stock(
                warehouse_id=warehouse_id,
                product_id=product_id,
                on_hand=ZERO,
                reserved=ZERO,
                incoming=ZERO,
            )
        )
        session.flush()
    values = {"on_hand": Stock.on_hand + quantity}
    if po_line is not None:
        values["incoming"] = (
            func.max(Stock.incoming - quantity, 0)
            if session.get_bind().dialect.name == "sqlite"
            else func.greatest(Stock.incoming - quantity, 0)
        )
        po_line.received_qty += quantity
    session.execute(
        update(Stock)
        .where(Stock.warehouse_id == warehouse_id, Stock.product_id == product_id)
        .values(**values)
    )
    receipt = Receipt(
        po_line_id=po_line.id if po_line else None,
        warehouse_id=warehouse_id,
        product_id=product_id,
        quantity=quantity,
    )
    session.add(receipt)
    events.record(
        session,
        "stock.received",
        actor=actor,
        detail=f"{quantity} of product {product_id} into warehouse {warehouse_id}",
    )
    return receipt
