"""Receive one AS2 POST (runs in a worker thread, never on the reactor).

Order of work, so that nothing acknowledged is ever lost:
  1. authenticate the envelope (AS2-From/AS2-To/Message-ID) and store the raw bytes
     (headers + body) as a `message` row: this happens before any MDN exists;
  2. a Message-ID already accepted from this partner gets the stored MDN again and
     nothing else (a copy that failed before is processed as a new message);
  3. decrypt / decompress / verify, build the MDN (signed when asked);
  4. one transaction: the payload message and its inbound job, the exchange row with
     the MDN, the async-MDN job; only then is the MDN returned.
Asynchronous MDNs posted to us for our own messages arrive here too.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any

from gateway.as2 import mdn, mime
from gateway.as2.errors import As2Error
from gateway.as2.message import unwrap
from gateway.as2.models import As2Exchange
from gateway.as2.records import accept_payload, accepted_exchange, mark_message
from gateway.as2.station import Station
from gateway.logs import get_logger, log_event
from gateway.store import inbox, queue

__all__ = ["Reply", "receive"]

_log = get_logger("as2")

_ENTITY_HEADERS = (
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
    "mime-version",
)


@dataclass
class Reply:
    """What the HTTP resource writes back."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    @classmethod
    def text(cls, status: int, text: str) -> Reply:
        return cls(status, [("Content-Type", "text/plain; charset=utf-8")], text.encode() + b"\n")


def _entity(headers: list[tuple[str, str]], body: bytes) -> mime.Entity:
    kept = tuple((k, v) for k, v in headers if k.lower() in _ENTITY_HEADERS)
    return mime.Entity(kept, body, mime.header_block(kept) + body)


def _is_mdn(entity: mime.Entity) -> bool:
    if entity.content_type == "multipart/report":
        return True
    if entity.content_type == "multipart/signed":
        try:
            return entity.parts()[0].content_type == "multipart/report"
        except As2Error:
            return False
    return False


def receive(
    st: Station,
    headers: list[tuple[str, str]],
    body: bytes,
    *,
    too_large: bool = False,
    remote: str = "",
    secure: bool = False,
) -> Reply:
    """Handle one POST to /as2; never raises."""
    h = {k.lower(): v for k, v in headers}
    as2_from = mdn.unquote(h.get("as2-from", ""))
    as2_to = mdn.unquote(h.get("as2-to", ""))
    msg_id = h.get("message-id", "").strip().strip("<>")
    meta: dict[str, Any] = {
        "as2_from": as2_from,
        "as2_to": as2_to,
        "as2_message_id": msg_id,
        "subject": h.get("subject", ""),
        "remote": remote,
        "tls": secure,
    }
    profile = st.partner_by_name(as2_from) if as2_from else None
    partner_id = profile.id if profile else None

    def refuse(status: int, reason: str, data: bytes) -> Reply:
        inbox.receive(
            st.db,
            partner_id=partner_id,
            channel="as2",
            data=data,
            meta=meta,
            transport_id=msg_id or None,
            status="rejected",
            reason=reason,
            process=False,
        )
        return Reply.text(status, reason)

    head = mime.header_block(headers)
    if too_large:
        return refuse(413, f"body exceeds the limit of {st.max_body} bytes; not stored", head)
    if not as2_from or not as2_to or not msg_id:
        missing = [
            n
            for n, v in (("AS2-From", as2_from), ("AS2-To", as2_to), ("Message-ID", msg_id))
            if not v
        ]
        return refuse(400, f"not an AS2 message: missing {', '.join(missing)}", head + body)
    if profile is None:
        return refuse(
            403,
            f"unknown AS2-From {as2_from!r}: no partner profile has this [as2] name",
            head + body,
        )
    if as2_to != st.name:
        return refuse(403, f"AS2-To {as2_to!r} is not this station ({st.name!r})", head + body)
    entity = _entity(headers, body)
    try:
        if _is_mdn(entity):
            from gateway.as2.sending import receive_async_mdn

            return receive_async_mdn(st, profile, entity, head + body, meta)
    except Exception as exc:  # a broken MDN must not kill the endpoint
        log_event(_log, "as2.mdn_error", error=traceback.format_exc(limit=5))
        return refuse(400, f"could not read the MDN: {exc}", head + body)
    try:
        return _receive_message(st, profile, h, entity, head + body, meta, msg_id)
    except Exception as exc:
        log_event(_log, "as2.error", message_id=msg_id, error=traceback.format_exc(limit=8))
        return Reply.text(500, f"internal error, logged ({type(exc).__name__})")


