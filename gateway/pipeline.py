"""Glue from job kinds to translators, the OMS and the outbox.

An inbound job reads the stored payload, translates it outside any transaction, then
applies everything (orders, acknowledgements, message state, job completion) in one
write transaction, so running a job twice has the effect of once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import traceback
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from gateway.canonical import (
    Invoice,
    Order,
    OrderResponse,
    PurchaseOrder,
    Shipment,
    ShipRequest,
)
from gateway.config import Config
from gateway.errors import BusinessError, DuplicateError, EnvelopeError, InputError
from gateway.logs import get_logger, log_event
from gateway.oms.orders import PricedOrder, place_order, price_order
from gateway.oms.outbox import Outbox
from gateway.profiles import PartnerDirectory, PartnerProfile
from gateway.store import events, fastsql, outbox, queue
from gateway.store.base import utcnow
from gateway.store.db import Database
from gateway.store.models import Message, OutboundDocument, Payload
from gateway.store.queue import ClaimedJob
from gateway.translators.detect import detect_format

__all__ = [
    "JSON_DOC_TYPES",
    "Plan",
    "Rendered",
    "Runtime",
    "handle_job",
    "on_dead",
    "order_handler",
    "order_preparer",
    "prepare_plans",
    "queue_canonical",
    "runtime_outbox",
]

_log = get_logger("pipeline")


@dataclass
class Outgoing:
    """A document to queue for a partner, rendered in the transaction with control numbers."""

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
    # index in `documents` -> what a preparer worked out for it before the write transaction
    prepared: dict[int, Any] = field(default_factory=dict)


@dataclass
class Rendered:
    """A canonical document rendered for one partner by a registered renderer."""

    doc_type: str  # "855", "856", "810", "940", "850", ...
    data: bytes
    controls: tuple[str | None, str | None, str | None] = (None, None, None)
    content_type: str = "application/edi-x12"
    filename: str = ""


FormatHandler = Callable[["Runtime", Message, bytes, PartnerProfile | None], Plan]
# (rt, s, doc, profile, msg) -> note; a handler with a preparer is also given prepared=...
DocumentHandler = Callable[..., str | None]
# reads only (a read transaction before the write one); None: nothing worked out ahead
Preparer = Callable[["Runtime", Session, Any, PartnerProfile], Any]
Deliverer = Callable[["Runtime", OutboundDocument, bytes, PartnerProfile], str | None]
# (standard, canonical type) -> renderer; runs in the transaction (control numbers from `s`)
Renderer = Callable[["Runtime", Session, Any, PartnerProfile], "Rendered | None"]


@dataclass
class Runtime:
    """Everything a job needs, injected (tests pass their own)."""

    config: Config
    db: Database
    partners: PartnerDirectory
    formats: dict[str, FormatHandler] = field(default_factory=dict)
    documents: dict[type, DocumentHandler] = field(default_factory=dict)
    # document handler -> its preparer (keyed by handler: a handler put in place of another
    # is not given what the other's preparer worked out)
    preparers: dict[DocumentHandler, Preparer] = field(default_factory=dict)
    deliverers: dict[str, Deliverer] = field(default_factory=dict)
    job_kinds: dict[str, Callable[[Runtime, ClaimedJob, str], None]] = field(default_factory=dict)
    # kinds that can run several jobs in one transaction; returns the jobs that failed
    job_batches: dict[
        str, Callable[[Runtime, list[ClaimedJob], str], list[tuple[ClaimedJob, BaseException]]]
    ] = field(default_factory=dict)
    renderers: dict[tuple[str, type], Renderer] = field(default_factory=dict)


def handle_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    fn = rt.job_kinds.get(job.kind)
    if fn is None:
        raise RuntimeError(f"no handler for job kind {job.kind!r}")
    fn(rt, job, worker)


def on_dead(rt: Runtime, job: ClaimedJob, error: str) -> None:
    """Make a dead-lettered job visible where the admin looks: the message or document."""
    with rt.db.transaction() as s:
        if job.kind == "inbound":
            s.execute(
                update(Message)
                .where(Message.id == job.ref)
                .values(status="failed", reason=error[-2000:])
            )
            events.record(
                s,
                "message.failed",
                message_id=job.ref,
                job_id=job.id,
                detail=f"gave up after {job.attempts} attempts: {error[-500:]}",
            )
        elif job.kind == "deliver":
            s.execute(
                update(OutboundDocument)
                .where(OutboundDocument.id == int(job.ref))
                .values(status="failed", reason=error[-2000:])
            )
            events.record(
                s,
                "document.failed",
                document_id=int(job.ref),
                job_id=job.id,
                detail=f"gave up after {job.attempts} attempts: {error[-500:]}",
            )


# --- inbound --------------------------------------------------------------------------------


def load_message(rt: Runtime, message_id: str) -> tuple[Message, bytes]:
    """A stored message and its raw bytes, read outside any write transaction."""
    with rt.db.reading() as s:
        msg = s.get(Message, message_id)
        if msg is None:
            raise RuntimeError(f"message {message_id} not found")
        data = s.scalar(select(Payload.data).where(Payload.id == msg.payload_id)) or b""
    return msg, data


def process_inbound(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    msg, data = load_message(rt, job.ref)
    profile = rt.partners.get(msg.partner_id) if msg.partner_id else None
    plan = plan_message(rt, msg, data, profile)
    prepare_plans(rt, [(plan, profile)])
    with rt.db.transaction() as s:
        apply_plan(rt, s, plan, msg, profile, job_id=job.id)
        queue.finish(s, job, worker)


def plan_message(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    """Detect and translate; never raises for bad input (it becomes a rejected plan)."""
    fmt = detect_format(data)
    handler = rt.formats.get(fmt)
    if handler is None:
        what = (
            "not a document format the gateway recognises"
            if fmt == "unknown"
            else f"{fmt} documents are not accepted yet"
        )
        return Plan(status="rejected", format=fmt, reason=f"{what} (first bytes: {data[:40]!r})")
    try:
        plan = handler(rt, msg, data, profile)
    except (InputError, EnvelopeError) as exc:
        return Plan(status="rejected", format=fmt, reason=exc.detail)
    plan.format = fmt
    return plan


_msg = Message.__table__
# prebuilt Core statement: every message processed ends with it
_MESSAGE_DONE = _msg.update().where(_msg.c.id == bindparam("mid"))


def apply_plan(
    rt: Runtime,
    s: Session,
    plan: Plan,
    msg: Message,
    profile: PartnerProfile | None,
    *,
    job_id: int | None = None,
    isolate: bool = True,
) -> None:
    """Apply a plan in `s`: its documents, outgoing documents and the message's status.

    Each document runs in a savepoint so a refused one leaves nothing behind and is
    recorded as refused; with `isolate=False` there is no savepoint and a refusal is raised
    to the caller instead (who rolls back and applies again with `isolate=True`)."""
    partner_id = profile.id if profile else msg.partner_id
    refused: list[str] = []
    duplicates = 0
    placed = 0
    for i, doc in enumerate(plan.documents):
        handler = rt.documents.get(type(doc))
        if handler is None or profile is None:
            refused.append(f"no handler for {type(doc).__name__}")
            continue
        ahead = plan.prepared.get(i)
        try:
            with s.begin_nested() if isolate else nullcontext():
                if ahead is None:
                    note = handler(rt, s, doc, profile, msg)
                else:
                    note = handler(rt, s, doc, profile, msg, prepared=ahead)
            placed += 1
            if note:
                plan.notes.append(("document.applied", note))
        except (DuplicateError, BusinessError) as exc:
            if not isolate:  # what the handler wrote is still there: the caller undoes it
                raise
            refused.append(exc.detail)
            if isinstance(exc, DuplicateError):
                duplicates += 1
                events.record(
                    s,
                    "order.duplicate",
                    partner_id=partner_id,
                    message_id=msg.id,
                    detail=exc.detail,
                )
            else:
                events.record(
                    s,
                    "order.refused",
                    partner_id=partner_id,
                    message_id=msg.id,
                    detail=f"{exc.code}: {exc.detail}",
                )
    # what follows reads no events back: its events go out in one statement
    with events.batched(s):
        for out in plan.outgoing:
            if profile is None:
                break
            data, controls = out.render(s)
            if not data:  # nothing owed after all (e.g. no APERAK for an accepted order)
                continue
            outbox.add_document(
                s,
                partner_id=profile.id,
                doc_type=out.doc_type,
                channel=profile.channel_for(out.doc_type),
                data=data,
                content_type=out.content_type,
                filename=out.filename,
                message_id=msg.id,
                controls=controls,
            )
        status, reason = plan.status, plan.reason
        if status == "processed" and refused and placed == 0:
            status = "duplicate" if duplicates == len(refused) else "rejected"
            reason = "; ".join(refused)
        elif refused:
            reason = "; ".join([reason, *refused]).strip("; ")
        for kind, detail in plan.notes:
            events.record(s, kind, partner_id=partner_id, message_id=msg.id, detail=detail)
        fastsql.run(
            s.connection(),
            _MESSAGE_DONE,
            {
                "mid": msg.id,
                "status": status,
                "reason": reason or None,
                "format": plan.format,
                "parsed": plan.summary or None,
                "updated_at": utcnow(),
            },
        )
        events.record(
            s,
            f"message.{status}",
            partner_id=partner_id,
            message_id=msg.id,
            job_id=job_id,
            detail=reason or f"{plan.format}: {len(plan.documents)} documents",
        )


def order_handler(
    rt: Runtime,
    s: Session,
    order: Order,
    profile: PartnerProfile,
    msg: Message,
    *,
    prepared: PricedOrder | None = None,
) -> str | None:
    placed = place_order(
        s,
        order,
        customer_number=profile.customer,
        outbox=runtime_outbox(rt, s, message_id=msg.id),
        actor=f"partner:{profile.id}",
        message_id=msg.id,
        priced=prepared,
    )
    return f"order {placed.number} for PO {order.po_number}: {placed.status}"


def order_preparer(
    rt: Runtime, s: Session, order: Order, profile: PartnerProfile
) -> PricedOrder | None:
    return price_order(s, order, customer_number=profile.customer)


def prepare_plans(rt: Runtime, plans: list[tuple[Plan, PartnerProfile | None]]) -> None:
    """Run the preparers of the plans' documents in one read transaction, before the write
    transaction that applies them. Best effort: a preparer that fails leaves its document
    to be worked out in the write transaction, where a refusal gets its reason."""
    wanted = [
        (plan, i, fn, doc, profile)
        for plan, profile in plans
        if profile is not None
        for i, doc in enumerate(plan.documents)
        if (fn := rt.preparers.get(rt.documents.get(type(doc)))) is not None
    ]
    if not wanted:
        return
    with rt.db.reading() as s:
        for plan, i, fn, doc, profile in wanted:
            try:
                ahead = fn(rt, s, doc, profile)
            except Exception as exc:
                log_event(_log, "prepare.failed", error=f"{type(exc).__name__}: {exc}")
                continue
            if ahead is not None:
                plan.prepared[i] = ahead


# --- canonical documents out of the OMS -------------------------------------------------------

# canonical type -> doc_type used when no renderer is registered for the partner's standard
JSON_DOC_TYPES: dict[type, str] = {
    OrderResponse: "order_response",
    ShipRequest: "ship_request",
    Shipment: "ship_notice",
    Invoice: "invoice",
    PurchaseOrder: "purchase_order",
}


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def _plain(value: Any) -> Any:
    """Frozen dataclasses to dicts, tuples to lists (no deep copies, unlike dataclasses.asdict)."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def canonical_json(doc: Any) -> bytes:
    """A canonical document as JSON ({"type": ..., "document": {...}}), Decimals as strings."""
    body = {"type": type(doc).__name__, "document": _plain(doc)}
    return json.dumps(body, default=_json_default, sort_keys=True).encode()


