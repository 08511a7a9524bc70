"""The `[as2]` sections: gateway-wide (config/gateway.toml) and per partner (partners/*.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gateway import config as gw_config
from gateway import profiles
from gateway.as2 import algorithms as alg
from gateway.as2.message import SendOptions
from gateway.errors import ConfigError

__all__ = ["As2Config", "As2Partner", "expand_path"]


@dataclass
class As2Config:
    """Gateway-wide AS2 settings."""

    enabled: bool = True
    # HTTPS listener for /as2 (and the API) beside the plain HTTP one; unset: none
    https_port: int | None = None
    https_host: str = "127.0.0.1"
    tls_cert: str = ""  # PEM file with key + certificate; empty: our newest AS2 certificate
    certs_dir: str = ""  # empty: <data_dir>/as2
    # the URL partners should post asynchronous MDNs to (sent in Receipt-Delivery-Option)
    mdn_url: str = ""
    http_timeout: float = 60.0  # seconds for one outbound POST or async MDN POST
    mdn_attempts: int = 8  # async MDN deliveries before giving up
    expiry_warning_days: int = 30
    expiry_check_hours: float = 24.0
    station_cert_days: int = 730
    user_agent: str = "edi-gateway AS2"
    # worker processes for decryption, verification and MDN signing (0: in the thread
    # that handles the request); more than 0 lets AS2 use more than one CPU core
    crypto_processes: int = 0


@dataclass
class As2Partner:
    """A partner's AS2 identity, certificates and the security it requires and expects."""

    name: str = field(default="", metadata={"required": True})  # their AS2-From
    url: str = ""  # where we POST messages to them
    certs: list[str] = field(default_factory=list)  # their certificate files (PEM/DER)
    # inbound: what we insist on
    require_signing: bool = True
    require_encryption: bool = True
    binary_signing: bool = False  # verify/sign without CRLF canonicalisation
    # outbound: how we build messages for them
    sign: bool = True
    digest: str = "sha256"
    signature: str = "rsassa_pkcs1v15"
    encrypt: bool = True
    cipher: str = "aes256_cbc"
    key_transport: str = "rsaes_pkcs1v15"
    compress: str = field(
        default="none", metadata={"choices": ("none", "before-signing", "after-signing")}
    )
    mdn: str = field(default="sync", metadata={"choices": ("sync", "async", "none")})
    mdn_signed: bool = True
    mdn_digest: str = "sha256"
    mdn_timeout: float = 120.0  # seconds to wait for an async MDN before retrying
    content_type: str = "application/edi-x12"
    subject: str = "EDI document"
    tls_verify: bool = True
    tls_ca: str = ""  # PEM bundle to trust for the partner's HTTPS URL

    def __post_init__(self) -> None:
        validate_partner(self, file="")

    def send_options(self) -> SendOptions:
        return SendOptions(
            sign=self.sign,
            digest=self.digest,
            signature=self.signature,
            encrypt=self.encrypt,
            cipher=self.cipher,
            key_transport=self.key_transport,
            compress=self.compress,
            binary_signing=self.binary_signing,
        )


def expand_path(text: str, *, base: Path, data_dir: Path) -> Path:
    """`${data_dir}/x` or a path relative to `base` (the profile's folder)."""
    path = Path(text.replace("${data_dir}", str(data_dir)))
    return path if path.is_absolute() else (base / path).resolve()


def validate_partner(section: As2Partner, *, file: str) -> None:
    """Refuse unknown algorithm spellings at load time, naming the key."""
    checks = (
        ("digest", alg.digest),
        ("mdn_digest", alg.digest),
        ("signature", alg.signature),
        ("cipher", alg.cipher),
        ("key_transport", alg.key_transport),
    )
    for key, fn in checks:
        try:
            fn(getattr(section, key))
        except ValueError as exc:
            raise ConfigError(str(exc), file=file, key=f"as2.{key}") from None
    if section.url and not section.url.startswith(("http://", "https://")):
        raise ConfigError("expected an http:// or https:// URL", file=file, key="as2.url")


gw_config.register_section("as2", As2Config)
profiles.register_section("as2", As2Partner)
