"""Reservations stay exact when several worker processes allocate the same scarce product:
stock never goes negative and no unit is reserved twice."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from oms_helpers import place_many
from sqlalchemy import func, select, update

from gateway.oms.models import Reservation, SalesOrderLine, Stock

WORKERS, ORDERS, QTY = 4, 12, "3"


@pytest.mark.parametrize("mode", ["processes", "threads"])
def test_concurrent_workers_never_oversell(oms_db, mode):
    with oms_db.transaction() as s:  # 50 + 20 widgets for 4 x 12 x 3 = 144 wanted
        s.execute(update(Stock).where(Stock.id == 1).values(on_hand=Decimal(50)))
        s.execute(update(Stock).where(Stock.id == 2).values(on_hand=Decimal(20)))
    args = [(oms_db.url, w, ORDERS, QTY) for w in range(WORKERS)]
    if mode == "processes":
        with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
            results = pool.starmap(place_many, args)
    else:
        with ThreadPoolExecutor(WORKERS) as pool:
            results = list(pool.map(lambda a: place_many(*a), args))
    statuses = [st for r in results for st in r]
    assert len(statuses) == WORKERS * ORDERS
    with oms_db.reading() as s:
        rows = s.scalars(select(Stock).where(Stock.product_id == 1)).all()
        for row in rows:
            assert Decimal(0) <= row.reserved <= row.on_hand
            held = s.scalar(
                select(func.coalesce(func.sum(Reservation.quantity), 0)).where(
                    Reservation.warehouse_id == row.warehouse_id,
                    Reservation.product_id == 1,
                    Reservation.status == "active",
                )
            )
            assert Decimal(held) == row.reserved  # every reserved unit has exactly one owner
        assert sum(r.reserved for r in rows) == Decimal(70)  # all of it, and no more
        allocated = s.scalar(select(func.sum(SalesOrderLine.allocated_qty)))
        assert Decimal(allocated) == Decimal(70)
    assert statuses.count("allocated") == 70 // 3
    assert statuses.count("partially_allocated") == 1  # the order that got the last unit
    assert statuses.count("backordered") == WORKERS * ORDERS - 70 // 3 - 1
