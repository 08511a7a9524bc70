"""Invoices from shipments (posted with journal entries, due dates from terms), batch
invoicing, returns with credit notes, payments allocated across invoices, refunds."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import Invoice as InvoiceDoc
from gateway.canonical import InvoiceLine as InvoiceLineDoc
from gateway.canonical import ItemId, TaxLine
from gateway.errors import BusinessError, StateError
from gateway.oms import inventory, ledger
from gateway.oms.lifecycle import Cause, move, order_event
from gateway.oms.models import (
    Customer,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAllocation,
    ReturnAuthorisation,
    ReturnLine,
    SalesOrder,
    SalesOrderLine,
    Shipment,
    Warehouse,
)
from gateway.oms.outbox import Outbox
from gateway.oms.pricing import money
from gateway.store import events

__all__ = [
    "allocate_payment",
    "authorise_return",
    "credit_note",
    "due_date",
    "invoice_shipment",
    "invoice_shipped",
    "receive_return",
    "refund",
    "register_payment",
]

ZERO = Decimal(0)


def _n(value: Decimal) -> str:
    """A quantity or amount without trailing zeros, for messages."""
    return f"{value.normalize():f}"


def due_date(terms: str, invoice_date: dt.date) -> dt.date:
    """NET30 -> +30 days; 2/10NET30 -> +30 days (the 2 % discount applies within 10)."""
    m = re.search(r"NET\s*(\d+)", terms.upper())
    return invoice_date + dt.timedelta(days=int(m.group(1)) if m else 30)


def _number(session: Session, obj, prefix: str) -> None:  # type: ignore[no-untyped-def]
    session.flush()
    obj.number = f"{prefix}{obj.id:08d}"


_PREFIX = {"invoice": "INV", "credit": "CN"}


def _new_document(
    session: Session, so: SalesOrder, kind: str, day: dt.date, due: dt.date | None, **refs: int
) -> Invoice:
    """A numbered draft invoice or credit note of the order's customer."""
    doc = Invoice(
        number=f"TMP-{uuid.uuid4().hex[:20]}",
        kind=kind,
        customer_id=so.customer_id,
        order_id=so.id,
        status="draft",
        invoice_date=day,
        due_date=due,
        paid=ZERO,
        **refs,
    )
    session.add(doc)
    _number(session, doc, _PREFIX[kind])
    return doc


def _fill(session: Session, doc: Invoice, quantities: list[tuple[SalesOrderLine, Decimal]]) -> None:
    """Lines at the order's prices and tax rates, then totals as the sums of the lines."""
    for ln, qty in quantities:
        amount = money(qty * (ln.unit_price or ZERO))
        session.add(
            InvoiceLine(
                invoice_id=doc.id,
                line_id=ln.id,
                quantity=qty,
                unit_price=ln.unit_price or ZERO,
                amount=amount,
                tax_rate=ln.tax_rate,
                tax_amount=money(amount * ln.tax_rate),
            )
        )
    session.flush()
    session.refresh(doc)
    doc.subtotal = sum((il.amount for il in doc.lines), ZERO)
    doc.tax = sum((il.tax_amount for il in doc.lines), ZERO)
    doc.total = doc.subtotal + doc.tax


def _doc(
    session: Session,
    inv: Invoice,
    so: SalesOrder,
    lines: dict[int, SalesOrderLine],
    *,
    shipment: str = "",
) -> InvoiceDoc:
    out, taxes = [], []
    for il in inv.lines:
        ln = lines[il.line_id]
        ids = tuple(
            ItemId(k, v)
            for k, v in (("upc", ln.gtin), ("vendor", ln.vendor_item), ("buyer", ln.buyer_item))
            if v
        )
        tax = (TaxLine("sales", il.tax_rate, il.tax_amount),) if il.tax_amount else ()
        out.append(
            InvoiceLineDoc(
                ln.line_no, il.quantity, ln.unit, il.unit_price, il.amount, ids, ln.description, tax
            )
        )
    if inv.tax:
        rates = {il.tax_rate for il in inv.lines if il.tax_amount}
        taxes.append(TaxLine("sales", rates.pop() if len(rates) == 1 else ZERO, inv.tax))
    customer = session.get(Customer, inv.customer_id)
    doc = InvoiceDoc(
        partner_id=so.partner_id,
        number=inv.number,
        invoice_date=inv.invoice_date,
        po_number=so.po_number,
        lines=tuple(out),
        total=inv.total,
        currency=so.currency,
        terms=customer.terms if customer else "",
        due_date=inv.due_date,
        taxes=tuple(taxes),
        credit_note=inv.kind == "credit",
        shipment_id=shipment,
    )
    doc.check_totals()
    return doc


