"""X12 messages: match the partner, translate each set, owe a 997/999 and, if needed, a TA1."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gateway.canonical import FunctionalAck
from gateway.errors import EnvelopeError
from gateway.pipeline import Outgoing, Plan, Runtime
from gateway.profiles import PartnerProfile
from gateway.store.models import Message
from gateway.store.outbox import next_control
from gateway.translators.x12.ack import render_997, ta1_segment
from gateway.translators.x12.inbound import InterchangeOutcome, read_x12
from gateway.translators.x12.writer import OutboundEnvelope, render_ta1_interchange

__all__ = ["handle_x12", "x12_envelope"]


def x12_envelope(rt: Runtime, s: Session, profile: PartnerProfile) -> OutboundEnvelope:
    """Our ISA/GS identities toward `profile`, with fresh control numbers taken in `s`."""
    st = rt.config.station
    x = profile.x12
    assert x is not None
    return OutboundEnvelope(
        sender_qualifier=st.isa_qualifier,
        sender_id=st.isa_id,
        receiver_qualifier=x.isa_qualifier,
        receiver_id=x.isa_id,
        gs_sender=st.gs_id,
        gs_receiver=x.gs_id or x.isa_id,
        isa_control=next_control(s, profile.id, "isa"),
        gs_control=next_control(s, profile.id, "gs"),
        version=x.version,
        usage="T" if x.usage == "T" else "P",
        element=x.element_separator,
        component=x.component_separator,
        repetition=x.repetition_separator,
        segment=x.segment_terminator,
    )


def _ack_out(rt: Runtime, profile: PartnerProfile, acks: list[FunctionalAck]) -> Outgoing:
    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        env = x12_envelope(rt, s, profile)
        controls = [f"{next_control(s, profile.id, 'st'):04d}" for _ in acks]
        data = render_997(acks, env, controls)
        return data, (f"{env.isa_control:09d}", str(env.gs_control), controls[0])

    assert profile.x12 is not None
    return Outgoing(profile.x12.ack if profile.x12.ack != "none" else "997", render)


def _ta1_out(rt: Runtime, profile: PartnerProfile, oc: InterchangeOutcome, code: str) -> Outgoing:
    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        env = x12_envelope(rt, s, profile)
        data = render_ta1_interchange(env, ta1_segment(oc.interchange, code))
        return data, (f"{env.isa_control:09d}", None, None)

    return Outgoing("TA1", render)


def handle_x12(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    lenient = bool(profile and profile.x12 and profile.x12.lenient_isa)
    outcomes = read_x12(
        data, partner_id=profile.id if profile else "", message_id=msg.id, lenient_isa=lenient
    )
    plan = Plan(format="x12")
    first = outcomes[0].interchange
    sender = (first.sender_qualifier, first.sender_id)
    matched = rt.partners.by_x12(*sender, first.groups[0].sender if first.groups else "")
    if profile is None:
        profile = matched
    if profile is None or matched is None or matched.id != profile.id or profile.x12 is None:
        who = f"{sender[0]}:{sender[1]}"
        raise EnvelopeError(
            f"ISA sender {who} is not a partner known to this gateway"
            if matched is None
            else f"ISA sender {who} belongs to partner {matched.id}, not to the authenticated"
            f" partner {profile.id if profile else '?'}",
            code="006",
        )
    x = profile.x12
    summary: dict = {"interchanges": []}
    rejected_reasons: list[str] = []
    acks: list[FunctionalAck] = []
    for oc in outcomes:
        ic = oc.interchange
        if x.usage != "any" and ic.usage != x.usage and not oc.ta1_code:
            ic.errors.append(
                ("020", f"ISA15 is {ic.usage!r}, the partner profile expects {x.usage!r}")
            )
        if ic.receiver_id != rt.config.station.isa_id and not oc.ta1_code:
            ic.errors.append(
                (
                    "008",
                    f"ISA08 receiver {ic.receiver_id!r} is not this gateway"
                    f" ({rt.config.station.isa_id})",
                )
            )
        info = {
            "control": ic.control,
            "sender": ic.sender_id,
            "usage": ic.usage,
            "groups": [],
            "errors": [f"TA1 {c}: {t}" for c, t in ic.errors],
        }
        summary["interchanges"].append(info)
        if oc.ta1_code:
            code, text = ic.errors[0]
            rejected_reasons.append(f"interchange {ic.control}: {text}")
            if x.ta1 != "never":
                plan.outgoing.append(_ta1_out(rt, profile, oc, code))
            continue
        if x.ta1 == "always" or (x.ta1 == "on_request" and ic.ack_requested):
            plan.outgoing.append(_ta1_out(rt, profile, oc, "000"))
        for go in oc.groups:
            acks.append(go.ack)
            ginfo = {
                "id": go.group.functional_id,
                "control": go.group.control,
                "status": go.ack.status.value,
                "errors": [t for _, t in go.group.errors],
                "sets": [],
            }
            info["groups"].append(ginfo)
            for so, sa in zip(go.sets, go.ack.sets, strict=True):
                errs = [e.message for e in sa.errors]
                ginfo["sets"].append(
                    {
                        "id": so.set_id,
                        "control": so.control,
                        "status": sa.status.value,
                        "errors": errs,
                    }
                )
                if so.document is not None:
                    plan.documents.append(so.document)
                for e in errs:
                    rejected_reasons.append(f"set {so.set_id} {so.control}: {e}")
            for _, text in go.group.errors:
                rejected_reasons.append(f"group {go.group.control}: {text}")
    if acks and x.ack != "none":
        plan.outgoing.append(_ack_out(rt, profile, acks))
    plan.summary = summary
    if not plan.documents:
        plan.status = "rejected"
        plan.reason = "; ".join(rejected_reasons) or "no transaction sets in the interchange"
    elif rejected_reasons:
        plan.reason = "; ".join(rejected_reasons)
    return plan
