"""Canonical documents into UBL 2.1 (pyxb-x bindings), Peppol BIS 3 flavoured.

pyxb puts every element in schema order and refuses an incomplete document when it
serialises, so what leaves here is valid against the UBL XSDs (the tests check that
again with lxml). Each writer is the exact inverse of its reader in `read.py`: the
round trip returns the same canonical object.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pyxb
from pyxb.utils import domutils

from gateway.canonical import (
    FunctionalAck,
    Invoice,
    OrderResponse,
    Party,
    Shipment,
    ShipmentLine,
    TaxLine,
)
from gateway.translators.ubl._tree import add, items_out, party_out
from gateway.translators.ubl.bindings import _cac as cac
from gateway.translators.ubl.bindings import _cbc as cbc
from gateway.translators.ubl.bindings import (
    application_response,
    credit_note,
    despatch_advice,
    invoice,
    order_response,
)
from gateway.translators.ubl.read import (
    ACK_CODES_IN,
    DESPATCH_PARTIES,
    INVOICE_KINDS,
    INVOICE_PARTIES,
    LINE_STATUS_IN,
    RESPONSE_CODES_IN,
    RESPONSE_PARTIES,
)

__all__ = [
    "PEPPOL_IDS",
    "UblRenderError",
    "render_application_response",
    "render_despatch_advice",
    "render_invoice",
    "render_order_response",
]

# root -> (CustomizationID, ProfileID) of the Peppol BIS 3 transaction
PEPPOL_IDS = {
    "OrderResponse": (
        "urn:fdc:peppol.eu:poacc:trns:order_response:3",
        "urn:fdc:peppol.eu:poacc:bis:ordering:3",
    ),
    "DespatchAdvice": (
        "urn:fdc:peppol.eu:poacc:trns:despatch_advice:3",
        "urn:fdc:peppol.eu:poacc:bis:despatch_advice:3",
    ),
    "Invoice": (
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
    ),
    "CreditNote": (
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
    ),
    "ApplicationResponse": (
        "urn:fdc:peppol.eu:poacc:trns:mlr:3",
        "urn:fdc:peppol.eu:poacc:bis:mlr:3",
    ),
}


def _reverse(table: dict[str, Any], preferred: dict[Any, str] | None = None) -> dict[Any, str]:
    out: dict[Any, str] = {}
    for code, value in table.items():
        out.setdefault(value, code)
    out.update(preferred or {})
    return out


RESPONSE_CODES_OUT = _reverse(RESPONSE_CODES_IN, {"accepted": "AP"})
LINE_STATUS_OUT = _reverse(LINE_STATUS_IN, {"IA": "5"})
ACK_CODES_OUT = _reverse(ACK_CODES_IN, {ACK_CODES_IN["AP"]: "AP"})
_PARTY_ELEMENT = {
    "SellerSupplierParty": cac.SellerSupplierParty,
    "BuyerCustomerParty": cac.BuyerCustomerParty,
    "DespatchSupplierParty": cac.DespatchSupplierParty,
    "DeliveryCustomerParty": cac.DeliveryCustomerParty,
    "AccountingSupplierParty": cac.AccountingSupplierParty,
    "AccountingCustomerParty": cac.AccountingCustomerParty,
}


class UblRenderError(ValueError):
    """A canonical document cannot be expressed as a valid UBL document."""


def _serialise(doc: Any, module: Any) -> bytes:
    bds = domutils.BindingDOMSupport(default_namespace=module.Namespace)
    bds.declareNamespace(cac.Namespace, "cac")
    bds.declareNamespace(cbc.Namespace, "cbc")
    try:
        dom = doc.toDOM(bds)
    except pyxb.ValidationError as exc:
        raise UblRenderError(f"{type(doc).__name__} is not valid UBL: {exc.details()}") from None
    return dom.toxml("utf-8")


def _header(doc: Any, root: str, document_id: str, issue_date: dt.date) -> None:
    customization, profile = PEPPOL_IDS[root]
    doc.CustomizationID = customization
    doc.ProfileID = profile
    doc.ID = document_id
    doc.IssueDate = issue_date.isoformat()


def _parties_out(
    doc: Any, table: dict[str, str], parties: tuple[Party, ...], required: tuple[str, ...]
) -> None:
    by_role = {p.role: p for p in parties}
    for element, role in table.items():
        p = by_role.get(role)
        if p is None and element not in required:
            continue
        setattr(doc, element, _PARTY_ELEMENT[element](Party=party_out(p)))


def _delivery_party_out(parties: tuple[Party, ...]) -> Any | None:
    st = next((p for p in parties if p.role == "ST"), None)
    return None if st is None else cac.Delivery(DeliveryParty=party_out(st))


def _amount(cls: type, value: Decimal, currency: str) -> Any:
    return cls(value, currencyID=currency)


def _quantity(cls: type, value: Decimal, unit: str) -> Any:
    return cls(value, unitCode=unit) if unit else cls(value)


def _item(ids: Any, description: str = "") -> Any:
    item = cac.Item()
    if description:
        item.Name = description
    items_out(item, ids)
    return item


def render_order_response(
    resp: OrderResponse, *, document_id: str, issue_date: dt.date | None = None
) -> bytes:
    """An OrderResponse (Peppol BIS Order Response) for a received order."""
    doc = order_response.OrderResponse()
    _header(doc, "OrderResponse", document_id, issue_date or resp.response_date)
    doc.IssueDate = resp.response_date.isoformat()
    doc.OrderResponseCode = RESPONSE_CODES_OUT[resp.status]
    if resp.order_number:
        doc.SalesOrderID = resp.order_number
    if resp.reason:
        add(doc, "Note", resp.reason)
    if resp.currency:
        doc.DocumentCurrencyCode = resp.currency
    ref = cac.OrderReference(ID=resp.po_number)
    if resp.po_date:
        ref.IssueDate = resp.po_date.isoformat()
    add(doc, "OrderReference", ref)
    _parties_out(doc, RESPONSE_PARTIES, resp.parties, tuple(RESPONSE_PARTIES))
    delivery = _delivery_party_out(resp.parties)
    if delivery is not None:
        add(doc, "Delivery", delivery)
    for line in resp.lines:
        li = cac.LineItem(ID=line.line_no, Item=_item(line.item_ids))
        li.Quantity = _quantity(cbc.Quantity, line.quantity, line.unit)
        li.LineStatusCode = LINE_STATUS_OUT.get(line.status, "3")
        if line.unit_price is not None:
            if not resp.currency:
                raise UblRenderError(
                    f"PO {resp.po_number} line {line.line_no}: a price needs the response currency"
                )
            li.Price = cac.Price(
                PriceAmount=_amount(cbc.PriceAmount, line.unit_price, resp.currency)
            )
        if line.date:
            add(
                li,
                "Delivery",
                cac.Delivery(
                    PromisedDeliveryPeriod=cac.PromisedDeliveryPeriod(
                        StartDate=line.date.isoformat()
                    )
                ),
            )
        ol = cac.OrderLine(LineItem=li)
        if line.reason:
            add(ol, "Note", line.reason)
        add(doc, "OrderLine", ol)
    return _serialise(doc, order_response)


def _despatch_line(line: ShipmentLine, sscc: str, shipment_id: str) -> Any:
    dl = cac.DespatchLine(ID=line.line_no, Item=_item(line.item_ids))
    dl.DeliveredQuantity = _quantity(cbc.DeliveredQuantity, line.quantity, line.unit)
    olr = cac.OrderLineReference(LineID=line.line_no)
    if line.po_number:
        olr.OrderReference = cac.OrderReference(ID=line.po_number)
    add(dl, "OrderLineReference", olr)
    if sscc:
        thu = cac.TransportHandlingUnit(ID=cbc.ID(sscc, schemeID="SSCC"))
        add(dl, "Shipment", cac.Shipment(ID=shipment_id, TransportHandlingUnit=[thu]))
    return dl


def render_despatch_advice(ship: Shipment, *, issue_date: dt.date | None = None) -> bytes:
    """A DespatchAdvice (Peppol BIS Despatch Advice) with one transport handling unit
    (SSCC) per pack; pack lines point at their unit from DespatchLine/Shipment."""
    if not ship.all_lines():
        raise UblRenderError(f"shipment {ship.shipment_id} has no lines to despatch")
    doc = despatch_advice.DespatchAdvice()
    _header(
        doc, "DespatchAdvice", ship.shipment_id, issue_date or ship.ship_date or dt.date.today()
    )
    for n, po in enumerate(ship.po_numbers):
        ref = cac.OrderReference(ID=po)
        if n == 0 and ship.order_number:
            ref.SalesOrderID = ship.order_number
        add(doc, "OrderReference", ref)
    _parties_out(
        doc, DESPATCH_PARTIES, ship.parties, ("DespatchSupplierParty", "DeliveryCustomerParty")
    )
    shipment = cac.Shipment(ID=ship.shipment_id)
    if ship.weight is not None:
        shipment.GrossWeightMeasure = cbc.GrossWeightMeasure(ship.weight, unitCode="KGM")
    for tracking in ship.tracking_numbers or ((None,) if ship.carrier or ship.service else ()):
        consignment = cac.Consignment(ID=tracking or ship.shipment_id)
        if tracking:
            consignment.CarrierAssignedID = tracking
        if ship.service:
            add(consignment, "CarrierServiceInstructions", ship.service)
        if ship.carrier:
            consignment.CarrierParty = cac.CarrierParty(
                PartyName=[cac.PartyName(Name=ship.carrier)]
            )
        add(shipment, "Consignment", consignment)
    if ship.ship_date:
        shipment.Delivery = cac.Delivery(
            Despatch=cac.Despatch(ActualDespatchDate=ship.ship_date.isoformat())
        )
    for pack in ship.packs:
        thu = cac.TransportHandlingUnit(ID=cbc.ID(pack.sscc, schemeID="SSCC"))
        if pack.weight is not None:
            add(
                thu,
                "MeasurementDimension",
                cac.MeasurementDimension(
                    AttributeID="AAB", Measure=cbc.Measure(pack.weight, unitCode="KGM")
                ),
            )
        add(shipment, "TransportHandlingUnit", thu)
    doc.Shipment = shipment
    for line in ship.lines:
        add(doc, "DespatchLine", _despatch_line(line, "", ship.shipment_id))
    for pack in ship.packs:
        for line in pack.lines:
            add(doc, "DespatchLine", _despatch_line(line, pack.sscc, ship.shipment_id))
    return _serialise(doc, despatch_advice)


def _tax_total(taxes: tuple[TaxLine, ...], currency: str) -> Any:
    total = sum((t.amount for t in taxes), Decimal(0))
    tt = cac.TaxTotal(TaxAmount=_amount(cbc.TaxAmount, total, currency))
    for t in taxes:
        scheme = cac.TaxScheme(ID=t.kind)
        if t.jurisdiction:
            add(
                scheme,
                "JurisdictionRegionAddress",
                cac.JurisdictionRegionAddress(CountrySubentity=t.jurisdiction),
            )
        category = cac.TaxCategory(ID="S" if t.rate else "Z", TaxScheme=scheme)
        sub = cac.TaxSubtotal(
            TaxAmount=_amount(cbc.TaxAmount, t.amount, currency), TaxCategory=category
        )
        sub.Percent = t.rate
        add(tt, "TaxSubtotal", sub)
    return tt


def render_invoice(inv: Invoice) -> bytes:
    """An Invoice, or a CreditNote when `inv.credit_note` (Peppol BIS Billing 3)."""
    root, module = ("CreditNote", credit_note) if inv.credit_note else ("Invoice", invoice)
    line_el, qty_el = INVOICE_KINDS[root]
    cur = inv.currency
    doc = getattr(module, root)()
    _header(doc, root, inv.number, inv.invoice_date)
    if inv.due_date and not inv.credit_note:
        doc.DueDate = inv.due_date.isoformat()
    elif inv.due_date:
        add(
            doc,
            "PaymentMeans",
            cac.PaymentMeans(PaymentMeansCode="1", PaymentDueDate=inv.due_date.isoformat()),
        )
    if inv.credit_note:
        doc.CreditNoteTypeCode = "381"
    else:
        doc.InvoiceTypeCode = "380"
    doc.DocumentCurrencyCode = cur
    if inv.po_number:
        doc.OrderReference = cac.OrderReference(ID=inv.po_number)
    if inv.shipment_id:
        add(doc, "DespatchDocumentReference", cac.DespatchDocumentReference(ID=inv.shipment_id))
    _parties_out(doc, INVOICE_PARTIES, inv.parties, tuple(INVOICE_PARTIES))
    delivery = _delivery_party_out(inv.parties)
    if delivery is not None:
        add(doc, "Delivery", delivery)
    if inv.terms:
        add(doc, "PaymentTerms", cac.PaymentTerms(Note=[inv.terms]))
    for reason, amount in inv.charges:
        add(
            doc,
            "AllowanceCharge",
            cac.AllowanceCharge(
                ChargeIndicator=amount >= 0,
                AllowanceChargeReason=[reason],
                Amount=_amount(cbc.Amount, abs(amount), cur),
            ),
        )
    if inv.taxes:
        add(doc, "TaxTotal", _tax_total(inv.taxes, cur))
    lines_total = sum((ln.amount for ln in inv.lines), Decimal(0))
    taxes = sum((t.amount for t in inv.taxes), Decimal(0))
    charges = sum((a for _, a in inv.charges if a >= 0), Decimal(0))
    allowances = -sum((a for _, a in inv.charges if a < 0), Decimal(0))
    doc.LegalMonetaryTotal = cac.LegalMonetaryTotal(
        LineExtensionAmount=_amount(cbc.LineExtensionAmount, lines_total, cur),
        TaxExclusiveAmount=_amount(cbc.TaxExclusiveAmount, lines_total + charges - allowances, cur),
        TaxInclusiveAmount=_amount(
            cbc.TaxInclusiveAmount, lines_total + charges - allowances + taxes, cur
        ),
        AllowanceTotalAmount=_amount(cbc.AllowanceTotalAmount, allowances, cur),
        ChargeTotalAmount=_amount(cbc.ChargeTotalAmount, charges, cur),
        PayableAmount=_amount(cbc.PayableAmount, inv.total, cur),
    )
    for line in inv.lines:
        ln = getattr(cac, line_el)(ID=line.line_no, Item=_item(line.item_ids, line.description))
        setattr(ln, qty_el, _quantity(getattr(cbc, qty_el), line.quantity, line.unit))
        ln.LineExtensionAmount = _amount(cbc.LineExtensionAmount, line.amount, cur)
        if line.taxes:
            add(ln, "TaxTotal", _tax_total(line.taxes, cur))
        ln.Price = cac.Price(PriceAmount=_amount(cbc.PriceAmount, line.unit_price, cur))
        add(doc, line_el, ln)
    return _serialise(doc, module)


def render_application_response(
    ack: FunctionalAck,
    *,
    document_id: str,
    issue_date: dt.date,
    sender: Party | None = None,
    receiver: Party | None = None,
) -> bytes:
    """A Peppol Message Level Response for the document `ack.group_control`: AP when
    accepted, RE with one LineResponse per error when rejected."""
    doc = application_response.ApplicationResponse()
    _header(doc, "ApplicationResponse", document_id, issue_date)
    doc.SenderParty = party_out(sender)
    doc.ReceiverParty = party_out(receiver)
    dr = cac.DocumentResponse(
        Response=cac.Response(ResponseCode=ACK_CODES_OUT[ack.status]),
        DocumentReference=[cac.DocumentReference(ID=ack.group_control or "NA")],
    )
    if ack.group_id:
        dr.DocumentReference[0].DocumentTypeCode = ack.group_id
    for err in ack.errors:
        resp = cac.Response(ResponseCode="RE", Description=[err.message])
        if err.code:
            add(resp, "Status", cac.Status(StatusReasonCode=err.code))
        add(
            dr,
            "LineResponse",
            cac.LineResponse(
                LineReference=cac.LineReference(LineID=err.segment_id or "NA"), Response=[resp]
            ),
        )
    add(doc, "DocumentResponse", dr)
    return _serialise(doc, application_response)
