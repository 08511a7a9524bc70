"""Outbound AS2: the `as2` deliverer, MDN checks, async MDNs both ways, manual resend.

Runs in worker threads (blocking HTTP is fine there). A delivery is green only when
the partner's MDN says `processed`, its signature verifies with the partner's
certificate (when we asked for a signed MDN) and its Received-Content-MIC equals the
MIC of what we signed. Connection failures, HTTP 5xx and a missing async MDN are
retried with backoff (a new Message-ID each attempt); a negative MDN, a wrong MIC or
an expired certificate fail the document at once with the reason.
"""

from __future__ import annotations

import http.client
import ssl
import time
import uuid
from email.utils import formatdate
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select, update

from gateway.as2 import algorithms as alg
from gateway.as2 import mdn, mime
from gateway.as2.errors import As2Error
from gateway.as2.message import wrap
from gateway.as2.models import As2Exchange
from gateway.as2.records import fail_document, outbound_exchange
from gateway.as2.station import Station
from gateway.errors import StateError
from gateway.logs import get_logger
from gateway.store import events, queue
from gateway.store.models import OutboundDocument

__all__ = ["deliver", "post", "receive_async_mdn", "resend", "send_mdn_job"]

_log = get_logger("as2")
_STATIONS: dict[int, Station] = {}


class RetryableSend(RuntimeError):
    """A failure worth trying again later (network, HTTP 5xx, MDN not received in time)."""


def station_of(rt: Any) -> Station:
    st = _STATIONS.get(id(rt))
    if st is None or st.db is not rt.db:
        st = _STATIONS[id(rt)] = Station.from_runtime(rt)
    return st


def post(
    url: str,
    headers: list[tuple[str, str]],
    body: bytes,
    *,
    timeout: float,
    verify: bool = True,
    ca_file: str = "",
) -> tuple[int, list[tuple[str, str]], bytes]:
    """One blocking HTTP(S) POST; returns (status, headers, body)."""
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if parts.scheme == "https":
        ctx = ssl.create_default_context(cafile=ca_file or None)
        if not verify:
            ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.hostname or "", parts.port or 443, timeout=timeout, context=ctx
        )
    else:
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=timeout)
    try:
        conn.putrequest("POST", path, skip_accept_encoding=True)
        for k, v in headers:
            conn.putheader(k, v)
        conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, list(resp.getheaders()), resp.read()
    finally:
        conn.close()


def _fail(st: Station, doc: OutboundDocument, ex_id: int | None, reason: str) -> StateError:
    with st.db.transaction() as s:
        if ex_id is not None:
            s.execute(
                update(As2Exchange)
                .where(As2Exchange.id == ex_id)
                .values(status="failed", reason=reason[:2000])
            )
        fail_document(s, doc.id, reason)
    return StateError(f"document {doc.id} failed permanently: {reason}")


def _retry(st: Station, ex_id: int, reason: str) -> RetryableSend:
    with st.db.transaction() as s:
        s.execute(
            update(As2Exchange)
            .where(As2Exchange.id == ex_id)
            .values(status="failed", reason=reason[:2000])
        )
    return RetryableSend(reason)


def judge(
    receipt: mdn.Receipt,
    *,
    message_id: str,
    mic: str | None,
    mic_alg: str | None,
    want_signed: bool,
) -> str | None:
    """None if the MDN proves delivery, else why it does not."""
    if receipt.original_message_id and receipt.original_message_id != message_id:
        return f"MDN is for Message-ID {receipt.original_message_id}, not {message_id}"
    if want_signed and not receipt.signed:
        return "we asked for a signed MDN and got an unsigned one"
    if not receipt.ok:
        return f"partner refused the message: {receipt.status} {receipt.text[:300]}".strip()
    if mic is not None:
        if not receipt.mic:
            return "MDN has no Received-Content-MIC: delivery not proven"
        if receipt.mic != mic:
            return f"MDN MIC {receipt.mic} differs from ours {mic} ({mic_alg})"
        if receipt.mic_alg and mic_alg:
            try:
                if alg.digest(receipt.mic_alg) != alg.digest(mic_alg):
                    return f"MDN MIC algorithm {receipt.mic_alg} is not {mic_alg}"
            except ValueError:
                return f"MDN MIC algorithm {receipt.mic_alg!r} is unknown"
    return None


