"""The Order document's path through the OMS: dedupe, account and ship-to mapping, catalog,
pricing with tolerance, tax, credit check, then confirmation (allocation, backorders, buy route,
dropship) and the OrderResponse; plus holds, releases and cancellation.

Runs in the caller's transaction and never commits. Outbound documents leave through the
`Outbox` the caller passes in.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from decimal import ROUND_FLOOR, Decimal

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, set_committed_value

from gateway.canonical import ItemId, Order, OrderResponse, OrderResponseLine, Party, Purpose
from gateway.errors import BusinessError, DuplicateError, StateError
from gateway.oms import inventory, purchasing
from gateway.oms.catalog import Catalog, components
from gateway.oms.customers import Account, credit_check, find_account
from gateway.oms.lifecycle import HOLD_REASONS, Cause, move, order_event
from gateway.oms.lines import LineRow, write_lines
from gateway.oms.models import Customer, SalesOrder, SalesOrderLine, ShipTo
from gateway.oms.outbox import Outbox
from gateway.oms.pricing import PriceBook, check_price, money, tax_rate
from gateway.store import events, fastsql
from gateway.store.base import utcnow

__all__ = [
    "PlacedOrder",
    "PricedOrder",
    "allocation_status",
    "cancel_order",
    "confirm_order",
    "hold_order",
    "held_response",
    "kit_units",
    "order_response",
    "place_order",
    "price_order",
    "recompute_totals",
    "release_hold",
    "sync_kits",
]

ZERO = Decimal(0)
# built once: every order placed runs them
_LINES = insert(SalesOrderLine.__table__)
_LINE_IDS = (
    select(SalesOrderLine.id)
    .where(SalesOrderLine.order_id == bindparam("oid"))
    .order_by(SalesOrderLine.id)
)
_ORDER = insert(SalesOrder.__table__).returning(SalesOrder.__table__.c.id)
_DUPLICATE = select(SalesOrder.number).where(
    SalesOrder.partner_id == bindparam("p"), SalesOrder.po_number == bindparam("po")
)


@dataclass(frozen=True, slots=True)
class PricedOrder:
    """What placing an order reads from master data only (account, tax rate, matched and
    priced lines), worked out before the write transaction by `price_order`."""

    order: Order
    customer_number: str
    today: dt.date
    account: Account
    rate: Decimal
    rows: list[dict]
    holds: list[str]


@dataclass(frozen=True, slots=True)
class PlacedOrder:
    order_id: int
    number: str
    status: str
    response: OrderResponse | None = None


def _route(product) -> str:  # type: ignore[no-untyped-def]
    if product.kit:
        return "kit"
    if product.dropship:
        return "dropship"
    if product.buy_on_demand:
        return "buy"
    return "stock"


def price_lines(
    session: Session, customer: Customer, lines, rate: Decimal, on: dt.date
) -> tuple[list[dict], list[str]]:  # type: ignore[no-untyped-def]
    """The sales_order_line rows for canonical `lines` (matched, priced, taxed, routed; no
    order_id yet) and the price-hold reasons. Reads master data only."""
    catalog = Catalog(session, customer.id, lines)
    resolved = [(ln, catalog.resolve(ln)) for ln in lines]
    book = PriceBook(session, customer, {r.product.id for _, r in resolved if r.product})
    vendors = catalog.dropship_vendors
    holds: list[str] = []
    now = utcnow()
    rows = []
    for ln, res in resolved:
        ids = catalog.ids[id(ln)]
        row = _line_row(ln, ids, res, rate, on, customer, book, vendors, holds)
        row["created_at"] = now
        rows.append(row)
    return rows, holds


def build_lines(
    session: Session, so: SalesOrder, customer: Customer, lines, rate: Decimal, on: dt.date
) -> list[str]:  # type: ignore[no-untyped-def]
    """Add priced, taxed lines for canonical `lines` to `so.lines` (as ORM objects, for
    changes to an order); returns price-hold reasons."""
    _, holds = _new_lines(session, so, customer, lines, rate, on)
    session.expire(so, ["lines"])
    return holds


def _new_lines(
    session: Session,
    so: SalesOrder,
    customer: Customer,
    lines,  # type: ignore[no-untyped-def]
    rate: Decimal,
    on: dt.date,
    priced: tuple[list[dict], list[str]] | None = None,
) -> tuple[list[LineRow], list[str]]:
    """Insert priced, taxed lines for canonical `lines` (and their kits' parts) and return
    them as plain rows, never read back (see oms/lines.py), with the price-hold reasons.
    `priced` is what `price_lines` gave for them earlier, if it ran before the transaction."""
    rows, holds = priced or price_lines(session, customer, lines, rate, on)
    new = _insert_rows(session, so, [{**row, "order_id": so.id} for row in rows])
    parts = _kit_parts(session, so, new)
    if parts:
        new += _insert_rows(session, so, parts)
    return new, holds


def _insert_rows(session: Session, so: SalesOrder, rows: list[dict]) -> list[LineRow]:
    # one Core executemany (the ORM inserts row by row when it must read back ids on SQLite,
    # and its bulk path still costs more per row than Core)
    conn = session.connection()
    fastsql.run(conn, _LINES, rows)
    # an executemany inserts in parameter order, so the order's newest ids are these rows'
    # (cheaper than INSERT .. RETURNING with its per-row sentinel, as measured)
    ids = [r[0] for r in fastsql.rows(conn, _LINE_IDS, {"oid": so.id})[-len(rows) :]]
    return [LineRow({**row, "id": lid}) for row, lid in zip(rows, ids, strict=True)]


def _kit_parts(session: Session, so: SalesOrder, lines) -> list[dict]:  # type: ignore[no-untyped-def]
    """Component rows for the kit lines among `lines` (quantities in component units)."""
    kits = [
        sol
        for sol in lines
        if sol.route == "kit" and sol.ack_code != "IR" and sol.parent_line_id is None
    ]
    parts = []
    for sol in kits:
        for comp, per in components(session, sol.product_id):  # type: ignore[arg-type]
            parts.append(
                {
                    **_ZERO_LINE,
                    "order_id": so.id,
                    "line_no": f"{sol.line_no}.{comp.sku}",
                    "parent_line_id": sol.id,
                    "product_id": comp.id,
                    "description": comp.description[:200],
                    "quantity": sol.quantity * sol.factor * per,
                    "unit": comp.base_unit,
                    "unit_price": ZERO,
                    "route": "part",
                    "created_at": utcnow(),
                }
            )
    return parts


_ZERO_LINE = {
    "buyer_item": "",
    "vendor_item": "",
    "gtin": "",
    "po_price": None,
    "requested_date": None,
    "factor": Decimal(1),
    "allocated_qty": ZERO,
    "shipped_qty": ZERO,
    "cancelled_qty": ZERO,
    "returned_qty": ZERO,
    "amount": ZERO,
    "tax_amount": ZERO,
    "tax_rate": ZERO,
    "ack_code": "",
    "reason": "",
    "parent_line_id": None,
    "product_id": None,
    "status": "open",
}


def _line_row(ln, ids, res, rate, on, customer, book, vendors, holds) -> dict:  # type: ignore[no-untyped-def]
    """The sales_order_line row for one canonical line: matched, priced, taxed, routed."""
    row = {
        **_ZERO_LINE,
        "line_no": ln.line_no,
        "buyer_item": ids.get("buyer") or "",
        "vendor_item": ids.get("vendor") or "",
        "gtin": ids.get("gtin") or ids.get("upc") or "",
        "description": ln.description[:200],
        "quantity": ln.quantity,
        "unit": ln.unit,
        "unit_price": ln.unit_price,
        "po_price": ln.unit_price,
        "requested_date": ln.requested_date,
        "factor": res.factor,
        "tax_rate": rate,
        "route": "stock",
    }
    product = res.product
    if product is not None:
        row["product_id"] = product.id
        row["description"] = row["description"] or product.description[:200]
    if res.code:
        row.update(ack_code="IR", reason=f"{res.code}: {res.reason}", tax_rate=ZERO)
        return row
    assert product is not None
    row["route"] = "dropship" if product.vendor_id in vendors else _route(product)
    base = book.unit_price(product.id, ln.quantity * res.factor, on)
    if base is None and ln.unit_price is None:
        row.update(ack_code="IR", reason=f"no_price: item {product.sku} has no price")
        return row
    if base is not None:
        pc = check_price(base * res.factor, ln.unit_price, customer)
    else:
        pc = check_price(ln.unit_price, None, customer)
    row.update(unit_price=pc.price, ack_code=pc.code or "IA", reason=pc.reason)
    if pc.code == "":
        holds.append(f"line {ln.line_no}: {pc.reason}")
    if pc.code == "IR":
        row["reason"] = f"price: {pc.reason}"
        return row
    row["amount"] = money(ln.quantity * pc.price)
    row["tax_amount"] = money(row["amount"] * rate)
    return row


def recompute_totals(so: SalesOrder, lines=None) -> None:  # type: ignore[no-untyped-def]
    """Order subtotal, tax and total from its lines (`so.lines` unless given)."""
    lines = so.lines if lines is None else lines
    lines = [ln for ln in lines if ln.ack_code != "IR" and ln.parent_line_id is None]
    so.subtotal = sum((ln.amount for ln in lines), ZERO)
    so.tax_total = sum((ln.tax_amount for ln in lines), ZERO)
    so.total = so.subtotal + so.tax_total


def _ship_to_party(ship_to: ShipTo | None, given: Party | None) -> Party | None:
    if ship_to is None:
        return given
    return Party(
        role="ST",
        name=ship_to.name,
        id=ship_to.code,
        id_qualifier=given.id_qualifier if given else "92",
    )


def price_order(
    session: Session, order: Order, *, customer_number: str, today: dt.date | None = None
) -> PricedOrder | None:
    """Match and price a new order's lines from master data (customers, catalog, prices,
    tax), in a read transaction before the write transaction that places it: that one is
    the only writer (on SQLite, of the whole database) while it runs, so what needs no
    lock is done first. None when there is nothing to work out ahead (a cancellation, no
    lines) or the account is unknown (placing refuses it with the reason)."""
    if order.purpose == Purpose.CANCEL or not order.lines:
        return None
    try:
        return _price(session, order, customer_number, today or dt.date.today())
    except BusinessError:
        return None


def _price(session: Session, order: Order, customer_number: str, today: dt.date) -> PricedOrder:
    """`price_order`'s work; an unknown account is refused (BusinessError)."""
    account = find_account(session, order.partner_id, customer_number, order.party("ST"))
    rate = tax_rate(session, account.customer, account.ship_to)
    rows, holds = price_lines(session, account.customer, order.lines, rate, order.po_date or today)
    return PricedOrder(order, customer_number, today, account, rate, rows, holds)


