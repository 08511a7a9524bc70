"""UBL 2.1 documents (as pyxb-x bindings) into canonical documents.

One reader per document type; where the UBL element lives is data (`*_PARTIES`,
`ORDER_REFERENCES`, the code maps) and the readers only walk it. Peppol BIS 3
(ordering, despatch advice, billing, MLR) is the reference for which element carries
what.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from gateway.canonical import (
    AckError,
    AckStatus,
    FunctionalAck,
    Invoice,
    InvoiceLine,
    Order,
    OrderChange,
    OrderChangeLine,
    OrderLine,
    OrderResponse,
    OrderResponseLine,
    Pack,
    Party,
    Reference,
    Shipment,
    ShipmentLine,
    TaxLine,
)
from gateway.errors import InputError
from gateway.translators.source import Source
from gateway.translators.ubl._tree import day, dec, first, get, items_in, party_in, txt

__all__ = [
    "LINE_STATUS_IN",
    "RESPONSE_CODES_IN",
    "Source",
    "read_application_response",
    "read_despatch_advice",
    "read_invoice",
    "read_order",
    "read_order_cancellation",
    "read_order_change",
    "read_order_response",
    "read_order_response_simple",
]


class UblContentError(InputError):
    code = "ubl_content"


# document element holding a party -> canonical role (X12 N101 style)
ORDER_PARTIES = {
    "BuyerCustomerParty": "BY",
    "SellerSupplierParty": "SE",
    "AccountingCustomerParty": "BT",
}
RESPONSE_PARTIES = {"SellerSupplierParty": "SE", "BuyerCustomerParty": "BY"}
DESPATCH_PARTIES = {
    "DespatchSupplierParty": "SE",
    "DeliveryCustomerParty": "ST",
    "BuyerCustomerParty": "BY",
}
INVOICE_PARTIES = {"AccountingSupplierParty": "SE", "AccountingCustomerParty": "BY"}

# header references of an Order: element path -> canonical qualifier
ORDER_REFERENCES = {
    ("CustomerReference",): "CR",
    ("AccountingCost",): "AC",
    ("QuotationDocumentReference", "ID"): "QUO",
    ("Contract", "ID"): "CT",
    ("ProjectReference", "ID"): "PJ",
    ("OriginatorDocumentReference", "ID"): "OR",
}
# UNCL 4343 order response codes (Peppol subset) -> canonical status
# UNCL 4343; AB "message acknowledgement": received, no decision yet (an order on hold)
RESPONSE_CODES_IN = {"AP": "accepted", "AB": "held", "RE": "rejected", "CA": "changed"}
# UNCL 1229 line status -> X12 ACK01 style line status
LINE_STATUS_IN = {"5": "IA", "7": "IR", "3": "IC", "1": "IA", "2": "ID", "4": "IH"}
# UNCL 1229 in an OrderChange line -> canonical change kind
CHANGE_KINDS_IN = {"1": "add", "2": "delete", "3": "replace", "4": "unchanged"}
# ApplicationResponse (MLR) response codes -> ack status
ACK_CODES_IN = {"AB": AckStatus.ACCEPTED, "AP": AckStatus.ACCEPTED, "RE": AckStatus.REJECTED}


def _parties(doc: Any, table: dict[str, str]) -> list[Party]:
    out = []
    for element, role in table.items():
        p = party_in(role, get(doc, element, "Party"))
        if p is not None:
            out.append(p)
    return out


def _delivery_party(doc: Any) -> list[Party]:
    delivery = first(getattr(doc, "Delivery", None))
    if delivery is None:
        return []
    p = party_in("ST", delivery.DeliveryParty, location=delivery.DeliveryLocation)
    return [p] if p is not None else []


def _unit(node: Any) -> str:
    return (getattr(first(node), "unitCode", None) or "") if first(node) is not None else ""


def _quantity(node: Any, where: str) -> Decimal:
    q = dec(node)
    if q is None:
        raise UblContentError(f"{where}: the quantity is missing")
    return q


def _price(line_item: Any) -> Decimal | None:
    price = get(line_item, "Price", "PriceAmount")
    amount = dec(price)
    base = dec(get(line_item, "Price", "BaseQuantity"))
    if amount is not None and base not in (None, Decimal(0), Decimal(1)):
        amount = amount / base
    return amount


def _description(item: Any) -> str:
    return txt(get(item, "Name")) or txt(get(item, "Description"))


def read_order(doc: Any, src: Source) -> Order:
    """An Order (Peppol BIS Ordering, or plain OASIS UBL 2.0/2.1) as a canonical Order."""
    lines = []
    for n, ol in enumerate(doc.OrderLine, start=1):
        li = ol.LineItem
        where = f"OrderLine {n} (LineItem ID {txt(li.ID)!r})"
        refs = [Reference("AC", txt(li.AccountingCost))] if txt(li.AccountingCost) else []
        lines.append(
            OrderLine(
                line_no=txt(li.ID) or str(n),
                quantity=_quantity(li.Quantity, where),
                unit=_unit(li.Quantity),
                unit_price=_price(li),
                item_ids=items_in(li.Item),
                description=_description(li.Item),
                requested_date=day(get(li, "Delivery", "RequestedDeliveryPeriod", "StartDate")),
                references=tuple(refs),
            )
        )
    refs = [
        Reference(q, txt(get(doc, *path)))
        for path, q in ORDER_REFERENCES.items()
        if txt(get(doc, *path))
    ]
    return Order(
        partner_id=src.partner_id,
        po_number=txt(doc.ID),
        po_date=day(doc.IssueDate),
        lines=tuple(lines),
        order_type=txt(doc.OrderTypeCode),
        currency=txt(doc.DocumentCurrencyCode),
        parties=tuple(_parties(doc, ORDER_PARTIES) + _delivery_party(doc)),
        requested_ship_date=day(get(doc, "Delivery", "Despatch", "RequestedDespatchDate")),
        requested_delivery_date=day(get(doc, "Delivery", "RequestedDeliveryPeriod", "StartDate")),
        terms=txt(get(doc, "PaymentTerms", "Note")),
        references=tuple(refs),
        notes=tuple(txt(n) for n in doc.Note if txt(n)),
        source_message_id=src.message_id,
        source_control=txt(doc.ID),
    )


def read_order_change(doc: Any, src: Source) -> OrderChange:
    lines = []
    for n, ol in enumerate(doc.OrderLine, start=1):
        li = ol.LineItem
        lines.append(
            OrderChangeLine(
                line_no=txt(li.ID) or str(n),
                change=CHANGE_KINDS_IN.get(txt(li.LineStatusCode), "replace"),
                quantity=dec(li.Quantity),
                unit=_unit(li.Quantity),
                unit_price=_price(li),
                item_ids=items_in(li.Item),
                requested_date=day(get(li, "Delivery", "RequestedDeliveryPeriod", "StartDate")),
            )
        )
    return OrderChange(
        partner_id=src.partner_id,
        po_number=txt(get(doc, "OrderReference", "ID")),
        change_date=day(doc.IssueDate),
        lines=tuple(lines),
        parties=tuple(_parties(doc, ORDER_PARTIES) + _delivery_party(doc)),
        requested_ship_date=day(get(doc, "Delivery", "Despatch", "RequestedDespatchDate")),
        source_message_id=src.message_id,
    )


def read_order_cancellation(doc: Any, src: Source) -> OrderChange:
    """An OrderCancellation is an OrderChange with purpose `cancel` and no lines."""
    return OrderChange(
        partner_id=src.partner_id,
        po_number=txt(get(doc, "OrderReference", "ID")),
        change_date=day(doc.IssueDate),
        lines=(),
        purpose="cancel",
        parties=tuple(_parties(doc, ORDER_PARTIES)),
        source_message_id=src.message_id,
    )


def read_order_response(doc: Any, src: Source) -> OrderResponse:
    lines = []
    for n, ol in enumerate(doc.OrderLine, start=1):
        li = ol.LineItem
        lines.append(
            OrderResponseLine(
                line_no=txt(li.ID) or str(n),
                status=LINE_STATUS_IN.get(txt(li.LineStatusCode), "IA"),
                quantity=dec(li.Quantity) or Decimal(0),
                unit=_unit(li.Quantity),
                unit_price=_price(li),
                date=day(get(li, "Delivery", "PromisedDeliveryPeriod", "StartDate")),
                item_ids=items_in(li.Item),
                reason=txt(first(ol.Note)),
            )
        )
    code = txt(doc.OrderResponseCode)
    return OrderResponse(
        partner_id=src.partner_id,
        po_number=txt(get(doc, "OrderReference", "ID")),
        po_date=day(get(doc, "OrderReference", "IssueDate")),
        response_date=day(doc.IssueDate),
        status=RESPONSE_CODES_IN.get(code, "accepted" if code == "" else "changed"),
        lines=tuple(lines),
        order_number=txt(doc.SalesOrderID),
        parties=tuple(_parties(doc, RESPONSE_PARTIES) + _delivery_party(doc)),
        reason=txt(first(doc.Note)),
        currency=txt(doc.DocumentCurrencyCode),
    )


def read_order_response_simple(doc: Any, src: Source) -> OrderResponse:
    """OrderResponseSimple: the whole order accepted or rejected, without lines."""
    accepted = doc.AcceptedIndicator is not None and bool(doc.AcceptedIndicator.value())
    return OrderResponse(
        partner_id=src.partner_id,
        po_number=txt(get(doc, "OrderReference", "ID")),
        po_date=day(get(doc, "OrderReference", "IssueDate")),
        response_date=day(doc.IssueDate),
        status="accepted" if accepted else "rejected",
        parties=tuple(_parties(doc, RESPONSE_PARTIES)),
        reason=txt(first(doc.RejectionNote)) or txt(first(doc.Note)),
    )


def read_despatch_advice(doc: Any, src: Source) -> Shipment:
    shipment = doc.Shipment
    packs: dict[str, dict[str, Any]] = {}
    for thu in getattr(shipment, "TransportHandlingUnit", None) or ():
        packs[txt(thu.ID)] = {
            "weight": dec(get(thu, "MeasurementDimension", "Measure")),
            "lines": [],
        }
    loose = []
    for n, dl in enumerate(doc.DespatchLine, start=1):
        line = ShipmentLine(
            line_no=txt(dl.ID) or str(n),
            quantity=_quantity(dl.DeliveredQuantity, f"DespatchLine {n} ({txt(dl.ID)!r})"),
            unit=_unit(dl.DeliveredQuantity),
            item_ids=items_in(dl.Item),
            po_number=txt(get(dl, "OrderLineReference", "OrderReference", "ID")),
        )
        sscc = txt(get(dl, "Shipment", "TransportHandlingUnit", "ID"))
        if sscc:
            packs.setdefault(sscc, {"weight": None, "lines": []})["lines"].append(line)
        else:
            loose.append(line)
    consignments = list(getattr(shipment, "Consignment", None) or ())
    order_refs = list(doc.OrderReference)
    return Shipment(
        partner_id=src.partner_id,
        shipment_id=txt(doc.ID),
        ship_date=day(get(shipment, "Delivery", "Despatch", "ActualDespatchDate")),
        po_numbers=tuple(txt(r.ID) for r in order_refs),
        packs=tuple(
            Pack(sscc=k, lines=tuple(v["lines"]), weight=v["weight"]) for k, v in packs.items()
        ),
        lines=tuple(loose),
        carrier=next(
            (
                txt(get(c, "CarrierParty", "PartyName", "Name"))
                for c in consignments
                if txt(get(c, "CarrierParty", "PartyName", "Name"))
            ),
            "",
        ),
        service=next(
            (
                txt(c.CarrierServiceInstructions)
                for c in consignments
                if txt(c.CarrierServiceInstructions)
            ),
            "",
        ),
        tracking_numbers=tuple(
            txt(c.CarrierAssignedID) for c in consignments if txt(c.CarrierAssignedID)
        ),
        weight=dec(get(shipment, "GrossWeightMeasure")),
        parties=tuple(_parties(doc, DESPATCH_PARTIES)),
        order_number=next((txt(r.SalesOrderID) for r in order_refs if txt(r.SalesOrderID)), ""),
        source_message_id=src.message_id,
    )


def _taxes(tax_totals: Any) -> tuple[TaxLine, ...]:
    out = []
    for tt in tax_totals or ():
        subtotals = list(tt.TaxSubtotal)
        if not subtotals:
            out.append(TaxLine(kind="VAT", rate=Decimal(0), amount=dec(tt.TaxAmount) or 0))
        for st in subtotals:
            scheme = get(st, "TaxCategory", "TaxScheme")
            out.append(
                TaxLine(
                    kind=txt(get(scheme, "ID")) or "VAT",
                    rate=dec(st.Percent) or dec(get(st, "TaxCategory", "Percent")) or Decimal(0),
                    amount=dec(st.TaxAmount) or Decimal(0),
                    jurisdiction=txt(get(scheme, "JurisdictionRegionAddress", "CountrySubentity")),
                )
            )
    return tuple(out)


# root element -> (line element, quantity element)
INVOICE_KINDS = {
    "Invoice": ("InvoiceLine", "InvoicedQuantity"),
    "CreditNote": ("CreditNoteLine", "CreditedQuantity"),
}


def read_invoice(doc: Any, src: Source) -> Invoice:
    """An Invoice or CreditNote (Peppol BIS Billing 3) as a canonical Invoice."""
    kind = "CreditNote" if hasattr(doc, "CreditNoteLine") else "Invoice"
    line_el, qty_el = INVOICE_KINDS[kind]
    lines = []
    for n, ln in enumerate(getattr(doc, line_el), start=1):
        qty = getattr(ln, qty_el)  # optional in UBL: a line without one bills one unit
        lines.append(
            InvoiceLine(
                line_no=txt(ln.ID) or str(n),
                quantity=Decimal(1) if qty is None else dec(qty),
                unit=_unit(qty),
                unit_price=_price(ln) or Decimal(0),
                amount=dec(ln.LineExtensionAmount) or Decimal(0),
                item_ids=items_in(ln.Item),
                description=_description(ln.Item),
                taxes=_taxes(ln.TaxTotal),
            )
        )
    charges = []
    for ac in doc.AllowanceCharge:
        amount = dec(ac.Amount) or Decimal(0)
        charge = bool(ac.ChargeIndicator.value()) if ac.ChargeIndicator is not None else True
        reason = txt(first(ac.AllowanceChargeReason)) or txt(ac.AllowanceChargeReasonCode)
        charges.append((reason, amount if charge else -amount))
    total = dec(get(doc, "LegalMonetaryTotal", "PayableAmount"))
    if total is None:
        raise UblContentError(f"{kind} {txt(doc.ID)}: LegalMonetaryTotal/PayableAmount missing")
    return Invoice(
        partner_id=src.partner_id,
        number=txt(doc.ID),
        invoice_date=day(doc.IssueDate),
        po_number=txt(get(doc, "OrderReference", "ID")),
        lines=tuple(lines),
        total=total,
        currency=txt(doc.DocumentCurrencyCode),
        terms=txt(get(doc, "PaymentTerms", "Note")),
        due_date=day(getattr(doc, "DueDate", None))
        or day(get(doc, "PaymentMeans", "PaymentDueDate")),
        taxes=_taxes(doc.TaxTotal),
        charges=tuple(charges),
        parties=tuple(_parties(doc, INVOICE_PARTIES) + _delivery_party(doc)),
        credit_note=kind == "CreditNote",
        shipment_id=txt(get(doc, "DespatchDocumentReference", "ID")),
    )


def read_application_response(doc: Any, src: Source) -> FunctionalAck:
    """A Peppol Message Level Response (UBL ApplicationResponse) as a FunctionalAck."""
    dr = first(doc.DocumentResponse)
    code = txt(get(dr, "Response", "ResponseCode"))
    errors = []
    for lr in dr.LineResponse if dr is not None else ():
        line_id = txt(get(lr, "LineReference", "LineID"))
        for resp in lr.Response:
            errors.append(
                AckError(
                    code=txt(get(resp, "Status", "StatusReasonCode")) or txt(resp.ResponseCode),
                    message=txt(first(resp.Description)),
                    segment_id="" if line_id == "NA" else line_id,
                )
            )
    return FunctionalAck(
        partner_id=src.partner_id,
        standard="ubl",
        group_id=txt(get(dr, "DocumentReference", "DocumentTypeCode")),
        group_control=txt(get(dr, "DocumentReference", "ID")),
        status=ACK_CODES_IN.get(code, AckStatus.REJECTED),
        interchange_control=txt(doc.ID),
        errors=tuple(errors),
    )
