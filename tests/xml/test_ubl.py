"""UBL 2.1: every corpus sample read (or refused with the right code), rendered documents
valid against the OASIS XSDs and read back to the same canonical object."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest

from gateway.canonical import AckError, AckStatus, FunctionalAck, Invoice, Order, OrderChange
from gateway.translators.ubl import (
    Source,
    UblError,
    read_ubl,
    render_application_response,
    render_despatch_advice,
    render_invoice,
    render_order_response,
    schema,
)

SRC = Source(partner_id="peppol-buyer", message_id="m1")

# corpus file -> the canonical type it reads as (the broken one is tested on its own)
EXPECTED = {
    "ApplicationResponse/peppol-poacc__MessageLevelResponse_Example.xml": "FunctionalAck",
    "DespatchAdvice/oasis-ubl21__UBL-DespatchAdvice-2.0-Example.xml": "Shipment",
    "DespatchAdvice/oca__do_mix1.xml": "Shipment",
    "DespatchAdvice/peppol-poacc__DespatchAdvice_Example.xml": "Shipment",
    "Invoice/oasis-ubl21__UBL-Invoice-2.1-Example-Trivial.xml": "Invoice",
    "Invoice/oasis-ubl21__UBL-Invoice-2.1-Example.xml": "Invoice",
    "Invoice/oca__efff_BE0505890632_160421_Inv_16117778.xml": "Invoice",
    "Invoice/peppol-bis3__Allowance-example.xml": "Invoice",
    "Invoice/peppol-bis3__base-creditnote-correction.xml": "Invoice",
    "Invoice/peppol-bis3__base-example.xml": "Invoice",
    "Order/oasis-ubl21__UBL-Order-2.0-Example.xml": "Order",
    "Order/oasis-ubl21__UBL-Order-2.1-Example.xml": "Order",
    "Order/peppol-poacc__Order_Example.xml": "Order",
    "Order/peppol-poacc__UC4_Order.xml": "Order",
    "OrderCancellation/peppol-poacc__OrderCancellation_Example.xml": "OrderChange",
    "OrderChange/peppol-poacc__OrderChange_Example.xml": "OrderChange",
    "OrderResponse/oasis-ubl21__UBL-OrderResponse-2.1-Example.xml": "OrderResponse",
    "OrderResponse/oasis-ubl21__UBL-OrderResponseSimple-2.1-Example.xml": "OrderResponse",
    "OrderResponse/peppol-poacc__OrderAgreement_Example.xml": "OrderResponse",
    "OrderResponse/peppol-poacc__OrderResponse_Example.xml": "OrderResponse",
}


def test_every_corpus_sample_is_listed(corpus):
    found = {
        str(p.relative_to(corpus / "xml" / "ubl")) for p in (corpus / "xml" / "ubl").rglob("*.xml")
    }
    assert found == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_sample(corpus, name):
    data = (corpus / "xml" / "ubl" / name).read_bytes()
    expected = EXPECTED[name]
    got = read_ubl(data, source=SRC)
    assert type(got.document).__name__ == expected
    assert got.root == name.split("/")[0] or (got.root, name.split("/")[0]) in {
        ("CreditNote", "Invoice"),
        ("OrderResponseSimple", "OrderResponse"),
    }
    assert got.document_id


def test_peppol_order_maps_every_field(corpus):
    data = (corpus / "xml/ubl/Order/peppol-poacc__Order_Example.xml").read_bytes()
    order = read_ubl(data, source=SRC).document
    assert isinstance(order, Order)
    assert (order.po_number, order.po_date, order.currency, order.order_type) == (
        "34",
        dt.date(2018, 9, 1),
        "NOK",
        "220",
    )
    assert order.partner_id == "peppol-buyer" and order.source_message_id == "m1"
    by = order.party("BY")
    assert (by.name, by.id, by.id_qualifier) == ("Helseforetak", "987654325", "0192")
    assert by.address.lines == ("Sinsenveien 40", "Oppgang B", "Address Line 3")
    assert (by.address.city, by.address.postal_code, by.address.country) == ("Oslo", "0501", "NO")
    st = order.party("ST")
    assert (st.name, st.id, st.address.city) == ("Helseavdeling", "13691234", "Lørenskog")
    assert order.party("SE").name == "Medical" and order.party("BT").name == "Accounting"
    assert order.requested_delivery_date == dt.date(2012, 10, 10)
    assert order.requested_ship_date == dt.date(2025, 2, 17)
    assert order.terms == "Payment terms description"
    assert ("CR", "9000012345") in {(r.qualifier, r.value) for r in order.references}
    assert order.notes == ("Information text for the whole order",)
    line = order.lines[0]
    assert (line.line_no, line.quantity, line.unit, line.unit_price) == ("1", D(120), "EA", D(50))
    assert line.item("buyer") == "123456" and line.item("vendor") == "121212"
    assert line.description == "Needle 4mm"
    assert line.requested_date == dt.date(2010, 2, 10)
    assert len(order.lines) == 2


def test_order_change_and_cancellation(corpus):
    change = read_ubl(
        (corpus / "xml/ubl/OrderChange/peppol-poacc__OrderChange_Example.xml").read_bytes(),
        source=SRC,
    ).document
    assert isinstance(change, OrderChange) and change.purpose == "change"
    assert change.po_number and change.lines and all(ln.change for ln in change.lines)
    cancel = read_ubl(
        (
            corpus / "xml/ubl/OrderCancellation/peppol-poacc__OrderCancellation_Example.xml"
        ).read_bytes(),
        source=SRC,
    ).document
    assert cancel.purpose == "cancel" and cancel.lines == () and cancel.po_number


def test_broken_despatch_advice_is_refused_as_invalid(corpus, ubl_schemas):
    data = (corpus / "broken/xml/oca__despatch_advice_2.xml").read_bytes()
    with pytest.raises(UblError) as err:
        read_ubl(data)
    assert err.value.code == "invalid"
    assert "OrderReference" in err.value.detail and "line 11" in err.value.detail


def test_broken_despatch_advice_is_refused_by_the_bindings_alone(corpus):
    data = (corpus / "broken/xml/oca__despatch_advice_2.xml").read_bytes()
    with pytest.raises(UblError) as err:
        read_ubl(data, validate_xsd=False)
    assert err.value.code == "invalid" and "OrderReference" in err.value.detail


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (
            b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'><a></Order>",
            "not_well_formed",
        ),
        (
            b"<?xml version='1.0'?><!DOCTYPE Order [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'>&x;</Order>",
            "entities",
        ),
        (
            b"<!DOCTYPE Order [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>"
            b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'>&b;</Order>",
            "entities",
        ),
        (
            b"<!DOCTYPE Order SYSTEM 'http://127.0.0.1:9/evil.dtd'>"
            b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'/>",
            "doctype",
        ),
        (b"<Order xmlns='urn:example:not-ubl'/>", "unsupported"),
        (
            b"<Catalogue xmlns='urn:oasis:names:specification:ubl:schema:xsd:Catalogue-2'/>",
            "unsupported",
        ),
        (b"<Order xmlns='urn:oasis:names:specification:ubl:schema:xsd:Order-2'/>", "invalid"),
    ],
)
def test_bad_xml_is_refused_with_a_code(data, code):
    with pytest.raises(UblError) as err:
        read_ubl(data)
    assert err.value.code == code, err.value.detail


def _check_rendered(data: bytes, root: str, original: object) -> None:
    if schema.available(root):
        assert schema.validate(data, root) == []
    back = read_ubl(data, source=SRC)
    assert back.root == root
    assert back.document == original


def test_order_response_renders_valid_and_round_trips(order_response):
    data = render_order_response(order_response, document_id="R-1")
    assert b"<cbc:OrderResponseCode>CA</cbc:OrderResponseCode>" in data
    assert b'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregate' in data
    _check_rendered(data, "OrderResponse", order_response)


def test_rejected_order_response_without_lines(order_response):
    resp = dataclasses.replace(
        order_response, status="rejected", lines=(), reason="unknown customer"
    )
    data = render_order_response(resp, document_id="R-2")
    assert b"<cbc:OrderResponseCode>RE</cbc:OrderResponseCode>" in data
    _check_rendered(data, "OrderResponse", resp)


def test_despatch_advice_renders_valid_and_round_trips(shipment):
    data = render_despatch_advice(shipment)
    assert data.count(b'schemeID="SSCC">003456789012345675<') == 3  # header unit + 2 lines
    _check_rendered(data, "DespatchAdvice", shipment)


def test_despatch_advice_without_carrier_or_packs(shipment):
    plain = dataclasses.replace(
        shipment,
        packs=(),
        carrier="",
        service="",
        tracking_numbers=(),
        weight=None,
        ship_date=None,
        order_number="",
    )
    _check_rendered(
        render_despatch_advice(plain, issue_date=dt.date(2024, 1, 1)), "DespatchAdvice", plain
    )


def test_invoice_renders_valid_and_round_trips(invoice):
    invoice.check_totals()
    data = render_invoice(invoice)
    assert b'<cbc:PayableAmount currencyID="EUR">7657.5</cbc:PayableAmount>' in data
    _check_rendered(data, "Invoice", invoice)


def test_credit_note_renders_valid_and_round_trips(invoice):
    credit = dataclasses.replace(invoice, credit_note=True, number="CN-9")
    data = render_invoice(credit)
    assert b"<CreditNote " in data and b"CreditedQuantity" in data
    back = read_ubl(data, source=SRC).document
    assert isinstance(back, Invoice) and back == credit
    if schema.available("CreditNote"):
        assert schema.validate(data, "CreditNote") == []


def test_application_response_renders_valid_and_round_trips():
    ack = FunctionalAck(
        partner_id="peppol-buyer",
        standard="ubl",
        group_id="",
        group_control="PO-34",
        status=AckStatus.REJECTED,
        interchange_control="MLR-1",
        errors=(
            AckError("SV", "XML is not well-formed at line 3"),
            AckError("BV", "unknown item", segment_id="OrderLine 2"),
        ),
    )
    data = render_application_response(ack, document_id="MLR-1", issue_date=dt.date(2024, 3, 2))
    _check_rendered(data, "ApplicationResponse", ack)


def test_rendered_documents_validate_against_the_xsds(
    ubl_schemas, order_response, shipment, invoice
):
    """The same documents, with the XSD check made mandatory (skipped without XSDs)."""
    for data, root in (
        (render_order_response(order_response, document_id="R"), "OrderResponse"),
        (render_despatch_advice(shipment), "DespatchAdvice"),
        (render_invoice(invoice), "Invoice"),
    ):
        assert schema.validate(data, root) == [], root
    bad = render_invoice(invoice).replace(b"<cbc:ID>INV-1001</cbc:ID>", b"")
    assert any("ID" in p for p in schema.validate(bad, "Invoice"))


def test_order_response_simple(corpus):
    data = corpus / "xml/ubl/OrderResponse/oasis-ubl21__UBL-OrderResponseSimple-2.1-Example.xml"
    resp = read_ubl(data.read_bytes(), source=SRC).document
    assert (resp.status, resp.po_number, resp.response_date, resp.lines) == (
        "accepted",
        "34",
        dt.date(2010, 1, 21),
        (),
    )
    assert {p.role: p.name for p in resp.parties} == {
        "SE": "Moderna Produkter AB",
        "BY": "Johnssons byggvaror",
    }


def test_worker_threads_read_and_render_concurrently(corpus, order_response):
    """Workers are threads: the bindings and the XSD check must give the same answers."""
    from concurrent.futures import ThreadPoolExecutor

    data = (corpus / "xml/ubl/Order/peppol-poacc__Order_Example.xml").read_bytes()
    expected = (read_ubl(data).document, render_order_response(order_response, document_id="R"))

    def work(_: int) -> tuple[object, bytes]:
        return read_ubl(data).document, render_order_response(order_response, document_id="R")

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(work, range(12)))
    assert results == [expected] * 12