# the standards a partner may speak, in the order a profile's sections are looked at
STANDARDS = ("x12", "edifact", "ubl", "cxml")


def _standard(profile: PartnerProfile) -> str:
    """The standard we write to `profile` in: its `standard` key, else its first section."""
    if profile.standard:
        return profile.standard
    if profile.x12 is not None:
        return "x12"
    return next((name for name in STANDARDS if profile.section(name) is not None), "json")


def queue_canonical(
    rt: Runtime, s: Session, doc: Any, *, order_id: int | None = None, message_id: str | None = None
) -> outbox.QueuedDocument | None:
    """Queue a canonical document for its partner in the caller's transaction: rendered by
    `rt.renderers[(standard, type)]` when one is registered, else as canonical JSON."""
    profile = rt.partners.get(doc.partner_id) if doc.partner_id else None
    if isinstance(doc, OrderResponse) and doc.status == "held":
        # an acknowledgement of a held order goes only where the profile asks for it
        if profile is None or not profile.acks_held:
            return None
    if profile is None:
        events.record(
            s,
            "document.unroutable",
            partner_id=doc.partner_id or None,
            message_id=message_id,
            order_id=order_id,
            detail=f"{type(doc).__name__} for unknown partner {doc.partner_id!r}"
            " kept in the OMS only",
        )
        return None
    if isinstance(doc, OrderResponse) and profile.x12 is not None and not profile.x12.send_855:
        return None
    renderer = rt.renderers.get((_standard(profile), type(doc)))
    if renderer is not None:
        out = renderer(rt, s, doc, profile)
        if out is None:  # the partner's profile wants no such document
            return None
    else:
        doc_type = JSON_DOC_TYPES.get(type(doc), type(doc).__name__.lower())
        out = Rendered(
            doc_type,
            canonical_json(doc),
            content_type="application/json",
            filename=f"{doc_type}.json",
        )
    return outbox.add_document(
        s,
        partner_id=profile.id,
        doc_type=out.doc_type,
        channel=profile.channel_for(out.doc_type),
        data=out.data,
        content_type=out.content_type,
        filename=out.filename,
        message_id=message_id,
        order_id=order_id,
        controls=out.controls,
    )


