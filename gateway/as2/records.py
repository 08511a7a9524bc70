"""Database work of the AS2 channel (no Twisted): exchanges, stored messages, state changes.

The receiving path writes with Core inserts in one short transaction (the ORM unit of
work costs several milliseconds per message, which was most of the AS2 budget); the
rows are the same `payload`, `message`, `job` and `event` rows `gateway.store.inbox`
writes, so everything downstream sees one shape.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from gateway.as2.models import As2Exchange
from gateway.logs import get_logger, log_event
from gateway.store import events
from gateway.store.inbox import new_message_id
from gateway.store.models import Event, Job, Message, OutboundDocument, Payload

__all__ = [
    "accepted_exchange",
    "add_event",
    "add_exchange",
    "add_job",
    "fail_document",
    "outbound_exchange",
    "store_message",
]

_log = get_logger("as2")


_T = As2Exchange.__table__.c
_ACCEPTED = (
    select(_T.id, _T.message_id, _T.mic, _T.mic_alg)
    .where(
        _T.direction == "in",
        _T.partner_id == bindparam("partner"),
        _T.as2_message_id == bindparam("mid"),
        _T.status == "accepted",
    )
    .order_by(_T.id)
    .limit(1)
)


def accepted_exchange(s: Session, partner_id: str, as2_message_id: str) -> Any:
    """The earlier inbound copy of this AS2 Message-ID that was stored and acknowledged."""
    return s.connection().execute(_ACCEPTED, {"partner": partner_id, "mid": as2_message_id}).first()


def outbound_exchange(s: Session, as2_message_id: str) -> As2Exchange | None:
    return s.scalars(
        select(As2Exchange)
        .where(As2Exchange.direction == "out", As2Exchange.as2_message_id == as2_message_id)
        .order_by(As2Exchange.id.desc())
        .limit(1)
    ).first()


# table-level statements, compiled once (no ORM unit of work, no per-call coercion)
_INSERT = {m: m.__table__.insert() for m in (Payload, Message, Job, Event, As2Exchange)}


def _insert(s: Session, model: type, values: dict[str, Any]) -> Any:
    return s.connection().execute(_INSERT[model], values).inserted_primary_key[0]


def add_event(
    s: Session,
    kind: str,
    *,
    detail: str,
    partner_id: str | None = None,
    message_id: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    _insert(
        s,
        Event,
        {
            "kind": kind,
            "detail": detail,
            "actor": "system",
            "partner_id": partner_id,
            "message_id": message_id,
            "data": data,
            "document_id": None,
            "order_id": None,
            "job_id": None,
        },
    )
    log_event(_log, kind, message_id=message_id, partner=partner_id, detail=detail)


def add_job(s: Session, kind: str, ref: str, *, max_attempts: int) -> None:
    _insert(
        s,
        Job,
        {
            "kind": kind,
            "ref": ref,
            "status": "queued",
            "attempts": 0,
            "max_attempts": max_attempts,
            "run_after": time.time(),
            "leased_until": None,
            "worker": None,
            "last_error": None,
            "finished_at": None,
        },
    )


def store_message(
    s: Session,
    *,
    partner_id: str | None,
    data: bytes,
    meta: dict[str, Any],
    transport_id: str,
    status: str,
    reason: str | None = None,
    fmt: str | None = None,
    parsed: dict[str, Any] | None = None,
    job: bool = False,
    max_attempts: int = 6,
) -> str:
    """Payload + message (+ inbound job) + event in the caller's transaction; the message id."""
    digest = hashlib.sha256(data).hexdigest()
    payload_id = _insert(s, Payload, {"sha256": digest, "size": len(data), "data": data})
    mid = new_message_id()
    _insert(
        s,
        Message,
        {
            "id": mid,
            "partner_id": partner_id,
            "channel": "as2",
            "status": status,
            "payload_id": payload_id,
            "sha256": digest,
            "size": len(data),
            "transport_id": transport_id,
            "meta": meta,
            "reason": reason,
            "format": fmt,
            "parsed": parsed,
        },
    )
    if job:
        add_job(s, "inbound", mid, max_attempts=max_attempts)
    add_event(
        s,
        f"message.{status}",
        partner_id=partner_id,
        message_id=mid,
        detail=reason or f"{len(data)} bytes over as2",
        data={"sha256": digest, "size": len(data), "channel": "as2"},
    )
    return mid


_EXCHANGE_COLUMNS = {c.name: None for c in As2Exchange.__table__.columns if c.name != "id"}
del _EXCHANGE_COLUMNS["created_at"], _EXCHANGE_COLUMNS["updated_at"]


def add_exchange(s: Session, **values: Any) -> int:
    return int(_insert(s, As2Exchange, {**_EXCHANGE_COLUMNS, **values}))


def fail_document(s: Session, document_id: int, reason: str) -> None:
    """A permanent delivery failure (negative MDN, bad MIC, expired certificate): no retry."""
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
