"""Prices and tax: contract prices, list prices with quantity breaks, date-bounded promotions,
the per-partner price tolerance, and tax by the ship-to's jurisdiction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gateway.oms.masterdata import cached
from gateway.oms.models import Customer, PriceRule, ShipTo, TaxJurisdiction

__all__ = ["CENT", "PriceBook", "PriceCheck", "check_price", "money", "tax_rate"]

CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    """Round to cents, half up (the way invoices are printed)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class PriceBook:
    """Every rule that may price the given products for one customer, loaded in one query
    (rules already read in this transaction are not read again)."""

    def __init__(self, session: Session, customer: Customer, product_ids: Iterable[int]) -> None:
        self.customer = customer
        ids = set(product_ids)
        # (customer, price list) -> product id -> its rules
        book = cached(session, "price_rules").setdefault((customer.id, customer.price_list_id), {})
        self.rules: dict[int, list[PriceRule]] = book
        want = ids - book.keys()
        if not want:
            return
        for pid in want:
            book[pid] = []
        lists = [PriceRule.price_list_id.is_(None)]
        if customer.price_list_id is not None:
            lists.append(PriceRule.price_list_id == customer.price_list_id)
        stmt = select(PriceRule).where(
            PriceRule.product_id.in_(want),
            or_(
                PriceRule.customer_id == customer.id,
                (PriceRule.customer_id.is_(None)) & or_(*lists),
            ),
        )
        for rule in session.scalars(stmt):
            book[rule.product_id].append(rule)

    def unit_price(self, product_id: int, base_qty: Decimal, on: dt.date) -> Decimal | None:
        """Our price per base unit: the customer's contract if any applies, else the lower of
        list (best quantity break) and a running promotion."""
        valid = [
            r
            for r in self.rules.get(product_id, ())
            if r.min_qty <= base_qty
            and (r.valid_from is None or r.valid_from <= on)
            and (r.valid_to is None or on <= r.valid_to)
        ]
        contract = [r for r in valid if r.kind == "contract"]
        pool = contract or valid
        if not pool:
            return None
        return min(r.unit_price for r in pool)


@dataclass(frozen=True, slots=True)
class PriceCheck:
    """The outcome for one line: the price we confirm and the X12 ACK01 code that says so."""

    price: Decimal
    code: str  # IA accepted, IP price changed, IR rejected, or "" (hold the order)
    reason: str = ""


def check_price(ours: Decimal, theirs: Decimal | None, customer: Customer) -> PriceCheck:
    """Compare the partner's price with ours under the customer's tolerance (percent of ours)."""
    if theirs is None:
        return PriceCheck(ours, "IA")
    if ours == 0:
        return PriceCheck(theirs, "IA")
    off = abs(theirs - ours) / ours * 100
    if off <= customer.price_tolerance_pct:
        return PriceCheck(theirs, "IA")
    why = (
        f"PO price {theirs} differs from ours {ours} by {off.quantize(CENT)}%"
        f" (tolerance {customer.price_tolerance_pct.normalize()}%)"
    )
    action = customer.price_mismatch
    if action == "reject":
        return PriceCheck(theirs, "IR", why)
    if action == "hold":
        return PriceCheck(theirs, "", why)
    return PriceCheck(ours, "IP", why)


def tax_rate(session: Session, customer: Customer, ship_to: ShipTo | None) -> Decimal:
    """The sales tax rate of the ship-to's jurisdiction (0 for exempt customers)."""
    if customer.tax_exempt or ship_to is None or ship_to.jurisdiction_id is None:
        return Decimal(0)
    rates = cached(session, "tax_rates")
    jid = ship_to.jurisdiction_id
    if jid not in rates:
        rates[jid] = session.scalar(select(TaxJurisdiction.rate).where(TaxJurisdiction.id == jid))
    rate = rates[jid]
    return rate if rate is not None else Decimal(0)