def place_order(
    session: Session,
    order: Order,
    *,
    customer_number: str,
    outbox: Outbox,
    actor: str = "system",
    message_id: str | None = None,
    today: dt.date | None = None,
    priced: PricedOrder | None = None,
) -> PlacedOrder:
    """Receive one Order: refuse duplicates and unknown accounts, store it priced and taxed,
    then hold it (credit, price, address) or confirm and allocate it and queue its response.
    `priced` is `price_order`'s work for this order, if it ran before this transaction.

    Changes to the order and its events are written once at the end (no autoflush before
    every query), so they cost one statement each kind instead of one per step."""
    if priced is not None and (
        priced.order is not order
        or priced.customer_number != customer_number
        or (today is not None and priced.today != today)
    ):
        priced = None  # worked out for another order or day: work it out again here
    with events.batched(session):
        with session.no_autoflush:
            placed, lines = _place(
                session, order, customer_number, outbox, actor, message_id, today, priced
            )
        write_lines(session, lines)
        so = session.get(SalesOrder, placed.order_id)  # in the identity map: no query
        if so is not None:
            _write_order(session, so)
    session.flush()  # whatever else changed (lines of a cancelled order, kits...)
    return placed


# what placing an order changes on its row after the insert
_ORDER_FIELDS = (
    "number",
    "status",
    "total",
    "subtotal",
    "tax_total",
    "hold_reason",
    "response_status",
)
_ORDER_FIELD_SET = frozenset(_ORDER_FIELDS)
_ORDER_UPDATE = SalesOrder.__table__.update().where(SalesOrder.__table__.c.id == bindparam("oid"))


