"""Partner profiles: one TOML file per trading partner in `partners/`.

A profile names the partner's identities on every channel, its credentials (hashed),
the standards and acknowledgements it expects, the outbound channel of each document
type and the OMS customer it maps to. Every key is documented in `docs/partners.md`.
Channels add their own sections with `register_section`.
"""

from __future__ import annotations

import hashlib
import hmac
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway.errors import ConfigError
from gateway.settings import build

__all__ = [
    "PartnerDirectory",
    "PartnerProfile",
    "check_partner_files",
    "hash_token",
    "load_partners",
    "register_section",
]

ROLES = ("customer", "vendor", "dropshipper", "warehouse")
DOCUMENT_TYPES = (
    "997",
    "999",
    "TA1",
    "855",
    "856",
    "810",
    "865",
    "940",
    "846",
    "850",
    "CONTRL",
    "APERAK",
    "ORDRSP",
    "DESADV",
    "INVOIC",
    "order_response",
    "ship_notice",
    "invoice",
    "ship_request",
    "purchase_order",
    "confirmation_email",
    "app_response",
    "mail_reply",
)
OUTBOUND_CHANNELS = ("http", "as2", "sftp", "sftp_push", "email", "webhook", "none")


@dataclass
class X12Identity:
    isa_qualifier: str = field(default="ZZ")
    isa_id: str = field(default="", metadata={"required": True})
    gs_id: str = ""
    version: str = field(default="004010", metadata={"choices": ("004010", "005010")})
    ack: str = field(default="997", metadata={"choices": ("997", "999", "none")})
    ta1: str = field(
        default="on_error", metadata={"choices": ("always", "on_error", "never", "on_request")}
    )
    usage: str = field(default="P", metadata={"choices": ("P", "T", "any")})
    lenient_isa: bool = False
    element_separator: str = "*"
    component_separator: str = ">"
    repetition_separator: str = "^"
    segment_terminator: str = "~"
    send_855: bool = True
    ack_held: bool = False  # an 855 (lines IH) when an order goes on hold, the full one on release


@dataclass
class HttpAccess:
    # sha256 hex of each accepted bearer token; several allow rotation
    token_sha256: list[str] = field(default_factory=list)


@dataclass
class PartnerProfile:
    id: str = field(default="", metadata={"required": True})
    name: str = ""
    role: str = field(default="customer", metadata={"choices": ROLES})
    customer: str = ""  # OMS customer account number this partner orders for
    vendor: str = ""  # OMS vendor code, for vendors and dropshippers
    enabled: bool = True
    # the standard outbound documents are written in; "" picks the first of the profile's
    # [x12], [edifact], [ubl], [cxml] sections, and JSON without any
    standard: str = field(
        default="", metadata={"choices": ("", "x12", "edifact", "ubl", "cxml", "json")}
    )
    # acknowledge an order put on hold at once (lines IH), the full response on release
    ack_held: bool = False
    x12: X12Identity | None = None
    http: HttpAccess | None = None
    # document type -> outbound channel
    outbound: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def channel_for(self, doc_type: str) -> str:
        return self.outbound.get(doc_type) or self.outbound.get("default") or "http"

    def section(self, name: str) -> Any:
        return self.extra.get(name)

    @property
    def acks_held(self) -> bool:
        """Whether an order put on hold is acknowledged at once (`ack_held`, or the older
        `x12.ack_held`)."""
        return self.ack_held or (self.x12 is not None and self.x12.ack_held)


_EXTRA: dict[str, type] = {}


def register_section(name: str, cls: type) -> None:
    """Let a channel or standard add a `[name]` table to the profile schema."""
    _EXTRA[name] = cls


def hash_token(token: str) -> str:
    """The form in which HTTP bearer tokens are kept in profiles (tokens are random, 32+ bytes)."""
    return hashlib.sha256(token.encode()).hexdigest()


_CORE_KEYS = {
    "id",
    "name",
    "role",
    "customer",
    "vendor",
    "enabled",
    "standard",
    "ack_held",
    "x12",
    "http",
    "outbound",
}


