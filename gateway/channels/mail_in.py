"""Wiring of the SMTP intake: senders and mailboxes from profiles, storing, replies, fax."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import socket
import ssl
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import bcrypt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select
from twisted.internet.defer import Deferred

from gateway.channels.common import keys_dir, note
from gateway.channels.mail_out import REPLY_JOB, queue_reply
from gateway.channels.settings import EmailProfile, FaxConfig, SmtpConfig
from gateway.errors import InputError
from gateway.pipeline import Runtime
from gateway.protocols.smtp import Sender, SmtpOptions, start_smtp
from gateway.store import inbox, queue
from gateway.store.manual import add_item
from gateway.store.models import Message
from gateway.translators.mail import MailLimits, MailParts, split_mail

__all__ = ["StoreMailBackend", "init_smtp", "listen_smtp"]


def _addr(text: str) -> str:
    m = re.search(r"<([^>]*)>", text)
    return (m.group(1) if m else text).strip().lower()


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@dataclass
class StoreMailBackend:
    """`smtp.MailBackend` on the gateway's store."""

    rt: Runtime

    @property
    def cfg(self) -> SmtpConfig:
        return self.rt.config.section("smtp")

    def _email(self, partner_id: str | None) -> EmailProfile | None:
        p = self.rt.partners.get(partner_id) if partner_id else None
        return p.section("email") if p else None

    def sender(self, address: str) -> Sender | None:
        addr = _addr(address)
        fax: FaxConfig = self.rt.config.section("fax")
        if addr in (a.lower() for a in fax.senders):
            return Sender(None, addr, fax=True)
        p = self.rt.partners.find(
            lambda p: (
                p.section("email") is not None
                and addr in (a.lower() for a in p.section("email").senders)
            )
        )
        return Sender(p.id, addr) if p else None

    def mailbox_refusal(self, sender: Sender, rcpt: str) -> str | None:
        ours = [a.lower() for a in (self.cfg.mailboxes or [self.rt.config.station.email])]
        addr = _addr(rcpt)
        if addr not in ours:
            return "not a mailbox of this gateway"
        own = self._email(sender.partner_id)
        if own and own.mailboxes and addr not in (a.lower() for a in own.mailboxes):
            return f"partner {sender.partner_id} may not send to this mailbox"
        return None

    def login(self, user: str, password: str) -> str | None:
        p = self.rt.partners.find(
            lambda p: p.section("email") is not None and p.section("email").smtp_user == user
        )
        sec = self._email(p.id) if p else None
        if sec is None or not sec.smtp_password_bcrypt:
            return None
        ok = bcrypt.checkpw(password.encode(), sec.smtp_password_bcrypt.encode())
        return p.id if ok and p else None

    def note(self, kind: str, partner_id: str | None, detail: str) -> None:
        note(self.rt.db, kind, partner_id, detail)

    # --- DATA ---------------------------------------------------------------------------

    def accept(self, sender: Sender, rcpts: list[str], raw: bytes) -> str:
        cfg = self.cfg
        limits = MailLimits(
            max_parts=cfg.max_attachments,
            max_unzipped_bytes=cfg.max_unzipped_bytes,
            max_zip_ratio=cfg.max_zip_ratio,
            max_zip_members=cfg.max_zip_members,
        )
        try:
            parts = split_mail(raw, limits)
        except InputError as exc:
            head = BytesHeaderParser(policy=default_policy).parsebytes(raw)
            return self._refuse(sender, raw, exc.detail, subject=str(head.get("Subject", "")))
        if sender.fax:
            return self._fax(sender, raw, parts)
        if not parts.documents:
            found = ", ".join(parts.ignored + [i.filename for i in parts.images]) or "nothing"
            return self._refuse(
                sender,
                raw,
                "no usable attachment: attach orders as EDI, XML"
                f" or CSV files or put them in the body (found: {found})",
                subject=parts.subject,
            )
        return self._store(sender, raw, parts)

    def _meta(self, sender: Sender, parts: MailParts | None, **more: Any) -> dict[str, Any]:
        return {
            "from": sender.address,
            "subject": parts.subject if parts else "",
            "mail_message_id": parts.message_id if parts else "",
            **more,
        }

    def _store(self, sender: Sender, raw: bytes, parts: MailParts) -> str:
        with self.rt.db.transaction() as s:
            if parts.message_id:
                seen = s.scalar(
                    select(Message.id).where(
                        Message.partner_id == sender.partner_id,
                        Message.channel == "email",
                        Message.transport_id == parts.message_id[:255],
                    )
                )
                if seen is not None:
                    return f"250 2.0.0 already received as {seen}"
            mail = inbox.add_received(
                s,
                partner_id=sender.partner_id,
                channel="email",
                data=raw,
                meta=self._meta(sender, parts, documents=len(parts.documents)),
                transport_id=parts.message_id[:255] or None,
                status="processed",
                reason=f"mail split into {len(parts.documents)} document(s)",
                process=False,
            )
            ids = []
            for i, part in enumerate(parts.documents):
                rec = inbox.add_received(
                    s,
                    partner_id=sender.partner_id,
                    channel="email",
                    data=part.data,
                    meta=self._meta(sender, parts, filename=part.filename, mail=mail.message_id),
                    transport_id=f"{mail.message_id}#{i}",
                )
                ids.append(rec.message_id)
            profile = self._email(sender.partner_id)
            if self.cfg.reply and (profile is None or profile.reply):
                queue.enqueue(s, REPLY_JOB, mail.message_id, max_attempts=30)
        return f"250 2.0.0 stored {len(ids)} document(s): {' '.join(ids)}"

    def _refuse(self, sender: Sender, raw: bytes, reason: str, *, subject: str) -> str:
        """Bad content from a known sender: kept as rejected, answered by mail, 554."""
        with self.rt.db.transaction() as s:
            mail = inbox.add_received(
                s,
                partner_id=sender.partner_id,
                channel="fax" if sender.fax else "email",
                data=raw,
                meta={"from": sender.address, "subject": subject},
                status="rejected",
                reason=reason,
                process=False,
            )
            profile = self._email(sender.partner_id)
            if sender.partner_id and self.cfg.reply and (profile is None or profile.reply):
                queue_reply(
                    self.rt,
                    s,
                    sender.partner_id,
                    to=sender.address,
                    subject=subject,
                    lines=[f"Your mail was rejected: {reason}"],
                    rejected=True,
                    message_id=mail.message_id,
                )
        return f"554 5.6.0 refused: {reason}"

    def _fax_partner(self, parts: MailParts) -> str | None:
        wanted = _digits(parts.subject) + " " + _digits(parts.body_text)
        for p in self.rt.partners:
            sec: EmailProfile | None = p.section("email")
            if sec and any(_digits(n) and _digits(n) in wanted for n in sec.fax_numbers):
                return p.id
        fax: FaxConfig = self.rt.config.section("fax")
        return fax.default_partner or None

    def _fax(self, sender: Sender, raw: bytes, parts: MailParts) -> str:
        if not parts.images:
            return self._refuse(
                sender, raw, "the fax mail carries no PDF or TIFF image", subject=parts.subject
            )
        partner = self._fax_partner(parts)
        with self.rt.db.transaction() as s:
            mail = inbox.add_received(
                s,
                partner_id=partner,
                channel="fax",
                data=raw,
                meta=self._meta(sender, parts),
                status="manual",
                reason="fax: waiting for manual entry",
                process=False,
            )
            item = add_item(
                s,
                message_id=mail.message_id,
                partner_id=partner,
                sender=sender.address,
                subject=parts.subject,
                images=[(i.filename, i.content_type, i.data) for i in parts.images],
            )
            item_id = item.id
        return f"250 2.0.0 fax stored as manual item {item_id}"