def _write_order(session: Session, so: SalesOrder) -> None:
    """Write the order's header with one Core update and mark it as written, so the unit
    of work (a heavy machine for one row) has nothing left to flush for it."""
    values = {f: getattr(so, f) for f in _ORDER_FIELDS}
    fastsql.run(session.connection(), _ORDER_UPDATE, {"oid": so.id, **values})
    state = instance_state(so)
    if state.committed_state.keys() <= _ORDER_FIELD_SET:
        # nothing changed beyond what was just written: the row is clean, and the session's
        # flush finds nothing dirty (marking each field committed left the object flagged
        # modified, and every flush walked the unit of work for it to write nothing)
        state._commit_all(state.dict, session.identity_map)
        return
    for name, value in values.items():
        set_committed_value(so, name, value)


def _place(
    session: Session,
    order: Order,
    customer_number: str,
    outbox: Outbox,
    actor: str,
    message_id: str | None,
    today: dt.date | None,
    priced: PricedOrder | None,
) -> tuple[PlacedOrder, list[LineRow]]:
    """Place `order`; returns the outcome and the new lines (their changes not yet written)."""
    today = today or (priced.today if priced else dt.date.today())
    cause = Cause(actor=actor, message_id=message_id or order.source_message_id or None)
    if order.purpose == Purpose.CANCEL:
        so = _find(session, order.partner_id, order.po_number)
        cancel_order(session, so, Cause(actor, "the partner cancelled the PO", cause.message_id))
        return PlacedOrder(so.id, so.number, so.status), []
    dup = fastsql.scalar(
        session.connection(), _DUPLICATE, {"p": order.partner_id, "po": order.po_number}
    )
    if dup is not None:
        raise DuplicateError(
            f"PO {order.po_number} from {order.partner_id} was already received as order {dup}",
            code="duplicate_po",
        )
    if not order.lines:
        raise BusinessError(f"PO {order.po_number} has no lines", code="no_lines")
    priced = priced or _price(session, order, customer_number, today)
    account = priced.account
    customer = account.customer
    st_party = _ship_to_party(account.ship_to, order.party("ST"))
    so = _insert_order(
        session,
        number=f"T{uuid.uuid4().hex[:24]}",
        partner_id=order.partner_id,
        customer_id=customer.id,
        po_number=order.po_number,
        po_date=order.po_date,
        currency=order.currency or "USD",
        ship_to=st_party.id if st_party else "",
        ship_to_id=account.ship_to.id if account.ship_to else None,
        source_message_id=cause.message_id,
        notes="\n".join(order.notes),
        requested_ship_date=order.requested_ship_date,
        status="received",
        hold_reason="",
        response_status="",
        total=ZERO,
        subtotal=ZERO,
        tax_total=ZERO,
        created_at=utcnow(),
    )
    so.number = f"SO{so.id:08d}"
    lines, price_holds = _new_lines(
        session,
        so,
        customer,
        order.lines,
        priced.rate,
        order.po_date or today,
        (priced.rows, priced.holds),
    )
    recompute_totals(so, lines)
    order_event(
        session,
        so,
        "received",
        cause,
        f"PO {order.po_number}: {len(order.lines)} lines, total {so.total}",
    )
    parties = (st_party,) if st_party else ()
    if all(ln.ack_code == "IR" for ln in lines if ln.parent_line_id is None):
        move(session, so, "rejected", Cause(actor, "no line can be accepted", cause.message_id))
        so.response_status = "rejected"
        response = order_response(so, today, parties=parties, lines=lines)
        outbox(response, order_id=so.id)
        return PlacedOrder(so.id, so.number, so.status, response), lines
    hold = _hold_reason(session, so, customer, account.problem, price_holds, today)
    if hold is not None:
        hold_order(session, so, hold[0], Cause(actor, hold[1], cause.message_id))
        # receipt acknowledged with the hold shown (the outbox passes it on only to partners
        # whose profile asks for it); the full response follows on release
        outbox(held_response(so, today, parties=parties, lines=lines), order_id=so.id)
        return PlacedOrder(so.id, so.number, so.status), lines
    response = confirm_order(
        session, so, outbox, cause, today=today, party=st_party, lines=lines, customer=customer
    )
    return PlacedOrder(so.id, so.number, so.status, response), lines


