"""POST /as2: the AS2 endpoint (twisted.web), for messages and asynchronous MDNs.

The reactor thread only collects the request; storing, decryption, verification and
MDN signing run in the thread pool (`gateway.as2.receiving.receive`), which stores
the raw bytes before anything else and returns the reply to write.
"""

from __future__ import annotations

from typing import Any

from twisted.internet import threads
from twisted.python.failure import Failure
from twisted.web import resource, server
from twisted.web.server import NOT_DONE_YET

from gateway.as2.receiving import Reply, receive
from gateway.as2.station import Station
from gateway.logs import get_logger, log_event

__all__ = ["As2Resource"]

_log = get_logger("as2")


class As2Resource(resource.Resource):
    isLeaf = True

    def __init__(self, station: Station) -> None:
        super().__init__()
        self.station = station

    def render_GET(self, request: server.Request) -> bytes:
        request.setHeader(b"content-type", b"text/plain; charset=utf-8")
        return f"AS2 endpoint of {self.station.name}: POST messages and MDNs here\n".encode()

    def render_POST(self, request: server.Request) -> Any:
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, vs in request.requestHeaders.getAllRawHeaders()
            for v in vs
        ]
        too_large = bool(getattr(request, "too_large", False))
        request.content.seek(0)
        body = b"" if too_large else request.content.read()
        peer = request.getClientAddress()
        gone: list[bool] = []
        request.notifyFinish().addErrback(lambda _f: gone.append(True))
        d = threads.deferToThread(
            receive,
            self.station,
            headers,
            body,
            too_large=too_large,
            remote=getattr(peer, "host", ""),
            secure=request.isSecure(),
        )

        def write(reply: Reply) -> None:
            if gone:
                return
            request.setResponseCode(reply.status)
            for k, v in reply.headers:
                request.setHeader(k.encode("latin-1"), v.encode("latin-1"))
            request.setHeader(b"content-length", str(len(reply.body)).encode())
            request.write(reply.body)
            request.finish()

        def failed(f: Failure) -> None:
            log_event(_log, "as2.http_error", error=f.getTraceback())
            write(Reply.text(500, "internal error, logged"))

        d.addCallbacks(write, failed)
        return NOT_DONE_YET
