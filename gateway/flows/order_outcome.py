"""What became of an order a message carried, as the OrderResponse owed to the buyer.

Used by the UBL and cXML flows, whose buyers expect an order response (Peppol Order
Response, cXML ConfirmationRequest) for every order: accepted with our order number when
the OMS placed it from this message, rejected with the OMS's reason otherwise. Runs in
the message's transaction, after the documents were applied.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import Order, OrderResponse, OrderResponseLine, Party
from gateway.oms.models import SalesOrder
from gateway.store.models import Event

__all__ = ["order_outcome"]

_REFUSALS = ("order.refused", "order.duplicate")


def order_outcome(
    s: Session, order: Order, *, message_id: str, seller: Party, today: dt.date | None = None
) -> OrderResponse:
    """The OrderResponse for `order` as it stands in the OMS after this message."""
    so = s.scalar(
        select(SalesOrder).where(
            SalesOrder.partner_id == order.partner_id, SalesOrder.po_number == order.po_number
        )
    )
    placed = so is not None and so.source_message_id == message_id
    reason = ""
    if not placed:
        reason = (
            s.scalar(
                select(Event.detail)
                .where(Event.message_id == message_id, Event.kind.in_(_REFUSALS))
                .order_by(Event.id.desc())
                .limit(1)
            )
            or "the order was not accepted"
        )
    lines = tuple(
        OrderResponseLine(
            line_no=ln.line_no,
            status="IA" if placed else "IR",
            quantity=ln.quantity if placed else Decimal(0),
            unit=ln.unit,
            unit_price=ln.unit_price,
            date=ln.requested_date,
            item_ids=ln.item_ids,
        )
        for ln in order.lines
    )
    parties = tuple(p for p in (seller, order.party("BY"), order.party("ST")) if p is not None)
    return OrderResponse(
        partner_id=order.partner_id,
        po_number=order.po_number,
        po_date=order.po_date,
        response_date=today or dt.date.today(),
        status="accepted" if placed else "rejected",
        lines=lines,
        order_number=so.number if placed and so is not None else "",
        parties=parties,
        reason=reason,
        currency=order.currency or (so.currency if so is not None else ""),
    )