def _insert_order(session: Session, **values: object) -> SalesOrder:
    """A new sales_order row written with one Core insert, returned as a persistent object
    (the unit of work would flush the whole session and read the row's defaults back)."""
    oid = fastsql.run(session.connection(), _ORDER, values).fetchone()[0]
    so = SalesOrder(id=oid, **values)
    make_transient_to_detached(so)
    session.add(so)
    return so


def _hold_reason(
    session: Session,
    so: SalesOrder,
    customer: Customer,
    address: str,
    price_holds: list[str],
    today: dt.date,
) -> tuple[str, str] | None:
    if address:
        return "address", address
    if price_holds:
        return "price", "; ".join(price_holds)
    cc = credit_check(session, customer, so.total, order_id=so.id, today=today)
    if not cc.ok:
        return "credit", cc.reason
    return None


def _find(session: Session, partner_id: str, po_number: str) -> SalesOrder:
    so = session.scalar(
        select(SalesOrder).where(
            SalesOrder.partner_id == partner_id, SalesOrder.po_number == po_number
        )
    )
    if so is None:
        raise BusinessError(f"no order for PO {po_number} from {partner_id}", code="unknown_order")
    return so


def hold_order(session: Session, so: SalesOrder, reason: str, cause: Cause) -> None:
    """Put an order on hold for one of HOLD_REASONS (credit, price, address, review)."""
    if reason not in HOLD_REASONS:
        raise BusinessError(
            f"hold reason {reason!r} is not one of {', '.join(HOLD_REASONS)}",
            code="bad_hold_reason",
        )
    move(session, so, "on_hold", Cause(cause.actor, f"{reason}: {cause.reason}", cause.message_id))
    so.hold_reason = reason


