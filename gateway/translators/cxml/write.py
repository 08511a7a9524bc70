"""Canonical documents out as cXML: ConfirmationRequest (OrderResponse), ShipNoticeRequest
(Shipment), InvoiceDetailRequest (Invoice), and the cXML Response that answers a request.

Each writer is the inverse of its reader in `read.py` (the tests round-trip them). The
envelope identities come from the partner profile through `Route`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

from gateway.canonical import Invoice, OrderResponse, Shipment, ShipmentLine, TaxLine
from gateway.translators.cxml._nodes import (
    contact_out,
    date_out,
    item_id_out,
    money_out,
    sub,
)
from gateway.translators.cxml.envelope import (
    CXML_VERSION,
    Credential,
    build_envelope,
    new_payload_id,
    serialise,
)
from gateway.translators.cxml.read import (
    CONFIRM_LINE_IN,
    CONFIRM_TYPES_IN,
    INVOICE_ROLES,
    SHIP_ROLES,
)

__all__ = [
    "STATUS_TEXT",
    "Route",
    "render_confirmation",
    "render_invoice_detail",
    "render_response",
    "render_ship_notice",
]

# cXML status codes (cXML User's Guide, "Status") and their standard text
STATUS_TEXT = {
    200: "OK",
    201: "Accepted",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    406: "Not Acceptable",
    409: "Conflict",
    450: "Not Implemented",
    500: "Internal Server Error",
}
CONFIRM_TYPES_OUT = {"accepted": "accept", "rejected": "reject", "changed": "detail"}
CONFIRM_LINE_OUT = {v: k for k, v in CONFIRM_LINE_IN.items()}
SHIP_ROLES_OUT = {v: k for k, v in SHIP_ROLES.items()}
INVOICE_ROLES_OUT = {v: k for k, v in INVOICE_ROLES.items()}
assert set(CONFIRM_TYPES_OUT.values()) <= set(CONFIRM_TYPES_IN)


@dataclass(frozen=True, slots=True)
class Route:
    """Who a cXML request is from and to (identities from the partner's [cxml] section)."""

    from_: Credential
    to: Credential
    sender: Credential
    deployment_mode: str = "production"
    payload_domain: str = "gateway"


def _envelope(
    route: Route, body: str, payload_id: str | None, timestamp: dt.datetime | None
) -> tuple[etree._Element, etree._Element]:
    return build_envelope(
        from_=route.from_,
        to=route.to,
        sender=route.sender,
        body=body,
        payload_id=payload_id or new_payload_id(route.payload_domain),
        timestamp=timestamp or dt.datetime.now(dt.UTC).replace(microsecond=0),
        deployment_mode=route.deployment_mode,
    )


def _order_reference(
    parent: etree._Element, po: str, po_date: dt.date | None, order_payload_id: str
) -> etree._Element:
    ref = sub(parent, "OrderReference", orderID=po, orderDate=date_out(po_date) if po_date else "")
    sub(ref, "DocumentReference", payloadID=order_payload_id)
    return ref


def render_confirmation(
    resp: OrderResponse,
    route: Route,
    *,
    order_payload_id: str = "",
    payload_id: str | None = None,
    timestamp: dt.datetime | None = None,
) -> bytes:
    """A ConfirmationRequest answering the OrderRequest `order_payload_id`."""
    root, body = _envelope(route, "ConfirmationRequest", payload_id, timestamp)
    head = sub(
        body,
        "ConfirmationHeader",
        type=CONFIRM_TYPES_OUT[resp.status],
        noticeDate=date_out(resp.response_date),
        confirmID=resp.order_number,
        operation="new",
    )
    if resp.currency:  # the confirmed total; it also carries the currency of a priceless one
        total = sum(
            (ln.quantity * ln.unit_price for ln in resp.lines if ln.unit_price is not None),
            Decimal(0),
        )
        money_out(head, "Total", total, resp.currency)
    if resp.reason:
        sub(head, "Comments", resp.reason)
    _order_reference(body, resp.po_number, resp.po_date, order_payload_id)
    for line in resp.lines:
        ordered = line.ordered_quantity if line.ordered_quantity is not None else line.quantity
        item = sub(body, "ConfirmationItem", lineNumber=line.line_no, quantity=str(ordered))
        sub(item, "UnitOfMeasure", line.unit)
        status = sub(
            item,
            "ConfirmationStatus",
            quantity=str(line.quantity),
            type=CONFIRM_LINE_OUT.get(line.status, "detail"),
            deliveryDate=date_out(line.date) if line.date else "",
        )
        sub(status, "UnitOfMeasure", line.unit)
        if line.unit_price is not None or line.item_ids:
            item_in = sub(status, "ItemIn", quantity=str(line.quantity))
            item_id_out(item_in, line.item_ids)
            if line.unit_price is not None:
                detail = sub(item_in, "ItemDetail")
                money_out(detail, "UnitPrice", line.unit_price, resp.currency)
                sub(detail, "Description", "")
                sub(detail, "UnitOfMeasure", line.unit)
        if line.reason:
            sub(status, "Comments", line.reason)
    return serialise(root)


def _ship_item(
    portion: etree._Element, line: ShipmentLine, sscc: str, weight: Decimal | None
) -> None:
    item = sub(portion, "ShipNoticeItem", quantity=str(line.quantity), lineNumber=line.line_no)
    item_id_out(item, line.item_ids)
    sub(item, "UnitOfMeasure", line.unit)
    if sscc:
        packaging = sub(item, "Packaging")
        if weight is not None:
            dim = sub(packaging, "Dimension", quantity=str(weight), type="grossWeight")
            sub(dim, "UnitOfMeasure", "KGM")
        sub(packaging, "ShippingContainerSerialCode", sscc)


def render_ship_notice(
    ship: Shipment,
    route: Route,
    *,
    notice_date: dt.date | None = None,
    payload_id: str | None = None,
    timestamp: dt.datetime | None = None,
) -> bytes:
    """A ShipNoticeRequest: one ShipNoticePortion per PO, SSCCs in Packaging."""
    root, body = _envelope(route, "ShipNoticeRequest", payload_id, timestamp)
    head = sub(
        body,
        "ShipNoticeHeader",
        shipmentID=ship.shipment_id,
        operation="new",
        noticeDate=date_out(notice_date or ship.ship_date or dt.date.today()),
        shipmentDate=date_out(ship.ship_date) if ship.ship_date else "",
    )
    for p in ship.parties:
        if p.role in SHIP_ROLES_OUT:
            contact_out(head, p, SHIP_ROLES_OUT[p.role])
    if ship.order_number:
        sub(head, "IdReference", identifier=ship.order_number, domain="supplierOrderID")
    if ship.weight is not None:
        sub(head, "Extrinsic", str(ship.weight), name="grossWeight")
    for tracking in ship.tracking_numbers or (("",) if ship.carrier or ship.service else ()):
        control = sub(body, "ShipControl")
        if ship.carrier:
            sub(control, "CarrierIdentifier", ship.carrier, domain="companyName")
        if tracking:
            sub(control, "ShipmentIdentifier", tracking)
        if ship.service:
            info = sub(sub(control, "TransportInformation"), "ShippingInstructions")
            sub(info, "Description", ship.service)
    placed = [(ln, "", None) for ln in ship.lines]
    for pack in ship.packs:
        placed += [
            (ln, pack.sscc, pack.weight if i == 0 else None) for i, ln in enumerate(pack.lines)
        ]
    pos = list(dict.fromkeys([*ship.po_numbers, *(ln.po_number for ln, _, _ in placed)]))
    for po in pos:
        portion = sub(body, "ShipNoticePortion")
        sub(sub(portion, "OrderReference", orderID=po), "DocumentReference", payloadID="")
        for line, sscc, weight in placed:
            if line.po_number == po:
                _ship_item(portion, line, sscc, weight)
    return serialise(root)


def _tax_out(parent: etree._Element, taxes: tuple[TaxLine, ...], currency: str) -> None:
    tax = sub(parent, "Tax")
    sub(tax, "Money", str(sum((t.amount for t in taxes), Decimal(0))), currency=currency)
    sub(tax, "Description", "tax")
    for t in taxes:
        detail = sub(tax, "TaxDetail", purpose="tax", category=t.kind, percentageRate=str(t.rate))
        money_out(detail, "TaxAmount", t.amount, currency)
        if t.jurisdiction:
            sub(detail, "TaxLocation", t.jurisdiction)


def render_invoice_detail(
    inv: Invoice,
    route: Route,
    *,
    order_payload_id: str = "",
    payload_id: str | None = None,
    timestamp: dt.datetime | None = None,
) -> bytes:
    """An InvoiceDetailRequest (purpose creditMemo for a credit note); charges and
    allowances travel as InvoiceHeaderModifications so their names survive."""
    cur = inv.currency
    root, body = _envelope(route, "InvoiceDetailRequest", payload_id, timestamp)
    head = sub(
        body,
        "InvoiceDetailRequestHeader",
        invoiceID=inv.number,
        purpose="creditMemo" if inv.credit_note else "standard",
        operation="new",
        invoiceDate=date_out(inv.invoice_date),
    )
    sub(head, "InvoiceDetailHeaderIndicator")
    sub(
        head,
        "InvoiceDetailLineIndicator",
        isTaxInLine="yes" if any(ln.taxes for ln in inv.lines) else "",
    )
    for p in inv.parties:
        if p.role in INVOICE_ROLES_OUT:
            contact_out(sub(head, "InvoicePartner"), p, INVOICE_ROLES_OUT[p.role])
    if inv.terms:
        sub(head, "Extrinsic", inv.terms, name="paymentTerms")
    if inv.due_date:
        sub(head, "Extrinsic", inv.due_date.isoformat(), name="dueDate")
    order = sub(body, "InvoiceDetailOrder")
    _order_reference(sub(order, "InvoiceDetailOrderInfo"), inv.po_number, None, order_payload_id)
    if inv.shipment_id:
        sub(
            sub(order, "InvoiceDetailShipNoticeInfo"),
            "ShipNoticeIDInfo",
            shipNoticeID=inv.shipment_id,
        )
    for line in inv.lines:
        item = sub(
            order, "InvoiceDetailItem", invoiceLineNumber=line.line_no, quantity=str(line.quantity)
        )
        sub(item, "UnitOfMeasure", line.unit)
        money_out(item, "UnitPrice", line.unit_price, cur)
        ref = sub(item, "InvoiceDetailItemReference", lineNumber=line.line_no)
        item_id_out(ref, line.item_ids)
        sub(ref, "Description", line.description).set(
            "{http://www.w3.org/XML/1998/namespace}lang", "en"
        )
        money_out(item, "SubtotalAmount", line.amount, cur)
        if line.taxes:
            _tax_out(item, line.taxes, cur)
    summary = sub(body, "InvoiceDetailSummary")
    money_out(summary, "SubtotalAmount", sum((ln.amount for ln in inv.lines), Decimal(0)), cur)
    _tax_out(summary, inv.taxes, cur)
    if inv.charges:
        mods = sub(summary, "InvoiceHeaderModifications")
        for name, amount in inv.charges:
            mod = sub(mods, "Modification")
            if amount >= 0:
                money_out(mod, "AdditionalCost", amount, cur)
            else:
                money_out(sub(mod, "AdditionalDeduction"), "DeductionAmount", -amount, cur)
            sub(mod, "ModificationDetail", name=name)
    money_out(summary, "NetAmount", inv.total, cur)
    money_out(summary, "DueAmount", inv.total, cur)
    return serialise(root)


def render_response(
    code: int, detail: str = "", *, payload_id: str | None = None, domain: str = "gateway"
) -> bytes:
    """The cXML Response answering a request: `<Status code=".." text="..">detail</Status>`."""
    root = etree.Element(
        "cXML",
        payloadID=payload_id or new_payload_id(domain),
        timestamp=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        version=CXML_VERSION,
    )
    status = sub(
        sub(root, "Response"),
        "Status",
        detail or None,
        code=str(code),
        text=STATUS_TEXT.get(code, "Error"),
    )
    status.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    return serialise(root)