def deliver(rt: Any, doc: OutboundDocument, data: bytes, profile: Any) -> str:
    """The `as2` deliverer: build, POST, check the MDN; return the AS2 Message-ID."""
    st = station_of(rt)
    sec = st.section(profile) if profile.section("as2") else None
    if sec is None or not sec.url:
        raise _fail(st, doc, None, f"partner {profile.id} has no [as2] url to send to")
    try:
        signer = st.certs.signing_pair() if sec.sign else None
        recipient = st.partner_certs(profile)[0] if sec.encrypt else None
        out = wrap(
            data,
            content_type=sec.content_type,
            options=sec.send_options(),
            filename=doc.filename or f"{doc.doc_type}-{doc.id}.edi",
            signer=signer,
            recipient=recipient,
        )
    except As2Error as exc:
        raise _fail(st, doc, None, exc.detail) from None
    if sec.mdn == "async" and not st.settings.mdn_url:
        raise _fail(st, doc, None, "async MDN wanted but [as2] mdn_url is not configured")
    msg_id = f"{uuid.uuid4().hex}@{st.name.replace(' ', '_')}"
    headers = _as2_headers(st, sec, msg_id) + out.headers
    with st.db.transaction() as s:
        ex = As2Exchange(
            direction="out",
            partner_id=profile.id,
            as2_message_id=msg_id,
            document_id=doc.id,
            status="awaiting_mdn",
            mdn_mode=sec.mdn,
            mic=out.mic,
            mic_alg=out.mic_alg,
        )
        s.add(ex)
        s.flush()
        ex_id = ex.id
        events.record(
            s,
            "as2.sent",
            partner_id=profile.id,
            document_id=doc.id,
            detail=f"Message-ID {msg_id} to {sec.url} ({len(out.body)} bytes)",
        )
    try:
        status, rheaders, rbody = post(
            sec.url,
            headers,
            out.body,
            timeout=sec.mdn_timeout if sec.mdn == "sync" else st.settings.http_timeout,
            verify=sec.tls_verify,
            ca_file=sec.tls_ca,
        )
    except (OSError, http.client.HTTPException) as exc:
        raise _retry(st, ex_id, f"POST {sec.url} failed: {type(exc).__name__}: {exc}") from None
    if status >= 500 or status in (408, 429):
        raise _retry(st, ex_id, f"POST {sec.url}: HTTP {status} {rbody[:200]!r}")
    if status >= 300:
        raise _fail(st, doc, ex_id, f"POST {sec.url}: HTTP {status} {rbody[:300]!r}")
    if sec.mdn == "none":
        _finish(st, ex_id, "delivered", None, None, "no MDN requested")
        return msg_id
    if sec.mdn == "sync":
        return _sync_receipt(
            st,
            doc,
            profile,
            ex_id,
            msg_id,
            rheaders,
            rbody,
            mic=out.mic if sec.sign else None,
            mic_alg=out.mic_alg,
        )
    return _await_async(st, doc, ex_id, msg_id, sec.mdn_timeout)


