"""The transactional outbox: outbound documents and their delivery jobs, control numbers."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from gateway.store import events, fastsql, queue
from gateway.store.base import utcnow
from gateway.store.models import ControlNumber, OutboundDocument, Payload

__all__ = ["PICKUP_CHANNELS", "QueuedDocument", "add_document", "next_control", "next_controls"]

# channels where the partner fetches the document itself: no delivery job
PICKUP_CHANNELS = frozenset({"http", "sftp", "none"})

# the largest value each level can hold before it wraps back to 1
_WRAP = {"isa": 999_999_999, "gs": 999_999_999, "st": 999_999_999, "unb": 99_999_999_999_999}

# prebuilt Core statements: these run several times for every document queued, and Core on
# the session's connection costs a fraction of an ORM-enabled update or a unit-of-work flush
_control = ControlNumber.__table__
_NEXT = (
    _control.update()
    .where(_control.c.partner_id == bindparam("p"), _control.c.level == bindparam("l"))
    .values(value=_control.c.value % bindparam("lim") + 1)
    .returning(_control.c.value)
)


def _next_many(count: int):  # type: ignore[no-untyped-def]
    """One UPDATE .. RETURNING for `count` levels of a partner (binds l0, l1, ...)."""
    return (
        _control.update()
        .where(
            _control.c.partner_id == bindparam("p"),
            _control.c.level.in_([bindparam(f"l{i}") for i in range(count)]),
        )
        .values(value=_control.c.value % bindparam("lim") + 1)
        .returning(_control.c.level, _control.c.value)
    )


# ISA13/GS06/ST02, UNB/UNG/UNH...: an interchange never has more levels than this
_NEXT_MANY = {n: _next_many(n) for n in range(2, 5)}
_PAYLOAD = insert(Payload.__table__).returning(Payload.__table__.c.id)
_DOCUMENT = insert(OutboundDocument.__table__).returning(OutboundDocument.__table__.c.id)


def next_control(session: Session, partner_id: str, level: str) -> int:
    """Take the next control number for (partner, level) in the caller's transaction.

    Numbers are never reused while the sequence lasts; after the level's maximum they
    wrap to 1 (X12 ISA13/GS06 are 9 digits, EDIFACT 0020 is 14 characters).
    """
    limit = _WRAP.get(level, 999_999_999)
    res = (
        session.connection()
        .execute(_NEXT, {"p": partner_id, "l": level, "lim": limit})
        .scalar_one_or_none()
    )
    if res is not None:
        return int(res)
    session.add(ControlNumber(partner_id=partner_id, level=level, value=1))
    session.flush()
    return 1


def next_controls(session: Session, partner_id: str, levels: tuple[str, ...]) -> tuple[int, ...]:
    """`next_control` for several levels at once (ISA13, GS06 and ST02 of one interchange),
    in one statement when the levels are distinct and wrap at the same maximum."""
    limits = {_WRAP.get(level, 999_999_999) for level in levels}
    stmt = _NEXT_MANY.get(len(levels))
    if stmt is None or len(set(levels)) != len(levels) or len(limits) != 1:
        return tuple(next_control(session, partner_id, level) for level in levels)
    params = {"p": partner_id, "lim": limits.pop()}
    params.update((f"l{i}", level) for i, level in enumerate(levels))
    rows = fastsql.run(session.connection(), stmt, params).fetchall()
    got = {level: int(value) for level, value in rows}
    # a level never used before has no row yet: next_control starts it at 1
    return tuple(got.get(level) or next_control(session, partner_id, level) for level in levels)


@dataclass(frozen=True, slots=True)
class QueuedDocument:
    """What `add_document` wrote: the outbound_document row as queued."""

    id: int
    partner_id: str
    doc_type: str
    channel: str
    status: str
    payload_id: int
    content_type: str
    filename: str
    message_id: str | None
    order_id: int | None
    interchange_control: str | None
    group_control: str | None
    set_control: str | None
    created_at: dt.datetime


def add_document(
    session: Session,
    *,
    partner_id: str,
    doc_type: str,
    channel: str,
    data: bytes,
    content_type: str = "application/edi-x12",
    filename: str = "",
    message_id: str | None = None,
    order_id: int | None = None,
    controls: tuple[str | None, str | None, str | None] = (None, None, None),
    max_attempts: int = 8,
) -> QueuedDocument:
    """Queue an outbound document in the caller's transaction (with its delivery job).

    Returns what was written (Core inserts, not the unit of work: no ORM object is built,
    two per order placed)."""
    conn = session.connection()
    payload_id = fastsql.run(
        conn,
        _PAYLOAD,
        {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "data": data},
    ).fetchone()[0]
    values = {
        "partner_id": partner_id,
        "doc_type": doc_type,
        "channel": channel,
        "status": "queued",
        "payload_id": payload_id,
        "content_type": content_type,
        "filename": filename,
        "message_id": message_id,
        "order_id": order_id,
        "interchange_control": controls[0],
        "group_control": controls[1],
        "set_control": controls[2],
        "created_at": utcnow(),
    }
    doc = QueuedDocument(id=fastsql.run(conn, _DOCUMENT, values).fetchone()[0], **values)
    if channel not in PICKUP_CHANNELS:
        queue.enqueue(session, "deliver", str(doc.id), max_attempts=max_attempts)
    events.record(
        session,
        "document.queued",
        partner_id=partner_id,
        message_id=message_id,
        document_id=doc.id,
        order_id=order_id,
        detail=f"{doc_type} via {channel}",
    )
    return doc


def payload_of(session: Session, payload_id: int) -> bytes:
    return session.scalar(select(Payload.data).where(Payload.id == payload_id)) or b""
