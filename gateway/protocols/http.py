"""HTTP intake and partner API (twisted.web): authenticate, persist, then answer 202.

Routes:
  POST /api/v1/inbound            raw document body, bearer token  -> 202 {"message_id"}
  GET  /api/v1/messages/{id}      status and events of one of the partner's messages
  GET  /api/v1/outbound?after=N   documents waiting for the partner (pickup)
  GET  /api/v1/outbound/{id}      one document's bytes (marks it delivered)
  GET  /healthz
Database work runs in the thread pool; the reactor thread only parses HTTP.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select, update
from twisted.internet import defer, threads
from twisted.python.failure import Failure
from twisted.web import resource, server
from twisted.web.server import NOT_DONE_YET

from gateway.logs import get_logger, log_event
from gateway.profiles import PartnerDirectory, PartnerProfile
from gateway.store import events, inbox
from gateway.store.base import utcnow
from gateway.store.db import Database
from gateway.store.models import Event, Message, OutboundDocument, Payload

__all__ = ["ApiError", "GatewaySite", "build_site", "json_response", "run_async"]

_log = get_logger("http")


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail


class LimitedRequest(server.Request):
    """A request that refuses bodies over the site's limit without buffering them."""

    too_large = False
    _received = 0

    def gotLength(self, length: int | None) -> None:
        limit = self.channel.site.max_body  # type: ignore[union-attr]
        if length is not None and length > limit:
            self.too_large = True
            length = 0
        super().gotLength(length)

    def handleContentChunk(self, data: bytes) -> None:
        if self.too_large:
            return
        self._received += len(data)
        if self._received > self.channel.site.max_body:  # type: ignore[union-attr]
            self.too_large = True
            self.content.seek(0)
            self.content.truncate()
            return
        super().handleContentChunk(data)


class GatewaySite(server.Site):
    requestFactory = LimitedRequest

    def __init__(self, root: resource.Resource, *, max_body: int) -> None:
        # bodies are documents, never HTML forms: Twisted would otherwise parse every POST's
        # Content-Type through the email package to look for one (13% of an intake's CPU),
        # and would read a form-encoded body into memory a second time
        super().__init__(root, parsePOSTFormSubmission=False)
        self.max_body = max_body
        self.displayTracebacks = False

    def log(self, request: server.Request) -> None:
        """No access log line per request: what a request did is logged as a structured
        event with its partner and message id (message.received, ...). Twisted's combined
        log line was formatted for every request into a log nobody reads."""


def json_response(request: server.Request, status: int, body: dict[str, Any]) -> bytes:
    request.setResponseCode(status)
    request.setHeader(b"content-type", b"application/json")
    request.setHeader(b"cache-control", b"no-store")
    return json.dumps(body, default=str).encode()


def run_async(
    request: server.Request, fn: Callable[[], Awaitable[tuple[int, dict[str, Any] | bytes, bytes]]]
) -> object:
    """Run coroutine `fn` for `request`; turn ApiError into JSON, never leak a traceback."""
    gone: list[bool] = []
    request.notifyFinish().addErrback(lambda _f: gone.append(True))

    def done(result: tuple[int, dict[str, Any] | bytes, bytes]) -> None:
        if gone:
            return
        status, body, ctype = result
        if isinstance(body, dict):
            request.write(json_response(request, status, body))
        else:
            request.setResponseCode(status)
            request.setHeader(b"content-type", ctype)
            request.write(body)
        request.finish()

    def failed(f: Failure) -> None:
        if gone:
            return
        if f.check(ApiError):
            err = f.value
            log_event(
                _log,
                "http.refused",
                status=err.status,
                error=err.code,
                method=request.method.decode("latin-1", "replace"),
                uri=request.uri.decode("latin-1", "replace"),
                remote=request.getClientAddress().host,
            )
            request.write(
                json_response(request, err.status, {"error": err.code, "detail": err.detail})
            )
        else:
            log_event(
                _log,
                "http.error",
                uri=request.uri.decode("latin-1", "replace"),
                error=f.getTraceback(),
            )
            request.write(
                json_response(
                    request, 500, {"error": "internal", "detail": "internal error, logged"}
                )
            )
        request.finish()

    defer.ensureDeferred(fn()).addCallbacks(done, failed)
    return NOT_DONE_YET


