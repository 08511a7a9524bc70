"""UBL messages: read, match the sending party to the partner, hand the canonical document
to the OMS, owe an OrderResponse for an order and an ApplicationResponse (Peppol MLR) as
the acknowledgement: RE with the reason when the document is refused, AP when the
profile asks for positive acknowledgements too. The `[ubl]` profile section is described
in `gateway.flows.xml_partners`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gateway.canonical import AckError, AckStatus, FunctionalAck, Order, Party
from gateway.errors import EnvelopeError
from gateway.flows.xml_out import order_response_outgoing
from gateway.flows.xml_partners import UblPartner, our_party, split_endpoint
from gateway.pipeline import Outgoing, Plan, Runtime
from gateway.profiles import PartnerProfile
from gateway.store import events
from gateway.store.models import Message, OutboundDocument
from gateway.store.outbox import next_control
from gateway.translators import ubl

__all__ = ["apply_ubl_ack", "handle_ubl", "match_ubl"]

CONTENT_TYPE = "application/xml"
# why a document was refused -> Peppol MLR status reason (SV syntax, BV business rule, FD fatal)
REASON_CODES = {"invalid": "BV", "unknown_sender": "FD", "unsupported": "FD"}


def _known(section: UblPartner, ids: tuple[tuple[str, str], ...]) -> bool:
    wanted = {split_endpoint(e) for e in section.endpoint_ids}
    return any((scheme, ident) in wanted or ("", ident) in wanted for scheme, ident in ids)


def match_ubl(rt: Runtime, ids: tuple[tuple[str, str], ...]) -> PartnerProfile | None:
    """The partner whose `[ubl] endpoint_ids` names one of the sending party's ids."""
    return rt.partners.find(
        lambda p: p.section("ubl") is not None and _known(p.section("ubl"), ids)
    )


def _mlr_out(
    rt: Runtime, profile: PartnerProfile, ack: FunctionalAck, receiver: Party | None
) -> Outgoing:
    section = profile.section("ubl")

    def render(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        n = next_control(s, profile.id, "ubl")
        data = ubl.render_application_response(
            ack,
            document_id=f"MLR-{n}",
            issue_date=dt.date.today(),
            sender=our_party(rt, section),
            receiver=receiver,
        )
        return data, (f"MLR-{n}", None, None)

    return Outgoing(
        "app_response",
        render,
        content_type=CONTENT_TYPE,
        filename=f"ApplicationResponse-{ack.group_control or 'unknown'}.xml",
    )


def _refused(
    rt: Runtime,
    profile: PartnerProfile | None,
    exc: ubl.UblError,
    msg: Message,
    *,
    reference: str = "",
) -> Plan:
    plan = Plan(
        status="rejected",
        reason=exc.detail,
        format="ubl",
        summary={"error": exc.code, "detail": exc.detail},
    )
    section = profile.section("ubl") if profile else None
    if profile is not None and section is not None and section.ack != "never":
        ack = FunctionalAck(
            partner_id=profile.id,
            standard="ubl",
            group_id="",
            group_control=reference or exc.document_id,
            status=AckStatus.REJECTED,
            errors=(AckError(REASON_CODES.get(exc.code, "SV"), exc.detail[:500]),),
        )
        scheme, ident = (
            split_endpoint(section.endpoint_ids[0]) if section.endpoint_ids else ("", "")
        )
        plan.outgoing.append(_mlr_out(rt, profile, ack, Party("BY", "", ident, scheme)))
    return plan


def handle_ubl(rt: Runtime, msg: Message, data: bytes, profile: PartnerProfile | None) -> Plan:
    section = profile.section("ubl") if profile else None
    try:
        doc: ubl.UblDocument = ubl.read_ubl(
            data,
            source=ubl.Source(partner_id=profile.id if profile else "", message_id=msg.id),
            validate_xsd=section.validate_xsd if section else True,
        )
    except ubl.UblError as exc:
        return _refused(rt, profile, exc, msg)
    matched = match_ubl(rt, doc.sender_ids)
    if matched is None or (profile is not None and matched.id != profile.id):
        ids = ", ".join(f"{s}:{i}" if s else i for s, i in doc.sender_ids) or "none"
        who = (
            "a partner known to this gateway"
            if matched is None
            else (f"partner {profile.id if profile else '?'} but {matched.id}")
        )
        problem = f"UBL {doc.root} {doc.document_id}: sending party ({ids}) is not {who}"
        if profile is None:
            raise EnvelopeError(problem, code="unknown_sender")
        return _refused(
            rt,
            profile,
            ubl.UblError(problem, code="unknown_sender"),
            msg,
            reference=doc.document_id,
        )
    profile = matched
    section = profile.section("ubl")
    document: Any = doc.document
    if getattr(document, "partner_id", profile.id) != profile.id:
        document = dataclasses.replace(document, partner_id=profile.id)
    plan = Plan(
        format="ubl",
        documents=[document],
        summary={"root": doc.root, "id": doc.document_id, "customization": doc.customization},
    )
    if isinstance(document, Order) and section.order_response:
        oms_responds = getattr(rt, "renderers", None) is not None
        plan.outgoing.append(
            order_response_outgoing(rt, profile, document, msg.id, refusals_only=oms_responds)
        )
    if section.ack == "always" and doc.root != "ApplicationResponse":  # never ack an ack
        ack = FunctionalAck(
            partner_id=profile.id,
            standard="ubl",
            group_id=doc.root,
            group_control=doc.document_id,
            status=AckStatus.ACCEPTED,
        )
        plan.outgoing.append(_mlr_out(rt, profile, ack, document_party(document)))
    return plan


def document_party(document: Any) -> Party | None:
    party = getattr(document, "party", None)
    return party("BY") if callable(party) else None


def apply_ubl_ack(
    rt: Runtime, s: Session, ack: FunctionalAck, profile: PartnerProfile, msg: Message
) -> str | None:
    """A partner's Message Level Response to one of our documents: mark the outbound
    document it names (by our document ID) acknowledged or ack_rejected."""
    doc = s.scalar(
        select(OutboundDocument)
        .where(
            OutboundDocument.partner_id == profile.id,
            OutboundDocument.interchange_control == ack.group_control,
        )
        .order_by(OutboundDocument.id.desc())
        .limit(1)
    )
    verdict = "acknowledged" if ack.accepted else "ack_rejected"
    why = "; ".join(e.message for e in ack.errors)[:2000]
    if doc is None:
        return (
            f"ApplicationResponse {ack.interchange_control} for unknown document"
            f" {ack.group_control!r}: {verdict}"
        )
    s.execute(
        update(OutboundDocument)
        .where(OutboundDocument.id == doc.id)
        .values(status=verdict, reason=why or None)
    )
    events.record(
        s,
        f"document.{verdict}",
        partner_id=profile.id,
        message_id=msg.id,
        document_id=doc.id,
        detail=f"ApplicationResponse {ack.interchange_control}" + (f": {why}" if why else ""),
    )
    return f"{doc.doc_type} {ack.group_control}: {verdict}"
