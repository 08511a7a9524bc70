"""Customer accounts: map a partner's parties to account and ship-to, credit checks, search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, func, literal, or_, select
from sqlalchemy.orm import Session

from gateway.canonical import Party
from gateway.errors import BusinessError
from gateway.oms.lifecycle import OPEN_STATES
from gateway.oms.masterdata import cached
from gateway.oms.models import (
    Customer,
    CustomerOpenOrders,
    Invoice,
    PartnerIdentifier,
    SalesOrder,
    ShipTo,
)
from gateway.store import fastsql

__all__ = [
    "Account",
    "CreditCheck",
    "credit_check",
    "find_account",
    "order_history",
    "receivables",
    "search_customers",
]


@dataclass(frozen=True, slots=True)
class Account:
    customer: Customer
    ship_to: ShipTo | None
    problem: str = ""  # why the ship-to could not be mapped (the order goes on address hold)


def find_account(
    session: Session, partner_id: str, default_customer: str, ship_to: Party | None
) -> Account:
    """The customer and ship-to a partner's document is for.

    A ship-to party's identifier registered for the partner (N1*ST*..*92*0118) names both;
    otherwise the partner profile's customer account is used, and the ship-to is its location
    with that code. An unknown ship-to code is not a refusal: the order is held for address.
    """
    key = (partner_id, default_customer, ship_to.id_qualifier, ship_to.id) if ship_to else None
    accounts = cached(session, "accounts")
    account = accounts.get(key or (partner_id, default_customer))
    if account is None:
        account = _find_account(session, partner_id, default_customer, ship_to)
        accounts[key or (partner_id, default_customer)] = account
    return account


def _find_account(
    session: Session, partner_id: str, default_customer: str, ship_to: Party | None
) -> Account:
    if ship_to is not None and ship_to.id:
        hit = session.execute(
            select(Customer, ShipTo)
            .join(PartnerIdentifier, PartnerIdentifier.customer_id == Customer.id)
            .outerjoin(ShipTo, ShipTo.id == PartnerIdentifier.ship_to_id)
            .where(
                PartnerIdentifier.partner_id == partner_id,
                PartnerIdentifier.qualifier == ship_to.id_qualifier,
                PartnerIdentifier.value == ship_to.id,
            )
        ).first()
        if hit is not None:
            return Account(hit[0], hit[1])
    customer = session.scalar(select(Customer).where(Customer.number == default_customer))
    if customer is None:
        raise BusinessError(
            f"unknown customer account {default_customer!r} for partner {partner_id}",
            code="unknown_customer",
        )
    if ship_to is None or not ship_to.id:
        return Account(customer, None)
    st = session.scalar(
        select(ShipTo).where(ShipTo.customer_id == customer.id, ShipTo.code == ship_to.id)
    )
    if st is None:
        return Account(
            customer,
            None,
            f"unknown ship-to location {ship_to.id_qualifier}"
            f" {ship_to.id} ({ship_to.name}) for {customer.number}",
        )
    return Account(customer, st)


def receivables(session: Session, customer_id: int) -> Decimal:
    """Open balance of the customer's posted invoices."""
    return session.scalar(
        select(func.coalesce(func.sum(Invoice.total - Invoice.paid), 0)).where(
            Invoice.customer_id == customer_id,
            Invoice.kind == "invoice",
            Invoice.status == "posted",
        )
    ) or Decimal(0)


