"""Config sections (`[sftp]`, `[smtp]`, `[fax]`) and partner-profile sections
(`[sftp]`, `[sftp.remote]`, `[email]`, `[webhook]`) of the SFTP, e-mail and webhook channels."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from gateway import config as gateway_config
from gateway import profiles
from gateway.errors import ConfigError

__all__ = [
    "EmailProfile",
    "FaxConfig",
    "SftpConfig",
    "SftpProfile",
    "SftpRemote",
    "SmtpConfig",
    "WebhookProfile",
    "secret_from_env",
]


# --- gateway config --------------------------------------------------------------------------


@dataclass
class SftpConfig:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 2222
    host_key: str = ""  # empty: <data_dir>/keys/sftp_host_ed25519 (made by `gateway init`)
    folder: str = ""  # empty: <data_dir>/sftp; one folder per partner below it
    max_file_bytes: int = 0  # 0: [limits] max_message_bytes
    poll_check_seconds: float = 30.0  # how often due `sftp_poll` jobs are queued


@dataclass
class SmtpConfig:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 2525
    hostname: str = "gateway.local"
    # our own addresses mail may be sent to; empty: [station] email
    mailboxes: list[str] = field(default_factory=list)
    tls_cert: str = ""  # empty: <data_dir>/keys/smtp.crt and smtp.key (made by `gateway init`)
    tls_key: str = ""
    starttls: bool = True
    require_starttls: bool = False
    auth_required: bool = False
    max_bytes: int = 25 * 1024 * 1024
    max_attachments: int = 50
    max_unzipped_bytes: int = 100 * 1024 * 1024
    max_zip_ratio: int = 100
    max_zip_members: int = 200
    reply: bool = True  # send a received/rejected reply to the sender


@dataclass
class FaxConfig:
    # sender addresses of the fax-to-mail service; their PDF/TIFF become manual items
    senders: list[str] = field(default_factory=list)
    # partner a fax belongs to when its subject names none of the partners' fax numbers
    default_partner: str = ""
    # sha256 hex of operator tokens for the manual-entry API
    operator_token_sha256: list[str] = field(default_factory=list)


# --- partner profiles ------------------------------------------------------------------------


@dataclass
class SftpRemote:
    """The partner's own SFTP server: we push there and poll its outbound folder."""

    host: str = field(default="", metadata={"required": True})
    port: int = 22
    user: str = field(default="", metadata={"required": True})
    password_env: str = ""  # name of the environment variable holding the password
    key_file: str = ""  # our private key (OpenSSH format), relative to the data dir
    host_key: str = field(default="", metadata={"required": True})  # "ssh-ed25519 AAAA..."
    push_dir: str = "inbound"
    poll_dir: str = ""  # empty: no polling
    poll_interval: float = 300.0
    after_poll: str = field(default="delete", metadata={"choices": ("delete", "move")})
    archive_dir: str = "archive"
    timeout: float = 30.0


@dataclass
class SftpProfile:
    user: str = ""  # login on our SFTP server
    password_bcrypt: str = ""
    public_keys: list[str] = field(default_factory=list)  # OpenSSH one-line public keys
    delivered_on: str = field(default="download", metadata={"choices": ("download", "remove")})
    max_file_bytes: int = 0
    remote: SftpRemote | None = None


@dataclass
class EmailProfile:
    senders: list[str] = field(default_factory=list)  # addresses allowed to send us orders
    mailboxes: list[str] = field(default_factory=list)  # our mailboxes it may use (empty: any)
    to: list[str] = field(default_factory=list)  # where our mail goes (empty: first sender)
    smtp_user: str = ""  # SMTP AUTH login (optional)
    smtp_password_bcrypt: str = ""
    reply: bool = True
    fax_numbers: list[str] = field(default_factory=list)


@dataclass
class WebhookProfile:
    url: str = ""  # where ship requests are POSTed
    secret_env: str = ""  # environment variable holding the shared HMAC secret
    secret: str = ""  # demo only: the secret itself (prefer secret_env)
    timeout: float = 15.0
    signature_header: str = "X-Gateway-Signature"


def secret_from_env(name: str, fallback: str, *, what: str) -> str:
    value = os.environ.get(name, "") if name else ""
    if not value and not fallback:
        raise ConfigError(f"{what}: set the environment variable {name or '(secret_env)'}")
    return value or fallback


gateway_config.register_section("sftp", SftpConfig)
gateway_config.register_section("smtp", SmtpConfig)
gateway_config.register_section("fax", FaxConfig)
profiles.register_section("sftp", SftpProfile)
profiles.register_section("email", EmailProfile)
profiles.register_section("webhook", WebhookProfile)
