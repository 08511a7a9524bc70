"""cXML requests into canonical documents: OrderRequest -> Order, ConfirmationRequest ->
OrderResponse, ShipNoticeRequest -> Shipment, InvoiceDetailRequest -> Invoice.

`read_cxml` is the one entry point; which reader runs is the table `READERS`, keyed by
the request element. Code maps (order type, confirmation type, ...) are data shared
with `write.py`, which inverts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from lxml import etree

from gateway.canonical import (
    Invoice,
    InvoiceLine,
    Order,
    OrderLine,
    OrderResponse,
    OrderResponseLine,
    Pack,
    Party,
    Purpose,
    Reference,
    Shipment,
    ShipmentLine,
    TaxLine,
)
from gateway.translators.cxml._nodes import (
    date_in,
    decimal_in,
    item_id_in,
    money_in,
    party_in,
    text,
)
from gateway.translators.cxml.envelope import CxmlError, Envelope, read_envelope
from gateway.translators.source import Source

__all__ = [
    "CONFIRM_LINE_IN",
    "CONFIRM_TYPES_IN",
    "INVOICE_ROLES",
    "ORDER_TYPES_IN",
    "READERS",
    "SHIP_ROLES",
    "CxmlDocument",
    "CxmlStatus",
    "Source",
    "read_cxml",
]


@dataclass(frozen=True, slots=True)
class CxmlStatus:
    """The Status of a cXML Response (what the other side answered)."""

    code: int
    text: str


@dataclass(frozen=True, slots=True)
class CxmlDocument:
    envelope: Envelope
    document: Any


ORDER_TYPES_IN = {"new": Purpose.ORIGINAL, "update": Purpose.REPLACE, "delete": Purpose.CANCEL}
CONFIRM_TYPES_IN = {
    "accept": "accepted",
    "reject": "rejected",
    "detail": "changed",
    "allDetail": "changed",
    "except": "changed",
}
CONFIRM_LINE_IN = {"accept": "IA", "reject": "IR", "detail": "IC", "backordered": "IB"}
SHIP_ROLES = {"shipFrom": "SE", "shipTo": "ST", "buyer": "BY"}
INVOICE_ROLES = {"from": "SE", "soldTo": "BY", "billTo": "BT", "shipTo": "ST"}
# summary amounts that are charges, with the name they carry in canonical
SUMMARY_CHARGES = {"ShippingAmount": "Shipping", "SpecialHandlingAmount": "Special handling"}


def _required(el: etree._Element, attr: str, where: str) -> str:
    value = (el.get(attr) or "").strip()
    if not value:
        raise CxmlError(
            f"{where}: the {attr} attribute is missing", status=400, code="missing_attribute"
        )
    return value


def _find(el: etree._Element, path: str, where: str) -> etree._Element:
    found = el.find(path)
    if found is None:
        raise CxmlError(f"{where}: <{path}> is missing", status=400, code="missing_element")
    return found


def _extrinsics(el: etree._Element | None) -> dict[str, str]:
    if el is None:
        return {}
    return {x.get("name", ""): text(x) for x in el.findall("Extrinsic") if x.get("name")}


def read_order_request(body: etree._Element, env: Envelope, src: Source) -> Order:
    head = _find(body, "OrderRequestHeader", "OrderRequest")
    po = _required(head, "orderID", "OrderRequestHeader")
    _total, currency = money_in(head.find("Total"), "OrderRequestHeader/Total")
    parties: list[Party] = []
    if env.from_:
        parties.append(Party("BY", id=env.from_[0].identity, id_qualifier=env.from_[0].domain))
    if env.to:
        parties.append(Party("SE", id=env.to[0].identity, id_qualifier=env.to[0].domain))
    for tag, role in (("ShipTo", "ST"), ("BillTo", "BT")):
        p = party_in(head.find(f"{tag}/Address"), role)
        if p is not None:
            parties.append(p)
    lines = []
    for n, item in enumerate(body.findall("ItemOut"), start=1):
        where = f"ItemOut {n} (lineNumber {item.get('lineNumber', '?')})"
        qty = decimal_in(_required(item, "quantity", where), f"{where} quantity")
        detail = item.find("ItemDetail")
        price, cur = money_in(detail.find("UnitPrice") if detail is not None else None, where)
        currency = currency or cur
        lines.append(
            OrderLine(
                line_no=item.get("lineNumber") or str(n),
                quantity=qty or Decimal(0),
                unit=text(detail, "UnitOfMeasure"),
                unit_price=price,
                item_ids=item_id_in(item.find("ItemID"), detail),
                description=text(detail, "Description"),
                requested_date=date_in(item.get("requestedDeliveryDate"), where),
            )
        )
    if not lines:
        raise CxmlError(f"OrderRequest {po} has no ItemOut lines", status=400, code="no_lines")
    days = head.find("PaymentTerm")
    return Order(
        partner_id=src.partner_id,
        po_number=po,
        po_date=date_in(head.get("orderDate"), "OrderRequestHeader orderDate"),
        lines=tuple(lines),
        purpose=ORDER_TYPES_IN.get(head.get("type", "new"), Purpose.ORIGINAL),
        order_type=head.get("orderType", ""),
        currency=currency,
        parties=tuple(parties),
        terms=f"NET{days.get('payInNumberOfDays')}" if days is not None else "",
        references=tuple(Reference(k, v) for k, v in _extrinsics(head).items()),
        notes=tuple(t for t in (text(c) for c in head.findall("Comments")) if t),
        source_message_id=src.message_id,
        source_control=env.payload_id,
    )


def read_confirmation(body: etree._Element, env: Envelope, src: Source) -> OrderResponse:
    head = _find(body, "ConfirmationHeader", "ConfirmationRequest")
    ref = _find(body, "OrderReference", "ConfirmationRequest")
    currency = money_in(head.find("Total"), "ConfirmationHeader/Total")[1]
    lines = []
    for n, item in enumerate(body.findall("ConfirmationItem"), start=1):
        where = f"ConfirmationItem {n}"
        status = _find(item, "ConfirmationStatus", where)
        ordered = decimal_in(item.get("quantity"), f"{where} quantity")
        qty = decimal_in(status.get("quantity"), f"{where} ConfirmationStatus quantity")
        item_in = status.find("ItemIn")
        detail = item_in.find("ItemDetail") if item_in is not None else None
        price, cur = money_in(detail.find("UnitPrice") if detail is not None else None, where)
        currency = currency or cur
        lines.append(
            OrderResponseLine(
                line_no=item.get("lineNumber") or str(n),
                status=CONFIRM_LINE_IN.get(status.get("type", "accept"), "IC"),
                quantity=qty if qty is not None else (ordered or Decimal(0)),
                unit=text(status, "UnitOfMeasure") or text(item, "UnitOfMeasure"),
                unit_price=price,
                date=date_in(status.get("deliveryDate"), where),
                item_ids=item_id_in(item_in.find("ItemID") if item_in is not None else None),
                reason=text(status, "Comments"),
                ordered_quantity=ordered if ordered is not None and ordered != qty else None,
            )
        )
    return OrderResponse(
        partner_id=src.partner_id,
        po_number=ref.get("orderID", ""),
        po_date=date_in(ref.get("orderDate"), "OrderReference orderDate"),
        response_date=date_in(
            _required(head, "noticeDate", "ConfirmationHeader"), "ConfirmationHeader noticeDate"
        ),
        status=CONFIRM_TYPES_IN.get(head.get("type", ""), "changed"),
        lines=tuple(lines),
        order_number=head.get("confirmID", ""),
        reason=text(head, "Comments"),
        currency=currency,
    )


def read_ship_notice(body: etree._Element, env: Envelope, src: Source) -> Shipment:
    head = _find(body, "ShipNoticeHeader", "ShipNoticeRequest")
    sid = _required(head, "shipmentID", "ShipNoticeHeader")
    carrier = service = ""
    tracking: list[str] = []
    for control in body.findall("ShipControl"):
        ids = {c.get("domain", ""): text(c) for c in control.findall("CarrierIdentifier")}
        carrier = carrier or ids.get("companyName") or next(iter(ids.values()), "")
        tracking += [t for t in (text(s) for s in control.findall("ShipmentIdentifier")) if t]
        service = service or text(control, "TransportInformation/ShippingInstructions/Description")
    packs: dict[str, dict[str, Any]] = {}
    loose: list[ShipmentLine] = []
    po_numbers: list[str] = []
    for portion in body.findall("ShipNoticePortion"):
        po = (
            portion.find("OrderReference").get("orderID", "")
            if portion.find("OrderReference") is not None
            else ""
        )
        po_numbers.append(po)
        for n, item in enumerate(portion.findall("ShipNoticeItem"), start=1):
            where = f"ShipNoticeItem {n} of order {po}"
            line = ShipmentLine(
                line_no=item.get("lineNumber") or str(n),
                quantity=decimal_in(_required(item, "quantity", where), where) or Decimal(0),
                unit=text(item, "UnitOfMeasure"),
                item_ids=item_id_in(item.find("ItemID")),
                po_number=po,
            )
            sscc = text(item, "Packaging/ShippingContainerSerialCode")
            if not sscc:
                loose.append(line)
                continue
            pack = packs.setdefault(sscc, {"weight": None, "lines": []})
            pack["lines"].append(line)
            weight = item.find("Packaging/Dimension[@type='grossWeight']")
            if weight is not None and pack["weight"] is None:
                pack["weight"] = decimal_in(weight.get("quantity"), f"{where} Dimension")
    extr = _extrinsics(head)
    contacts = [
        party_in(c, SHIP_ROLES[c.get("role", "")])
        for c in head.findall("Contact")
        if c.get("role") in SHIP_ROLES
    ]
    order_ref = next(
        (
            r.get("identifier", "")
            for r in head.findall("IdReference")
            if r.get("domain") == "supplierOrderID"
        ),
        "",
    )
    return Shipment(
        partner_id=src.partner_id,
        shipment_id=sid,
        ship_date=date_in(head.get("shipmentDate"), "ShipNoticeHeader shipmentDate"),
        po_numbers=tuple(po_numbers),
        packs=tuple(Pack(k, tuple(v["lines"]), v["weight"]) for k, v in packs.items()),
        lines=tuple(loose),
        carrier=carrier,
        service=service,
        tracking_numbers=tuple(tracking),
        weight=decimal_in(extr.get("grossWeight"), "Extrinsic grossWeight"),
        parties=tuple(p for p in contacts if p is not None),
        order_number=order_ref,
        source_message_id=src.message_id,
    )


def _tax_in(tax: etree._Element | None, where: str) -> tuple[TaxLine, ...]:
    if tax is None:
        return ()
    details = tax.findall("TaxDetail")
    if not details:  # a bare total; zero means no tax at all
        amount, _ = money_in(tax, where)
        return (TaxLine(kind="tax", rate=Decimal(0), amount=amount),) if amount else ()
    return tuple(
        TaxLine(
            kind=d.get("category", "tax"),
            rate=decimal_in(d.get("percentageRate"), f"{where} percentageRate") or Decimal(0),
            amount=money_in(d.find("TaxAmount"), where)[0] or Decimal(0),
            jurisdiction=text(d, "TaxLocation"),
        )
        for d in details
    )


def read_invoice_detail(body: etree._Element, env: Envelope, src: Source) -> Invoice:
    head = _find(body, "InvoiceDetailRequestHeader", "InvoiceDetailRequest")
    number = _required(head, "invoiceID", "InvoiceDetailRequestHeader")
    summary = _find(body, "InvoiceDetailSummary", "InvoiceDetailRequest")
    currency = ""
    lines = []
    po_number = shipment_id = ""
    for order in body.findall("InvoiceDetailOrder"):
        ref = order.find("InvoiceDetailOrderInfo//OrderReference")
        if ref is not None and not po_number:
            po_number = ref.get("orderID", "")
        shipment_id = shipment_id or (
            order.find(".//ShipNoticeIDInfo").get("shipNoticeID", "")
            if order.find(".//ShipNoticeIDInfo") is not None
            else ""
        )
        for item in order.findall("InvoiceDetailItem"):
            where = f"InvoiceDetailItem {item.get('invoiceLineNumber', '?')}"
            price, cur = money_in(item.find("UnitPrice"), where)
            amount, _ = money_in(item.find("SubtotalAmount"), where)
            currency = currency or cur
            qty = decimal_in(_required(item, "quantity", where), where) or Decimal(0)
            ref_el = item.find("InvoiceDetailItemReference")
            lines.append(
                InvoiceLine(
                    line_no=_required(item, "invoiceLineNumber", where),
                    quantity=qty,
                    unit=text(item, "UnitOfMeasure"),
                    unit_price=price or Decimal(0),
                    amount=amount if amount is not None else qty * (price or Decimal(0)),
                    item_ids=item_id_in(ref_el.find("ItemID") if ref_el is not None else None),
                    description=text(ref_el, "Description"),
                    taxes=_tax_in(item.find("Tax"), where),
                )
            )
    charges = [
        (name, money_in(summary.find(tag), tag)[0] or Decimal(0))
        for tag, name in SUMMARY_CHARGES.items()
        if summary.find(tag) is not None
    ]
    for mod in summary.findall("InvoiceHeaderModifications/Modification"):
        name = (
            mod.find("ModificationDetail").get("name", "")
            if mod.find("ModificationDetail") is not None
            else ""
        )
        cost, _ = money_in(mod.find("AdditionalCost"), "Modification")
        deduction, _ = money_in(mod.find("AdditionalDeduction/DeductionAmount"), "Modification")
        charges.append((name, cost if cost is not None else -(deduction or Decimal(0))))
    discount, _ = money_in(summary.find("InvoiceDetailDiscount"), "InvoiceDetailDiscount")
    if discount:
        charges.append(("Discount", -discount))
    taxes = _tax_in(summary.find("Tax"), "InvoiceDetailSummary/Tax")
    total = next(
        (
            m
            for m in (
                money_in(summary.find(t), t)[0] for t in ("DueAmount", "NetAmount", "GrossAmount")
            )
            if m is not None
        ),
        None,
    )
    if total is None:
        total = (
            sum((ln.amount for ln in lines), Decimal(0))
            + sum((t.amount for t in taxes), Decimal(0))
            + sum((a for _, a in charges), Decimal(0))
        )
    extr = _extrinsics(head)
    partners = [
        party_in(c, INVOICE_ROLES[c.get("role", "")])
        for c in head.findall("InvoicePartner/Contact")
        if c.get("role") in INVOICE_ROLES
    ]
    terms = head.find("PaymentTerm")
    return Invoice(
        partner_id=src.partner_id,
        number=number,
        invoice_date=date_in(
            _required(head, "invoiceDate", "InvoiceDetailRequestHeader"), "invoiceDate"
        ),
        po_number=po_number,
        lines=tuple(lines),
        total=total,
        currency=currency,
        terms=extr.get("paymentTerms")
        or (f"NET{terms.get('payInNumberOfDays')}" if terms is not None else ""),
        due_date=date_in(extr.get("dueDate"), "Extrinsic dueDate"),
        taxes=taxes,
        charges=tuple(charges),
        parties=tuple(p for p in partners if p is not None),
        credit_note=head.get("purpose") == "creditMemo",
        shipment_id=shipment_id,
    )


Reader = Callable[[etree._Element, Envelope, Source], Any]
READERS: dict[str, Reader] = {
    "OrderRequest": read_order_request,
    "ConfirmationRequest": read_confirmation,
    "ShipNoticeRequest": read_ship_notice,
    "InvoiceDetailRequest": read_invoice_detail,
}


def read_cxml(data: bytes, *, source: Source | None = None) -> CxmlDocument:
    """Read a cXML document; raise CxmlError (with the cXML status to answer) if refused."""
    env, body = read_envelope(data)
    if env.kind == "Response":
        return CxmlDocument(env, CxmlStatus(env.status_code or 0, env.status_text))
    reader = READERS.get(env.body)
    if reader is None:
        known = ", ".join(READERS)
        raise CxmlError(
            f"cXML {env.body} is not implemented here (accepted: {known})",
            status=450,
            code="unsupported",
        )
    return CxmlDocument(env, reader(body, env, source or Source()))
