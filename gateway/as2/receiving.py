"""Receive one AS2 POST (runs in a worker thread, never on the reactor).

Order of work, so that nothing acknowledged is ever lost:
  1. authenticate the envelope (AS2-From/AS2-To/Message-ID); refusals are stored too;
  2. a Message-ID already accepted from this partner gets the same positive MDN again
     and nothing else (a copy that failed before is processed as a new message);
  3. decrypt / decompress / verify (no database work);
  4. one transaction: the payload message and its inbound job, the exchange row with
     the MIC and disposition, the async-MDN job; only then is the MDN built and returned.
Asynchronous MDNs posted to us for our own messages arrive here too.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any

from gateway.as2 import mdn, mime
from gateway.as2.errors import As2Error
from gateway.as2.message import Inbound
from gateway.as2.offload import MdnJob, UnwrapJob
from gateway.as2.records import accepted_exchange, add_exchange, add_job, store_message
from gateway.as2.station import Station
from gateway.logs import get_logger, log_event
from gateway.store import inbox

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
            transport_id=msg_id[:255] or None,
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
    if len(msg_id) > 255:
        return refuse(
            400, "Message-ID longer than 255 characters (RFC 4130 section 5.3.3)", head + body
        )
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
    exchange: dict[str, Any] = {
        "direction": "in",
        "partner_id": profile.id,
        "as2_message_id": msg_id,
        "mdn_mode": request.mode,
        "mdn_url": request.async_url or None,
        "mdn_options": h.get("disposition-notification-options") or None,
        "mdn_status": "queued" if request.mode == "async" else None,
    }
    modifier, reason, found = None, None, None
    try:
        found = st.crypto.unwrap(
            UnwrapJob(
                headers=entity.headers,
                body=entity.body,
                certs_root=str(st.certs.root),
                partner_id=profile.id,
                partner_files=tuple(map(str, st.cert_files(profile))),
                require_signing=sec.require_signing,
                require_encryption=sec.require_encryption,
                binary_signing=sec.binary_signing,
                micalgs=request.micalgs,
                max_bytes=st.max_body * 4,  # room for compressible EDI, not for bombs
            )
        )
    except As2Error as exc:
        modifier, reason = exc.code, exc.detail
    except Exception as exc:
        modifier, reason = "unexpected-processing-error", f"{type(exc).__name__}: {exc}"
        log_event(_log, "as2.unwrap_error", message_id=msg_id, error=traceback.format_exc(limit=8))
    # raw envelope first, then the payload, one commit: all before any MDN exists
    with st.db.transaction() as s:
        first = accepted_exchange(s, profile.id, msg_id)  # under the write lock: no race
        if first is not None:
            _store_duplicate(st, s, raw, meta, exchange, first)
        else:
            _store(st, s, raw, meta, exchange, found, modifier, reason)
    if request.mode != "sync":
        refused = None if first is not None or found is not None else f"{modifier}: {reason}"
        return _answer(request, refused)
    if first is not None:  # the same positive MDN as for the stored copy
        modifier, reason, mic, mic_alg = None, None, first.mic, first.mic_alg
    else:
        mic, mic_alg = (found.mic, found.mic_alg) if found else (None, None)
    headers, body = build_mdn(
        st,
        theirs=sec.name,
        original_message_id=msg_id,
        options=exchange["mdn_options"],
        disposition=mdn.disposition_line(modifier),
        reason=reason,
        mic=mic,
        mic_alg=mic_alg,
    )
    return Reply(200, headers, body)


def _add_exchange(st: Station, s: Any, **values: Any) -> None:
    """The exchange row, and the job that will post its MDN if the sender asked for it async."""
    ex_id = add_exchange(s, **values)
    if values["mdn_mode"] == "async":
        add_job(s, "as2_mdn", str(ex_id), max_attempts=st.settings.mdn_attempts)


def _store(
    st: Station,
    s: Any,
    raw: bytes,
    meta: dict[str, Any],
    exchange: dict[str, Any],
    found: Inbound | None,
    modifier: str | None,
    reason: str | None,
) -> None:
    """The envelope (and, if it opened, the payload with its job) and the exchange row."""
    pid, msg_id = exchange["partner_id"], exchange["as2_message_id"]
    payload_id = None
    if found is None:
        status, note, parsed = "rejected", f"{modifier}: {reason}", None
    else:
        status, note = "processed", f"AS2 envelope opened ({', '.join(found.layers) or 'plain'})"
        parsed = {"as2": {"layers": found.layers, "mic": found.mic, "mic_alg": found.mic_alg}}
    envelope = store_message(
        s,
        partner_id=pid,
        data=raw,
        meta=meta,
        transport_id=msg_id,
        status=status,
        reason=note,
        fmt="as2",
        parsed=parsed,
    )
    if found is not None:
        payload_id = store_message(
            s,
            partner_id=pid,
            data=found.content,
            transport_id=msg_id,
            status="received",
            job=True,
            meta={
                "envelope": envelope,
                "as2_message_id": msg_id,
                "content_type": found.content_type,
                "filename": found.filename,
                "subject": meta.get("subject", ""),
                "layers": found.layers,
            },
        )
    _add_exchange(
        st,
        s,
        message_id=envelope,
        payload_message_id=payload_id,
        status="accepted" if found is not None else "refused",
        disposition=mdn.disposition_line(modifier),
        mic=found.mic if found else None,
        mic_alg=found.mic_alg if found else None,
        reason=reason,
        **exchange,
    )


def _store_duplicate(
    st: Station, s: Any, raw: bytes, meta: dict[str, Any], exchange: dict[str, Any], first: Any
) -> None:
    """A resend of a message we stored: recorded, nothing processed twice."""
    msg_id = exchange["as2_message_id"]
    reason = (
        f"duplicate of AS2 Message-ID {msg_id} accepted as message {first.message_id};"
        " the same MDN was returned"
    )
    envelope = store_message(
        s,
        partner_id=exchange["partner_id"],
        data=raw,
        meta=meta,
        transport_id=msg_id,
        status="duplicate",
        reason=reason,
        fmt="as2",
    )
    _add_exchange(
        st,
        s,
        message_id=envelope,
        status="duplicate",
        reason=reason,
        disposition=mdn.disposition_line(None),
        mic=first.mic,
        mic_alg=first.mic_alg,
        **exchange,
    )


def build_mdn(
    st: Station,
    *,
    theirs: str,
    original_message_id: str,
    options: str | None,
    disposition: str,
    reason: str | None,
    mic: str | None,
    mic_alg: str | None,
) -> tuple[list[tuple[str, str]], bytes]:
    """The MDN for one received message, signed when its sender asked for a signed one."""
    request = mdn.request_from(
        {"disposition-notification-to": "x", "disposition-notification-options": options or ""}
    )
    sign = request.signed
    if sign:
        try:
            st.certs.signing_pair()
        except As2Error as exc:  # still answer: an unsigned MDN that says why
            sign, reason = False, f"{reason or ''} (MDN unsigned: {exc.detail})".strip()
    ok = disposition.endswith("; processed")
    text = mdn.PROCESSED_TEXT if ok else f"{mdn.FAILED_TEXT}\r\n{reason}"
    return st.crypto.mdn(
        MdnJob(
            certs_root=str(st.certs.root),
            sign=sign,
            original_message_id=original_message_id,
            ours=st.name,
            theirs=theirs,
            disposition=disposition,
            mic=mic,
            mic_alg=mic_alg,
            text=text,
            digest=next(iter(request.micalgs), "sha256"),
            reporting_ua=st.settings.user_agent,
        )
    )


def _answer(request: mdn.MdnRequest, refused: str | None) -> Reply:
    """The HTTP answer when no synchronous MDN carries the result."""
    if request.mode == "async":
        return Reply.text(200, f"message received; the MDN will be sent to {request.async_url}")
    if refused:  # no MDN asked for: the HTTP status is the only way to tell the sender
        return Reply.text(400, f"message refused: {refused}")
    return Reply.text(200, "message received")
