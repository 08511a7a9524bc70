"""Message Disposition Notifications (RFC 4130 section 7, RFC 3798): request, build, parse."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import formatdate

from cryptography import x509

from gateway.as2 import algorithms as alg
from gateway.as2 import cms, mime
from gateway.as2.certs import KeyPair
from gateway.as2.errors import MalformedMessage

__all__ = ["MdnRequest", "Receipt", "build", "disposition_line", "mic_of", "parse", "request_from"]

PROCESSED_TEXT = "The AS2 message was received and stored; it will be processed."
FAILED_TEXT = "The AS2 message could not be accepted; see the disposition for the reason."


def mic_of(data: bytes, digest: str) -> str:
    return base64.b64encode(hashlib.new(alg.digest(digest), data).digest()).decode()


@dataclass(frozen=True, slots=True)
class MdnRequest:
    """What the sender asked for (Disposition-Notification-To/-Options, Receipt-Delivery-Option)."""

    wanted: bool = False
    signed: bool = False
    micalgs: tuple[str, ...] = ()
    async_url: str = ""

    @property
    def mode(self) -> str:
        return "none" if not self.wanted else ("async" if self.async_url else "sync")


def request_from(headers: Mapping[str, str]) -> MdnRequest:
    """Read the MDN request from AS2 headers (keys lower-case)."""
    wanted = bool(headers.get("disposition-notification-to", "").strip())
    options = headers.get("disposition-notification-options", "")
    signed, micalgs = False, []
    for clause in options.split(";"):
        name, _, value = clause.partition("=")
        values = mime.param_list(value)
        if name.strip().lower() == "signed-receipt-protocol":
            signed = any(
                v.lower() in ("pkcs7-signature", "application/pkcs7-signature") for v in values
            )
        elif name.strip().lower() == "signed-receipt-micalg":
            for v in (
                values[1:] if values and values[0].lower() in ("optional", "required") else values
            ):
                try:
                    micalgs.append(alg.digest(v))
                except ValueError:
                    continue
    return MdnRequest(
        wanted, signed, tuple(micalgs), headers.get("receipt-delivery-option", "").strip()
    )


def disposition_line(modifier: str | None) -> str:
    base = "automatic-action/MDN-sent-automatically; processed"
    return f"{base}/error: {modifier}" if modifier else base


def _boundary() -> str:
    return f"----=_as2_{uuid.uuid4().hex}"


def build(
    *,
    original_message_id: str,
    ours: str,
    theirs: str,
    disposition: str,
    mic: str | None,
    mic_alg: str | None,
    text: str,
    signer: KeyPair | None,
    digest: str = "sha256",
    reporting_ua: str = "edi-gateway AS2",
    micalg_spelling: str | None = None,
) -> tuple[list[tuple[str, str]], bytes]:
    """An MDN as (HTTP/AS2 headers, body); signed with `signer` when given."""
    fields = [
        f"Reporting-UA: {reporting_ua}",
        f"Original-Recipient: rfc822; {ours}",
        f"Final-Recipient: rfc822; {ours}",
        f"Original-Message-ID: <{original_message_id.strip('<>')}>",
        f"Disposition: {disposition}",
    ]
    if mic and mic_alg:
        fields.append(f"Received-Content-MIC: {mic}, {micalg_spelling or alg.digest(mic_alg)}")
    report_b = _boundary()
    report_body = (
        f"--{report_b}\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        f"{text}\r\n"
        f"--{report_b}\r\nContent-Type: message/disposition-notification\r\n"
        f"Content-Transfer-Encoding: 7bit\r\n\r\n" + "\r\n".join(fields) + "\r\n"
        f"\r\n--{report_b}--\r\n"
    ).encode()
    report_ct = f'multipart/report; report-type=disposition-notification; boundary="{report_b}"'
    if signer is None:
        content_type, body = report_ct, report_body
    else:
        part = mime.header_block([("Content-Type", report_ct)]) + report_body
        sig = base64.encodebytes(cms.sign(part, signer.key, signer.cert, digest=digest))
        b = _boundary()
        body = (
            f"--{b}\r\n".encode()
            + part
            + f"\r\n--{b}\r\n".encode()
            + b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
            b"Content-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="smime.p7s"\r\n\r\n'
            + sig.replace(b"\n", b"\r\n")
            + f"\r\n--{b}--\r\n".encode()
        )
        content_type = (
            f'multipart/signed; protocol="application/pkcs7-signature";'
            f' micalg={alg.micalg_name(digest)}; boundary="{b}"'
        )
    headers = [
        ("AS2-Version", "1.2"),
        ("AS2-From", quote(ours)),
        ("AS2-To", quote(theirs)),
        ("Message-ID", f"<{uuid.uuid4().hex}@{ours.replace(' ', '_')}>"),
        ("Date", formatdate(usegmt=True)),
        ("Subject", "AS2 MDN"),
        ("Mime-Version", "1.0"),
        ("Content-Type", content_type),
    ]
    return headers, body


def quote(name: str) -> str:
    """AS2 names with blanks or specials are quoted (RFC 4130 section 6.2)."""
    return f'"{name}"' if re.search(r'[\s"\\()<>@,;:/\[\]?=]', name) else name


def unquote(name: str) -> str:
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


@dataclass(frozen=True, slots=True)
class Receipt:
    """A parsed MDN."""

    original_message_id: str
    disposition: str
    mic: str | None
    mic_alg: str | None
    signed: bool
    text: str = ""

    @property
    def status(self) -> str:
        """`processed`, or `processed/error: x`, `failed/failure: y`... (after the `;`)."""
        return self.disposition.split(";", 1)[-1].strip()

    @property
    def ok(self) -> bool:
        return self.status.lower() == "processed" or self.status.lower().startswith(
            "processed/warning"
        )


def parse(entity: mime.Entity, *, certs: Callable[[], Sequence[x509.Certificate]]) -> Receipt:
    """Parse (and, if signed, verify) an MDN; raises As2Error subclasses on failure."""
    signed = entity.content_type == "multipart/signed"
    report = entity
    if signed:
        parts = entity.parts()
        if len(parts) < 2:
            raise MalformedMessage("signed MDN without a signature part")
        candidates = [parts[0].raw]
        if mime.canonicalize(parts[0].raw) != parts[0].raw:
            candidates.append(mime.canonicalize(parts[0].raw))
        cms.verify(candidates, parts[1].decoded(), certs())
        report = parts[0]
    if report.content_type != "multipart/report":
        raise MalformedMessage(f"an MDN is multipart/report, got {report.content_type}")
    text, fields = "", {}
    for part in report.parts():
        if part.content_type == "message/disposition-notification":
            body = part.decoded()
            fields = {}
            for block in re.split(rb"\r?\n\r?\n", body):
                if block.strip():
                    fields.update({k: v for k, v in _block(block).items() if k not in fields})
        elif part.content_type.startswith("text/"):
            text = part.decoded().decode("utf-8", "replace").strip()
    if "disposition" not in fields:
        raise MalformedMessage("MDN has no Disposition field")
    mic, mic_alg = None, None
    if fields.get("received-content-mic"):
        value, _, name = fields["received-content-mic"].partition(",")
        mic, mic_alg = value.strip(), name.strip() or None
    return Receipt(
        fields.get("original-message-id", "").strip().strip("<>"),
        fields["disposition"],
        mic,
        mic_alg,
        signed,
        text,
    )


def _block(block: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in mime.parse(block.strip() + b"\r\n\r\n").headers:
        out.setdefault(k.lower(), v)
    return out
