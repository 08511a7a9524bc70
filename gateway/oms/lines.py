"""Order lines as plain rows while an order is placed: the lines just inserted are the data,
so the order-placing path neither reads them back nor builds ORM objects for them.

A `LineRow` has the attributes of `SalesOrderLine` and remembers which ones change;
`write_lines` writes those changes with Core updates. Functions that take order lines work
on either kind (they read and set the same attribute names).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Update, bindparam
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from gateway.oms.models import SalesOrderLine
from gateway.store import fastsql

__all__ = ["FIELDS", "LineRow", "set_written", "write_lines"]

_table = SalesOrderLine.__table__
FIELDS: tuple[str, ...] = tuple(c.key for c in _table.columns)


_BLANK = dict.fromkeys(FIELDS)


class LineRow:
    """One sales_order_line row held in memory; setting an attribute marks it to write."""

    def __init__(self, values: dict[str, Any]) -> None:
        # the instance dict filled in two C-level steps (twenty lines per order, each with
        # every column); `values` are rows just inserted, so their keys are column names
        d = self.__dict__
        d.update(_BLANK)
        d.update(values)
        d["_changed"] = set()

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        self._changed.add(name)

    @property
    def open_qty(self) -> Decimal:
        """Units still to allocate (ordered minus allocated minus cancelled)."""
        return self.quantity - self.allocated_qty - self.cancelled_qty

    def __repr__(self) -> str:
        return f"LineRow(id={self.id}, line_no={self.line_no!r}, route={self.route!r})"


def set_written(line: Any, name: str, value: Any) -> None:
    """Set an attribute the caller has already written to the database itself."""
    if isinstance(line, LineRow):
        object.__setattr__(line, name, value)
    else:
        set_committed_value(line, name, value)


_UPDATES: dict[frozenset[str], Update] = {}


def _update(names: frozenset[str]) -> Update:
    stmt = _UPDATES.get(names)
    if stmt is None:
        stmt = (
            _table.update()
            .where(_table.c.id == bindparam("line_id"))
            .values({n: bindparam(n) for n in sorted(names)})
        )
        _UPDATES[names] = stmt
    return stmt


def write_lines(session: Session, lines: list[Any]) -> None:
    """Write what changed on `LineRow`s (one executemany per set of changed attributes)."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for ln in lines:
        if not isinstance(ln, LineRow) or not ln._changed:
            continue
        names = frozenset(ln._changed)
        groups.setdefault(names, []).append(
            {"line_id": ln.id, **{n: getattr(ln, n) for n in names}}
        )
        ln._changed.clear()
    conn = session.connection()
    for names, rows in groups.items():
        fastsql.run(conn, _update(names), rows)
