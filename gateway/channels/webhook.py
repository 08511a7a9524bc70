"""Webhooks for dropship partners: signed JSON ship requests out, signed shipment
confirmations in (turned into the canonical `Shipment` by a queued job).

Signature: header `<signature_header>: t=<unix time>,sha256=<hex>` where the hex is
HMAC-SHA256 over `<unix time>.` followed by the raw body, keyed with the partner's
shared secret. Requests older than five minutes are refused (replay).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from twisted.internet import threads
from twisted.web import server

from gateway.canonical import Shipment
from gateway.channels.common import note
from gateway.channels.settings import WebhookProfile, secret_from_env
from gateway.errors import BusinessError, InputError
from gateway.oms.models import SalesOrder
from gateway.pipeline import Plan, Runtime, apply_plan, load_message
from gateway.profiles import PartnerProfile
from gateway.protocols.http import Api, ApiError, PartnerResource, run_async
from gateway.store import events, inbox, queue
from gateway.store.models import Message, OutboundDocument
from gateway.store.queue import ClaimedJob
from gateway.translators.canonical_json import loads

__all__ = ["ShipmentResource", "deliver_webhook", "record_shipment", "shipment_job", "sign"]

JOB = "webhook_shipment"
MAX_SKEW = 300


class WebhookFailed(Exception):
    """The partner's endpoint did not answer 2xx (the delivery is retried)."""


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},sha256={mac.hexdigest()}"


def verify(secret: str, header: str, body: bytes, *, now: float | None = None) -> str | None:
    """None when `header` is a valid fresh signature of `body`, else the reason."""
    fields = dict(p.strip().partition("=")[::2] for p in header.split(",") if "=" in p)
    try:
        ts = int(fields.get("t", ""))
    except ValueError:
        return "signature header lacks t=<unix time>"
    if abs((now or time.time()) - ts) > MAX_SKEW:
        return f"signature timestamp {ts} is more than {MAX_SKEW} s away from our clock"
    if not hmac.compare_digest(sign(secret, ts, body), f"t={ts},sha256={fields.get('sha256')}"):
        return "signature does not match the body"
    return None


def _settings(profile: PartnerProfile) -> tuple[WebhookProfile, str]:
    sec: WebhookProfile | None = profile.section("webhook")
    if sec is None:
        raise BusinessError(f"partner {profile.id} has no [webhook] section", code="config")
    return sec, secret_from_env(
        sec.secret_env, sec.secret, what=f"{profile.source}: webhook secret"
    )


def deliver_webhook(
    rt: Runtime, doc: OutboundDocument, data: bytes, profile: PartnerProfile
) -> str:
    """`rt.deliverers["webhook"]`: POST the document as signed JSON; raise to retry."""
    sec, secret = _settings(profile)
    if "json" not in doc.content_type:
        data = json.dumps(
            {
                "document_id": doc.id,
                "type": doc.doc_type,
                "content_type": doc.content_type,
                "content": data.decode("utf-8", "replace"),
            }
        ).encode()
    if not sec.url.startswith(("https://", "http://")):
        raise BusinessError(f"{profile.source}: webhook.url must be an http(s) URL", code="config")
    req = urllib.request.Request(  # noqa: S310 (scheme checked above)
        sec.url,
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "edi-gateway",
            sec.signature_header: sign(secret, int(time.time()), data),
            "X-Gateway-Document": str(doc.id),
            "X-Gateway-Type": doc.doc_type,
            "Idempotency-Key": f"doc-{doc.id}",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=sec.timeout) as resp:  # noqa: S310 (checked)
            return f"HTTP {resp.status}"
    except urllib.error.HTTPError as exc:
        raise WebhookFailed(
            f"{sec.url} answered HTTP {exc.code}: {exc.read(300).decode('utf-8', 'replace')}"
        ) from None


