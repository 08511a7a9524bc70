"""EDIFACT messages: match the partner by UNB sender, translate, owe a CONTRL, ORDRSP, APERAK.

Registered as a feature (`gateway.app.FEATURES`): `install(rt)` adds the `edifact` format
handler; importing the module adds the `[edifact]` partner-profile section:

    [edifact]
    sender_id = "5412345000013"   # UNB S002/0004 the partner sends with (required)
    sender_qualifier = "14"       # S002/0007; empty: any
    syntax = "UNOC"               # what we send: UNOA, UNOB, UNOC, ... UNOY (needs version 4)
    version = "3"                 # syntax version we send (the CONTRL follows the interchange)
    directory = "96A"             # 96A or 01B for ORDRSP, DESADV, INVOIC, APERAK we send
    contrl = "on_request"         # always | on_request (UNB 0031=1 or errors) | never
    aperak = false                # APERAK for orders the OMS refuses
    ordrsp = true                 # ORDRSP for orders the OMS accepted
    strict_charset = false        # true: UNOA also refuses lower case (ISO 9735 level A)
    duplicate_window_days = 365   # the same UNB 0020 from this partner inside it: refused
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import (
    AckError,
    FunctionalAck,
    Invoice,
    Order,
    OrderResponse,
    OrderResponseLine,
    Shipment,
)
from gateway.errors import BusinessError, EnvelopeError
from gateway.flows.interchanges import InterchangeSeen, earlier_interchange, record_with
from gateway.oms.models import SalesOrder
from gateway.pipeline import Outgoing, Plan, Rendered, Runtime
from gateway.profiles import PartnerProfile, register_section
from gateway.store import events
from gateway.store.models import Event, Message, OutboundDocument
from gateway.store.outbox import next_control
from gateway.translators.edifact.contrl import (
    UNKNOWN,
    contrl_body,
    contrl_identifier,
    interchange_acks,
)
from gateway.translators.edifact.documents import RENDERERS
from gateway.translators.edifact.inbound import EdifactOutcome, read_edifact
from gateway.translators.edifact.syntax import CHARSETS
from gateway.translators.edifact.writer import OutboundEnvelope, render_interchange

__all__ = [
    "EdifactProfile",
    "contrl_received",
    "edifact_envelope",
    "handle_edifact",
    "install",
    "render_document",
]

CONTENT_TYPE = "application/edifact"


@dataclass
class EdifactProfile:
    sender_id: str = field(default="", metadata={"required": True})
    sender_qualifier: str = ""
    syntax: str = field(default="UNOC", metadata={"choices": tuple(CHARSETS)})
    version: str = field(default="3", metadata={"choices": ("3", "4")})
    directory: str = field(default="96A", metadata={"choices": ("96A", "01B")})
    contrl: str = field(
        default="on_request", metadata={"choices": ("always", "on_request", "never")}
    )
    aperak: bool = False
    ordrsp: bool = True
    strict_charset: bool = False
    duplicate_window_days: int = 365  # same UNB 0020 from this partner inside it is a duplicate


register_section("edifact", EdifactProfile)

Controls = tuple[str | None, str | None, str | None]


# canonical documents the OMS emits -> the EDIFACT message we write them as
OUTBOX_MESSAGES: dict[type, str] = {OrderResponse: "ORDRSP", Shipment: "DESADV", Invoice: "INVOIC"}


def render_for_outbox(
    rt: Runtime, s: Session, doc: Any, profile: PartnerProfile
) -> Rendered | None:
    """The OMS outbox's renderer for EDIFACT partners; None when the profile wants no ORDRSP."""
    message_type = OUTBOX_MESSAGES[type(doc)]
    e = _section(profile)
    if e is None or (message_type == "ORDRSP" and not e.ordrsp):
        return None
    data, controls = render_document(rt, s, profile, message_type, doc)
    return Rendered(
        message_type,
        data,
        controls,
        content_type=CONTENT_TYPE,
        filename=f"{message_type}-{controls[0]}.edi",
    )


def install(rt: Runtime) -> None:
    for doc_type in OUTBOX_MESSAGES:
        rt.renderers[("edifact", doc_type)] = render_for_outbox
    rt.formats["edifact"] = handle_edifact
    other = rt.documents.get(FunctionalAck)
    rt.documents[FunctionalAck] = lambda rt_, s, ack, profile, msg: (
        contrl_received(rt_, s, ack, profile, msg)
        if ack.standard == "edifact" or other is None
        else other(rt_, s, ack, profile, msg)
    )