def invoice_shipment(
    session: Session, sh: Shipment, outbox: Outbox, cause: Cause, *, today: dt.date | None = None
) -> Invoice:
    """Invoice one shipped shipment and post it: Dr AR, Cr REVENUE, Cr TAX."""
    today = today or dt.date.today()
    if sh.status != "shipped":
        raise StateError(f"shipment {sh.number} is {sh.status}, not shipped", code="not_shipped")
    if sh.invoiced:
        raise StateError(f"shipment {sh.number} is invoiced already", code="already_invoiced")
    so = session.get(SalesOrder, sh.order_id)
    assert so is not None
    customer = session.get(Customer, so.customer_id)
    assert customer is not None
    lines = {ln.id: ln for ln in so.lines}
    inv = _new_document(
        session, so, "invoice", today, due_date(customer.terms, today), shipment_id=sh.id
    )
    qty_by_line: dict[int, Decimal] = {}
    for sl in sh.lines:
        ln = lines[sl.line_id]
        key = ln.parent_line_id or ln.id
        if ln.parent_line_id is None:
            qty_by_line[key] = qty_by_line.get(key, ZERO) + sl.quantity
    for kit in (ln for ln in so.lines if ln.route == "kit"):
        billed = _billed(session, kit.id)
        if kit.shipped_qty > billed:
            qty_by_line[kit.id] = kit.shipped_qty - billed
    _fill(session, inv, [(lines[line_id], qty) for line_id, qty in qty_by_line.items()])
    sh.invoiced = True
    _post(session, inv, cause)
    if so.status == "shipped" and _all_invoiced(session, so):
        move(session, so, "invoiced", cause)
    outbox(_doc(session, inv, so, lines, shipment=sh.number), order_id=so.id)
    return inv


def _billed(session: Session, line_id: int) -> Decimal:
    return sum(
        session.scalars(
            select(InvoiceLine.quantity)
            .join(Invoice)
            .where(InvoiceLine.line_id == line_id, Invoice.kind == "invoice")
        ),
        ZERO,
    )


def _all_invoiced(session: Session, so: SalesOrder) -> bool:
    return (
        session.scalar(
            select(Shipment.id).where(
                Shipment.order_id == so.id,
                Shipment.status == "shipped",
                Shipment.invoiced.is_(False),
            )
        )
        is None
    )


def _post(session: Session, inv: Invoice, cause: Cause) -> None:
    if inv.kind == "invoice":
        lines = [("AR", inv.total, ZERO), ("REVENUE", ZERO, inv.subtotal), ("TAX", ZERO, inv.tax)]
    else:
        lines = [
            ("RETURNS", inv.subtotal, ZERO),
            ("TAX", inv.tax, ZERO),
            ("UNAPPLIED", ZERO, inv.total),
        ]
    ledger.post(
        session, f"{inv.kind}:{inv.number}", inv.invoice_date, lines, customer_id=inv.customer_id
    )
    inv.status = "posted"
    events.record(
        session,
        f"{inv.kind}.posted",
        actor=cause.actor,
        order_id=inv.order_id,
        message_id=cause.message_id,
        detail=f"{inv.number}: {inv.subtotal} + tax {inv.tax} = {inv.total}",
    )


def invoice_shipped(
    session: Session, outbox: Outbox, cause: Cause, *, today: dt.date | None = None
) -> list[Invoice]:
    """Batch invoicing: every shipped shipment not invoiced yet."""
    shipments = session.scalars(
        select(Shipment)
        .where(Shipment.status == "shipped", Shipment.invoiced.is_(False))
        .order_by(Shipment.id)
    ).all()
    return [invoice_shipment(session, sh, outbox, cause, today=today) for sh in shipments]


# --- returns ---------------------------------------------------------------------------------


