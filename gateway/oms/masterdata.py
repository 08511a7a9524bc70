"""Master data (accounts, products, crosswalk, conversions, price rules, tax rates) read once
per transaction, so a batch of orders placed in one transaction loads each row once.

The cache lives in `session.info` and is dropped whenever the session writes master data
(flush or Core statement) or rolls anything back, so a change made earlier in the same
transaction is always seen.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from gateway.oms.models import (
    Customer,
    ItemCrosswalk,
    KitComponent,
    PartnerIdentifier,
    PriceList,
    PriceRule,
    Product,
    ShipTo,
    TaxJurisdiction,
    UomConversion,
    Vendor,
)

__all__ = ["MASTER_TYPES", "cached", "forget"]

MASTER_TYPES = (
    Customer,
    ShipTo,
    PartnerIdentifier,
    Vendor,
    Product,
    UomConversion,
    ItemCrosswalk,
    KitComponent,
    PriceList,
    PriceRule,
    TaxJurisdiction,
)
_MASTER_TABLES = frozenset(t.__table__.name for t in MASTER_TYPES)
_KEY = "oms_master"


def cached(session: Session, name: str) -> dict[Any, Any]:
    """The transaction's cache called `name` (empty after any master-data write)."""
    return session.info.setdefault(_KEY, {}).setdefault(name, {})


def forget(session: Session) -> None:
    session.info.pop(_KEY, None)


@event.listens_for(Session, "before_flush")
def _on_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if _KEY in session.info and any(
        isinstance(o, MASTER_TYPES) for o in chain(session.new, session.dirty, session.deleted)
    ):
        forget(session)


@event.listens_for(Session, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if _KEY not in state.session.info or state.is_select:
        return
    table = getattr(state.statement, "table", None)
    if table is None or getattr(table, "name", None) in _MASTER_TABLES:
        forget(state.session)


@event.listens_for(Session, "after_soft_rollback")
def _on_rollback(session: Session, _previous: Any) -> None:
    forget(session)