def release_hold(
    session: Session,
    so: SalesOrder,
    outbox: Outbox,
    *,
    actor: str,
    reason: str,
    today: dt.date | None = None,
) -> OrderResponse:
    """An admin releases a held order (a reason is required): confirm, allocate, respond."""
    if not reason.strip():
        raise BusinessError("releasing a hold needs a reason", code="reason_required")
    if so.status != "on_hold":
        raise StateError(f"order {so.number} is {so.status}, not on hold", code="not_on_hold")
    events.record(
        session,
        "order.hold_released",
        actor=actor,
        partner_id=so.partner_id,
        order_id=so.id,
        detail=f"{so.hold_reason} hold released: {reason}",
    )
    so.hold_reason = ""
    return confirm_order(session, so, outbox, Cause(actor, reason), today=today)


def confirm_order(
    session: Session,
    so: SalesOrder,
    outbox: Outbox,
    cause: Cause,
    *,
    today: dt.date | None = None,
    party: Party | None = None,
    lines=None,  # type: ignore[no-untyped-def]
    customer: Customer | None = None,
) -> OrderResponse:
    """Confirm, then route every line (`so.lines` unless given): reserve stock, buy on
    demand, request dropship. `customer` is the order's, if the caller has it at hand."""
    today = today or dt.date.today()
    move(session, so, "confirmed", cause)
    every = so.lines if lines is None else lines
    lines = [ln for ln in every if ln.ack_code != "IR"]
    inventory.allocate_lines(session, [ln for ln in lines if ln.route in ("stock", "part")])
    purchasing.buy_on_demand(session, so, [ln for ln in lines if ln.route == "buy"], cause)
    purchasing.request_dropship(
        session, so, [ln for ln in lines if ln.route == "dropship"], outbox, cause, today
    )
    sync_kits(so, every)
    if customer is None or customer.id != so.customer_id:
        customer = session.get(Customer, so.customer_id)
    if customer is not None and customer.ship_policy == "cancel_backorders":
        for ln in lines:
            if ln.route in ("stock", "kit") and ln.open_qty > 0 and ln.parent_line_id is None:
                ln.reason = f"backorder of {ln.open_qty} cancelled (partner ships available only)"
                ln.cancelled_qty += ln.open_qty
                if ln.route == "kit":
                    _cancel_kit_rest(every, ln)
                ln.amount = money((ln.quantity - ln.cancelled_qty) * (ln.unit_price or ZERO))
                ln.tax_amount = money(ln.amount * ln.tax_rate)
        recompute_totals(so, every)
    target = allocation_status(so, every)
    move(session, so, target, cause)
    if party is None and so.ship_to:
        party = Party(role="ST", id=so.ship_to, id_qualifier="92")
    response = order_response(so, today, parties=(party,) if party else (), lines=every)
    so.response_status = response.status
    outbox(response, order_id=so.id)
    return response


def _cancel_kit_rest(lines, kit: SalesOrderLine) -> None:  # type: ignore[no-untyped-def]
    for child in lines:
        if child.parent_line_id == kit.id:
            child.cancelled_qty = child.quantity - child.allocated_qty


def kit_units(so: SalesOrder, kit: SalesOrderLine, attr: str, lines=None) -> Decimal:  # type: ignore[no-untyped-def]
    """Whole kits covered by every component's `attr` (allocated_qty or shipped_qty)."""
    kids = [c for c in (so.lines if lines is None else lines) if c.parent_line_id == kit.id]
    if not kids:
        return getattr(kit, attr)
    ratio = min(getattr(c, attr) / (c.quantity / kit.quantity) for c in kids)
    return ratio.to_integral_value(rounding=ROUND_FLOOR)


