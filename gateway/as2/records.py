"""Database work of the AS2 channel (no Twisted): exchanges, payload hand-off, state changes."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gateway.as2.models import As2Exchange
from gateway.store import events, queue
from gateway.store.inbox import new_message_id
from gateway.store.models import Message, OutboundDocument, Payload

__all__ = ["accept_payload", "accepted_exchange", "mark_message", "outbound_exchange"]


def accepted_exchange(s: Session, partner_id: str, as2_message_id: str) -> As2Exchange | None:
    """The earlier inbound copy of this AS2 Message-ID that was stored and acknowledged."""
    return s.scalars(
        select(As2Exchange)
        .where(
            As2Exchange.direction == "in",
            As2Exchange.partner_id == partner_id,
            As2Exchange.as2_message_id == as2_message_id,
            As2Exchange.status == "accepted",
        )
        .order_by(As2Exchange.id)
        .limit(1)
    ).first()


def outbound_exchange(s: Session, as2_message_id: str) -> As2Exchange | None:
    return s.scalars(
        select(As2Exchange)
        .where(As2Exchange.direction == "out", As2Exchange.as2_message_id == as2_message_id)
        .order_by(As2Exchange.id.desc())
        .limit(1)
    ).first()


def accept_payload(
    s: Session,
    *,
    partner_id: str,
    data: bytes,
    meta: dict[str, Any],
    transport_id: str,
    max_attempts: int = 6,
) -> str:
    """Store the unwrapped payload as a message with its inbound job (caller's transaction)."""
    digest = hashlib.sha256(data).hexdigest()
    payload = Payload(sha256=digest, size=len(data), data=data)
    s.add(payload)
    s.flush()
    mid = new_message_id()
    s.add(
        Message(
            id=mid,
            partner_id=partner_id,
            channel="as2",
            status="received",
            payload_id=payload.id,
            sha256=digest,
            size=len(data),
            transport_id=transport_id,
            meta=meta,
        )
    )
    queue.enqueue(s, "inbound", mid, max_attempts=max_attempts)
    events.record(
        s,
        "message.received",
        partner_id=partner_id,
        message_id=mid,
        detail=f"{len(data)} bytes over as2 (unwrapped from {meta.get('envelope')})",
        data={"sha256": digest, "size": len(data), "channel": "as2"},
    )
    return mid


def mark_message(
    s: Session,
    message_id: str,
    status: str,
    reason: str | None,
    *,
    partner_id: str | None,
    parsed: dict[str, Any] | None = None,
) -> None:
    s.execute(
        update(Message)
        .where(Message.id == message_id)
        .values(status=status, reason=reason, format="as2", parsed=parsed)
    )
    events.record(
        s,
        f"message.{status}",
        partner_id=partner_id,
        message_id=message_id,
        detail=reason or "AS2 envelope opened",
    )


def fail_document(s: Session, document_id: int, reason: str) -> None:
    """A permanent delivery failure (negative MDN, bad MIC, expired certificate): no retry."""
    from gateway.store.models import Job

    s.execute(
        update(OutboundDocument)
        .where(OutboundDocument.id == document_id)
        .values(status="failed", reason=reason[:2000])
    )
    s.execute(
        update(Job)
        .where(Job.kind == "deliver", Job.ref == str(document_id), Job.status == "running")
        .values(status="dead", last_error=reason[:2000], leased_until=None)
        .execution_options(synchronize_session=False)
    )
    doc = s.get(OutboundDocument, document_id)
    events.record(
        s,
        "document.failed",
        partner_id=doc.partner_id if doc else None,
        document_id=document_id,
        detail=reason[:500],
    )