class ShipmentResource(PartnerResource):
    """POST /api/v1/webhooks/shipment: bearer token + signature, then store and 202."""

    def __init__(self, api: Api, rt: Runtime) -> None:
        super().__init__(api)
        self.rt = rt

    def _refuse(self, partner_id: str | None, reason: str) -> ApiError:
        threads.deferToThread(note, self.rt.db, "webhook.refused", partner_id, reason)
        return ApiError(401, "unauthorized", reason)

    def render_POST(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any], bytes]:
            if getattr(request, "too_large", False):
                raise ApiError(413, "too_large", f"body exceeds {self.api.max_body} bytes")
            try:
                partner = self.partner(request)
            except ApiError as exc:
                raise self._refuse(None, exc.detail) from None
            request.content.seek(0)
            body = request.content.read()
            try:
                sec, secret = _settings(partner)
            except BusinessError as exc:
                raise self._refuse(partner.id, exc.detail) from None
            header = (request.getHeader(sec.signature_header.encode()) or b"").decode("latin-1")
            why = (
                verify(secret, header, body) if header else f"missing {sec.signature_header} header"
            )
            if why is not None:
                raise self._refuse(partner.id, f"shipment webhook refused: {why}")
            problem = _json_problem(body)
            rec = await threads.deferToThread(
                inbox.receive,
                self.rt.db,
                partner_id=partner.id,
                channel="webhook",
                data=body,
                meta={"endpoint": "shipment"},
                status="rejected" if problem else "received",
                reason=problem,
                job_kind=JOB,
            )
            if problem:
                raise ApiError(400, "bad_json", f"{problem} (stored as {rec.message_id})")
            return 202, {"message_id": rec.message_id, "sha256": rec.sha256}, b""

        return run_async(request, go)


def _json_problem(body: bytes) -> str | None:
    try:
        parsed = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return f"not valid JSON: {exc}"
    return None if isinstance(parsed, dict) else "expected a JSON object"


def shipment_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    """Job `webhook_shipment`: JSON -> canonical Shipment -> document handler, one txn."""
    msg, data = load_message(rt, job.ref)
    profile = rt.partners.get(msg.partner_id or "")
    try:
        shipment = loads(Shipment, data, partner_id=msg.partner_id or "", source_message_id=msg.id)
        plan = Plan(
            format="json",
            documents=[shipment],
            summary={
                "shipment_id": shipment.shipment_id,
                "tracking": list(shipment.tracking_numbers),
            },
        )
    except InputError as exc:
        plan = Plan(status="rejected", format="json", reason=exc.detail)
    with rt.db.transaction() as s:
        apply_plan(rt, s, plan, msg, profile, job_id=job.id)
        queue.finish(s, job, worker)


def record_shipment(
    rt: Runtime, s: Session, doc: Shipment, profile: PartnerProfile, msg: Message
) -> str:
    """Default Shipment handler (until the OMS registers its own): note it on the order."""
    q = select(SalesOrder)
    q = (
        q.where(SalesOrder.number == doc.order_number)
        if doc.order_number
        else q.where(SalesOrder.po_number.in_(doc.po_numbers))
    )
    order = s.scalars(q.limit(1)).first()
    if order is None:
        raise BusinessError(
            f"shipment {doc.shipment_id}: no order {doc.order_number or ', '.join(doc.po_numbers)}",
            code="unknown_order",
        )
    detail = (
        f"shipment {doc.shipment_id} by {profile.id}: {doc.carrier} {doc.service}"
        f" tracking {', '.join(doc.tracking_numbers) or '-'},"
        f" {len(doc.all_lines())} line(s)"
    )
    events.record(
        s,
        "order.shipment",
        actor=f"partner:{profile.id}",
        partner_id=profile.id,
        message_id=msg.id,
        order_id=order.id,
        detail=detail,
        data={"carrier": doc.carrier, "tracking": list(doc.tracking_numbers)},
    )
    return f"{detail} for order {order.number}"
