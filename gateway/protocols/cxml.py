"""POST /api/v1/cxml: the cXML request/response endpoint (cXML User's Guide, "Request-
Response Model"): the buyer posts a cXML request and reads the outcome from the cXML
Response in the same HTTP exchange.

The partner authenticates inside the document (From credential + Sender SharedSecret), so
the envelope is read (in a worker thread, by the injected `verify`) before the answer; the
raw bytes are stored either way (rejected ones without a job, with the reason) and only
then is the Response sent: Status 200 for an accepted request, 400 malformed, 401
unauthenticated, 406 not acceptable, 450 not implemented.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import select
from twisted.internet import threads
from twisted.web import resource, server

from gateway.logs import get_logger, log_event
from gateway.protocols.http import ApiError, run_async
from gateway.store import inbox
from gateway.store.db import Database
from gateway.store.models import Message
from gateway.translators.cxml import render_response

__all__ = ["CxmlResource", "Verdict"]

_log = get_logger("cxml")
_HTTP_CODES = {200, 201, 400, 401, 403, 406, 409, 413, 500}
CONTENT_TYPE = b"text/xml; charset=utf-8"


class Verdict(Protocol):
    status: int
    partner_id: str | None
    reason: str
    payload_id: str


class CxmlResource(resource.Resource):
    isLeaf = True

    def __init__(
        self,
        db: Database,
        *,
        verify: Callable[[bytes], Verdict],
        max_body: int,
        domain: str = "gateway",
    ) -> None:
        super().__init__()
        self.db, self.verify, self.max_body, self.domain = db, verify, max_body, domain

    def _answer(self, code: int, detail: str) -> tuple[int, bytes, bytes]:
        body = render_response(code, detail, domain=self.domain)
        return (code if code in _HTTP_CODES else 400), body, CONTENT_TYPE

    def _earlier(self, partner_id: str | None, payload_id: str) -> str | None:
        """The message that already carried this payloadID from this partner, if any."""
        with self.db.reading() as s:
            return s.scalar(
                select(Message.id)
                .where(
                    Message.partner_id == partner_id,
                    Message.transport_id == payload_id,
                    Message.status.in_(("received", "processing", "processed")),
                )
                .limit(1)
            )

    def render_POST(self, request: server.Request) -> object:
        async def go() -> tuple[int, Any, bytes]:
            if getattr(request, "too_large", False):
                return self._answer(413, f"body exceeds the limit of {self.max_body} bytes")
            request.content.seek(0)
            data = request.content.read()
            if not data.strip():
                return self._answer(400, "the request body is empty: post a cXML document")
            try:
                verdict = await threads.deferToThread(self.verify, data)
            except Exception as exc:  # never leave the buyer without an answer
                log_event(_log, "cxml.verify_failed", error=f"{type(exc).__name__}: {exc}")
                raise ApiError(500, "internal", "internal error, logged") from None
            accepted = verdict.status == 200
            earlier = None
            if accepted and verdict.payload_id:
                earlier = await threads.deferToThread(
                    self._earlier, verdict.partner_id, verdict.payload_id
                )
            status, reason = "received", None
            if not accepted:
                status, reason = "rejected", f"cXML {verdict.status}: {verdict.reason}"
            elif earlier is not None:  # a retry of a request we hold: never process it twice
                status, reason = "duplicate", f"payloadID already received as message {earlier}"
            meta = {
                "endpoint": "cxml",
                "remote": request.getClientAddress().host,
                "cxml_status": verdict.status,
            }
            rec = await threads.deferToThread(
                inbox.receive,
                self.db,
                partner_id=verdict.partner_id,
                channel="http",
                data=data,
                meta=meta,
                transport_id=verdict.payload_id or None,
                status=status,
                reason=reason,
            )
            log_event(
                _log,
                "cxml.received",
                message_id=rec.message_id,
                partner=verdict.partner_id,
                status=verdict.status,
            )
            return self._answer(
                verdict.status, verdict.reason or reason or f"message {rec.message_id}"
            )

        return run_async(request, go)
