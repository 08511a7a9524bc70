"""Stock rows locked in a transaction are read once and kept (a batch of orders for the
same products reads them once); reservations keep them current, and every other change to
stock in the transaction (a receipt, an edit, a rolled-back savepoint) is seen by the next
allocation, as is anything committed before a later transaction of the same session."""

from __future__ import annotations

from decimal import Decimal

import pytest
from oms_helpers import TODAY, order, widgets
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from gateway.oms import inventory
from gateway.oms.lifecycle import Cause
from gateway.oms.models import Reservation, Stock, Warehouse
from gateway.oms.orders import place_order
from gateway.oms.outbox import Collected
from gateway.oms.purchasing import release_backorders

WIDGET = 1  # WID-100: 500 at MAIN, 200 at EAST in the demo data


def _stock_of(s: Session, main: str, east: str) -> None:
    for code, qty in (("MAIN", main), ("EAST", east)):
        wid = s.scalar(select(Warehouse.id).where(Warehouse.code == code))
        s.execute(
            update(Stock)
            .where(Stock.product_id == WIDGET, Stock.warehouse_id == wid)
            .values(on_hand=Decimal(qty), reserved=Decimal(0))
        )


def _place(s: Session, po: str, qty: str) -> str:
    return place_order(
        s, order(po, widgets(qty)), customer_number="ACME", outbox=Collected(), today=TODAY
    ).status


def _reserved(s: Session) -> tuple[Decimal, Decimal]:
    """(stock.reserved, sum of active reservations) of the widget over all warehouses."""
    stock = s.scalar(select(func.sum(Stock.reserved)).where(Stock.product_id == WIDGET))
    held = s.scalar(
        select(func.coalesce(func.sum(Reservation.quantity), 0)).where(
            Reservation.product_id == WIDGET, Reservation.status == "active"
        )
    )
    return Decimal(stock), Decimal(held)


def _count_stock_reads(s: Session) -> list[str]:
    """SQL texts of the stock reads run on this session's SQLite connection from now on."""
    seen: list[str] = []
    raw = s.connection().connection.driver_connection
    raw.set_trace_callback(
        lambda sql: seen.append(sql) if "FROM stock JOIN warehouse" in sql else None
    )
    return seen


def test_orders_in_one_transaction_share_the_locked_rows(oms_db):
    with oms_db.transaction() as s:
        _stock_of(s, "10", "0")
    with oms_db.transaction() as s:
        reads = _count_stock_reads(s) if oms_db.is_sqlite else None
        statuses = [_place(s, f"H-{i}", "3") for i in range(5)]
        assert statuses == ["allocated"] * 3 + ["partially_allocated", "backordered"]
        assert _reserved(s) == (Decimal(10), Decimal(10))
        if reads is not None:
            assert len(reads) == 1, reads  # read once for the five orders
    with oms_db.reading() as s:
        assert _reserved(s) == (Decimal(10), Decimal(10))


def test_a_receipt_in_the_same_transaction_is_seen(oms_db):
    with oms_db.transaction() as s:
        _stock_of(s, "10", "0")
    with oms_db.transaction() as s:
        assert _place(s, "R-1", "12") == "partially_allocated"
        main = s.scalar(select(Warehouse.id).where(Warehouse.code == "MAIN"))
        inventory.receive_stock(s, product_id=WIDGET, warehouse_id=main, quantity=Decimal(5))
        touched = release_backorders(s, WIDGET, Cause("test", "receipt"))
        assert [so.status for so in touched] == ["allocated"]
        assert _reserved(s) == (Decimal(12), Decimal(12))
        assert _place(s, "R-2", "3") == "allocated"  # the 3 left of the receipt
        assert _place(s, "R-3", "1") == "backordered"


def test_an_edit_of_a_stock_row_is_seen(oms_db):
    with oms_db.transaction() as s:
        _stock_of(s, "4", "0")
    with oms_db.transaction() as s:
        assert _place(s, "E-1", "4") == "allocated"
        row = s.scalar(select(Stock).where(Stock.product_id == WIDGET).order_by(Stock.id))
        row.on_hand += Decimal(6)  # an admin's adjustment
        s.flush()
        assert _place(s, "E-2", "6") == "allocated"
        assert _reserved(s) == (Decimal(10), Decimal(10))


def test_a_rolled_back_savepoint_gives_its_units_back(oms_db):
    with oms_db.transaction() as s:
        _stock_of(s, "5", "0")
    with oms_db.transaction() as s:
        with pytest.raises(RuntimeError), s.begin_nested():
            assert _place(s, "S-1", "5") == "allocated"
            raise RuntimeError("this order is undone")
        assert _place(s, "S-2", "5") == "allocated"
        assert _reserved(s) == (Decimal(5), Decimal(5))


def test_a_later_transaction_of_the_same_session_reads_again(oms_db):
    with oms_db.transaction() as s:
        _stock_of(s, "3", "0")
    with Session(oms_db.engine) as s:
        with s.begin():
            assert _place(s, "L-1", "3") == "allocated"
        with oms_db.transaction() as other:  # committed meanwhile by someone else
            _stock_of(other, "8", "0")
        with s.begin():
            assert _place(s, "L-2", "8") == "allocated"
