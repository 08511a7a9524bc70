"""Append events (the one history every view reads) and log each as one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from sqlalchemy import event as sa_event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from gateway.logs import get_logger, log_event
from gateway.store import fastsql
from gateway.store.base import utcnow
from gateway.store.models import Event

__all__ = ["EventFields", "Prepared", "add", "batched", "prepare", "record"]

_log = get_logger("events")
_INSERT = Event.__table__.insert()
_BATCH = "event_batch"


@dataclass(slots=True)  # not frozen: cheaper to make (one per event), never changed
class Prepared:
    """An event made ahead of the transaction that adds it (`add`): its row bound for the
    driver and its log line."""

    row: fastsql.Bound
    log: tuple[str, dict[str, Any]]


class EventFields(TypedDict, total=False):
    """What an event says besides its kind (the defaults are `_event`'s)."""

    detail: str
    actor: str
    partner_id: str | None
    message_id: str | None
    document_id: int | None
    order_id: int | None
    job_id: int | None
    data: dict[str, Any] | None


def record(session: Session, kind: str, **fields: Unpack[EventFields]) -> None:
    """Add one event row to the caller's transaction: at once, or at the end of the
    enclosing `batched` block."""
    row, log = _event(kind, None, **fields)
    pending = session.info.get(_BATCH)
    if pending is not None:
        pending.append(row)
    else:
        # a Core insert on the session's connection: a third of the cost of a unit-of-work
        # object, and events are the most frequent row the gateway writes
        fastsql.run(session.connection(), _INSERT, row)
    # logged only once the transaction commits, so the log never tells of rolled-back work
    session.info.setdefault("pending_logs", []).append(log)


def prepare(
    dialect: Dialect, kind: str, *, at: dt.datetime | None = None, **fields: Unpack[EventFields]
) -> Prepared:
    """An event for `add`, its row already bound (JSON, time): so that a writer holding
    SQLite's write lock only executes it. `at` defaults to now."""
    row, log = _event(kind, at, **fields)
    return Prepared(fastsql.bind(dialect, _INSERT, row), log)


def add(session: Session, prepared: Sequence[Prepared]) -> None:
    """Add prepared events to the caller's transaction (one executemany), as `record` adds
    each: at once, or at the end of the enclosing `batched` block."""
    if not prepared:
        return
    pending = session.info.get(_BATCH)
    if pending is not None:
        pending.extend(p.row.params for p in prepared)
    else:
        fastsql.run_bound(session.connection(), [p.row for p in prepared])
    session.info.setdefault("pending_logs", []).extend(p.log for p in prepared)


def _event(
    kind: str,
    at: dt.datetime | None,
    *,
    detail: str = "",
    actor: str = "system",
    partner_id: str | None = None,
    message_id: str | None = None,
    document_id: int | None = None,
    order_id: int | None = None,
    job_id: int | None = None,
    data: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], tuple[str, dict[str, Any]]]:
    """The event's row, and its log line (kind, fields)."""
    row = {
        "at": utcnow() if at is None else at,
        "kind": kind,
        "detail": detail,
        "actor": actor,
        "partner_id": partner_id,
        "message_id": message_id,
        "document_id": document_id,
        "order_id": order_id,
        "job_id": job_id,
        "data": data,
    }
    log = {
        "message_id": message_id,
        "partner": partner_id,
        "document_id": document_id,
        "order_id": order_id,
        "detail": detail or None,
    }
    return row, (kind, log)


@contextmanager
def batched(session: Session) -> Iterator[None]:
    """Events recorded inside the block are written together (one executemany) when it
    ends, also when it ends with an exception (as if each had been written at once), except
    a database error that leaves nothing writable. For blocks that read no events back."""
    if _BATCH in session.info:  # already inside a batch: the outer block writes them
        yield
        return
    rows: list[dict[str, Any]] = []
    session.info[_BATCH] = rows
    writable = True
    try:
        yield
    except SQLAlchemyError:
        writable = False
        raise
    finally:
        session.info.pop(_BATCH, None)
        if rows and writable:
            fastsql.run(session.connection(), _INSERT, rows)


@sa_event.listens_for(Session, "after_commit")
def _flush_logs(session: Session) -> None:
    for kind, fields in session.info.pop("pending_logs", ()):
        log_event(_log, kind, **fields)


@sa_event.listens_for(Session, "after_rollback")
def _drop_logs(session: Session) -> None:
    session.info.pop("pending_logs", None)