def authorise_return(
    session: Session, so: SalesOrder, quantities: dict[str, Decimal], cause: Cause
) -> ReturnAuthorisation:
    """A return authorisation for shipped lines; refuses more than shipped minus returned."""
    if not quantities:
        raise BusinessError("a return needs at least one line", code="no_lines")
    lines = {ln.line_no: ln for ln in so.lines if ln.parent_line_id is None}
    for line_no, qty in quantities.items():
        ln = lines.get(line_no)
        if ln is None:
            raise BusinessError(f"order {so.number} has no line {line_no}", code="unknown_line")
        if qty <= 0:
            raise BusinessError(
                f"line {line_no}: return quantity {qty} must be positive", code="bad_quantity"
            )
        if qty > ln.shipped_qty - ln.returned_qty:
            raise BusinessError(
                f"line {line_no}: return of {_n(qty)} exceeds shipped"
                f" {_n(ln.shipped_qty)} minus returned {_n(ln.returned_qty)}",
                code="return_exceeds_shipped",
            )
    rma = ReturnAuthorisation(
        number=f"TMP-{uuid.uuid4().hex[:20]}",
        order_id=so.id,
        status="authorised",
        reason=cause.reason,
    )
    session.add(rma)
    _number(session, rma, "RMA")
    for line_no, qty in quantities.items():
        ln = lines[line_no]
        ln.returned_qty += qty
        session.add(ReturnLine(return_id=rma.id, line_id=ln.id, quantity=qty, received_qty=ZERO))
    session.flush()
    session.refresh(rma)
    order_event(
        session,
        so,
        "return_authorised",
        cause,
        f"{rma.number}: " + ", ".join(f"line {k} x {v}" for k, v in quantities.items()),
    )
    return rma


def receive_return(session: Session, rma: ReturnAuthorisation, cause: Cause) -> None:
    """The goods are back: into the Returns location."""
    if rma.status != "authorised":
        raise StateError(f"return {rma.number} is {rma.status}", code="not_authorised")
    wh = session.scalar(select(Warehouse).where(Warehouse.kind == "returns"))
    if wh is None:
        raise BusinessError("no returns warehouse is set up", code="no_warehouse")
    for rl in rma.lines:
        ln = session.get(SalesOrderLine, rl.line_id)
        assert ln is not None and ln.product_id is not None
        inventory.receive_stock(
            session,
            product_id=ln.product_id,
            warehouse_id=wh.id,
            quantity=rl.quantity * ln.factor,
            actor=cause.actor,
        )
        rl.received_qty = rl.quantity
    rma.status = "received"
    events.record(
        session,
        "order.return_received",
        actor=cause.actor,
        order_id=rma.order_id,
        detail=f"{rma.number} into {wh.code}",
    )


def credit_note(
    session: Session,
    rma: ReturnAuthorisation,
    outbox: Outbox,
    cause: Cause,
    *,
    today: dt.date | None = None,
) -> Invoice:
    """A credit note for exactly the received returned quantities, at the invoiced prices;
    posted Dr RETURNS, Dr TAX, Cr UNAPPLIED (a customer credit to apply or refund)."""
    today = today or dt.date.today()
    if rma.status != "received":
        raise StateError(f"return {rma.number} is {rma.status}, not received", code="not_received")
    so = session.get(SalesOrder, rma.order_id)
    assert so is not None
    lines = {ln.id: ln for ln in so.lines}
    cn = _new_document(session, so, "credit", today, today, return_id=rma.id)
    _fill(session, cn, [(lines[rl.line_id], rl.received_qty) for rl in rma.lines])
    _post(session, cn, cause)
    rma.status = "credited"
    session.add(
        Payment(
            number=f"CR-{cn.number}",
            customer_id=cn.customer_id,
            kind="credit",
            amount=cn.total,
            allocated=ZERO,
            reference=cn.number,
            date=today,
            credit_note_id=cn.id,
        )
    )
    outbox(_doc(session, cn, so, lines), order_id=so.id)
    return cn


# --- payments ----------------------------------------------------------------------------------