def parse_profile(data: dict[str, Any], *, file: str) -> PartnerProfile:
    core = {k: v for k, v in data.items() if k in _CORE_KEYS}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key in _CORE_KEYS:
            continue
        if key not in _EXTRA:
            known = ", ".join(sorted(_CORE_KEYS | set(_EXTRA)))
            raise ConfigError(f"unknown key (known keys: {known})", file=file, key=key)
        if not isinstance(value, dict):
            raise ConfigError("expected a table", file=file, key=key)
        try:
            extra[key] = build(_EXTRA[key], value, file=file, prefix=key)
        except ConfigError as exc:  # a section's own checks (__post_init__) know no file
            raise ConfigError(exc.problem, file=file, key=exc.key or key) from None
    profile = build(PartnerProfile, core, file=file)
    profile.extra, profile.source = extra, file
    for doc, channel in profile.outbound.items():
        if doc != "default" and doc not in DOCUMENT_TYPES:
            raise ConfigError(f"unknown document type {doc!r}", file=file, key=f"outbound.{doc}")
        if channel not in OUTBOUND_CHANNELS:
            allowed = ", ".join(OUTBOUND_CHANNELS)
            raise ConfigError(
                f"{channel!r} is not one of {allowed}", file=file, key=f"outbound.{doc}"
            )
    if profile.http:
        for i, h in enumerate(profile.http.token_sha256):
            if len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
                raise ConfigError(
                    "expected a sha256 hex digest (64 lowercase hex digits)",
                    file=file,
                    key=f"http.token_sha256[{i}]",
                )
    if profile.role == "customer" and not profile.customer:
        raise ConfigError(
            "a customer partner must name its OMS customer account", file=file, key="customer"
        )
    return profile


@dataclass
class PartnerDirectory:
    """All loaded profiles with the look-ups every channel needs."""

    partners: dict[str, PartnerProfile]

    def get(self, partner_id: str) -> PartnerProfile | None:
        return self.partners.get(partner_id)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.partners.values())

    def by_token(self, token: str) -> PartnerProfile | None:
        digest = hash_token(token)
        for p in self.partners.values():
            if (
                p.enabled
                and p.http
                and any(hmac.compare_digest(digest, h) for h in p.http.token_sha256)
            ):
                return p
        return None

    def by_x12(self, qualifier: str, isa_id: str, gs_id: str = "") -> PartnerProfile | None:
        isa_id = isa_id.strip()
        for p in self.partners.values():
            if (
                p.enabled
                and p.x12
                and p.x12.isa_id == isa_id
                and (p.x12.isa_qualifier == qualifier.strip())
            ):
                if not gs_id or not p.x12.gs_id or p.x12.gs_id == gs_id:
                    return p
        return None

    def find(self, predicate) -> PartnerProfile | None:  # type: ignore[no-untyped-def]
        return next((p for p in self.partners.values() if p.enabled and predicate(p)), None)


def _load_file(path: Path) -> PartnerProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=str(path)) from None
    return parse_profile(data, file=str(path))


def check_partner_files(folder: Path) -> list[ConfigError]:
    """Validate every profile; one error (the first) per bad file, duplicates across files too."""
    errors: list[ConfigError] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            profile = _load_file(path)
        except ConfigError as exc:
            errors.append(exc)
            continue
        if profile.id in seen:
            errors.append(
                ConfigError(
                    f"partner id {profile.id!r} already used by {seen[profile.id]}",
                    file=str(path),
                    key="id",
                )
            )
        seen[profile.id] = str(path)
    return errors


def load_partners(folder: Path) -> PartnerDirectory:
    """Load every profile; refuse to start on the first invalid one."""
    if not folder.is_dir():
        raise ConfigError("partners folder not found", file=str(folder))
    errors = check_partner_files(folder)
    if errors:
        raise errors[0]
    profiles = [_load_file(p) for p in sorted(folder.glob("*.toml"))]
    return PartnerDirectory({p.id: p for p in profiles})
