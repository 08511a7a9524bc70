"""Canonical documents out to UBL and cXML partners: one renderer per (standard, type).

A renderer takes the transaction (for control numbers), the canonical document and the
partner profile, and returns the bytes with their outbox metadata. The flows use them
for the order responses they owe; an OMS that emits documents itself finds them in
`RENDERERS` (registered into `rt.renderers` by the feature's `install` when the runtime
has that registry).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.canonical import Invoice, Order, OrderResponse, Party, Shipment
from gateway.flows.order_outcome import order_outcome
from gateway.flows.xml_partners import buyer_party, our_party, route_for
from gateway.oms.models import SalesOrder
from gateway.pipeline import Outgoing, Runtime
from gateway.profiles import PartnerProfile
from gateway.store.models import Message
from gateway.store.outbox import next_control
from gateway.translators import cxml, ubl

__all__ = [
    "RENDERERS",
    "Out",
    "order_payload_id",
    "order_response_outgoing",
    "render",
    "standard_of",
]

UBL_TYPE = "application/xml"
CXML_TYPE = "text/xml"
CONTROL_WIDTH = 16  # outbound_document.interchange_control


@dataclass(frozen=True, slots=True)
class Out:
    doc_type: str
    data: bytes
    content_type: str
    filename: str
    controls: tuple[str | None, str | None, str | None]


def _control(document_id: str) -> str | None:
    """The UBL document ID as the outbox's control reference (an MLR quotes it), if it fits."""
    return document_id if len(document_id) <= CONTROL_WIDTH else None


def _with_party(doc: Any, party: Party | None) -> Any:
    """`doc` (anything with parties) naming `party` (us as the seller, the partner as the
    buyer) when it names no party of that role."""
    if party is None or any(p.role == party.role for p in doc.parties):
        return doc
    return dataclasses.replace(doc, parties=(party, *doc.parties))


def _with_currency(s: Session, doc: OrderResponse) -> OrderResponse:
    """Prices need a currency: take the order's when the response does not say one."""
    if doc.currency:
        return doc
    currency = s.scalar(
        select(SalesOrder.currency).where(
            SalesOrder.partner_id == doc.partner_id, SalesOrder.po_number == doc.po_number
        )
    )
    return dataclasses.replace(doc, currency=currency or "")


def _ubl_order_response(
    rt: Runtime, s: Session, doc: OrderResponse, profile: PartnerProfile
) -> Out:
    doc_id = f"OR-{next_control(s, profile.id, 'ubl')}"
    section = profile.section("ubl")
    resp = _with_party(_with_currency(s, doc), our_party(rt, section))
    resp = _with_party(resp, buyer_party(section))  # the OMS names the ship-to only
    data = ubl.render_order_response(resp, document_id=doc_id)
    return Out(
        "order_response", data, UBL_TYPE, f"OrderResponse-{doc.po_number}.xml", (doc_id, None, None)
    )


def _ubl_shipment(rt: Runtime, s: Session, doc: Shipment, profile: PartnerProfile) -> Out:
    doc = _with_party(doc, our_party(rt, profile.section("ubl")))
    data = ubl.render_despatch_advice(doc, issue_date=dt.date.today())
    return Out(
        "ship_notice",
        data,
        UBL_TYPE,
        f"DespatchAdvice-{doc.shipment_id}.xml",
        (_control(doc.shipment_id), None, None),
    )


def _ubl_invoice(rt: Runtime, s: Session, doc: Invoice, profile: PartnerProfile) -> Out:
    root = "CreditNote" if doc.credit_note else "Invoice"
    doc = _with_party(doc, our_party(rt, profile.section("ubl")))
    return Out(
        "invoice",
        ubl.render_invoice(doc),
        UBL_TYPE,
        f"{root}-{doc.number}.xml",
        (_control(doc.number), None, None),
    )


def order_payload_id(s: Session, partner_id: str, po_number: str) -> str:
    """The payloadID of the OrderRequest an order came in (kept on its message)."""
    mid = s.scalar(
        select(SalesOrder.source_message_id).where(
            SalesOrder.partner_id == partner_id, SalesOrder.po_number == po_number
        )
    )
    msg = s.get(Message, mid) if mid else None
    if msg is None:
        return ""
    return msg.transport_id or str((msg.parsed or {}).get("payload_id", ""))


def _cxml(
    rt: Runtime,
    s: Session,
    profile: PartnerProfile,
    doc_type: str,
    filename: str,
    make: Callable[[cxml.Route, str], bytes],
) -> Out:
    """A cXML request toward `profile` whose payloadID carries our control number."""
    route = route_for(rt, profile)
    n = next_control(s, profile.id, "cxml")
    data = make(route, cxml.new_payload_id(route.payload_domain, n))
    return Out(doc_type, data, CXML_TYPE, filename, (str(n), None, None))


