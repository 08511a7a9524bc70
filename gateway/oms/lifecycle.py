"""The order lifecycle as data: which status may follow which, and the one function that moves
an order (guarded, with an event naming actor, reason and the causing message)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from gateway.errors import StateError
from gateway.oms.models import OrderNote, SalesOrder
from gateway.store import events

__all__ = [
    "BACKORDER_STATES",
    "HOLD_REASONS",
    "OPEN_STATES",
    "SHIPPED_STATES",
    "TRANSITIONS",
    "Cause",
    "add_note",
    "can_move",
    "move",
]

_BEFORE_SHIPMENT = (
    "received",
    "on_hold",
    "confirmed",
    "backordered",
    "partially_allocated",
    "allocated",
    "released",
    "picked",
    "packed",
)
_ALLOCATION = ("allocated", "partially_allocated", "backordered")

# status -> the statuses it may move to; "cancelled" is reachable from every status before shipment
TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"on_hold", "confirmed", "rejected"}),
    "on_hold": frozenset({"confirmed", "rejected"}),
    "confirmed": frozenset({*_ALLOCATION, "on_hold"}),
    "backordered": frozenset({"allocated", "partially_allocated", "on_hold"}),
    "partially_allocated": frozenset({"allocated", "released", "on_hold", "partially_shipped"}),
    # dropship lines ship from the allocated states (the dropshipper confirms)
    "allocated": frozenset({"released", "on_hold", "shipped", "partially_shipped"}),
    "released": frozenset({"picked"}),
    "picked": frozenset({"packed"}),
    "packed": frozenset({"shipped", "partially_shipped"}),
    "partially_shipped": frozenset({*_ALLOCATION, "released", "shipped"}),
    "shipped": frozenset({"invoiced"}),
    "invoiced": frozenset({"paid"}),
    "paid": frozenset({"closed"}),
    "closed": frozenset(),
    "cancelled": frozenset(),
    "rejected": frozenset(),
}
for _state in _BEFORE_SHIPMENT:
    TRANSITIONS[_state] = TRANSITIONS[_state] | {"cancelled"}

HOLD_REASONS = ("credit", "price", "address", "review")
OPEN_STATES = (
    "received",
    "on_hold",
    "confirmed",
    *_ALLOCATION,
    "released",
    "picked",
    "packed",
    "partially_shipped",
)
BACKORDER_STATES = ("backordered", "partially_allocated", "partially_shipped")
SHIPPED_STATES = ("partially_shipped", "shipped", "invoiced", "paid", "closed")


@dataclass(frozen=True, slots=True)
class Cause:
    """Who moves an order, why, and the message that caused it (for the event row)."""

    actor: str = "system"
    reason: str = ""
    message_id: str | None = None


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def move(session: Session, order: SalesOrder, target: str, cause: Cause) -> None:
    """Move `order` to `target` or raise StateError naming the allowed statuses."""
    current = order.status
    if not can_move(current, target):
        allowed = ", ".join(sorted(TRANSITIONS.get(current, ()))) or "none"
        raise StateError(
            f"order {order.number} cannot go from {current} to {target} (allowed: {allowed})",
            code="illegal_transition",
        )
    order.status = target
    events.record(
        session,
        f"order.{target}",
        actor=cause.actor,
        partner_id=order.partner_id,
        message_id=cause.message_id,
        order_id=order.id,
        detail=f"{current} -> {target}" + (f": {cause.reason}" if cause.reason else ""),
        data={"from": current, "to": target, "reason": cause.reason},
    )


def order_event(session: Session, so: SalesOrder, kind: str, cause: Cause, detail: str) -> None:
    """An event in the order's history that is not a status change (routing, returns...)."""
    events.record(
        session,
        f"order.{kind}",
        actor=cause.actor,
        partner_id=so.partner_id,
        message_id=cause.message_id,
        order_id=so.id,
        detail=detail,
    )


def add_note(
    session: Session, order: SalesOrder, body: str, *, author: str = "system", kind: str = "note"
) -> OrderNote:
    """Attach free text or correspondence to the order's history."""
    note = OrderNote(order_id=order.id, body=body, author=author, kind=kind)
    session.add(note)
    events.record(
        session,
        f"order.{kind}",
        actor=author,
        partner_id=order.partner_id,
        order_id=order.id,
        detail=body[:500],
    )
    return note
