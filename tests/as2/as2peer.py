"""pyas2lib as an independent AS2 peer (test-only), imported after the oscrypto shim."""

import re

_search = re.search


def _patched(pattern, string, flags=0):
    if pattern == r"\b(\d\.\d\.\d[a-z]*)\b":
        pattern = r"\b(\d+\.\d+\.\d+[a-z]*)\b"
    return _search(pattern, string, flags)


# oscrypto 1.3.0 cannot parse OpenSSL 3.0.10+ version strings (stack notes pitfall 1)
re.search = _patched
try:
    import oscrypto.asymmetric  # noqa: F401
finally:
    re.search = _search

import pyas2lib  # noqa: E402
from pyas2lib import as2  # noqa: E402

__all__ = ["as2", "build", "check_mdn", "http_post", "organization", "partner", "pyas2lib"]

import http.client  # noqa: E402
import ssl  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

from cryptography.hazmat.primitives.serialization import Encoding  # noqa: E402

from gateway.as2.certs import pem_of  # noqa: E402


def organization(name: str, pair, mdn_url: str | None = None) -> "as2.Organization":
    return as2.Organization(
        as2_name=name, sign_key=pem_of(pair), decrypt_key=pem_of(pair), mdn_url=mdn_url
    )


def partner(name: str, cert, **kw) -> "as2.Partner":
    p = cert.public_bytes(Encoding.PEM)
    return as2.Partner(as2_name=name, verify_cert=p, encrypt_cert=p, validate_certs=False, **kw)


def build(org, receiver, data: bytes, **kw):
    """A pyas2lib message as (headers, body, message)."""
    msg = as2.Message(org, receiver)
    msg.build(data, content_type=kw.pop("content_type", "application/octet-stream"), **kw)
    return list(msg.headers.items()), msg.content, msg


def http_post(url: str, headers, body: bytes, timeout: float = 30):
    """A plain http.client POST (not the gateway's client)."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        conn = http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout, context=ctx)
    else:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request("POST", parts.path, body=body, headers=dict(headers))
        resp = conn.getresponse()
        return resp.status, resp.getheaders(), resp.read()
    finally:
        conn.close()


def raw_http(headers, body: bytes) -> bytes:
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in headers) + b"\r\n" + body


def check_mdn(message, headers, body):
    """pyas2lib verifies our MDN for `message`: returns (status, detailed_status)."""
    return as2.Mdn().parse(raw_http(headers, body), find_message_cb=lambda mid, rcpt: message)


# --- test-side HTTP peers (twisted.web resources) ---------------------------------------

from twisted.internet import threads  # noqa: E402
from twisted.web import resource, server  # noqa: E402


def request_raw(request) -> tuple[list, bytes]:
    headers = [
        (k.decode(), v.decode()) for k, vs in request.requestHeaders.getAllRawHeaders() for v in vs
    ]
    request.content.seek(0)
    return headers, request.content.read()


class MdnSink(resource.Resource):
    """Collects asynchronous MDNs the gateway posts."""

    isLeaf = True

    def __init__(self):
        super().__init__()
        self.posts: list[tuple[list, bytes]] = []

    def render_POST(self, request):
        self.posts.append(request_raw(request))
        return b"thanks"

    def find(self, message_id: str):
        for headers, body in self.posts:
            if message_id.encode() in body:
                return headers, body
        return None


class Pyas2Receiver(resource.Resource):
    """A pyas2lib AS2 server: parses what the gateway sends and answers with pyas2lib's MDN."""

    isLeaf = True

    def __init__(
        self, peer_pair, station_cert, *, post=None, tamper=None, http_status=200, send_async=True
    ):
        super().__init__()
        self.tamper, self.http_status, self.send_async = tamper, http_status, send_async
        self.peer_pair, self.station_cert = peer_pair, station_cert
        self.orgs: dict[str, object] = {}
        self.results: dict[str, tuple[str, object, bytes]] = {}  # AS2-To -> (status, exc, data)
        self.async_posts: list = []
        self.post = post or http_post

    def _org(self, name):
        if name not in self.orgs:
            self.orgs[name] = organization(name, self.peer_pair)
        return self.orgs[name]

    def _parse(self, raw):
        msg = as2.Message()
        status, (exc, _tb), mdn = msg.parse(
            raw,
            find_org_cb=self._org,
            find_partner_cb=lambda name: partner(name, self.station_cert, sign=True, encrypt=True),
        )
        to = msg.headers.get("as2-to") or msg.headers.get("AS2-To")
        self.results[to] = (status, exc, msg.content)
        if self.tamper is not None and mdn is not None:
            status, detail = self.tamper(msg) or (status, None)
            rebuilt = as2.Mdn(mdn_mode=mdn.mdn_mode, mdn_url=mdn.mdn_url, digest_alg=mdn.digest_alg)
            rebuilt.build(message=msg, status=status, detailed_status=detail)
            mdn = rebuilt
        return mdn

    def render_POST(self, request):
        headers, body = request_raw(request)

        def answer(mdn):
            if self.http_status != 200:
                request.setResponseCode(self.http_status)
                request.write(b"try later")
            elif mdn is not None and mdn.mdn_mode == "SYNC":
                for k, v in mdn.headers.items():
                    request.setHeader(k.encode(), v.encode())
                request.write(mdn.content)
            else:
                request.write(b"received")
                if mdn is not None and self.send_async:
                    self.async_posts.append(
                        threads.deferToThread(
                            self.post, mdn.mdn_url, list(mdn.headers.items()), mdn.content
                        )
                    )
            request.finish()

        threads.deferToThread(self._parse, raw_http(headers, body)).addCallback(answer)
        return server.NOT_DONE_YET


def pem_cert(cert) -> bytes:
    return cert.public_bytes(Encoding.PEM)