def runtime_outbox(rt: Runtime, s: Session, *, message_id: str | None = None) -> Outbox:
    """The OMS's outbox seam bound to this transaction."""

    def emit(document: Any, *, order_id: int | None = None) -> None:
        queue_canonical(rt, s, document, order_id=order_id, message_id=message_id)

    return emit


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
        s.execute(
            update(OutboundDocument)
            .where(OutboundDocument.id == doc.id)
            .values(status="delivered", transport_id=transport_id, delivered_at=utcnow())
        )
        events.record(
            s,
            "document.delivered",
            partner_id=doc.partner_id,
            document_id=doc.id,
            job_id=job.id,
            detail=f"{doc.doc_type} via {doc.channel}",
        )
        queue.finish(s, job, worker)


def describe_failure(exc: BaseException) -> str:
    # from the exception itself: batch failures are reported outside their except block
    trace = "".join(traceback.format_exception(exc, limit=8))
    return f"{type(exc).__name__}: {exc}\n{trace}"


def process_inbound_batch(
    rt: Runtime, jobs: list[ClaimedJob], worker: str
) -> list[tuple[ClaimedJob, BaseException]]:
    """Process several inbound jobs with one read and one write transaction.

    When a job fails, the batch is applied again with each job's effects in their own
    savepoint, so one bad job never spoils the others: it is rolled back alone and
    returned with its exception for retry.
    """
    with rt.db.reading() as s:
        rows = s.execute(
            select(Message, Payload.data)
            .join(Payload, Payload.id == Message.payload_id)
            .where(Message.id.in_([j.ref for j in jobs]))
        ).all()
    found = {m.id: (m, data) for m, data in rows}
    failed: list[tuple[ClaimedJob, BaseException]] = []
    plans = []
    for job in jobs:
        if job.ref not in found:
            failed.append((job, RuntimeError(f"message {job.ref} not found")))
            continue
        msg, data = found[job.ref]
        profile = rt.partners.get(msg.partner_id) if msg.partner_id else None
        try:
            plans.append((job, msg, profile, plan_message(rt, msg, data, profile)))
        except Exception as exc:
            failed.append((job, exc))
    prepare_plans(rt, [(plan, profile) for _, _, profile, plan in plans])
    try:
        # first all jobs together without savepoints (four statements and two nested
        # transactions less per job); any failure or refusal undoes the lot, and the jobs
        # run again below, each job and each document in its own savepoint
        with rt.db.transaction() as s:
            for job, msg, profile, plan in plans:
                apply_plan(rt, s, _fresh(plan), msg, profile, job_id=job.id, isolate=False)
                queue.finish(s, job, worker)
        return failed
    except Exception as exc:
        log_event(_log, "batch.split", jobs=len(plans), error=f"{type(exc).__name__}: {exc}")
    with rt.db.transaction() as s:
        for job, msg, profile, plan in plans:
            try:
                with s.begin_nested():
                    apply_plan(rt, s, _fresh(plan), msg, profile, job_id=job.id)
                    queue.finish(s, job, worker)
            except Exception as exc:
                failed.append((job, exc))
    return failed


def _fresh(plan: Plan) -> Plan:
    """A copy of `plan` that `apply_plan` may add notes to (it may be applied twice)."""
    return dataclasses.replace(plan, notes=list(plan.notes))
