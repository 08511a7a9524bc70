"""SMTP intake (aiosmtpd on the reactor's asyncio loop): authenticate, persist, then `250`.

The envelope sender must be an address of a known partner (or of the fax service) and
every recipient one of our mailboxes that partner may use; unknown senders are refused
at `MAIL FROM` and nothing of theirs is stored. STARTTLS and AUTH (bcrypt, checked in a
thread) are optional per config. The DATA hook hands the raw mail to the backend in a
worker thread, which stores it in one transaction; only its answer goes back to the client.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass
from typing import Any, Protocol

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from twisted.internet import threads
from twisted.internet.defer import Deferred

from gateway.logs import get_logger, log_event

__all__ = ["MailBackend", "Sender", "SmtpOptions", "start_smtp"]

_log = get_logger("smtp")


@dataclass(frozen=True)
class Sender:
    """Who an envelope sender is: a partner, or the fax-to-mail service (`fax=True`)."""

    partner_id: str | None
    address: str
    fax: bool = False


@dataclass(frozen=True)
class SmtpOptions:
    host: str
    port: int
    hostname: str
    max_bytes: int
    tls: ssl.SSLContext | None = None
    require_starttls: bool = False
    auth_required: bool = False


class MailBackend(Protocol):
    """Look-ups run on the loop (in memory); `accept`, `login` and `note` block (threads)."""

    def sender(self, address: str) -> Sender | None: ...
    def mailbox_refusal(self, sender: Sender, rcpt: str) -> str | None: ...
    def login(self, user: str, password: str) -> str | None: ...
    def accept(self, sender: Sender, rcpts: list[str], raw: bytes) -> str: ...
    def note(self, kind: str, partner_id: str | None, detail: str) -> None: ...


def _run(fn: Any, *args: Any) -> asyncio.Future[Any]:
    """A blocking call in Twisted's thread pool, awaitable from asyncio (stack notes 7)."""
    d: Deferred[Any] = threads.deferToThread(fn, *args)
    return d.asFuture(asyncio.get_running_loop())


@dataclass(frozen=True)
class _PendingLogin:
    login: str
    password: str


class GatewaySMTP(SMTP):
    """aiosmtpd calls its authenticator synchronously; we check bcrypt in a thread instead."""

    def __init__(self, handler: Handler, **kw: Any) -> None:
        super().__init__(handler, authenticator=self._defer_login, **kw)
        self.backend = handler.backend

    @staticmethod
    def _defer_login(
        server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        return AuthResult(
            success=True,
            auth_data=_PendingLogin(
                auth_data.login.decode("utf-8", "replace"),
                auth_data.password.decode("utf-8", "replace"),
            ),
        )

    async def _finish(self, result: AuthResult) -> AuthResult:
        pending = result.auth_data
        if not result.success or not isinstance(pending, _PendingLogin):
            return result
        partner = await _run(self.backend.login, pending.login, pending.password)
        if partner is None:
            await _run(
                self.backend.note, "smtp.auth_refused", None, f"AUTH refused for {pending.login!r}"
            )
            return AuthResult(success=False, handled=False)  # 535 (stack notes 10)
        return AuthResult(success=True, auth_data=partner)

    async def push(self, status: str | bytes) -> None:
        if isinstance(status, str) and status.startswith(
            "552"
        ):  # size limits are enforced inside aiosmtpd: record them
            await _run(self.backend.note, "smtp.too_large", None, status[4:])
        await super().push(status)

    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._finish(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        return await self._finish(await super().auth_LOGIN(_, args))


class Handler:
    def __init__(self, backend: MailBackend) -> None:
        self.backend = backend

    async def _refuse(self, kind: str, partner_id: str | None, reply: str) -> str:
        await _run(self.backend.note, kind, partner_id, reply[4:])
        return reply

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        sender = self.backend.sender(address)
        if sender is None:
            return await self._refuse(
                "smtp.sender_refused",
                None,
                f"550 5.7.1 sender <{address}> is not the address of a known partner",
            )
        authed = session.auth_data if session.authenticated else None
        if authed is not None and sender.partner_id not in (authed, None):
            return await self._refuse(
                "smtp.sender_refused",
                str(authed),
                f"550 5.7.1 sender <{address}> does not belong to the logged-in partner",
            )
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        session.gateway_sender = sender  # type: ignore[attr-defined]
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        sender: Sender = session.gateway_sender  # type: ignore[attr-defined]
        why = self.backend.mailbox_refusal(sender, address)
        if why is not None:
            return await self._refuse(
                "smtp.recipient_refused", sender.partner_id, f"550 5.1.1 <{address}>: {why}"
            )
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        sender: Sender = session.gateway_sender  # type: ignore[attr-defined]
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        try:
            return await _run(self.backend.accept, sender, list(envelope.rcpt_tos), raw)
        except Exception as exc:  # the store failed: the client must try again later
            log_event(_log, "smtp.store_failed", partner=sender.partner_id, error=repr(exc))
            return "451 4.3.0 message could not be stored; try again later"


async def start_smtp(
    backend: MailBackend, opts: SmtpOptions, sock: socket.socket | None = None
) -> asyncio.AbstractServer:
    """Serve on the running loop (the Twisted asyncio reactor's), on `sock` if given."""
    loop = asyncio.get_running_loop()
    handler = Handler(backend)

    def factory() -> SMTP:
        return GatewaySMTP(
            handler,
            loop=loop,
            hostname=opts.hostname,
            tls_context=opts.tls,
            require_starttls=opts.require_starttls and opts.tls is not None,
            auth_required=opts.auth_required,
            auth_require_tls=opts.tls is not None,
            data_size_limit=opts.max_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
        )

    if sock is not None:
        return await loop.create_server(factory, sock=sock)
    return await loop.create_server(factory, host=opts.host, port=opts.port)
