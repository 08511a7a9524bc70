"""E-mail out: the `email` deliverer (through the configured relay, retried by the queue),
readable mails for canonical documents (invoices with a PDF), and the received/rejected
reply to a partner's order mail, sent once its documents have been processed."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import formatdate

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import Invoice, OrderResponse, Shipment
from gateway.channels.settings import EmailProfile
from gateway.config import Config
from gateway.errors import ConfigError
from gateway.pipeline import Runtime
from gateway.profiles import PartnerProfile
from gateway.store import outbox, pickup, queue
from gateway.store.models import Event, Message, OutboundDocument
from gateway.store.queue import ClaimedJob
from gateway.translators.canonical_json import loads
from gateway.translators.notify import invoice_pdf, render_text

__all__ = ["REPLY_JOB", "deliver_email", "mail_reply_job", "queue_reply"]

REPLY_JOB = "mail_reply"
CANONICAL = {
    "order_response": OrderResponse,
    "855": OrderResponse,
    "ORDRSP": OrderResponse,
    "ship_notice": Shipment,
    "856": Shipment,
    "DESADV": Shipment,
    "invoice": Invoice,
    "810": Invoice,
    "INVOIC": Invoice,
}
TERMINAL = ("processed", "rejected", "duplicate", "failed")
REPORTED_EVENTS = ("document.applied", "order.refused", "order.duplicate")


class NotReady(Exception):
    """The reply waits until every document of the mail has been processed (retried)."""


def _domain(cfg: Config) -> str:
    return cfg.smtp_relay.sender.rpartition("@")[2] or "gateway.local"


def _recipients(profile: PartnerProfile) -> list[str]:
    sec: EmailProfile | None = profile.section("email")
    to = (sec.to or sec.senders[:1]) if sec else []
    if not to:
        raise ConfigError(
            "no [email] to or senders address to mail documents to",
            file=profile.source,
            key="email.to",
        )
    return list(to)


def build_mail(
    rt: Runtime, doc: OutboundDocument, data: bytes, profile: PartnerProfile
) -> EmailMessage:
    """The mail that carries `doc`: as stored (message/rfc822) or rendered from it."""
    cfg = rt.config
    if doc.content_type == "message/rfc822":
        msg = BytesParser(policy=default_policy).parsebytes(data)
        assert isinstance(msg, EmailMessage)
    else:
        msg = EmailMessage()
        msg["To"] = ", ".join(_recipients(profile))
        cls = CANONICAL.get(doc.doc_type)
        if cls is not None and "json" in doc.content_type:
            obj = loads(cls, data)
            subject, body = render_text(obj)
            msg["Subject"] = subject
            msg.set_content(body + f"\n\n{cfg.station.name}\n")
            if isinstance(obj, Invoice):
                msg.add_attachment(
                    invoice_pdf(obj, seller=cfg.station.name),
                    maintype="application",
                    subtype="pdf",
                    filename=f"invoice-{obj.number}.pdf",
                )
        else:
            msg["Subject"] = f"{doc.doc_type} document from {cfg.station.name}"
            msg.set_content(f"Please find attached our {doc.doc_type} document.\n")
            maintype, _, subtype = (doc.content_type or "application/octet-stream").partition("/")
            msg.add_attachment(
                data,
                maintype=maintype,
                subtype=subtype or "octet-stream",
                filename=pickup.file_name(doc),
            )
    if "From" not in msg:
        msg["From"] = cfg.smtp_relay.sender
    if "Date" not in msg:
        msg["Date"] = formatdate(localtime=False)
    if "Message-ID" not in msg:  # the same id on every retry: receivers can drop repeats
        msg["Message-ID"] = f"<gateway-doc-{doc.id}@{_domain(cfg)}>"
    return msg


def send(cfg: Config, msg: EmailMessage) -> None:
    relay = cfg.smtp_relay
    with smtplib.SMTP(relay.host, relay.port, timeout=30) as smtp:
        smtp.ehlo()
        if relay.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if relay.username:
            smtp.login(relay.username, relay.password)
        refused = smtp.send_message(msg)
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)


def deliver_email(rt: Runtime, doc: OutboundDocument, data: bytes, profile: PartnerProfile) -> str:
    """`rt.deliverers["email"]`: raises on any SMTP failure so the queue retries."""
    msg = build_mail(rt, doc, data, profile)
    send(rt.config, msg)
    return str(msg["Message-ID"])


def queue_reply(
    rt: Runtime,
    s: Session,
    partner_id: str,
    *,
    to: str,
    subject: str,
    lines: list[str],
    rejected: bool,
    message_id: str,
) -> None:
    """Queue a received/rejected answer to `to` as an outbound `email` document."""
    msg = EmailMessage()
    msg["From"] = rt.config.smtp_relay.sender
    msg["To"] = to
    msg["Subject"] = f"{'Rejected' if rejected else 'Received'}: {subject or 'your mail'}"
    msg.set_content("\n".join([*lines, "", rt.config.station.name, ""]))
    outbox.add_document(
        s,
        partner_id=partner_id,
        doc_type="mail_reply",
        channel="email",
        data=msg.as_bytes(),
        content_type="message/rfc822",
        message_id=message_id,
    )


def mail_reply_job(rt: Runtime, job: ClaimedJob, worker: str) -> None:
    """Job `mail_reply` (ref: the stored mail): report each document's outcome to the sender."""
    with rt.db.reading() as s:
        mail = s.get(Message, job.ref)
        if mail is None:
            raise RuntimeError(f"mail {job.ref} not found")
        parts = list(
            s.scalars(
                select(Message)
                .where(Message.transport_id.like(f"{job.ref}#%"))
                .order_by(Message.transport_id)
            )
        )
        waiting = [p.id for p in parts if p.status not in TERMINAL]
        if waiting:
            raise NotReady(f"{len(waiting)} document(s) of mail {job.ref} still processing")
        evs = list(
            s.scalars(
                select(Event)
                .where(Event.message_id.in_([p.id for p in parts]), Event.kind.in_(REPORTED_EVENTS))
                .order_by(Event.id)
            )
        )
    lines = [f"We received your mail with {len(parts)} document(s):", ""]
    for p in parts:
        lines.append(
            f"- {p.meta.get('filename', p.id)}: {p.status}"
            + (f" ({p.reason})" if p.reason and p.status != "processed" else "")
        )
        lines += [f"    {e.detail}" for e in evs if e.message_id == p.id]
    rejected = all(p.status != "processed" for p in parts)
    with rt.db.transaction() as s:
        if mail.partner_id:
            queue_reply(
                rt,
                s,
                mail.partner_id,
                to=mail.meta.get("from", ""),
                subject=mail.meta.get("subject", ""),
                lines=lines,
                rejected=rejected,
                message_id=mail.id,
            )
        queue.finish(s, job, worker)