def contrl_received(
    rt: Runtime, s: Session, ack: FunctionalAck, profile: PartnerProfile, msg: Message
) -> str | None:
    """A partner's CONTRL: mark the interchange it answers acknowledged or rejected."""
    docs = s.scalars(
        select(OutboundDocument).where(
            OutboundDocument.partner_id == profile.id,
            OutboundDocument.interchange_control == ack.interchange_control,
        )
    ).all()
    if not docs:
        raise BusinessError(
            f"CONTRL answers interchange {ack.interchange_control}, which was"
            f" not sent to {profile.id}",
            code="unknown_interchange",
        )
    status = "acknowledged" if ack.accepted else "ack_rejected"
    codes = ", ".join(e.code for e in ack.errors) or ", ".join(
        e.code for a in ack.sets for e in a.errors
    )
    for doc in docs:
        doc.status = status
        events.record(
            s,
            f"document.{status}",
            partner_id=profile.id,
            message_id=msg.id,
            document_id=doc.id,
            detail=f"CONTRL {ack.status.value}" + (f" (0085 {codes})" if codes else ""),
        )
    return f"CONTRL for interchange {ack.interchange_control}: {status}"


def _section(profile: PartnerProfile | None) -> EdifactProfile | None:
    return profile.section("edifact") if profile is not None else None


def edifact_envelope(
    rt: Runtime, s: Session, profile: PartnerProfile, *, version: str | None = None
) -> OutboundEnvelope:
    """Our UNB toward `profile` with a fresh interchange reference taken in `s`."""
    e = _section(profile)
    assert e is not None
    st = rt.config.station
    v = version or e.version
    syntax = e.syntax if CHARSETS[e.syntax].min_version <= int(v) else "UNOC"
    return OutboundEnvelope(
        sender=st.edifact_id,
        sender_qualifier=st.edifact_qualifier,
        recipient=e.sender_id,
        recipient_qualifier=e.sender_qualifier,
        control=str(next_control(s, profile.id, "unb")),
        syntax=syntax,
        version=v,
    )


def render_document(
    rt: Runtime, s: Session, profile: PartnerProfile, message_type: str, doc: object
) -> tuple[bytes, Controls]:
    """Render one canonical document as an interchange of one message for `profile`."""
    e = _section(profile)
    assert e is not None
    env = edifact_envelope(rt, s, profile)
    body = RENDERERS[message_type](doc)
    data = render_interchange(env, [("1", [message_type, "D", e.directory, "UN"], body)])
    return data, (env.control, None, "1")


def _contrl_out(rt: Runtime, profile: PartnerProfile, acks: list[FunctionalAck]) -> Outgoing:
    version = "4" if acks[0].version == "4" else "3"

    def render(s: Session) -> tuple[bytes, Controls]:
        env = edifact_envelope(rt, s, profile, version=version)
        data = render_interchange(env, [("1", contrl_identifier(version), contrl_body(acks))])
        return data, (env.control, None, "1")

    return Outgoing("CONTRL", render, content_type=CONTENT_TYPE)


def _placed(s: Session, order: Order, msg: Message) -> SalesOrder | None:
    return s.scalar(
        select(SalesOrder).where(
            SalesOrder.partner_id == order.partner_id,
            SalesOrder.po_number == order.po_number,
            SalesOrder.source_message_id == msg.id,
        )
    )


def _response_out(
    rt: Runtime, profile: PartnerProfile, order: Order, msg: Message, message_type: str
) -> Outgoing:
    """ORDRSP when the OMS placed the order, APERAK when it refused it; nothing otherwise."""

    def render(s: Session) -> tuple[bytes, Controls]:
        placed = _placed(s, order, msg)
        if (placed is None) == (message_type == "ORDRSP"):
            return b"", (None, None, None)  # ORDRSP only when placed, APERAK only when not
        head = {
            "partner_id": profile.id,
            "po_number": order.po_number,
            "po_date": order.po_date,
            "response_date": dt.datetime.now(dt.UTC).date(),
        }
        if placed is not None:
            lines = tuple(
                OrderResponseLine(
                    ln.line_no,
                    "IA",
                    ln.quantity,
                    ln.unit,
                    ln.unit_price,
                    ln.requested_date,
                    ln.item_ids,
                )
                for ln in order.lines
            )
            doc = OrderResponse(**head, status="accepted", lines=lines, order_number=placed.number)
        else:
            details = s.scalars(
                select(Event.detail)
                .where(
                    Event.message_id == msg.id, Event.kind.in_(("order.refused", "order.duplicate"))
                )
                .order_by(Event.id)
            ).all()
            reason = "; ".join(r for r in details if order.po_number in r) or "; ".join(details)
            doc = OrderResponse(**head, status="rejected", reason=reason or "order refused")
        return render_document(rt, s, profile, message_type, doc)

    return Outgoing(message_type, render, content_type=CONTENT_TYPE)


def _addressed(
    rt: Runtime, profile: PartnerProfile, acks: list[FunctionalAck]
) -> list[FunctionalAck]:
    """Fill in UCI parties the interchange could not name (no readable UNB)."""
    e = _section(profile)
    assert e is not None
    sender = ":".join(p for p in (e.sender_id, e.sender_qualifier) if p)
    us = f"{rt.config.station.edifact_id}:{rt.config.station.edifact_qualifier}"
    return [
        dataclasses.replace(
            a,
            interchange_sender=sender if a.interchange_sender == UNKNOWN else a.interchange_sender,
            interchange_recipient=us
            if a.interchange_recipient == UNKNOWN
            else a.interchange_recipient,
        )
        for a in acks
    ]


