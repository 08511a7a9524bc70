"""cXML messages: authenticate the envelope (From credential + Sender SharedSecret) against
the partner's `[cxml]` section, hand the canonical document to the OMS and owe a
ConfirmationRequest for every OrderRequest.

`verify_cxml` is what the synchronous HTTP endpoint asks before it answers: the cXML
status code (200, 400, 401, 406, 450) and the partner, computed on a stored payload.

Profile section `[cxml]`:

    [cxml]
    identities = ["NetworkId:AN01000000001"]     # domain:identity accepted in From
    shared_secret_sha256 = "<sha256 hex of the SharedSecret the buyer sends>"
    deployment_mode = "production"               # production, test or any
    confirmation = true                          # answer OrderRequests with a ConfirmationRequest
    our_domain = "NetworkId"
    our_identity = "DEMODIST"
    outbound_secret_env = "CXML_SECRET_BUYER"    # env var with the SharedSecret we send
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from gateway.canonical import Order, Party
from gateway.errors import ConfigError, EnvelopeError, InputError
from gateway.flows.order_outcome import order_outcome
from gateway.pipeline import Outgoing, Plan, Runtime
from gateway.profiles import PartnerProfile, register_section
from gateway.store.models import Message
from gateway.store.outbox import next_control
from gateway.translators.cxml import (
    Credential,
    CxmlError,
    Envelope,
    Route,
    Source,
    read_cxml,
    render_confirmation,
)

__all__ = ["CxmlPartner", "CxmlVerdict", "handle_cxml", "route_for", "verify_cxml"]

CONTENT_TYPE = "text/xml"


@dataclass
class CxmlPartner:
    identities: list[str] = field(default_factory=list, metadata={"required": True})
    shared_secret_sha256: str = field(default="", metadata={"required": True})
    deployment_mode: str = field(
        default="production", metadata={"choices": ("production", "test", "any")}
    )
    confirmation: bool = True
    our_domain: str = "NetworkId"
    our_identity: str = ""
    outbound_secret_env: str = ""

    def __post_init__(self) -> None:
        h = self.shared_secret_sha256
        if len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
            raise ConfigError(
                "expected the sha256 hex digest of the shared secret",
                key="cxml.shared_secret_sha256",
            )
        for ident in self.identities:
            if ":" not in ident:
                raise ConfigError(
                    f"{ident!r}: write identities as domain:identity", key="cxml.identities"
                )


register_section("cxml", CxmlPartner)


@dataclass(frozen=True, slots=True)
class CxmlVerdict:
    """The answer owed to a cXML request: status code, the partner if known, the reason."""

    status: int
    partner_id: str | None = None
    reason: str = ""
    payload_id: str = ""


def _names(section: CxmlPartner) -> set[tuple[str, str]]:
    return {(d.lower(), i) for d, _, i in (x.partition(":") for x in section.identities)}


def _from_ids(env: Envelope) -> set[tuple[str, str]]:
    return {(c.domain.lower(), c.identity) for c in env.from_}


def _secret_ok(section: CxmlPartner, env: Envelope) -> bool:
    secrets = [c.shared_secret for c in env.sender if c.shared_secret]
    digests = [hashlib.sha256(s.encode()).hexdigest() for s in secrets]
    return any(hmac.compare_digest(d, section.shared_secret_sha256) for d in digests)


def authenticate(rt: Runtime, env: Envelope) -> PartnerProfile:
    """The partner the envelope's From names, if its Sender SharedSecret is right."""
    ids = _from_ids(env)
    profile = rt.partners.find(
        lambda p: p.section("cxml") is not None and bool(_names(p.section("cxml")) & ids)
    )
    who = ", ".join(f"{c.domain}:{c.identity}" for c in env.from_) or "none"
    if profile is None:
        raise CxmlError(
            f"From credential ({who}) is not a partner known to this gateway",
            status=401,
            code="unknown_sender",
        )
    if not _secret_ok(profile.section("cxml"), env):
        raise CxmlError(
            f"Sender SharedSecret for {who} is missing or wrong", status=401, code="bad_secret"
        )
    mode = profile.section("cxml").deployment_mode
    if mode != "any" and env.deployment_mode != mode:
        raise CxmlError(
            f"deploymentMode {env.deployment_mode!r}: partner {profile.id} is set up for {mode!r}",
            status=406,
            code="deployment_mode",
        )
    return profile


def verify_cxml(rt: Runtime, data: bytes) -> CxmlVerdict:
    """Authenticate and read a cXML request without side effects (for the HTTP answer)."""
    try:
        doc = read_cxml(data)
        profile = authenticate(rt, doc.envelope)
    except CxmlError as exc:
        return CxmlVerdict(exc.status, None, exc.detail)
    if doc.envelope.kind != "Request":
        return CxmlVerdict(
            400,
            profile.id,
            f"expected a cXML Request, got a {doc.envelope.kind}",
            doc.envelope.payload_id,
        )
    return CxmlVerdict(200, profile.id, "", doc.envelope.payload_id)


def route_for(rt: Runtime, profile: PartnerProfile) -> Route:
    """Our envelope toward `profile`: From/Sender us, To the partner's first identity."""
    section: CxmlPartner = profile.section("cxml")
    domain, _, identity = section.identities[0].partition(":")
    ours = section.our_identity or rt.config.station.edifact_id
    secret = os.environ.get(section.outbound_secret_env, "") if section.outbound_secret_env else ""
    me = Credential(section.our_domain, ours)
    return Route(
        from_=me,
        to=Credential(domain, identity),
        sender=dataclasses.replace(me, shared_secret=secret),
        deployment_mode="production"
        if section.deployment_mode == "any"
        else section.deployment_mode,
        payload_domain=ours,
    )


def _confirmation_out(rt: Runtime, profile: PartnerProfile, order: Order, msg: Message) -> Outgoing:
    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        seller = Party("SE", rt.config.station.name, rt.config.station.edifact_id)
        resp = order_outcome(s, order, message_id=msg.id, seller=seller)
        n = next_control(s, profile.id, "cxml")
        data = render_confirmation(
            resp, route_for(rt, profile), order_payload_id=order.source_control
        )
        return data, (str(n), None, None)

    return Outgoing(
        "order_response",
        render,
        content_type=CONTENT_TYPE,
        filename=f"ConfirmationRequest-{order.po_number}.xml",
    )


def handle_cxml(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    try:
        doc = read_cxml(
            data, source=Source(partner_id=profile.id if profile else "", message_id=msg.id)
        )
        matched = authenticate(rt, doc.envelope)
    except CxmlError as exc:
        raise InputError(f"cXML {exc.status}: {exc.detail}", code=exc.code) from None
    if profile is not None and matched.id != profile.id:
        raise EnvelopeError(
            f"cXML From credential belongs to partner {matched.id}, not to"
            f" the authenticated partner {profile.id}",
            code="wrong_partner",
        )
    if doc.envelope.kind != "Request":
        raise InputError(
            f"a cXML {doc.envelope.kind} is not a request to process", code="not_request"
        )
    document: Any = doc.document
    if document.partner_id != matched.id:
        document = dataclasses.replace(document, partner_id=matched.id)
    plan = Plan(
        format="cxml",
        documents=[document],
        summary={"payload_id": doc.envelope.payload_id, "request": doc.envelope.body},
    )
    if (
        isinstance(document, Order)
        and matched.section("cxml").confirmation
        and getattr(rt, "renderers", None) is None
    ):  # an OMS that emits responses does it
        plan.outgoing.append(_confirmation_out(rt, matched, document, msg))
    return plan
