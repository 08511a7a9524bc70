"""Manual-entry API for operators (bearer token whose sha256 is in `[fax]`).

GET  /api/v1/manual                  pending items (?status=all|entered)
GET  /api/v1/manual/{id}/images/{n}  one fax image (PDF/TIFF bytes)
POST /api/v1/manual/{id}/enter       body: the order as canonical JSON (?partner=)
"""

from __future__ import annotations

import hmac
from typing import Any

from twisted.internet import threads
from twisted.web import resource, server

from gateway.channels.manual import describe_items, enter_item, image_bytes
from gateway.channels.settings import FaxConfig
from gateway.errors import BusinessError, InputError
from gateway.pipeline import Runtime
from gateway.profiles import hash_token
from gateway.protocols.http import ApiError, run_async

__all__ = ["ManualResource"]


class ManualResource(resource.Resource):
    isLeaf = True

    def __init__(self, rt: Runtime) -> None:
        super().__init__()
        self.rt = rt

    def _operator(self, request: server.Request) -> str:
        header = (request.getHeader(b"authorization") or b"").decode("latin-1")
        scheme, _, token = header.partition(" ")
        fax: FaxConfig = self.rt.config.section("fax")
        digest = hash_token(token.strip())
        if scheme.lower() != "bearer" or not any(
            hmac.compare_digest(digest, h) for h in fax.operator_token_sha256
        ):
            raise ApiError(401, "unauthorized", "send 'Authorization: Bearer <operator token>'")
        return f"operator:{digest[:8]}"

    def _parts(self, request: server.Request) -> list[str]:
        return [p.decode("utf-8", "replace") for p in request.postpath if p]

    def render_GET(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any] | bytes, bytes]:
            self._operator(request)
            parts = self._parts(request)
            if not parts:
                status = (request.args.get(b"status") or [b"pending"])[0].decode()
                items = await threads.deferToThread(
                    describe_items, self.rt, None if status == "all" else status
                )
                return 200, {"items": items}, b""
            if (
                len(parts) == 3
                and parts[1] == "images"
                and parts[0].isdigit()
                and parts[2].isdigit()
            ):
                got = await threads.deferToThread(
                    image_bytes, self.rt, int(parts[0]), int(parts[2])
                )
                if got is None:
                    raise ApiError(404, "not_found", "no such item or image")
                return 200, got[0], got[1].encode()
            raise ApiError(404, "not_found", "use /api/v1/manual[/{id}/images/{n}]")

        return run_async(request, go)

    def render_POST(self, request: server.Request) -> object:
        async def go() -> tuple[int, dict[str, Any], bytes]:
            actor = self._operator(request)
            parts = self._parts(request)
            if len(parts) != 2 or parts[1] != "enter" or not parts[0].isdigit():
                raise ApiError(404, "not_found", "use POST /api/v1/manual/{id}/enter")
            partner = (request.args.get(b"partner") or [b""])[0].decode() or None
            request.content.seek(0)
            body = request.content.read()
            try:
                done = await threads.deferToThread(
                    enter_item, self.rt, int(parts[0]), body, actor=actor, partner_id=partner
                )
            except (BusinessError, InputError) as exc:
                status = (
                    404
                    if exc.code == "not_found"
                    else 409
                    if exc.code in ("already_entered", "duplicate_po")
                    else 422
                )
                raise ApiError(status, exc.code, exc.detail) from None
            return (
                201,
                {
                    "item": done.item_id,
                    "order_id": done.order_id,
                    "order_number": done.order_number,
                },
                b"",
            )

        return run_async(request, go)
