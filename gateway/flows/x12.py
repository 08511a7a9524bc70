"""X12 messages: match the partner, refuse duplicate interchanges, translate each set,
owe a 997/999 and, if needed, a TA1; apply received 997/999/TA1 to what we sent; render
canonical documents as X12 for partners.

Feature module (listed in `gateway.app.FEATURES`): `install(rt)` registers the format
handler, the FunctionalAck document handler and the interchange-record handler.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gateway.canonical import AckStatus, FunctionalAck, OrderResponse
from gateway.errors import EnvelopeError
from gateway.flows.interchanges import InterchangeSeen, earlier_interchange, record_with
from gateway.pipeline import Outgoing, Plan, Rendered, Runtime
from gateway.profiles import PartnerProfile, register_section
from gateway.store import events
from gateway.store.models import Message, OutboundDocument
from gateway.store.outbox import next_control, next_controls
from gateway.translators.x12.ack import ack_from_ta1, render_997, ta1_segment
from gateway.translators.x12.engine import check_segment
from gateway.translators.x12.envelope import Group, Interchange
from gateway.translators.x12.inbound import InterchangeOutcome, read_x12
from gateway.translators.x12.render import CHANGE_ACK, OUTBOUND, Qualifiers
from gateway.translators.x12.writer import (
    OutboundEnvelope,
    render_interchange,
    render_ta1_interchange,
)

__all__ = [
    "InterchangeSeen",
    "X12Rules",
    "apply_functional_ack",
    "handle_x12",
    "install",
    "render_document",
    "x12_envelope",
]


@dataclass
class X12Rules:
    """Partner profile section [x12_rules]: validation, acknowledgement and rendering choices."""

    ack_follows_gs08: bool = True  # 997 for 004010 groups, 999 for 005010 (else x12.ack)
    accept_with_errors: list[str] = field(default_factory=list)  # AK403 codes that only warn
    duplicate_window_days: int = 365  # same ISA13 from this partner inside it is a duplicate
    party_id_qualifier: str = "92"
    item_qualifiers: dict[str, str] = field(default_factory=dict)  # canonical kind -> 235 code
    references: dict[str, list[list[str]]] = field(default_factory=dict)  # set id -> REF pairs
    # implementation guide per set id: "BEG02" = ["NE", "SA"] narrows codes, "REF" = "not used"
    guides: dict[str, dict[str, Any]] = field(default_factory=dict)


register_section("x12_rules", X12Rules)


def _rules(profile: PartnerProfile) -> X12Rules:
    return profile.section("x12_rules") or X12Rules()


def x12_envelope(
    rt: Runtime, s: Session, profile: PartnerProfile, *, version: str | None = None
) -> OutboundEnvelope:
    """Our ISA/GS identities toward `profile`, with fresh control numbers taken in `s`."""
    isa, gs = next_controls(s, profile.id, ("isa", "gs"))
    return _envelope(rt, profile, isa, gs, version)


def _envelope_and_set(
    rt: Runtime, s: Session, profile: PartnerProfile, *, version: str | None = None
) -> tuple[OutboundEnvelope, int]:
    """`x12_envelope` and the ST02 of its first set, the three numbers in one statement."""
    isa, gs, st = next_controls(s, profile.id, ("isa", "gs", "st"))
    return _envelope(rt, profile, isa, gs, version), st


def _envelope(
    rt: Runtime, profile: PartnerProfile, isa: int, gs: int, version: str | None
) -> OutboundEnvelope:
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
        isa_control=isa,
        gs_control=gs,
        version=version or x.version,
        usage="T" if x.usage == "T" else "P",
        element=x.element_separator,
        component=x.component_separator,
        repetition=x.repetition_separator,
        segment=x.segment_terminator,
    )


def _controls(env: OutboundEnvelope, st: str | None) -> tuple[str | None, str | None, str | None]:
    return f"{env.isa_control:09d}", str(env.gs_control), st


def _mirror(env: OutboundEnvelope, ic: Interchange, group: Group | None = None) -> OutboundEnvelope:
    """Our acknowledgement's envelope IDs mirrored from the inbound ISA (and GS), unless
    the inbound identities themselves were refused."""
    if any(code in ("005", "006", "007", "008") for code, _ in ic.errors):
        return env
    changes: dict[str, Any] = {
        "sender_qualifier": ic.receiver_qualifier,
        "sender_id": ic.receiver_id,
        "receiver_qualifier": ic.sender_qualifier,
        "receiver_id": ic.sender_id,
        "usage": "T" if ic.usage == "T" else "P",
    }
    if group is not None and group.sender and group.receiver:
        changes.update(gs_sender=group.receiver, gs_receiver=group.sender)
    return replace(env, **changes)


def _ack_out(
    rt: Runtime,
    profile: PartnerProfile,
    acks: list[FunctionalAck],
    set_id: str,
    ic: Interchange,
    group: Group,
) -> Outgoing:
    version = "005010" if set_id == "999" else None

    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        env, first = _envelope_and_set(rt, s, profile, version=version)
        env = _mirror(env, ic, group)
        rest = [next_control(s, profile.id, "st") for _ in acks[1:]]
        controls = [f"{n:04d}" for n in (first, *rest)]
        return render_997(acks, env, controls, set_id), _controls(env, controls[0])

    return Outgoing(set_id, render)


def _ta1_out(
    rt: Runtime, profile: PartnerProfile, oc: InterchangeOutcome, code: str, *, accepted: bool
) -> Outgoing:
    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        env = _mirror(x12_envelope(rt, s, profile), oc.interchange)
        data = render_ta1_interchange(env, ta1_segment(oc.interchange, code, accepted=accepted))
        return data, _controls(env, None)

    return Outgoing("TA1", render)


def _ack_kind(profile: PartnerProfile, release: str) -> str:
    x = profile.x12
    assert x is not None
    if x.ack == "none":
        return "none"
    if _rules(profile).ack_follows_gs08:
        return "999" if release[:6] >= "005010" else "997"
    return x.ack


def handle_x12(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    """Format handler: everything an X12 payload leads to, as a Plan (no writes here)."""
    lenient = bool(profile and profile.x12 and profile.x12.lenient_isa)
    rules = _rules(profile) if profile else X12Rules()
    outcomes = read_x12(
        data,
        partner_id=profile.id if profile else "",
        message_id=msg.id,
        lenient_isa=lenient,
        tolerated=frozenset(rules.accept_with_errors),
        guides=rules.guides,
    )
    plan = Plan(format="x12")
    if not outcomes:
        raise EnvelopeError("the payload holds no X12 interchange", code="023")
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
    summary: dict[str, Any] = {"interchanges": []}
    rejected: list[str] = []
    acks: dict[str, list[FunctionalAck]] = {}
    first_of: dict[str, tuple[Interchange, Group]] = {}
    business = 0
    seen: list[InterchangeSeen] = []
    for oc in outcomes:
        ic = oc.interchange
        if not oc.ta1_code:
            if x.usage != "any" and ic.usage != x.usage:
                ic.errors.append(
                    ("020", f"ISA15 is {ic.usage!r}, the partner profile expects {x.usage!r}")
                )
            elif ic.receiver_id != rt.config.station.isa_id:
                ic.errors.append(
                    (
                        "008",
                        f"ISA08 receiver {ic.receiver_id!r} is not this"
                        f" gateway ({rt.config.station.isa_id})",
                    )
                )
            else:
                earlier = earlier_interchange(
                    rt, profile.id, "x12", ic.control, msg.id, rules.duplicate_window_days
                )
                if earlier:
                    ic.errors.append(
                        (
                            "025",
                            f"interchange {ic.control} was already received"
                            f" in message {earlier}: not processed again",
                        )
                    )
        info: dict[str, Any] = {
            "control": ic.control,
            "sender": ic.sender_id,
            "usage": ic.usage,
            "groups": [],
            "errors": [f"TA1 {c}: {t}" for c, t in ic.errors],
            "notices": [f"TA1 {c}: {t}" for c, t in ic.notices],
        }
        summary["interchanges"].append(info)
        for seg in ic.ta1:
            faults = check_segment("TA1", seg, ic.delimiters)
            if faults:
                plan.notes.append(("x12.bad_ta1", f"TA1 {'*'.join(seg[1:])}: {faults[0]}"))
            else:
                plan.documents.append(ack_from_ta1(seg, partner_id=profile.id))
                business += 1
        primary = ic.primary_error
        if primary is not None:
            code, text = primary
            rejected.append(f"interchange {ic.control}: TA1 {code} {text}")
            rejected += [t for c, t in ic.errors if (c, t) != primary]
            for go in oc.groups:
                rejected += [f"group {go.group.control}: {t}" for _, t in go.group.errors]
                rejected += [f"set {so.control}: {t}" for so in go.group.sets for _, t in so.errors]
            if x.ta1 != "never":
                plan.outgoing.append(_ta1_out(rt, profile, oc, code, accepted=False))
            continue
        seen.append(InterchangeSeen(profile.id, ic.control, msg.id))
        notice = oc.ta1_notice
        for c, t in ic.notices:
            plan.notes.append(("x12.interchange_notice", f"interchange {ic.control}: TA1 {c} {t}"))
        if notice is not None and x.ta1 != "never":
            # faults noted on an accepted interchange are reported as refusals are (E)
            plan.outgoing.append(_ta1_out(rt, profile, oc, notice, accepted=True))
        elif x.ta1 == "always" or (x.ta1 == "on_request" and ic.ack_requested):
            plan.outgoing.append(_ta1_out(rt, profile, oc, "000", accepted=True))
        for go in oc.groups:
            if go.group.functional_id != "FA":  # acknowledgements are not acknowledged
                kind = _ack_kind(profile, go.group.version)
                acks.setdefault(kind, []).append(go.ack)
                first_of.setdefault(kind, (ic, go.group))
            ginfo: dict[str, Any] = {
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
                        "errors": errs[:20],
                    }
                )
                if so.document is not None and sa.status != AckStatus.REJECTED:
                    plan.documents.append(so.document)
                    business += 1
                rejected += [f"set {so.set_id} {so.control}: {e}" for e in errs[:20]]
            rejected += [f"group {go.group.control}: {t}" for _, t in go.group.errors]
    for kind, group_acks in acks.items():
        if kind != "none":
            plan.outgoing.append(_ack_out(rt, profile, group_acks, kind, *first_of[kind]))
    record_with(plan, seen, rt, profile, msg)
    plan.summary = summary
    if not business:
        plan.status = "rejected"
        plan.reason = "; ".join(rejected) or "no transaction sets in the interchange"
    elif rejected:
        plan.reason = "; ".join(rejected)
    return plan


# --- documents applied in the message's transaction -------------------------------------


def apply_functional_ack(
    rt: Runtime, s: Session, ack: FunctionalAck, profile: PartnerProfile, msg: Message
) -> str | None:
    """Mark what a received 997/999/TA1 acknowledges: acknowledged or ack_rejected."""
    q = select(OutboundDocument).where(OutboundDocument.partner_id == profile.id)
    if ack.group_id == "TA1":
        q = q.where(OutboundDocument.interchange_control == ack.interchange_control.zfill(9))
        targets = [(d, ack.status) for d in s.scalars(q)]
    else:
        docs = list(
            s.scalars(q.where(OutboundDocument.group_control == ack.group_control.lstrip("0")))
        )
        by_set = {sa.control_number: sa.status for sa in ack.sets}
        targets = [(d, by_set.get(d.set_control or "", ack.status)) for d in docs]
    if not targets:
        events.record(
            s,
            "x12.ack_unmatched",
            partner_id=profile.id,
            message_id=msg.id,
            detail=f"{ack.group_id} {ack.group_control or ack.interchange_control}"
            " matches nothing we sent",
        )
        return f"acknowledgement of unknown control {ack.group_control}"
    for doc, status in targets:
        new = (
            "acknowledged"
            if status in (AckStatus.ACCEPTED, AckStatus.ACCEPTED_WITH_ERRORS)
            else "ack_rejected"
        )
        reason = "; ".join(e.message for e in ack.errors)[:2000] or None
        s.execute(
            update(OutboundDocument)
            .where(OutboundDocument.id == doc.id)
            .values(status=new, reason=reason)
        )
        events.record(
            s,
            f"document.{new}",
            partner_id=profile.id,
            message_id=msg.id,
            document_id=doc.id,
            detail=f"{ack.group_id or 'TA1'} {status.value} for {doc.doc_type}",
        )
    return f"{ack.group_id} {ack.status.value}: {len(targets)} documents"


# --- outbound rendering -----------------------------------------------------------------


def render_document(
    rt: Runtime, s: Session, doc: Any, profile: PartnerProfile, *, change_ack: bool = False
) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
    """Render a canonical document as one X12 interchange for `profile`, with control
    numbers taken in `s` (ISA13, GS06, ST02 per partner)."""
    set_id, functional_id, fn = CHANGE_ACK if change_ack else OUTBOUND[type(doc)]
    rules = _rules(profile)
    assert profile.x12 is not None
    q = Qualifiers(
        party_id=rules.party_id_qualifier,
        items={**Qualifiers().items, **rules.item_qualifiers},
        references=rules.references,
        component=profile.x12.component_separator,
    )
    env, st_number = _envelope_and_set(rt, s, profile)
    st = f"{st_number:04d}"
    data = render_interchange(env, functional_id, [(set_id, st, fn(doc, q))])
    return data, _controls(env, st)


def render_for_outbox(rt: Runtime, s: Session, doc: Any, profile: PartnerProfile) -> Rendered:
    """The OMS outbox's renderer for X12 partners (855 or 865, 856, 810, 940, 850, 846)."""
    change_ack = isinstance(doc, OrderResponse) and doc.answers_change
    data, controls = render_document(rt, s, doc, profile, change_ack=change_ack)
    set_id = CHANGE_ACK[0] if change_ack else OUTBOUND[type(doc)][0]
    return Rendered(set_id, data, controls, filename=f"{set_id}-{controls[0]}.x12")


def install(rt: Runtime) -> None:
    for doc_type in OUTBOUND:
        rt.renderers[("x12", doc_type)] = render_for_outbox
    rt.formats["x12"] = handle_x12
    rt.documents[FunctionalAck] = apply_functional_ack
