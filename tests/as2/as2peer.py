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
