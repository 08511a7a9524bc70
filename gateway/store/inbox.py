"""Persist-then-acknowledge: store a received payload and its job in one transaction.

Every channel stores each message here before it acknowledges; on SQLite these writes queue
on the one write lock. So a message is made ready first (digest, id, rows bound for the
driver, JSON, times) and only its statements run inside the lock: the messages of a group
commit are written with one executemany per table, the payload ids assigned there.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Required, TypedDict, Unpack

from sqlalchemy import bindparam, func, literal_column, select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from gateway.store import events, fastsql
from gateway.store.base import utcnow
from gateway.store.db import Database
from gateway.store.models import Job, Message, Payload

__all__ = ["Incoming", "Received", "add_received", "new_message_id", "receive"]

# payload ids are given, not returned, so that one executemany writes many payloads
_INSERT_PAYLOAD = Payload.__table__.insert()
_INSERT_MESSAGE = Message.__table__.insert()
_INSERT_JOB = Job.__table__.insert()
# SQLite, the write lock held: `payload.id` is a rowid without AUTOINCREMENT, so the ids
# SQLite would give the next rows itself are max + 1, max + 2...
_LAST_PAYLOAD_ID = select(func.max(Payload.__table__.c.id))
# PostgreSQL: ids taken from the column's own sequence, as its default takes them
_NEXT_PAYLOAD_IDS = select(
    func.nextval(func.pg_get_serial_sequence(literal_column("'payload'"), literal_column("'id'")))
).select_from(func.generate_series(1, bindparam("n")))


@dataclass(frozen=True, slots=True)
class Received:
    message_id: str
    sha256: str
    size: int
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)  # not frozen: cheaper to make, never changed
class _Message:
    """One received message with its rows bound ahead of the write transaction: the
    payload's id (and the message's reference to it) is given only in the transaction."""

    received: Received
    payload: fastsql.Bound
    message: fastsql.Bound
    job: fastsql.Bound | None
    event: events.Prepared


def new_message_id() -> str:
    return uuid.uuid4().hex


class Incoming(TypedDict, total=False):
    """What a channel received, as `receive` and `add_received` take it (the defaults are
    `_prepare`'s)."""

    partner_id: Required[str | None]
    channel: Required[str]
    data: Required[bytes]
    meta: dict[str, Any] | None
    transport_id: str | None
    status: str
    reason: str | None
    process: bool
    max_attempts: int
    job_kind: str


def receive(db: Database, **incoming: Unpack[Incoming]) -> Received:
    """Store the raw bytes, a `message` row and (if `process`) its inbound job; commit.

    Only after this returns may the transport acknowledge. A message that is stored
    already refused (`status="rejected"`) keeps its bytes for inspection but gets no job.
    Messages that threads store at the same moment share one transaction (group commit)
    and are written together, one statement per table.
    """
    return db.group.write(_write, _prepare(db.engine.dialect, **incoming))


def add_received(s: Session, **incoming: Unpack[Incoming]) -> Received:
    """`receive` inside the caller's transaction (several messages stored all or nothing)."""
    return _write(s, [_prepare(s.get_bind().dialect, **incoming)])[0]


def _prepare(
    dialect: Dialect,
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
) -> _Message:
    # everything but the payload id, before the write lock: digest, id, JSON, times
    digest = hashlib.sha256(data).hexdigest()
    mid = new_message_id()
    size = len(data)
    now = utcnow()
    payload = {"id": 0, "sha256": digest, "size": size, "data": data}
    message = {
        "id": mid,
        "partner_id": partner_id,
        "channel": channel,
        "status": status,
        "payload_id": 0,
        "sha256": digest,
        "size": size,
        "transport_id": transport_id,
        "meta": meta or {},
        "reason": reason,
        "received_at": now,
        "updated_at": now,
    }
    # a fresh message id: no existing job to look for
    job = (
        {
            "kind": job_kind,
            "ref": mid,
            "max_attempts": max_attempts,
            "run_after": time.time(),
            "created_at": now,
        }
        if process and status == "received"
        else None
    )
    event = events.prepare(
        dialect,
        f"message.{status}",
        partner_id=partner_id,
        message_id=mid,
        detail=reason or f"{size} bytes over {channel}",
        data={"sha256": digest, "size": size, "channel": channel},
        at=now,
    )
    return _Message(
        Received(mid, digest, size, meta or {}),
        fastsql.bind(dialect, _INSERT_PAYLOAD, payload),
        fastsql.bind(dialect, _INSERT_MESSAGE, message),
        None if job is None else fastsql.bind(dialect, _INSERT_JOB, job),
        event,
    )


def _write(s: Session, msgs: list[_Message]) -> list[Received]:
    """The rows of `msgs` in `s`'s transaction: one executemany per table."""
    conn = s.connection()
    ids = _payload_ids(conn, len(msgs))
    fastsql.run_bound(conn, [m.payload.with_value("id", i) for m, i in zip(msgs, ids, strict=True)])
    fastsql.run_bound(
        conn, [m.message.with_value("payload_id", i) for m, i in zip(msgs, ids, strict=True)]
    )
    jobs = [m.job for m in msgs if m.job is not None]
    if jobs:
        fastsql.run_bound(conn, jobs)
    events.add(s, [m.event for m in msgs])
    return [m.received for m in msgs]


def _payload_ids(conn: Connection, n: int) -> Sequence[int]:
    """`n` new ids for payload rows written in this transaction."""
    if conn.dialect.name == "sqlite":  # the write lock is held: nobody else inserts
        last = fastsql.scalar(conn, _LAST_PAYLOAD_ID, {}) or 0
        return range(last + 1, last + 1 + n)
    return [r[0] for r in fastsql.rows(conn, _NEXT_PAYLOAD_IDS, {"n": n})]
