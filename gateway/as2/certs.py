"""Certificates and keys: ours (with rollover) and our partners', kept as PEM files.

Layout under the store root (`<data_dir>/as2` by default):
  station/<not-before>-<serial>.pem        our key + certificate (mode 600); several may be
                                           valid at once: the newest signs, all decrypt
  partners/<partner id>/<fingerprint>.pem  partner certificates imported with `gateway certs`
A partner profile may also name certificate files directly (`[as2] certs = [...]`).
Expired or not-yet-valid certificates are refused with the date in the reason.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from gateway.as2.errors import CertificateError

__all__ = [
    "CertStore",
    "KeyPair",
    "check_valid",
    "days_left",
    "describe",
    "fingerprint",
    "generate",
    "load_material",
    "pem_of",
]


@dataclass(frozen=True, slots=True)
class KeyPair:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    path: Path | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()[:16]


def days_left(cert: x509.Certificate, now: dt.datetime | None = None) -> int:
    return (cert.not_valid_after_utc - (now or _now())).days


def describe(cert: x509.Certificate) -> str:
    return f"{cert.subject.rfc4514_string()} (serial {cert.serial_number:x})"


def check_valid(cert: x509.Certificate, *, what: str, now: dt.datetime | None = None) -> None:
    """Raise CertificateError if `cert` is expired or not valid yet."""
    now = now or _now()
    if cert.not_valid_after_utc < now:
        raise CertificateError(
            f"{what} certificate {describe(cert)} expired on {cert.not_valid_after_utc:%Y-%m-%d}"
        )
    if cert.not_valid_before_utc > now:
        raise CertificateError(
            f"{what} certificate {describe(cert)} is not valid before "
            f"{cert.not_valid_before_utc:%Y-%m-%d}"
        )


def load_material(
    data: bytes, password: bytes | None = None
) -> tuple[rsa.RSAPrivateKey | None, list[x509.Certificate]]:
    """Key and certificates from PEM (any mix), DER or PKCS#12 bytes."""
    if b"-----BEGIN" in data:
        certs = x509.load_pem_x509_certificates(data) if b"CERTIFICATE-----" in data else []
        key = None
        block = re.search(
            rb"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?-----END \1PRIVATE KEY-----", data, re.S
        )
        if block:
            key = serialization.load_pem_private_key(block.group(0), password)
        return _rsa(key), certs
    try:
        return None, [x509.load_der_x509_certificate(data)]
    except ValueError:
        pass
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        raise CertificateError(f"neither PEM, DER nor PKCS#12 (or wrong password): {exc}") from None
    return _rsa(key), [c for c in (cert, *extra) if c is not None]


def _rsa(key: object) -> rsa.RSAPrivateKey | None:
    if key is None:
        return None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise CertificateError(f"only RSA keys are supported for AS2, got {type(key).__name__}")
    return key


