"""Glue from job kinds to translators, the OMS and the outbox.

An inbound job reads the stored payload, translates it outside any transaction, then
applies everything (orders, acknowledgements, message state, job completion) in one
write transaction, so running a job twice has the effect of once.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gateway.canonical import FunctionalAck, Order
from gateway.config import Config
from gateway.errors import BusinessError, DuplicateError, EnvelopeError, InputError
from gateway.logs import get_logger, log_event
from gateway.oms.orders import place_order
from gateway.profiles import PartnerDirectory, PartnerProfile
from gateway.store import events, outbox, queue
from gateway.store.base import utcnow
from gateway.store.db import Database
from gateway.store.models import Message, OutboundDocument, Payload
from gateway.store.queue import ClaimedJob
from gateway.translators.detect import detect_format

__all__ = ["Plan", "Runtime", "handle_job", "on_dead"]

_log = get_logger("pipeline")


@dataclass
class Outgoing:
    """A document to queue for a partner once the transaction runs (renders with control numbers)."""

    doc_type: str
    render: Callable[[Session], tuple[bytes, tuple[str | None, str | None, str | None]]]
    content_type: str = "application/edi-x12"
    filename: str = ""


@dataclass
class Plan:
    """What processing one message decided, applied later in a single transaction."""

    status: str = "processed"
    reason: str = ""
    format: str = "unknown"
    documents: list[Any] = field(default_factory=list)
    outgoing: list[Outgoing] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (event kind, detail)


FormatHandler = Callable[["Runtime", Message, bytes, PartnerProfile | None], Plan]
DocumentHandler = Callable[["Runtime", Session, Any, PartnerProfile, Message], str | None]
Deliverer = Callable[["Runtime", OutboundDocument, bytes, PartnerProfile], str | None]


@dataclass
class Runtime:
    """Everything a job needs, injected (tests pass their own)."""

    config: Config
    db: Database
    partners: PartnerDirectory
    formats: dict[str, FormatHandler] = field(default_factory=dict)
    documents: dict[type, DocumentHandler] = field(default_factory=dict)
    deliverers: dict[str, Deliverer] = field(default_factory=dict)
    job_kinds: dict[str, Callable[[Runtime, ClaimedJob, str], None]] = field(default_factory=dict)


def handle_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    fn = rt.job_kinds.get(job.kind)
    if fn is None:
        raise RuntimeError(f"no handler for job kind {job.kind!r}")
    fn(rt, job, worker)


def on_dead(rt: Runtime, job: ClaimedJob, error: str) -> None:
    """Make a dead-lettered job visible where the admin looks: the message or document."""
    with rt.db.transaction() as s:
        if job.kind == "inbound":
            s.execute(update(Message).where(Message.id == job.ref)
                      .values(status="failed", reason=error[-2000:]))
            events.record(s, "message.failed", message_id=job.ref, job_id=job.id,
                          detail=f"gave up after {job.attempts} attempts: {error[-500:]}")
        elif job.kind == "deliver":
            s.execute(update(OutboundDocument).where(OutboundDocument.id == int(job.ref))
                      .values(status="failed", reason=error[-2000:]))
            events.record(s, "document.failed", document_id=int(job.ref), job_id=job.id,
                          detail=f"gave up after {job.attempts} attempts: {error[-500:]}")


# --- inbound --------------------------------------------------------------------------------

def process_inbound(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    with rt.db.reading() as s:
        msg = s.get(Message, job.ref)
        if msg is None:
            raise RuntimeError(f"message {job.ref} not found")
        data = s.scalar(select(Payload.data).where(Payload.id == msg.payload_id)) or b""
    profile = rt.partners.get(msg.partner_id) if msg.partner_id else None
    plan = plan_message(rt, msg, data, profile)
    with rt.db.transaction() as s:
        apply_plan(rt, s, plan, msg, profile, job_id=job.id)
        queue.finish(s, job, worker)


def plan_message(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    """Detect and translate; never raises for bad input (it becomes a rejected plan)."""
    fmt = detect_format(data)
    handler = rt.formats.get(fmt)
    if handler is None:
        what = "not a document format the gateway recognises" if fmt == "unknown" else \
            f"{fmt} documents are not accepted yet"
        return Plan(status="rejected", format=fmt, reason=f"{what} (first bytes: {data[:40]!r})")
    try:
        plan = handler(rt, msg, data, profile)
    except (InputError, EnvelopeError) as exc:
        return Plan(status="rejected", format=fmt, reason=exc.detail)
    plan.format = fmt
    return plan


def apply_plan(rt: Runtime, s: Session, plan: Plan, msg: Message,
               profile: PartnerProfile | None, *, job_id: int | None = None) -> None:
    partner_id = profile.id if profile else msg.partner_id
    refused: list[str] = []
    placed = 0
    for doc in plan.documents:
        handler = rt.documents.get(type(doc))
        if handler is None or profile is None:
            refused.append(f"no handler for {type(doc).__name__}")
            continue
        try:
            with s.begin_nested():
                note = handler(rt, s, doc, profile, msg)
            placed += 1
            if note:
                plan.notes.append(("document.applied", note))
        except DuplicateError as exc:
            refused.append(exc.detail)
            events.record(s, "order.duplicate", partner_id=partner_id, message_id=msg.id,
                          detail=exc.detail)
        except BusinessError as exc:
            refused.append(exc.detail)
            events.record(s, "order.refused", partner_id=partner_id, message_id=msg.id,
                          detail=f"{exc.code}: {exc.detail}")
    for out in plan.outgoing:
        if profile is None:
            break
        data, controls = out.render(s)
        if not data:  # nothing owed after all (e.g. no APERAK for an accepted order)
            continue
        outbox.add_document(s, partner_id=profile.id, doc_type=out.doc_type,
                            channel=profile.channel_for(out.doc_type), data=data,
                            content_type=out.content_type, filename=out.filename,
                            message_id=msg.id, controls=controls)
    status, reason = plan.status, plan.reason
    if status == "processed" and refused and placed == 0:
        dup_only = all("already received" in r for r in refused)
        status = "duplicate" if dup_only else "rejected"
        reason = "; ".join(refused)
    elif refused:
        reason = "; ".join([reason, *refused]).strip("; ")
    for kind, detail in plan.notes:
        events.record(s, kind, partner_id=partner_id, message_id=msg.id, detail=detail)
    s.execute(update(Message).where(Message.id == msg.id).values(
        status=status, reason=reason or None, format=plan.format, parsed=plan.summary or None))
    events.record(s, f"message.{status}", partner_id=partner_id, message_id=msg.id,
                  job_id=job_id, detail=reason or f"{plan.format}: {len(plan.documents)} documents")


def order_handler(rt: Runtime, s: Session, order: Order, profile: PartnerProfile,
                  msg: Message) -> str | None:
    placed = place_order(s, order, customer_number=profile.customer, actor=f"partner:{profile.id}")
    return f"order {placed.number} for PO {order.po_number}"


# --- outbound delivery ----------------------------------------------------------------------

def deliver(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    with rt.db.reading() as s:
        doc = s.get(OutboundDocument, int(job.ref))
        if doc is None:
            raise RuntimeError(f"document {job.ref} not found")
        data = outbox.payload_of(s, doc.payload_id)
    if doc.status in ("delivered", "acknowledged", "ack_rejected"):
        with rt.db.transaction() as s:
            queue.finish(s, job, worker)
        return
    profile = rt.partners.get(doc.partner_id)
    fn = rt.deliverers.get(doc.channel)
    if profile is None or fn is None:
        raise RuntimeError(f"cannot deliver over {doc.channel!r} to {doc.partner_id!r}")
    transport_id = fn(rt, doc, data, profile)
    with rt.db.transaction() as s:
        s.execute(update(OutboundDocument).where(OutboundDocument.id == doc.id).values(
            status="delivered", transport_id=transport_id, delivered_at=utcnow()))
        events.record(s, "document.delivered", partner_id=doc.partner_id, document_id=doc.id,
                      job_id=job.id, detail=f"{doc.doc_type} via {doc.channel}")
        queue.finish(s, job, worker)


def describe_failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"


def log_job(event: str, job: ClaimedJob, **fields: Any) -> None:
    log_event(_log, event, job_id=job.id, kind=job.kind, ref=job.ref, attempt=job.attempts,
              **fields)