def register_payment(
    session: Session,
    customer: Customer,
    amount: Decimal,
    *,
    reference: str = "",
    date: dt.date | None = None,
    actor: str = "system",
) -> Payment:
    """Money received: Dr CASH, Cr UNAPPLIED. Refuses more than the customer owes."""
    date = date or dt.date.today()
    if amount <= 0:
        raise BusinessError(f"payment amount {amount} must be positive", code="bad_amount")
    owed = sum(
        (
            i.total - i.paid
            for i in session.scalars(
                select(Invoice).where(
                    Invoice.customer_id == customer.id,
                    Invoice.kind == "invoice",
                    Invoice.status == "posted",
                )
            )
        ),
        ZERO,
    )
    if amount > owed:
        raise BusinessError(
            f"payment {amount} exceeds the open balance {_n(owed)} of {customer.number}",
            code="payment_above_balance",
        )
    pay = Payment(
        number=f"TMP-{uuid.uuid4().hex[:20]}",
        customer_id=customer.id,
        kind="payment",
        amount=amount,
        allocated=ZERO,
        reference=reference,
        date=date,
    )
    session.add(pay)
    _number(session, pay, "PAY")
    ledger.post(
        session,
        f"payment:{pay.number}",
        date,
        [("CASH", amount, ZERO), ("UNAPPLIED", ZERO, amount)],
        customer_id=customer.id,
    )
    events.record(
        session,
        "payment.received",
        actor=actor,
        detail=f"{pay.number} {amount} from {customer.number} ({reference})",
    )
    return pay


def allocate_payment(
    session: Session,
    pay: Payment,
    allocations: list[tuple[Invoice, Decimal]] | None = None,
    *,
    actor: str = "system",
) -> list[PaymentAllocation]:
    """Set a payment or credit against invoices (oldest first when none are named):
    Dr UNAPPLIED, Cr AR. Refuses more than the invoice's balance or the payment's rest."""
    if allocations is None:
        rest = pay.amount - pay.allocated
        allocations = []
        for inv in session.scalars(
            select(Invoice)
            .where(
                Invoice.customer_id == pay.customer_id,
                Invoice.kind == "invoice",
                Invoice.status == "posted",
            )
            .order_by(Invoice.due_date, Invoice.id)
        ):
            if rest <= 0:
                break
            take = min(rest, inv.balance)
            if take > 0:
                allocations.append((inv, take))
                rest -= take
    out = []
    for inv, amount in allocations:
        if inv.customer_id != pay.customer_id or inv.kind != "invoice":
            raise BusinessError(
                f"{inv.number} is not an invoice of this customer", code="wrong_invoice"
            )
        if amount <= 0 or amount > inv.balance:
            raise BusinessError(
                f"allocation {amount} to {inv.number} exceeds its balance {_n(inv.balance)}",
                code="payment_above_balance",
            )
        if amount > pay.amount - pay.allocated:
            raise BusinessError(
                f"{pay.number} has only {_n(pay.amount - pay.allocated)} left to allocate",
                code="payment_exhausted",
            )
        pay.allocated += amount
        inv.paid += amount
        a = PaymentAllocation(payment_id=pay.id, invoice_id=inv.id, amount=amount)
        session.add(a)
        out.append(a)
        ledger.post(
            session,
            f"allocation:{pay.number}",
            pay.date,
            [("UNAPPLIED", amount, ZERO), ("AR", ZERO, amount)],
            customer_id=pay.customer_id,
            memo=inv.number,
        )
        if pay.credit_note_id is not None:
            cn = session.get(Invoice, pay.credit_note_id)
            if cn is not None:
                cn.paid += amount
        if inv.balance == 0:
            inv.status = "paid"
            _maybe_paid(session, inv.order_id, actor)
        events.record(
            session,
            "payment.allocated",
            actor=actor,
            order_id=inv.order_id,
            detail=f"{pay.number} {amount} to {inv.number}",
        )
    return out


def _maybe_paid(session: Session, order_id: int, actor: str) -> None:
    so = session.get(SalesOrder, order_id)
    if so is None or so.status != "invoiced":
        return
    unpaid = session.scalar(
        select(Invoice.id).where(
            Invoice.order_id == order_id, Invoice.kind == "invoice", Invoice.status != "paid"
        )
    )
    if unpaid is None:
        move(session, so, "paid", Cause(actor, "all invoices paid"))


def refund(session: Session, credit: Payment, amount: Decimal, *, actor: str = "system") -> None:
    """Pay out (part of) a customer credit: Dr UNAPPLIED, Cr CASH."""
    rest = credit.amount - credit.allocated
    if amount <= 0 or amount > rest:
        raise BusinessError(
            f"refund {amount} exceeds the {_n(rest)} left on {credit.number}",
            code="refund_above_credit",
        )
    credit.allocated += amount
    ledger.post(
        session,
        f"refund:{credit.number}",
        dt.date.today(),
        [("UNAPPLIED", amount, ZERO), ("CASH", ZERO, amount)],
        customer_id=credit.customer_id,
    )
    events.record(session, "payment.refunded", actor=actor, detail=f"{amount} of {credit.number}")
