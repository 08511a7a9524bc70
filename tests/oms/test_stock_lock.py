"""lock_stock reads the same rows whatever the number of products: one prebuilt statement
per power-of-two list length (the list padded), the expanding IN beyond the largest."""

from __future__ import annotations

from sqlalchemy import select

from gateway.oms import inventory
from gateway.oms.models import Stock


def _plain(found):
    return {
        pid: [(r.id, r.warehouse_id, r.priority, r.free) for r in rows]
        for pid, rows in found.items()
    }


def test_every_list_length_reads_the_same_rows(oms):
    with oms.db.transaction() as s:
        stocked = sorted(set(s.scalars(select(Stock.product_id))))
        assert len(stocked) >= 3
        expanding = inventory._LOCK[s.connection().dialect.name != "sqlite"]
        for ids in (stocked[:1], stocked[:3], stocked, stocked + list(range(10**6, 10**6 + 1100))):
            want: dict[int, list] = {}
            for row in s.connection().execute(expanding, {"ids": sorted(ids)}):
                want.setdefault(row[2], []).append((row[0], row[1], row[3], row[4]))
            for rows in want.values():
                rows.sort(key=lambda r: (r[2], r[1]))
            assert _plain(inventory.lock_stock(s, set(ids))) == want