def _exposure_statement():  # type: ignore[no-untyped-def]
    """(oldest posted invoice due before :cutoff and not paid, open receivables, open orders
    other than :exclude, what of those orders is invoiced) for customer :cid."""
    cid, exclude, cutoff = bindparam("cid"), bindparam("exclude"), bindparam("cutoff")
    posted = (Invoice.customer_id == cid, Invoice.kind == "invoice", Invoice.status == "posted")
    # the open states as literals (not one expanding list): the statement runs on the
    # driver's cursor (fastsql), compiled once
    customers_open = (
        SalesOrder.customer_id == cid,
        SalesOrder.status.in_([literal(state) for state in OPEN_STATES]),
    )
    overdue = select(func.min(Invoice.due_date)).where(
        *posted, Invoice.due_date < cutoff, Invoice.total > Invoice.paid
    )
    owed = select(func.coalesce(func.sum(Invoice.total - Invoice.paid), 0)).where(*posted)
    # one row kept by triggers (see CustomerOpenOrders): summing the open orders here
    # grew with the customer's backlog, for every order placed
    ordered = select(func.coalesce(func.sum(CustomerOpenOrders.total), 0)).where(
        CustomerOpenOrders.customer_id == cid
    )
    # ... less the order being checked, which counts as the amount asked about
    excluded = select(func.coalesce(func.sum(SalesOrder.total), 0)).where(
        SalesOrder.id == exclude, *customers_open
    )
    # invoices first (few, by customer): the open orders are looked at only for those
    invoiced = (
        select(func.coalesce(func.sum(Invoice.total), 0))
        .join(SalesOrder, SalesOrder.id == Invoice.order_id)
        .where(
            Invoice.customer_id == cid,
            Invoice.kind == "invoice",
            SalesOrder.id != exclude,
            *customers_open,
        )
    )
    return select(
        overdue.scalar_subquery(),
        owed.scalar_subquery(),
        ordered.scalar_subquery(),
        excluded.scalar_subquery(),
        invoiced.scalar_subquery(),
    )


# built once: every order's credit check runs it
_EXPOSURE = _exposure_statement()
_MONEY_SCALE = Decimal("0.0001")  # the scale of Money columns


def _exposure(
    session: Session, customer: Customer, exclude: int | None, cutoff: dt.date
) -> tuple[dt.date | None, Decimal]:
    """(oldest invoice overdue beyond `cutoff`, open receivables + open orders not yet
    invoiced) in one statement."""
    (row,) = fastsql.rows(
        session.connection(),
        _EXPOSURE,
        {"cid": customer.id, "exclude": exclude or 0, "cutoff": cutoff},
    )
    owed, ordered, excluded, invoiced = (Decimal(v or 0) for v in row[1:])
    # SQLite keeps money as floating point: the kept sum is rounded back to money's scale
    exposure = owed + ordered - excluded - invoiced
    return row[0], exposure.quantize(_MONEY_SCALE)


@dataclass(frozen=True, slots=True)
class CreditCheck:
    ok: bool
    reason: str
    exposure: Decimal


def credit_check(
    session: Session,
    customer: Customer,
    amount: Decimal,
    *,
    order_id: int | None = None,
    today: dt.date | None = None,
) -> CreditCheck:
    """Open receivables + open orders + this order against the limit; overdue beyond grace."""
    today = today or dt.date.today()
    if customer.credit_hold:
        return CreditCheck(False, f"customer {customer.number} is on credit hold", Decimal(0))
    cutoff = today - dt.timedelta(days=customer.overdue_grace_days)
    overdue, exposure = _exposure(session, customer, order_id, cutoff)
    if overdue is not None:
        return CreditCheck(
            False,
            f"invoice due {overdue} is overdue beyond the {customer.overdue_grace_days}-day grace",
            Decimal(0),
        )
    total = exposure + amount
    if total > customer.credit_limit:
        return CreditCheck(
            False,
            f"exposure {total} (open {exposure} + this order {amount})"
            f" exceeds credit limit {customer.credit_limit}",
            total,
        )
    return CreditCheck(True, "", total)


def search_customers(session: Session, text: str, *, limit: int = 50) -> list[Customer]:
    """Customers by name or number (contains), or by a partner identifier (exact)."""
    like = f"%{text}%"
    by_ident = select(PartnerIdentifier.customer_id).where(PartnerIdentifier.value == text)
    return list(
        session.scalars(
            select(Customer)
            .where(
                or_(
                    Customer.name.ilike(like),
                    Customer.number.ilike(like),
                    Customer.id.in_(by_ident),
                )
            )
            .order_by(Customer.number)
            .limit(limit)
        )
    )


def order_history(session: Session, customer_id: int, *, limit: int = 100) -> list[SalesOrder]:
    """The customer's orders, newest first (children's orders included for a parent account)."""
    children = select(Customer.id).where(Customer.parent_id == customer_id)
    return list(
        session.scalars(
            select(SalesOrder)
            .where(or_(SalesOrder.customer_id == customer_id, SalesOrder.customer_id.in_(children)))
            .order_by(SalesOrder.id.desc())
            .limit(limit)
        )
    )