def _as2_headers(st: Station, sec: Any, msg_id: str) -> list[tuple[str, str]]:
    """The AS2 and MDN-request headers of one outbound message."""
    headers = [
        ("AS2-Version", "1.2"),
        ("EDIINT-Features", "CMS, multiple-attachments"),
        ("AS2-From", mdn.quote(st.name)),
        ("AS2-To", mdn.quote(sec.name)),
        ("Message-ID", f"<{msg_id}>"),
        ("Subject", sec.subject),
        ("Date", formatdate(usegmt=True)),
        ("Mime-Version", "1.0"),
        ("User-Agent", st.settings.user_agent),
    ]
    if sec.mdn == "none":
        return headers
    headers.append(("Disposition-Notification-To", st.settings.mdn_url or st.name))
    if sec.mdn_signed:
        headers.append(
            (
                "Disposition-Notification-Options",
                "signed-receipt-protocol=optional, pkcs7-signature; "
                f"signed-receipt-micalg=optional, {alg.digest(sec.mdn_digest)}",
            )
        )
    if sec.mdn == "async":
        headers.append(("Receipt-Delivery-Option", st.settings.mdn_url))
    return headers


def _sync_receipt(
    st: Station,
    doc: OutboundDocument,
    profile: Any,
    ex_id: int,
    msg_id: str,
    rheaders: list[tuple[str, str]],
    rbody: bytes,
    *,
    mic: str | None,
    mic_alg: str | None,
) -> str:
    """Judge the MDN in the HTTP response: the Message-ID if it proves delivery."""
    entity = mime.Entity(tuple(rheaders), rbody, mime.header_block(rheaders) + rbody)
    if not entity.content_type.startswith("multipart/"):
        raise _retry(st, ex_id, f"HTTP response without an MDN ({entity.content_type})")
    try:
        receipt = mdn.parse(entity, certs=lambda: st.partner_certs(profile))
    except As2Error as exc:
        raise _fail(st, doc, ex_id, f"synchronous MDN unusable: {exc.detail}") from None
    problem = judge(
        receipt,
        message_id=msg_id,
        mic=mic,
        mic_alg=mic_alg,
        want_signed=st.section(profile).mdn_signed,
    )
    _finish(
        st, ex_id, "failed" if problem else "delivered", receipt.disposition, entity.raw, problem
    )
    if problem:
        raise _fail(st, doc, ex_id, problem)
    return msg_id


def _finish(
    st: Station,
    ex_id: int,
    status: str,
    disposition: str | None,
    mdn_bytes: bytes | None,
    reason: str | None,
) -> None:
    with st.db.transaction() as s:
        s.execute(
            update(As2Exchange)
            .where(As2Exchange.id == ex_id)
            .values(status=status, disposition=disposition, mdn=mdn_bytes, reason=reason)
        )


def _await_async(
    st: Station, doc: OutboundDocument, ex_id: int, msg_id: str, timeout: float
) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with st.db.reading() as s:
            row = s.execute(
                select(As2Exchange.status, As2Exchange.reason).where(As2Exchange.id == ex_id)
            ).one()
        if row.status == "delivered":
            return msg_id
        if row.status == "failed":
            raise _fail(st, doc, ex_id, row.reason or "negative asynchronous MDN")
        time.sleep(0.1)
    raise _retry(st, ex_id, f"no asynchronous MDN for {msg_id} within {timeout:.0f} s")


def receive_async_mdn(
    st: Station, profile: Any, entity: mime.Entity, raw: bytes, meta: dict[str, Any]
) -> Any:
    """An MDN posted to /as2 for one of our messages: verify, match, record."""
    from gateway.as2.receiving import Reply

    sec = st.section(profile)
    try:
        receipt = mdn.parse(entity, certs=lambda: st.partner_certs(profile))
    except As2Error as exc:
        receipt, bad = None, f"MDN rejected: {exc.detail}"
    with st.db.transaction() as s:
        if receipt is None:
            events.record(s, "as2.mdn_rejected", partner_id=profile.id, detail=bad)
            return Reply.text(400, bad)
        ex = outbound_exchange(s, receipt.original_message_id)
        if ex is None or ex.partner_id != profile.id:
            why = f"no message {receipt.original_message_id} was sent to {profile.id}"
            events.record(s, "as2.mdn_unmatched", partner_id=profile.id, detail=why)
            return Reply.text(404, why)
        if ex.status != "awaiting_mdn":
            return Reply.text(200, f"MDN for {ex.as2_message_id} already recorded ({ex.status})")
        problem = judge(
            receipt,
            message_id=ex.as2_message_id,
            mic=ex.mic if sec.sign else None,
            mic_alg=ex.mic_alg,
            want_signed=sec.mdn_signed,
        )
        ex.status = "failed" if problem else "delivered"
        ex.disposition, ex.mdn, ex.reason = receipt.disposition, raw, problem
        events.record(
            s,
            "as2.mdn_received",
            partner_id=profile.id,
            document_id=ex.document_id,
            detail=f"{receipt.status} for {ex.as2_message_id}"
            + (f": {problem}" if problem else ""),
        )
    return Reply.text(200, "MDN received")