class PartnerResource(resource.Resource):
    """Base for routes that need the caller authenticated as a partner."""

    isLeaf = True

    def __init__(self, api: Api) -> None:
        super().__init__()
        self.api = api

    def partner(self, request: server.Request) -> PartnerProfile:
        header = (request.getHeader(b"authorization") or b"").decode("latin-1")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "unauthorized", "send 'Authorization: Bearer <partner token>'")
        profile = self.api.partners.by_token(token.strip())
        if profile is None:
            raise ApiError(401, "unauthorized", "unknown or revoked partner token")
        return profile


class Api:
    def __init__(self, db: Database, partners: PartnerDirectory, *, max_body: int) -> None:
        self.db, self.partners, self.max_body = db, partners, max_body


class InboundResource(PartnerResource):
    def render_POST(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any], bytes]:
            if getattr(request, "too_large", False):
                raise ApiError(
                    413, "too_large", f"body exceeds the limit of {self.api.max_body} bytes"
                )
            partner = self.partner(request)
            meta = {
                "headers": {
                    k.decode("latin-1"): [v.decode("latin-1") for v in vs]
                    for k, vs in request.requestHeaders.getAllRawHeaders()
                    if k.lower() != b"authorization"
                },
                "remote": request.getClientAddress().host,
                "filename": (request.getHeader(b"x-filename") or b"").decode("latin-1"),
            }

            def store() -> inbox.Received:
                # one trip to a thread: the body may be spooled to disk, then it is stored
                data = _body(request)
                if not data.strip():
                    raise ApiError(
                        400,
                        "empty_body",
                        "the request body is empty: send the raw EDI/XML/CSV document as the body",
                    )
                return inbox.receive(
                    self.api.db, partner_id=partner.id, channel="http", data=data, meta=meta
                )

            rec = await threads.deferToThread(store)
            return 202, {"message_id": rec.message_id, "sha256": rec.sha256, "size": rec.size}, b""

        return run_async(request, go)


class MessagesResource(PartnerResource):
    def render_GET(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any], bytes]:
            partner = self.partner(request)
            parts = [p for p in request.postpath if p]
            if len(parts) != 1:
                raise ApiError(404, "not_found", "use /api/v1/messages/{message_id}")
            mid = parts[0].decode("latin-1")
            body = await threads.deferToThread(self._load, partner.id, mid)
            if body is None:
                raise ApiError(404, "not_found", f"no message {mid} for partner {partner.id}")
            return 200, body, b""

        return run_async(request, go)

    def _load(self, partner_id: str, mid: str) -> dict[str, Any] | None:
        with self.api.db.reading() as s:
            msg = s.get(Message, mid)
            if msg is None or msg.partner_id != partner_id:
                return None
            evs = s.scalars(select(Event).where(Event.message_id == mid).order_by(Event.id))
            docs = s.scalars(
                select(OutboundDocument)
                .where(OutboundDocument.message_id == mid)
                .order_by(OutboundDocument.id)
            )
            return {
                "message_id": msg.id,
                "status": msg.status,
                "reason": msg.reason,
                "channel": msg.channel,
                "format": msg.format,
                "sha256": msg.sha256,
                "size": msg.size,
                "received_at": msg.received_at,
                "events": [{"at": e.at, "kind": e.kind, "detail": e.detail} for e in evs],
                "documents": [{"id": d.id, "type": d.doc_type, "status": d.status} for d in docs],
            }


