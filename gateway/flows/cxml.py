"""cXML messages: authenticate the envelope (From credential + Sender SharedSecret) against
the partner's `[cxml]` section (see `gateway.flows.xml_partners`), hand the canonical
document to the OMS and owe a ConfirmationRequest for every OrderRequest.

`verify_cxml` is what the synchronous HTTP endpoint asks before it answers: the cXML
status code (200, 400, 401, 406, 450) and the partner, computed without side effects.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from gateway.canonical import Order
from gateway.errors import EnvelopeError, InputError
from gateway.flows.xml_out import order_response_outgoing
from gateway.flows.xml_partners import CxmlPartner
from gateway.pipeline import Plan, Runtime
from gateway.profiles import PartnerProfile
from gateway.store.models import Message
from gateway.translators.cxml import (
    CxmlError,
    Envelope,
    Source,
    read_cxml,
)

__all__ = ["CxmlVerdict", "authenticate", "handle_cxml", "verify_cxml"]


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
    if isinstance(document, Order) and matched.section("cxml").confirmation:
        oms_responds = getattr(rt, "renderers", None) is not None
        plan.outgoing.append(
            order_response_outgoing(rt, matched, document, msg.id, refusals_only=oms_responds)
        )
    return plan