def _cxml_order_response(
    rt: Runtime,
    s: Session,
    doc: OrderResponse,
    profile: PartnerProfile,
    *,
    answering: str | None = None,
) -> Out:
    ref = answering if answering is not None else order_payload_id(s, profile.id, doc.po_number)
    doc = _with_currency(s, doc)
    return _cxml(
        rt,
        s,
        profile,
        "order_response",
        f"ConfirmationRequest-{doc.po_number}.xml",
        lambda route, pid: cxml.render_confirmation(
            doc, route, order_payload_id=ref, payload_id=pid
        ),
    )


def _cxml_shipment(rt: Runtime, s: Session, doc: Shipment, profile: PartnerProfile) -> Out:
    return _cxml(
        rt,
        s,
        profile,
        "ship_notice",
        f"ShipNoticeRequest-{doc.shipment_id}.xml",
        lambda route, pid: cxml.render_ship_notice(doc, route, payload_id=pid),
    )


def _cxml_invoice(rt: Runtime, s: Session, doc: Invoice, profile: PartnerProfile) -> Out:
    ref = order_payload_id(s, profile.id, doc.po_number)
    return _cxml(
        rt,
        s,
        profile,
        "invoice",
        f"InvoiceDetailRequest-{doc.number}.xml",
        lambda route, pid: cxml.render_invoice_detail(
            doc, route, order_payload_id=ref, payload_id=pid
        ),
    )


def _cxml_oms_order_response(
    rt: Runtime, s: Session, doc: OrderResponse, profile: PartnerProfile
) -> Out | None:
    """The OMS's order responses to a cXML partner: none for an order on hold, which cXML
    has no confirmation type for (the full one follows on release)."""
    if doc.status == "held":
        return None
    return _cxml_order_response(rt, s, doc, profile)


# None: nothing is owed to this partner for that document
Renderer = Callable[[Runtime, Session, Any, PartnerProfile], Out | None]
RENDERERS: dict[tuple[str, type], Renderer] = {
    ("ubl", OrderResponse): _ubl_order_response,
    ("ubl", Shipment): _ubl_shipment,
    ("ubl", Invoice): _ubl_invoice,
    ("cxml", OrderResponse): _cxml_oms_order_response,
    ("cxml", Shipment): _cxml_shipment,
    ("cxml", Invoice): _cxml_invoice,
}


def standard_of(profile: PartnerProfile) -> str | None:
    """The XML standard a partner speaks, from its profile sections."""
    return next((name for name in ("ubl", "cxml") if profile.section(name) is not None), None)


def render(rt: Runtime, s: Session, doc: Any, profile: PartnerProfile) -> Out | None:
    """Render `doc` for `profile` in the standard its profile names."""
    std = standard_of(profile)
    fn = RENDERERS.get((std or "", type(doc)))
    if fn is None:
        raise LookupError(
            f"no {std or 'XML'} renderer for {type(doc).__name__} (partner {profile.id})"
        )
    return fn(rt, s, doc, profile)


def order_response_outgoing(
    rt: Runtime,
    profile: PartnerProfile,
    order: Order,
    message_id: str,
    *,
    refusals_only: bool = False,
) -> Outgoing:
    """The order response owed for `order` (received in `message_id`), rendered in the
    transaction that applied it: accepted, or rejected with the OMS's reason.

    `refusals_only`: the OMS answers every order it stored (accepted, changed or rejected
    line by line) itself, so only an order it refused outright (a duplicate PO, an unknown
    account) is answered here."""
    std = standard_of(profile)

    def render_(s: Session) -> tuple[bytes, tuple[str | None, str | None, str | None]]:
        seller = order.party("SE") or our_party(rt, profile.section("ubl"))
        resp = order_outcome(s, order, message_id=message_id, seller=seller)
        if refusals_only and resp.status != "rejected":
            return b"", (None, None, None)  # stored from this message: the OMS responds
        if std == "cxml":  # answers the OrderRequest's payloadID, kept as source_control
            out = _cxml_order_response(rt, s, resp, profile, answering=order.source_control)
        else:
            out = render(rt, s, resp, profile)
        if out is None:  # nothing owed for it in this standard
            return b"", (None, None, None)
        return out.data, out.controls

    name = "ConfirmationRequest" if std == "cxml" else "OrderResponse"
    return Outgoing(
        "order_response",
        render_,
        content_type=CXML_TYPE if std == "cxml" else UBL_TYPE,
        filename=f"{name}-{order.po_number}.xml",
    )
