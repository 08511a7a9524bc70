"""Wiring of the SFTP server: users from profiles, the store backend, the host key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from twisted.conch.ssh import keys

from gateway.channels.common import keys_dir, note
from gateway.channels.settings import SftpConfig, SftpProfile
from gateway.errors import ConfigError
from gateway.pipeline import Runtime
from gateway.protocols import sftp
from gateway.store import inbox, pickup
from gateway.translators.completeness import incomplete_reason

__all__ = ["ensure_host_key", "listen_sftp", "sftp_users"]


def _max_bytes(rt: Runtime, own: int) -> int:
    cfg: SftpConfig = rt.config.section("sftp")
    return own or cfg.max_file_bytes or rt.config.limits.max_message_bytes


def sftp_users(rt: Runtime) -> dict[str, sftp.SftpUser]:
    """One login per partner with an `[sftp]` user; keys are parsed here (bad ones refused)."""
    users: dict[str, sftp.SftpUser] = {}
    for p in rt.partners:
        sec: SftpProfile | None = p.section("sftp")
        if sec is None or not sec.user or not p.enabled:
            continue
        if sec.user in users:
            raise ConfigError(
                f"SFTP user {sec.user!r} is used by {users[sec.user].partner_id} too",
                file=p.source,
                key="sftp.user",
            )
        for i, k in enumerate(sec.public_keys):
            try:
                keys.Key.fromString(k)
            except Exception as exc:
                raise ConfigError(
                    f"not an OpenSSH public key: {exc}", file=p.source, key=f"sftp.public_keys[{i}]"
                ) from None
        if not sec.password_bcrypt and not sec.public_keys:
            raise ConfigError(
                "an SFTP user needs password_bcrypt or public_keys", file=p.source, key="sftp.user"
            )
        users[sec.user] = sftp.SftpUser(
            partner_id=p.id,
            username=sec.user,
            password_bcrypt=sec.password_bcrypt,
            public_keys=tuple(sec.public_keys),
            max_bytes=_max_bytes(rt, sec.max_file_bytes),
            delivered_on=sec.delivered_on,
        )
    return users


@dataclass
class StoreBackend:
    """`sftp.SftpBackend` on the gateway's store (called in worker threads)."""

    rt: Runtime

    def _receive(self, user: sftp.SftpUser, name: str, data: bytes, **kw: Any) -> str:
        rec = inbox.receive(
            self.rt.db,
            partner_id=user.partner_id,
            channel="sftp",
            data=data,
            meta={"filename": name, "user": user.username},
            transport_id=f"sftp:{name}"[:255],
            **kw,
        )
        return rec.message_id

    def store(self, user: sftp.SftpUser, name: str, data: bytes) -> str:
        return self._receive(user, name, data)

    def reject(self, user: sftp.SftpUser, name: str, data: bytes, reason: str) -> str:
        return self._receive(user, name, data, status="rejected", reason=reason)

    def pending(self, user: sftp.SftpUser) -> list[sftp.PickupFile]:
        return [
            sftp.PickupFile(d.name, d.size, d.created.timestamp())
            for d in pickup.pending(self.rt.db, user.partner_id, "sftp")
        ]

    def fetch(self, user: sftp.SftpUser, name: str) -> bytes | None:
        got = pickup.fetch(self.rt.db, user.partner_id, "sftp", name)
        return got[1] if got else None

    def delivered(self, user: sftp.SftpUser, name: str, how: str) -> bool:
        doc_id = pickup.parse_name(name)
        return doc_id is not None and pickup.mark_delivered(
            self.rt.db, user.partner_id, doc_id, how
        )

    def note(self, kind: str, partner_id: str | None, detail: str) -> None:
        note(self.rt.db, kind, partner_id, detail)

    def incomplete(self, data: bytes) -> str | None:
        return incomplete_reason(data)


def _host_key_path(rt: Runtime) -> Path:
    cfg: SftpConfig = rt.config.section("sftp")
    if cfg.host_key:
        return (rt.config.base_dir / cfg.host_key).resolve()
    return keys_dir(rt.config) / "sftp_host_ed25519"


def ensure_host_key(rt: Runtime) -> tuple[keys.Key, bool]:
    """Load the SFTP host key, creating an ed25519 key the first time; (key, created)."""
    path = _host_key_path(rt)
    created = False
    if not path.exists():
        pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_bytes(pem)
        created = True
    return sftp.load_host_key(path), created


def sftp_folder(rt: Runtime) -> Path:
    cfg: SftpConfig = rt.config.section("sftp")
    return (
        (rt.config.base_dir / cfg.folder).resolve() if cfg.folder else rt.config.data_dir / "sftp"
    )


def listen_sftp(rt: Runtime, reactor: Any) -> tuple[int, Any] | None:
    cfg: SftpConfig = rt.config.section("sftp")
    if not cfg.enabled:
        return None
    key, _ = ensure_host_key(rt)
    site = sftp.Site(users=sftp_users(rt), root=sftp_folder(rt), backend=StoreBackend(rt))
    port = reactor.listenTCP(cfg.port, sftp.build_factory(site, [key]), interface=cfg.host)
    return port.getHost().port, port


def init_sftp(rt: Runtime) -> list[str]:
    key, created = ensure_host_key(rt)
    verb = "created" if created else "exists"
    return [
        f"sftp host key {verb}: {_host_key_path(rt)}",
        f"sftp host key fingerprint: {sftp.host_key_fingerprint(key)}",
    ]