class OutboundResource(PartnerResource):
    def render_GET(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any] | bytes, bytes]:
            partner = self.partner(request)
            parts = [p for p in request.postpath if p]
            if parts:
                try:
                    doc_id = int(parts[0])
                except ValueError:
                    raise ApiError(404, "not_found", "document ids are integers") from None
                got = await threads.deferToThread(self._take, partner.id, doc_id)
                if got is None:
                    raise ApiError(404, "not_found", f"no document {doc_id} for {partner.id}")
                return 200, got[0], got[1].encode()
            raw_after = (request.args.get(b"after") or [b"0"])[0]
            raw_limit = (request.args.get(b"limit") or [b"100"])[0]
            try:
                after, limit = int(raw_after), min(1000, max(1, int(raw_limit)))
            except ValueError:
                raise ApiError(400, "bad_parameter", "after and limit must be integers") from None
            docs = await threads.deferToThread(self._list, partner.id, after, limit)
            return 200, {"documents": docs, "next_after": docs[-1]["id"] if docs else after}, b""

        return run_async(request, go)

    def _list(self, partner_id: str, after: int, limit: int) -> list[dict[str, Any]]:
        with self.api.db.transaction() as s:
            rows = s.execute(
                select(OutboundDocument, Payload.data)
                .join(Payload, Payload.id == OutboundDocument.payload_id)
                .where(
                    OutboundDocument.partner_id == partner_id,
                    OutboundDocument.channel == "http",
                    OutboundDocument.id > after,
                )
                .order_by(OutboundDocument.id)
                .limit(limit)
            ).all()
            out = []
            picked = []
            for doc, data in rows:
                item: dict[str, Any] = {
                    "id": doc.id,
                    "type": doc.doc_type,
                    "status": doc.status,
                    "message_id": doc.message_id,
                    "content_type": doc.content_type,
                    "created_at": doc.created_at,
                }
                try:
                    item["content"] = data.decode("utf-8")
                except UnicodeDecodeError:
                    item["content_base64"] = base64.b64encode(data).decode()
                out.append(item)
                if doc.status == "queued":
                    picked.append(doc.id)
            _mark_delivered(s, partner_id, picked)
            return out

    def _take(self, partner_id: str, doc_id: int) -> tuple[bytes, str] | None:
        with self.api.db.transaction() as s:
            row = s.execute(
                select(OutboundDocument, Payload.data)
                .join(Payload, Payload.id == OutboundDocument.payload_id)
                .where(OutboundDocument.id == doc_id, OutboundDocument.partner_id == partner_id)
            ).first()
            if row is None:
                return None
            doc, data = row
            if doc.status == "queued":
                _mark_delivered(s, partner_id, [doc.id])
            return data, doc.content_type


def _mark_delivered(s: Any, partner_id: str, ids: list[int]) -> None:
    if not ids:
        return
    s.execute(
        update(OutboundDocument)
        .where(OutboundDocument.id.in_(ids), OutboundDocument.status == "queued")
        .values(status="delivered", delivered_at=utcnow())
    )
    for i in ids:
        events.record(
            s,
            "document.delivered",
            partner_id=partner_id,
            document_id=i,
            detail="picked up over HTTP",
        )


def _body(request: server.Request) -> bytes:
    request.content.seek(0)
    return request.content.read()


class Health(resource.Resource):
    isLeaf = True

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    def render_GET(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any], bytes]:
            def ping() -> None:
                with self.db.reading() as s:
                    s.execute(select(1))

            try:
                await threads.deferToThread(ping)
            except Exception as exc:
                raise ApiError(503, "database", f"database not reachable: {exc}") from None
            return 200, {"status": "ok"}, b""

        return run_async(request, go)


class NotFound(resource.Resource):
    isLeaf = True

    def render(self, request: server.Request) -> bytes:
        return json_response(
            request, 404, {"error": "not_found", "detail": f"no route {request.path.decode()}"}
        )


class Router(resource.Resource):
    """Maps the first path segments to resources; anything else is a JSON 404."""

    def __init__(self, routes: dict[tuple[bytes, ...], resource.Resource]) -> None:
        super().__init__()
        self.routes = routes

    def getChild(self, path: bytes, request: server.Request) -> resource.Resource:
        full = (path, *request.postpath)
        for prefix, res in sorted(self.routes.items(), key=lambda kv: -len(kv[0])):
            if full[: len(prefix)] == prefix:
                request.postpath = list(full[len(prefix) :])
                return res
        return NotFound()

    def render(self, request: server.Request) -> bytes:
        return json_response(request, 404, {"error": "not_found", "detail": "no route /"})


def build_site(
    db: Database,
    partners: PartnerDirectory,
    *,
    max_body: int,
    extra: dict[tuple[bytes, ...], resource.Resource] | None = None,
) -> GatewaySite:
    api = Api(db, partners, max_body=max_body)
    routes: dict[tuple[bytes, ...], resource.Resource] = {
        (b"healthz",): Health(db),
        (b"api", b"v1", b"inbound"): InboundResource(api),
        (b"api", b"v1", b"messages"): MessagesResource(api),
        (b"api", b"v1", b"outbound"): OutboundResource(api),
    }
    routes.update(extra or {})
    return GatewaySite(Router(routes), max_body=max_body)
