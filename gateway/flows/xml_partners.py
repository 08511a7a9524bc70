"""The `[ubl]` and `[cxml]` partner profile sections, and our identities toward them.

[ubl]
endpoint_ids = ["0192:987654325"]   # scheme:id (or a bare id) of the buyer's party
order_response = true               # answer every Order with an OrderResponse
ack = "on_error"                    # ApplicationResponse (MLR): always, on_error, never
our_endpoint = "0192:123456785"     # our EndpointID as seller / MLR sender

[cxml]
identities = ["NetworkId:AN01000000001"]     # domain:identity accepted in From
shared_secret_sha256 = "<sha256 hex of the SharedSecret the buyer sends>"
deployment_mode = "production"               # production, test or any
confirmation = true                          # answer OrderRequests with a ConfirmationRequest
our_domain = "NetworkId"
our_identity = "DEMODIST"                    # default: [station] edifact_id
outbound_secret_env = "GATEWAY_CXML_SECRET_X" # env var with the SharedSecret we send
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

from gateway.canonical import Party
from gateway.errors import ConfigError
from gateway.pipeline import Runtime
from gateway.profiles import PartnerProfile, register_section
from gateway.translators.cxml import Credential, Route

__all__ = ["CxmlPartner", "UblPartner", "buyer_party", "our_party", "route_for", "split_endpoint"]


@dataclass
class UblPartner:
    endpoint_ids: list[str] = field(default_factory=list, metadata={"required": True})
    order_response: bool = True
    ack: str = field(default="on_error", metadata={"choices": ("always", "on_error", "never")})
    our_endpoint: str = ""
    validate_xsd: bool = True


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


register_section("ubl", UblPartner)
register_section("cxml", CxmlPartner)


def split_endpoint(endpoint: str) -> tuple[str, str]:
    """`"0192:987654325"` -> `("0192", "987654325")`; a bare id has no scheme."""
    scheme, sep, ident = endpoint.partition(":")
    return (scheme, ident) if sep else ("", endpoint)


def our_party(rt: Runtime, section: UblPartner | None) -> Party:
    """Us as a UBL party (seller, MLR sender) toward the partner of `section`."""
    if section is not None and section.our_endpoint:
        scheme, ident = split_endpoint(section.our_endpoint)
    else:
        scheme, ident = "", rt.config.station.edifact_id
    return Party("SE", rt.config.station.name, ident, scheme)


def buyer_party(section: UblPartner | None) -> Party | None:
    """The partner as the UBL buyer party: its first endpoint id (None without a [ubl])."""
    if section is None or not section.endpoint_ids:
        return None
    scheme, ident = split_endpoint(section.endpoint_ids[0])
    return Party("BY", "", ident, scheme)


def route_for(rt: Runtime, profile: PartnerProfile) -> Route:
    """Our cXML envelope toward `profile`: From/Sender us, To the partner's first identity."""
    section: CxmlPartner = profile.section("cxml")
    domain, _, identity = section.identities[0].partition(":")
    ours = section.our_identity or rt.config.station.edifact_id
    env = section.outbound_secret_env
    me = Credential(section.our_domain, ours)
    return Route(
        from_=me,
        to=Credential(domain, identity),
        sender=dataclasses.replace(me, shared_secret=os.environ.get(env, "") if env else ""),
        deployment_mode="production"
        if section.deployment_mode == "any"
        else section.deployment_mode,
        payload_domain=ours,
    )
