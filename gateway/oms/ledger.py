"""The general ledger: balanced journal entries and account balances.

Accounts: AR (receivables), REVENUE, RETURNS (sales returns, contra revenue), TAX (tax
payable), CASH, UNAPPLIED (customer money or credit not yet set against an invoice).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.errors import StateError
from gateway.oms.models import JournalEntry, JournalLine

__all__ = ["ACCOUNTS", "balance", "post", "trial_balance"]

ACCOUNTS = ("AR", "REVENUE", "RETURNS", "TAX", "CASH", "UNAPPLIED")
ZERO = Decimal(0)


def post(
    session: Session,
    source: str,
    date: dt.date,
    lines: list[tuple[str, Decimal, Decimal]],
    *,
    customer_id: int | None = None,
    memo: str = "",
) -> JournalEntry:
    """Book (account, debit, credit) lines as one entry; refuses an unbalanced entry."""
    lines = [(a, d, c) for a, d, c in lines if d or c]
    debit = sum((d for _, d, _ in lines), ZERO)
    credit = sum((c for _, _, c in lines), ZERO)
    if debit != credit:
        raise StateError(
            f"journal entry {source} does not balance: debit {debit} != credit {credit}",
            code="unbalanced",
        )
    for account, _, _ in lines:
        if account not in ACCOUNTS:
            raise StateError(f"unknown account {account!r}", code="unknown_account")
    entry = JournalEntry(source=source, date=date, memo=memo)
    session.add(entry)
    session.flush()
    session.add_all(
        JournalLine(entry_id=entry.id, account=a, debit=d, credit=c, customer_id=customer_id)
        for a, d, c in lines
    )
    return entry


def balance(session: Session, account: str, *, customer_id: int | None = None) -> Decimal:
    """Debit minus credit of an account (optionally for one customer)."""
    stmt = select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0)).where(
        JournalLine.account == account
    )
    if customer_id is not None:
        stmt = stmt.where(JournalLine.customer_id == customer_id)
    return Decimal(session.scalar(stmt) or 0)


def trial_balance(session: Session) -> dict[str, Decimal]:
    """Every account's debit-minus-credit; the values sum to zero when the books balance."""
    rows = session.execute(
        select(JournalLine.account, func.sum(JournalLine.debit - JournalLine.credit)).group_by(
            JournalLine.account
        )
    )
    return {a: Decimal(v) for a, v in rows}
