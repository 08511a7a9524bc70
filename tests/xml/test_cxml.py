"""cXML: every corpus sample read (or refused with the right status), rendered requests read
back to the same canonical object, envelopes and Responses as the cXML guide describes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest
from lxml import etree

from gateway.canonical import Invoice, Order, OrderResponse, Purpose, Shipment
from gateway.translators.cxml import (
    Credential,
    CxmlError,
    CxmlStatus,
    Route,
    Source,
    read_cxml,
    render_confirmation,
    render_invoice_detail,
    render_response,
    render_ship_notice,
)

SRC = Source(partner_id="cxml-buyer", message_id="m1")
ROUTE = Route(
    from_=Credential("NetworkId", "DEMODIST"),
    to=Credential("NetworkId", "AN01000000001"),
    sender=Credential("NetworkId", "DEMODIST", "s3cret"),
)

# corpus file -> canonical type name, or the cXML status of the refusal
EXPECTED = {
    "cxmlphp__Handling-order_request.xml": "Order",
    "cxmlphp__OrderRequest.xml": "Order",
    "cxmlphp__PunchoutOrderMessage.xml": 450,
    "cxmlphp__ShipNoticeRequest.xml": "Shipment",
    "cxmlphp__StatusUpdateRequest.xml": 450,
    "cxmlruby__invoice_backed_by_multiple_pos.xml": "Invoice",
    "cxmlruby__invoice_taxes_at_line.xml": "Invoice",
    "cxmlruby__invoice_taxes_at_total.xml": "Invoice",
    "cxmlruby__order_request.xml": "Order",
    "cxmlruby__purchase_order_request_200.xml": "Order",
    "cxmlruby__response_status_200.xml": "CxmlStatus",
}


def test_every_corpus_sample_is_listed(corpus):
    assert {p.name for p in (corpus / "xml" / "cxml").glob("*.xml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_sample(corpus, name):
    data = (corpus / "xml" / "cxml" / name).read_bytes()
    expected = EXPECTED[name]
    if isinstance(expected, int):
        with pytest.raises(CxmlError) as err:
            read_cxml(data, source=SRC)
        assert err.value.status == expected and err.value.code == "unsupported"
        return
    got = read_cxml(data, source=SRC)
    assert type(got.document).__name__ == expected
    assert got.envelope.payload_id and got.envelope.timestamp


def test_order_request_fields(corpus):
    got = read_cxml((corpus / "xml/cxml/cxmlphp__OrderRequest.xml").read_bytes(), source=SRC)
    env, order = got.envelope, got.document
    assert isinstance(order, Order)
    assert env.payload_id == "1625586002.193314.7293@dev" and env.deployment_mode == "test"
    assert env.sender[0].shared_secret == "coyote"
    assert env.from_[0].identity == "inbound@prominate-platform.com"
    assert (order.po_number, order.po_date, order.currency) == (
        "DO1234",
        dt.date(2000, 10, 12),
        "EUR",
    )
    assert order.purpose is Purpose.ORIGINAL and order.source_control == env.payload_id
    st = order.party("ST")
    assert st.name == "Acme" and st.address.city == "Sunnyvale" and st.address.country == "US"
    assert st.address.lines == ("Joe Smith", "Mailstop M-543", "123 Anystreet")
    assert order.party("BT").address.postal_code == "42699"
    assert [(ln.line_no, ln.quantity, ln.unit_price, ln.item("vendor")) for ln in order.lines] == [
        ("1", D(10), D("2.10"), "1233244"),
        ("2", D(20), D("3.20"), "1233245"),
    ]
    assert order.lines[0].requested_date == dt.date(2020, 2, 28)


def test_invoice_with_line_taxes(corpus):
    inv = read_cxml((corpus / "xml/cxml/cxmlruby__invoice_taxes_at_line.xml").read_bytes()).document
    assert inv.lines[0].taxes[0].rate == D("8.25") and inv.lines[0].taxes[0].jurisdiction == "CA"
    assert dict(inv.charges) == {"Shipping": D(30), "Special handling": D(5)}
    assert inv.total == D(408) and inv.terms == "NET30"


def test_response_status(corpus):
    got = read_cxml((corpus / "xml/cxml/cxmlruby__response_status_200.xml").read_bytes())
    assert got.document == CxmlStatus(200, "OK")


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [
        (b"<cXML payloadID='x'><Request><OrderRequest></Request></cXML>", 400, "not_well_formed"),
        (
            b"<!DOCTYPE cXML [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><cXML>&x;</cXML>",
            400,
            "entities",
        ),
        (b"<!DOCTYPE cXML SYSTEM 'x.dtd' [<!ELEMENT cXML ANY>]><cXML/>", 400, "entities"),
        (b"<Order/>", 400, "not_cxml"),
        (
            b"<cXML timestamp='t'><Header/><Request><OrderRequest/></Request></cXML>",
            400,
            "envelope",
        ),
        (
            b"<cXML payloadID='p'><Header/><Request><OrderRequest/></Request></cXML>",
            400,
            "missing_element",
        ),
        (
            b"<cXML payloadID='p'><Header/><Request><OrderRequest><OrderRequestHeader/>"
            b"</OrderRequest></Request></cXML>",
            400,
            "missing_attribute",
        ),
        (
            b"<cXML payloadID='p'><Header/><Request><OrderRequest><OrderRequestHeader orderID='1'/>"
            b"<ItemOut quantity='ten' lineNumber='1'/></OrderRequest></Request></cXML>",
            400,
            "bad_number",
        ),
    ],
)
def test_bad_cxml_is_refused_with_status(data, status, code):
    with pytest.raises(CxmlError) as err:
        read_cxml(data)
    assert (err.value.status, err.value.code) == (status, code), err.value.detail


def test_plain_doctype_is_accepted_and_never_fetched(corpus):
    data = (corpus / "xml/cxml/cxmlphp__OrderRequest.xml").read_bytes()
    assert b'<!DOCTYPE cXML SYSTEM "http://xml.cXML.org/' in data
    assert read_cxml(data).document.po_number == "DO1234"  # no network in the test sandbox


def _envelope_of(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(load_dtd=False, no_network=True))


def test_confirmation_round_trips(order_response):
    resp = dataclasses.replace(order_response, parties=(), partner_id="cxml-buyer")
    resp = dataclasses.replace(
        resp,
        lines=(
            dataclasses.replace(resp.lines[0], ordered_quantity=D(150)),
            dataclasses.replace(resp.lines[1], status="IB"),
            resp.lines[2],
        ),
    )
    data = render_confirmation(
        resp, ROUTE, order_payload_id="1625586002.193314.7293@dev", payload_id="p-1@demodist"
    )
    root = _envelope_of(data)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE cXML SYSTEM')
    assert root.get("payloadID") == "p-1@demodist" and root.get("timestamp")
    assert root.findtext("Header/Sender/Credential/SharedSecret") == "s3cret"
    assert root.find("Header/From/Credential").get("domain") == "NetworkId"
    assert (
        root.find(".//OrderReference/DocumentReference").get("payloadID")
        == "1625586002.193314.7293@dev"
    )
    back = read_cxml(data, source=Source("cxml-buyer", "m1")).document
    assert isinstance(back, OrderResponse) and back == resp


def test_ship_notice_round_trips(shipment):
    ship = dataclasses.replace(shipment, partner_id="cxml-buyer")
    data = render_ship_notice(ship, ROUTE)
    root = _envelope_of(data)
    assert [c.findtext("ShipmentIdentifier") for c in root.iter("ShipControl")] == [
        "JD0123",
        "JD0124",
    ]
    assert len(root.findall(".//ShippingContainerSerialCode")) == 3
    back = read_cxml(data, source=Source("cxml-buyer", "m1")).document
    assert isinstance(back, Shipment) and back == ship


def test_invoice_detail_round_trips(invoice):
    inv = dataclasses.replace(invoice, partner_id="cxml-buyer")
    data = render_invoice_detail(inv, ROUTE, order_payload_id="po-payload")
    back = read_cxml(data, source=Source("cxml-buyer", "")).document
    assert isinstance(back, Invoice) and back == inv
    back.check_totals()
    credit = dataclasses.replace(inv, credit_note=True, taxes=(), charges=(), total=D("6080.00"))
    assert (
        read_cxml(render_invoice_detail(credit, ROUTE), source=Source("cxml-buyer")).document
        == credit
    )


@pytest.mark.parametrize(
    ("code", "text"),
    [(200, "OK"), (400, "Bad Request"), (401, "Unauthorized"), (450, "Not Implemented")],
)
def test_response_document(code, text):
    data = render_response(code, "detail & more", payload_id="r-1@gw")
    root = _envelope_of(data)
    status = root.find("Response/Status")
    assert (status.get("code"), status.get("text"), status.text) == (
        str(code),
        text,
        "detail & more",
    )
    assert read_cxml(data).document == CxmlStatus(code, text)