def _match(rt: Runtime, outcome: EdifactOutcome) -> PartnerProfile | None:
    ic = next((i for i in outcome.interchanges if i.sender), None)
    if ic is None:
        return None

    def fits(p: PartnerProfile) -> bool:
        e = _section(p)
        return (
            e is not None
            and e.sender_id == ic.sender
            and (not e.sender_qualifier or e.sender_qualifier == ic.sender_qualifier)
        )

    return rt.partners.find(fits)


def _owes_contrl(e: EdifactProfile, acks: list[FunctionalAck], requested: bool) -> bool:
    if e.contrl == "never" or any(s.set_id.startswith("CONTRL") for a in acks for s in a.sets):
        return False  # a CONTRL is never acknowledged (ISO 9735-1 clause 11)
    errors = any(a.status != "A" for a in acks)
    return e.contrl == "always" or requested or errors


def handle_edifact(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    e = _section(profile)
    outcome = read_edifact(
        data,
        partner_id=profile.id if profile else "",
        message_id=msg.id,
        strict_charset=bool(e and e.strict_charset),
    )
    matched = _match(rt, outcome)
    if profile is None:
        profile = matched
        e = _section(profile)
        if profile is not None:
            outcome = read_edifact(
                data, partner_id=profile.id, message_id=msg.id, strict_charset=e.strict_charset
            )
    if profile is None or e is None:
        first = outcome.interchanges[0]
        if first.unb_missing:
            raise EnvelopeError(first.errors[0].message, code="13")
        raise EnvelopeError(
            f"UNB sender {first.sender}:{first.sender_qualifier} is not a"
            " partner known to this gateway",
            code="23",
        )
    station = rt.config.station.edifact_id
    plan = Plan(format="edifact")
    seen: list[InterchangeSeen] = []
    for ic, acks in zip(outcome.interchanges, outcome.acks, strict=True):
        extra: list[AckError] = []
        if not ic.unb_missing and (matched is None or matched.id != profile.id):
            extra.append(
                AckError(
                    "23",
                    f"UNB sender {ic.sender}:{ic.sender_qualifier} is not"
                    f" the partner {profile.id} authenticated on the channel",
                    "UNB",
                    element_position=2,
                    level="interchange",
                )
            )
        if ic.recipient and ic.recipient != station:
            extra.append(
                AckError(
                    "7",
                    f"UNB recipient {ic.recipient!r} is not this gateway ({station})",
                    "UNB",
                    element_position=3,
                    level="interchange",
                )
            )
        if not extra and not ic.errors and ic.control:
            earlier = earlier_interchange(
                rt, profile.id, "edifact", ic.control, msg.id, e.duplicate_window_days
            )
            if earlier:
                text = (
                    f"interchange {ic.control} from {ic.sender} was already received"
                    f" in message {earlier}: not processed again"
                )
                extra.append(AckError("26", text, "UNB", element_position=5, level="interchange"))
                plan.notes.append(("edifact.duplicate_interchange", text))
            else:
                seen.append(InterchangeSeen(profile.id, ic.control, msg.id, "edifact"))
        if extra:
            ic.errors.extend(extra)
            acks[:] = interchange_acks(ic, partner_id=profile.id)
            for m in outcome.messages:
                if m.interchange == ic.control:
                    m.document = None
    reasons: list[str] = []
    summary: dict = {"interchanges": []}
    for ic, acks in zip(outcome.interchanges, outcome.acks, strict=True):
        summary["interchanges"].append(
            {
                "control": ic.control,
                "sender": ic.sender,
                "syntax": f"{ic.syntax}:{ic.version}",
                "errors": [f"{x.code}: {x.message}" for x in ic.errors],
                "messages": [
                    {
                        "type": m.type,
                        "ref": m.ref,
                        "segments": m.segments,
                        "errors": [f"{x.code}: {x.message}" for x in m.errors],
                    }
                    for m in outcome.messages
                    if m.interchange == ic.control
                ],
            }
        )
        reasons += [f"interchange {ic.control}: {x.message}" for x in ic.errors]
        if _owes_contrl(e, acks, ic.ack_requested):
            plan.outgoing.append(_contrl_out(rt, profile, _addressed(rt, profile, acks)))
    for m in outcome.messages:
        reasons += [f"message {m.ref}: {x.message}" for x in m.errors]
        if m.document is None:
            continue
        plan.documents.append(m.document)
        if isinstance(m.document, Order):
            # the ORDRSP for a placed order comes from the OMS (render_for_outbox); an order
            # the OMS refused gets the APERAK here
            if e.aperak:
                plan.outgoing.append(_response_out(rt, profile, m.document, msg, "APERAK"))
    record_with(plan, seen, rt, profile, msg)
    plan.summary = summary
    if not plan.documents:
        duplicate = all(
            any(x.code == "26" and x.segment_id == "UNB" for x in ic.errors)
            for ic in outcome.interchanges
        )
        plan.status = "duplicate" if duplicate else "rejected"
        plan.reason = "; ".join(reasons[:20]) or "no messages in the interchange"
    elif reasons:
        plan.reason = "; ".join(reasons[:20])
    return plan