def generate(
    common_name: str,
    *,
    days: int = 730,
    key_size: int = 2048,
    not_before: dt.datetime | None = None,
) -> KeyPair:
    """A new RSA key and self-signed certificate usable for signing, encryption and TLS."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    start = not_before or (_now() - dt.timedelta(minutes=5))
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=True,
                data_encipherment=True,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=False,
        )
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.DNSName(common_name.lower())]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    return KeyPair(key, cert)


def pem_of(pair: KeyPair) -> bytes:
    return pair.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ) + pair.cert.public_bytes(serialization.Encoding.PEM)


class CertStore:
    """Our key pairs and partner certificates on disk, cached by file modification time."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[
            Path, tuple[float, tuple[rsa.RSAPrivateKey | None, list[x509.Certificate]]]
        ] = {}
        self._lock = threading.Lock()

    @property
    def station_dir(self) -> Path:
        return self.root / "station"

    def partner_dir(self, partner_id: str) -> Path:
        return self.root / "partners" / partner_id

    def _load(self, path: Path) -> tuple[rsa.RSAPrivateKey | None, list[x509.Certificate]]:
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            raise CertificateError(f"certificate file {path} not found") from None
        with self._lock:
            hit = self._cache.get(path)
            if hit and hit[0] == mtime:
                return hit[1]
        loaded = load_material(path.read_bytes())
        with self._lock:
            self._cache[path] = (mtime, loaded)
        return loaded

    # --- ours ---
    def station_pairs(self, *, valid_only: bool = True) -> list[KeyPair]:
        """Our key pairs, newest first; only those valid now unless `valid_only` is False."""
        pairs = []
        for path in sorted(self.station_dir.glob("*.pem")) if self.station_dir.is_dir() else ():
            key, certs = self._load(path)
            if key is None or not certs:
                continue
            pair = KeyPair(key, certs[0], path)
            if valid_only:
                try:
                    check_valid(pair.cert, what="our")
                except CertificateError:
                    continue
            pairs.append(pair)
        return sorted(pairs, key=lambda p: p.cert.not_valid_before_utc, reverse=True)

    def signing_pair(self) -> KeyPair:
        pairs = self.station_pairs()
        if not pairs:
            every = self.station_pairs(valid_only=False)
            why = (
                "; ".join(
                    f"{describe(p.cert)} expired {p.cert.not_valid_after_utc:%Y-%m-%d}"
                    for p in every
                )
                or f"none in {self.station_dir}"
            )
            raise CertificateError(
                f"no valid station certificate ({why}); run `gateway certs generate`"
            )
        return pairs[0]

    def add_station(self, pair: KeyPair) -> Path:
        self.station_dir.mkdir(parents=True, exist_ok=True)
        path = self.station_dir / (
            f"{pair.cert.not_valid_before_utc:%Y%m%d%H%M%S}-{pair.cert.serial_number:x}"[:40]
            + ".pem"
        )
        path.touch(mode=0o600)
        path.write_bytes(pem_of(pair))
        return path

    # --- theirs ---
    def import_partner(self, partner_id: str, cert: x509.Certificate) -> Path:
        folder = self.partner_dir(partner_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{fingerprint(cert)}.pem"
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return path

    def partner_certs(
        self, partner_id: str, paths: Iterable[Path] = (), *, valid_only: bool = True
    ) -> list[x509.Certificate]:
        """The partner's certificates (profile files + imported), newest first.

        With `valid_only`, expired ones are refused: if every one is expired the
        CertificateError says which and when.
        """
        files = list(paths)
        folder = self.partner_dir(partner_id)
        if folder.is_dir():
            files += sorted(folder.glob("*.pem"))
        certs: list[x509.Certificate] = []
        for path in files:
            certs.extend(self._load(path)[1])
        if not certs:
            raise CertificateError(
                f"no certificate configured for partner {partner_id}"
                f" (profile [as2] certs or `gateway certs import --partner`)"
            )
        certs.sort(key=lambda c: c.not_valid_before_utc, reverse=True)
        if not valid_only:
            return certs
        valid = []
        errors = []
        for c in certs:
            try:
                check_valid(c, what=f"partner {partner_id}")
                valid.append(c)
            except CertificateError as exc:
                errors.append(exc.detail)
        if not valid:
            raise CertificateError("; ".join(errors))
        return valid

    def inventory(
        self, partner_files: dict[str, list[Path]]
    ) -> list[tuple[str, Path, x509.Certificate]]:
        """(owner, file, certificate) for every certificate we know, for listings and warnings."""
        out = [("station", p.path, p.cert) for p in self.station_pairs(valid_only=False) if p.path]
        owners = set(partner_files)
        if (self.root / "partners").is_dir():
            owners |= {d.name for d in (self.root / "partners").iterdir() if d.is_dir()}
        for pid in sorted(owners):
            files = list(partner_files.get(pid, ()))
            if self.partner_dir(pid).is_dir():
                files += sorted(self.partner_dir(pid).glob("*.pem"))
            for f in files:
                try:
                    out.extend((pid, f, c) for c in self._load(f)[1])
                except (CertificateError, ValueError):
                    continue
        return out