def send_mdn_job(rt: Any, job: Any, worker: str) -> None:
    """Job kind `as2_mdn`: build and POST an inbound message's MDN to the URL it asked for."""
    from gateway.as2.receiving import build_mdn

    st = station_of(rt)
    with st.db.reading() as s:
        ex = s.get(As2Exchange, int(job.ref))
        if ex is None:
            raise RuntimeError(f"AS2 exchange {job.ref} not found")
    profile = st.partners.get(ex.partner_id or "")
    if profile is None or profile.section("as2") is None:
        raise RuntimeError(f"partner {ex.partner_id} of exchange {ex.id} has no [as2] section")
    headers, body = build_mdn(
        st,
        theirs=st.section(profile).name,
        original_message_id=ex.as2_message_id,
        options=ex.mdn_options,
        disposition=ex.disposition or mdn.disposition_line(None),
        reason=ex.reason,
        mic=ex.mic,
        mic_alg=ex.mic_alg,
    )
    url = ex.mdn_url or ""
    try:
        sec = st.section(profile)
        status, _h, rbody = post(
            url,
            headers,
            body,
            timeout=st.settings.http_timeout,
            verify=sec.tls_verify,
            ca_file=sec.tls_ca,
        )
        if status >= 300:
            raise RuntimeError(f"HTTP {status} {rbody[:200]!r}")
    except Exception as exc:
        if job.attempts >= job.max_attempts:
            with st.db.transaction() as s:
                s.execute(
                    update(As2Exchange)
                    .where(As2Exchange.id == ex.id)
                    .values(mdn_status="failed", reason=f"async MDN to {url}: {exc}")
                )
        raise RuntimeError(f"async MDN to {url}: {exc}") from exc
    with st.db.transaction() as s:
        s.execute(
            update(As2Exchange)
            .where(As2Exchange.id == ex.id)
            .values(mdn_status="sent", mdn=mime.header_block(headers) + body)
        )
        events.record(
            s,
            "as2.mdn_sent",
            partner_id=ex.partner_id,
            message_id=ex.message_id,
            detail=f"async MDN to {url}: HTTP {status}",
        )
        queue.finish(s, job, worker)


def resend(db: Any, document_id: int, *, actor: str = "admin") -> str:
    """Queue a delivered or failed document again (a new AS2 Message-ID will be used)."""
    with db.transaction() as s:
        doc = s.get(OutboundDocument, document_id)
        if doc is None:
            raise StateError(f"no outbound document {document_id}")
        if doc.status in ("queued", "sending"):
            raise StateError(f"document {document_id} is {doc.status} already")
        if not queue.requeue(s, "deliver", str(document_id)):
            queue.enqueue(s, "deliver", str(document_id))
        previous = doc.status
        doc.status, doc.reason = "queued", None
        events.record(
            s,
            "document.resend",
            actor=actor,
            partner_id=doc.partner_id,
            document_id=doc.id,
            detail=f"resend requested (was {previous})",
        )
    return f"document {document_id} queued for delivery again (was {previous})"