def _receive_message(
    st: Station,
    profile: Any,
    h: dict[str, str],
    entity: mime.Entity,
    raw: bytes,
    meta: dict[str, Any],
    msg_id: str,
) -> Reply:
    sec = st.section(profile)
    request = mdn.request_from(h)
    meta["mdn"] = request.mode
    envelope = inbox.receive(
        st.db,
        partner_id=profile.id,
        channel="as2",
        data=raw,
        meta=meta,
        transport_id=msg_id,
        process=False,
    )
    with st.db.reading() as s:
        first = accepted_exchange(s, profile.id, msg_id)
        first_fields = (first.id, first.message_id, first.mdn) if first else None
    if first_fields is not None:
        return _duplicate(st, profile, request, envelope.message_id, msg_id, first_fields)
    modifier, reason, found = None, None, None
    try:
        found = unwrap(
            entity,
            keys=st.our_keys,
            partner_certs=lambda: st.partner_certs(profile),
            require_signing=sec.require_signing,
            require_encryption=sec.require_encryption,
            binary_signing=sec.binary_signing,
            micalgs=request.micalgs,
        )
    except As2Error as exc:
        modifier, reason = exc.code, exc.detail
    except Exception as exc:
        modifier, reason = "unexpected-processing-error", f"{type(exc).__name__}: {exc}"
        log_event(_log, "as2.unwrap_error", message_id=msg_id, error=traceback.format_exc(limit=8))
    mdn_headers, mdn_body, mdn_reason = _build_mdn(
        st, profile, request, msg_id, modifier, reason, found
    )
    stored_mdn = mime.header_block(mdn_headers) + mdn_body if request.wanted else None
    with st.db.transaction() as s:
        payload_id = None
        if found is not None:
            payload_id = accept_payload(
                s,
                partner_id=profile.id,
                data=found.content,
                transport_id=msg_id,
                meta={
                    "envelope": envelope.message_id,
                    "as2_message_id": msg_id,
                    "content_type": found.content_type,
                    "filename": found.filename,
                    "subject": meta.get("subject", ""),
                    "layers": found.layers,
                },
            )
            mark_message(
                s,
                envelope.message_id,
                "processed",
                f"AS2 envelope ({', '.join(found.layers) or 'plain'});"
                f" payload is message {payload_id}",
                partner_id=profile.id,
                parsed={
                    "as2": {"layers": found.layers, "mic": found.mic, "payload_message": payload_id}
                },
            )
        else:
            mark_message(
                s, envelope.message_id, "rejected", f"{modifier}: {reason}", partner_id=profile.id
            )
        ex = As2Exchange(
            direction="in",
            partner_id=profile.id,
            as2_message_id=msg_id,
            message_id=envelope.message_id,
            payload_message_id=payload_id,
            status="accepted" if found is not None else "refused",
            mdn_mode=request.mode,
            mdn_url=request.async_url or None,
            disposition=mdn.disposition_line(modifier),
            mic=found.mic if found else None,
            mic_alg=found.mic_alg if found else None,
            mdn=stored_mdn,
            reason=reason if found is None else mdn_reason,
        )
        s.add(ex)
        s.flush()
        if request.mode == "async":
            ex.mdn_status = "queued"
            queue.enqueue(s, "as2_mdn", str(ex.id), max_attempts=st.settings.mdn_attempts)
    return _answer(request, mdn_headers, mdn_body)


def _build_mdn(
    st: Station,
    profile: Any,
    request: mdn.MdnRequest,
    msg_id: str,
    modifier: str | None,
    reason: str | None,
    found: Any,
) -> tuple[list[tuple[str, str]], bytes, str | None]:
    if not request.wanted:
        return [], b"", None
    signer, note = None, None
    if request.signed:
        try:
            signer = st.certs.signing_pair()
        except As2Error as exc:
            note = f"MDN sent unsigned: {exc.detail}"
    text = mdn.PROCESSED_TEXT if modifier is None else f"{mdn.FAILED_TEXT}\r\n{reason}"
    headers, body = mdn.build(
        original_message_id=msg_id,
        ours=st.name,
        theirs=st.section(profile).name,
        disposition=mdn.disposition_line(modifier),
        mic=found.mic if found else None,
        mic_alg=found.mic_alg if found else None,
        text=text,
        signer=signer,
        digest=next(iter(request.micalgs), "sha256"),
        reporting_ua=st.settings.user_agent,
    )
    return headers, body, note


def _answer(request: mdn.MdnRequest, headers: list[tuple[str, str]], body: bytes) -> Reply:
    if request.mode == "sync":
        return Reply(200, headers, body)
    if request.mode == "async":
        return Reply.text(200, f"message received; the MDN will be sent to {request.async_url}")
    return Reply.text(200, "message received")


def _duplicate(
    st: Station,
    profile: Any,
    request: mdn.MdnRequest,
    envelope_id: str,
    msg_id: str,
    first: tuple[int, str | None, bytes | None],
) -> Reply:
    """A resend of a message we stored: the same MDN again, nothing processed twice."""
    _first_id, first_message, first_mdn = first
    reason = (
        f"duplicate of AS2 Message-ID {msg_id} accepted as message {first_message};"
        " the original MDN was returned again"
    )
    with st.db.transaction() as s:
        mark_message(s, envelope_id, "duplicate", reason, partner_id=profile.id)
        ex = As2Exchange(
            direction="in",
            partner_id=profile.id,
            as2_message_id=msg_id,
            message_id=envelope_id,
            status="duplicate",
            mdn_mode=request.mode,
            mdn_url=request.async_url or None,
            mdn=first_mdn,
            reason=reason,
            disposition=mdn.disposition_line(None),
        )
        s.add(ex)
        s.flush()
        if request.mode == "async" and first_mdn:
            ex.mdn_status = "queued"
            queue.enqueue(s, "as2_mdn", str(ex.id), max_attempts=st.settings.mdn_attempts)
    if request.mode == "sync" and first_mdn:
        parsed = mime.parse(first_mdn)
        return Reply(200, list(parsed.headers), parsed.body)
    return _answer(request, [], b"")