# --- TLS certificate and listener ---------------------------------------------------------


def _cert_paths(rt: Runtime) -> tuple[Path, Path]:
    cfg: SmtpConfig = rt.config.section("smtp")
    if cfg.tls_cert and cfg.tls_key:
        return (rt.config.base_dir / cfg.tls_cert, rt.config.base_dir / cfg.tls_key)
    folder = keys_dir(rt.config)
    return folder / "smtp.crt", folder / "smtp.key"


def ensure_smtp_cert(rt: Runtime) -> tuple[Path, Path, bool]:
    """A self-signed certificate for STARTTLS, made once (replace it for production)."""
    cert_path, key_path = _cert_paths(rt)
    if cert_path.exists() and key_path.exists():
        return cert_path, key_path, False
    cfg: SmtpConfig = rt.config.section("smtp")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cfg.hostname)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=825))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(cfg.hostname)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_path.touch(mode=0o600)
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path, True


def init_smtp(rt: Runtime) -> list[str]:
    cert, _key, created = ensure_smtp_cert(rt)
    return [f"smtp STARTTLS certificate {'created' if created else 'exists'}: {cert}"]


class AsyncioServerHandle:
    """Lets `gateway.app` stop an asyncio server like a Twisted port."""

    def __init__(self, server_future: asyncio.Future[asyncio.AbstractServer]) -> None:
        self.future = server_future
        self.loop = server_future.get_loop()

    def stopListening(self) -> Deferred[None]:
        async def stop() -> None:
            server = await self.future
            server.close()
            await server.wait_closed()

        return Deferred.fromFuture(asyncio.ensure_future(stop(), loop=self.loop))


def listen_smtp(rt: Runtime, reactor: Any) -> tuple[int, AsyncioServerHandle] | None:
    """Bind now (so the port is known), serve on the asyncio reactor's own loop."""
    cfg: SmtpConfig = rt.config.section("smtp")
    if not cfg.enabled:
        return None
    tls = None
    if cfg.starttls:
        cert, key, _ = ensure_smtp_cert(rt)
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(cert, key)
    sock = socket.create_server((cfg.host, cfg.port), reuse_port=False)
    sock.setblocking(False)
    opts = SmtpOptions(
        host=cfg.host,
        port=cfg.port,
        hostname=cfg.hostname,
        max_bytes=cfg.max_bytes,
        tls=tls,
        require_starttls=cfg.require_starttls,
        auth_required=cfg.auth_required,
    )
    loop = getattr(reactor, "_asyncioEventloop", None)  # the asyncio reactor's loop
    if loop is None:
        raise RuntimeError(
            "the SMTP listener needs Twisted's asyncio reactor"
            " (gateway.reactor.install() before anything else)"
        )
    future = asyncio.ensure_future(start_smtp(StoreMailBackend(rt), opts, sock=sock), loop=loop)
    return sock.getsockname()[1], AsyncioServerHandle(future)
