"""Who we are on AS2 and how to find partners and certificates: built once per runtime."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.as2.certs import CertStore
from gateway.as2.offload import Crypto
from gateway.as2.settings import As2Config, As2Partner, expand_path
from gateway.profiles import PartnerDirectory, PartnerProfile
from gateway.store.db import Database

__all__ = ["Station"]


@dataclass
class Station:
    """Our AS2 name, settings, certificate store and the partners that speak AS2."""

    name: str
    settings: As2Config
    db: Database
    partners: PartnerDirectory
    certs: CertStore
    data_dir: Path
    max_body: int = 50 * 1024 * 1024
    _by_name: dict[str, PartnerProfile] = field(default_factory=dict)
    _crypto: Crypto | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def crypto(self) -> Crypto:
        """Where RSA work runs (`[as2] crypto_processes`); created on first use."""
        with self._lock:
            if self._crypto is None:
                self._crypto = Crypto(self.certs, self.settings.crypto_processes)
            return self._crypto

    @classmethod
    def from_runtime(cls, rt: object) -> Station:
        cfg = rt.config  # type: ignore[attr-defined]
        settings: As2Config = cfg.section("as2")
        root = Path(settings.certs_dir) if settings.certs_dir else cfg.data_dir / "as2"
        if not root.is_absolute():
            root = cfg.base_dir / root
        return cls(
            name=cfg.station.as2_name,
            settings=settings,
            db=rt.db,  # type: ignore
            partners=rt.partners,
            certs=CertStore(root),  # type: ignore[attr-defined]
            data_dir=cfg.data_dir,
            max_body=cfg.limits.max_message_bytes,
        )

    def partner_by_name(self, as2_name: str) -> PartnerProfile | None:
        """The enabled partner whose `[as2] name` is `as2_name` (exact, as RFC 4130 says)."""
        if not self._by_name:
            self._by_name = {
                p.section("as2").name: p
                for p in self.partners
                if p.enabled and p.section("as2") is not None
            }
        return self._by_name.get(as2_name)

    @staticmethod
    def section(profile: PartnerProfile) -> As2Partner:
        return profile.section("as2")  # type: ignore[no-any-return]

    def cert_files(self, profile: PartnerProfile) -> list[Path]:
        base = Path(profile.source).parent if profile.source else Path.cwd()
        return [
            expand_path(p, base=base, data_dir=self.data_dir) for p in self.section(profile).certs
        ]

    def partner_certs(self, profile: PartnerProfile) -> list[x509.Certificate]:
        """The partner's valid certificates (raises CertificateError if none is)."""
        return self.certs.partner_certs(profile.id, self.cert_files(profile))

    def our_keys(self) -> Sequence[tuple[rsa.RSAPrivateKey, x509.Certificate]]:
        """Every valid key pair of ours, newest first (decryption tries them all)."""
        return [(p.key, p.cert) for p in self.certs.station_pairs()]

    def all_partner_files(self) -> dict[str, list[Path]]:
        return {p.id: self.cert_files(p) for p in self.partners if p.section("as2")}