def sync_kits(so: SalesOrder, lines=None) -> None:  # type: ignore[no-untyped-def]
    """A kit line counts as allocated as far as every component is."""
    lines = so.lines if lines is None else lines
    for kit in lines:
        if kit.route == "kit" and kit.ack_code != "IR":
            units = kit_units(so, kit, "allocated_qty", lines)
            if units != kit.allocated_qty:
                kit.allocated_qty = units


def allocation_status(so: SalesOrder, lines=None) -> str:  # type: ignore[no-untyped-def]
    """allocated, partially_allocated or backordered, from the lines' open quantities."""
    lines = so.lines if lines is None else lines
    lines = [ln for ln in lines if ln.ack_code != "IR" and ln.parent_line_id is None]
    open_qty = sum((ln.open_qty for ln in lines), ZERO)
    held = sum((ln.allocated_qty - ln.shipped_qty for ln in lines), ZERO)
    if open_qty <= 0:
        return "allocated"
    return "partially_allocated" if held > 0 else "backordered"


def order_response(
    so: SalesOrder,
    today: dt.date,
    *,
    parties: tuple[Party, ...] = (),
    lines=None,  # type: ignore[no-untyped-def]
) -> OrderResponse:
    """The OrderResponse for the order as it stands (`so.lines` unless given): per line
    IA, IB, IP, IQ or IR."""
    out = []
    for ln in so.lines if lines is None else lines:
        if ln.parent_line_id is not None:
            continue
        ids = tuple(
            ItemId(k, v)
            for k, v in (("upc", ln.gtin), ("vendor", ln.vendor_item), ("buyer", ln.buyer_item))
            if v
        )
        if ln.ack_code in ("IR", "ID"):
            out.append(
                OrderResponseLine(
                    ln.line_no,
                    ln.ack_code,
                    ZERO,
                    ln.unit,
                    ln.po_price,
                    reason=ln.reason,
                    item_ids=ids,
                    ordered_quantity=ln.quantity,
                )
            )
            continue
        confirmed = ln.quantity - ln.cancelled_qty
        back = ln.open_qty if ln.route != "dropship" else ZERO
        code = (
            "IP"
            if ln.ack_code == "IP"
            else "IQ"
            if ln.cancelled_qty > 0
            else "IB"
            if back > 0
            else "IA"
        )
        out.append(
            OrderResponseLine(
                ln.line_no,
                code,
                confirmed,
                ln.unit,
                ln.unit_price,
                date=ln.requested_date or so.requested_ship_date,
                item_ids=ids,
                reason=ln.reason,
                ordered_quantity=ln.quantity,
                backordered_quantity=back or None,
            )
        )
    codes = {ln.status for ln in out}
    status = "rejected" if codes <= {"IR", "ID"} else "accepted" if codes <= {"IA"} else "changed"
    return OrderResponse(
        partner_id=so.partner_id,
        po_number=so.po_number,
        po_date=so.po_date,
        response_date=today,
        status=status,
        lines=tuple(out),
        order_number=so.number,
        parties=parties,
    )


def held_response(
    so: SalesOrder,
    today: dt.date,
    *,
    parties: tuple[Party, ...] = (),
    lines=None,  # type: ignore[no-untyped-def]
) -> OrderResponse:
    """The OrderResponse of an order on hold: status "held", every line not refused IH
    (item on hold) for its ordered quantity, the hold reason as the reason."""
    resp = order_response(so, today, parties=parties, lines=lines)
    lines = tuple(
        ln
        if ln.status in ("IR", "ID")
        else replace(ln, status="IH", quantity=ln.ordered_quantity, backordered_quantity=None)
        for ln in resp.lines
    )
    return replace(resp, status="held", lines=lines, reason=so.hold_reason)


def cancel_order(session: Session, so: SalesOrder, cause: Cause) -> None:
    """Cancel an order that has not shipped: give back every reservation."""
    move(session, so, "cancelled", cause)
    for ln in so.lines:
        inventory.release_reservations(session, ln)
        ln.cancelled_qty = ln.quantity - ln.allocated_qty


def close_order(session: Session, so: SalesOrder, cause: Cause) -> None:
    """Close a paid order (nothing more is expected on it)."""
    move(session, so, "closed", cause)
