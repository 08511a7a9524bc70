"""Persist-then-acknowledge: store a received payload and its job in one transaction."""

from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from gateway.store import events, fastsql
from gateway.store.db import Database
from gateway.store.models import Job, Message, Payload

__all__ = ["Received", "add_received", "new_message_id", "receive"]

_INSERT_PAYLOAD = Payload.__table__.insert().returning(Payload.__table__.c.id)
_INSERT_MESSAGE = Message.__table__.insert()
_INSERT_JOB = Job.__table__.insert()


@dataclass(frozen=True, slots=True)
class Received:
    message_id: str
    sha256: str
    size: int
    meta: dict[str, Any] = field(default_factory=dict)


def new_message_id() -> str:
    return uuid.uuid4().hex


def receive(
    db: Database,
    *,
    partner_id: str | None,
    channel: str,
    data: bytes,
    meta: dict[str, Any] | None = None,
    transport_id: str | None = None,
    status: str = "received",
    reason: str | None = None,
    process: bool = True,
    max_attempts: int = 6,
    job_kind: str = "inbound",
) -> Received:
    """Store the raw bytes, a `message` row and (if `process`) its inbound job; commit.

    Only after this returns may the transport acknowledge. A message that is stored
    already refused (`status="rejected"`) keeps its bytes for inspection but gets no job.
    Messages that threads store at the same moment share one transaction (group commit).
    """
    return db.group.run(
        lambda s: add_received(
            s,
            partner_id=partner_id,
            channel=channel,
            data=data,
            meta=meta,
            transport_id=transport_id,
            status=status,
            reason=reason,
            process=process,
            max_attempts=max_attempts,
            job_kind=job_kind,
        )
    )


def add_received(
    s: Session,
    *,
    partner_id: str | None,
    channel: str,
    data: bytes,
    meta: dict[str, Any] | None = None,
    transport_id: str | None = None,
    status: str = "received",
    reason: str | None = None,
    process: bool = True,
    max_attempts: int = 6,
    job_kind: str = "inbound",
) -> Received:
    """`receive` inside the caller's transaction (several messages stored all or nothing)."""
    digest = hashlib.sha256(data).hexdigest()
    mid = new_message_id()
    # Core inserts with separate parameters: this runs for every message on every
    # channel before the acknowledgement; values() inlined into the statement made
    # SQLAlchemy build a new cache key over the payload bytes each time.
    conn = s.connection()
    payload_id = fastsql.run(
        conn, _INSERT_PAYLOAD, {"sha256": digest, "size": len(data), "data": data}
    ).fetchone()[0]
    fastsql.run(
        conn,
        _INSERT_MESSAGE,
        {
            "id": mid,
            "partner_id": partner_id,
            "channel": channel,
            "status": status,
            "payload_id": payload_id,
            "sha256": digest,
            "size": len(data),
            "transport_id": transport_id,
            "meta": meta or {},
            "reason": reason,
        },
    )
    if process and status == "received":
        # a fresh message id: no existing job to look for
        fastsql.run(
            conn,
            _INSERT_JOB,
            {
                "kind": job_kind,
                "ref": mid,
                "max_attempts": max_attempts,
                "run_after": time.time(),
            },
        )
    events.record(
        s,
        f"message.{status}",
        partner_id=partner_id,
        message_id=mid,
        detail=reason or f"{len(data)} bytes over {channel}",
        data={"sha256": digest, "size": len(data), "channel": channel},
    )
    return Received(mid, digest, len(data), meta or {})
